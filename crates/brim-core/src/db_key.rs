//! The key SQLCipher encrypts a journal with, and the statements that hand
//! it over. A leaf: the store opens journals with it, the lock makes and
//! wraps it; it knows neither.
//!
//! Invariant: the key is wiped when dropped, never printed (its `Debug`
//! leaves it out), and reaches SQLCipher raw, with no second derivation.

use std::path::Path;

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::error::Result;
use crate::seal::{random, to_hex};

/// The 256-bit key SQLCipher encrypts the journal with; wiped when dropped.
pub(crate) type DbKey = Zeroizing<[u8; 32]>;

/// How SQLCipher proves each page of an encrypted journal unchanged: an HMAC
/// over the page, checked on every read.
///
/// A new lock uses SHA-256: as strong a check as SHA-512 for a 256-bit key,
/// and phone and desktop processors compute it in hardware (ARMv8 and x86
/// SHA extensions), where SHA-512 runs in software. It is most of what
/// encryption adds to a save (see BENCHMARKS.md). Key files written before
/// the choice was recorded mean SQLCipher's default, SHA-512.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) enum PageHmac {
    #[serde(rename = "HMAC_SHA256")]
    Sha256,
    #[serde(rename = "HMAC_SHA512")]
    Sha512,
}

impl PageHmac {
    /// What new locks use.
    pub(crate) const NEW: PageHmac = PageHmac::Sha256;

    pub(crate) fn sqlcipher_name(self) -> &'static str {
        match self {
            PageHmac::Sha256 => "HMAC_SHA256",
            PageHmac::Sha512 => "HMAC_SHA512",
        }
    }

    /// SQLCipher's default, for key files that do not name one.
    pub(crate) fn before_it_was_recorded() -> PageHmac {
        PageHmac::Sha512
    }
}

/// Everything SQLCipher needs to read an encrypted journal.
pub(crate) struct JournalKey {
    pub(crate) key: DbKey,
    pub(crate) page_hmac: PageHmac,
}

impl JournalKey {
    /// A fresh random key, with the page check new locks use.
    pub(crate) fn new_random() -> Result<JournalKey> {
        Ok(JournalKey { key: random::<32>()?, page_hmac: PageHmac::NEW })
    }
}

impl std::fmt::Debug for JournalKey {
    /// Never the key itself, should one ever reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalKey").field("page_hmac", &self.page_hmac).finish_non_exhaustive()
    }
}

/// The statements that give SQLCipher the raw key (no passphrase derivation
/// of its own) and the page check. They must run before SQLite reads a page.
/// The text is wiped when dropped.
pub(crate) fn key_pragmas(key: &JournalKey) -> Zeroizing<String> {
    Zeroizing::new(format!(
        "PRAGMA key = \"x'{}'\"; PRAGMA cipher_hmac_algorithm = {};",
        to_hex(&key.key[..]),
        key.page_hmac.sqlcipher_name()
    ))
}

pub(crate) fn raw_key_text(key: &JournalKey) -> Zeroizing<String> {
    Zeroizing::new(format!("x'{}'", to_hex(&key.key[..])))
}

/// Does SQLCipher read the journal at `path` with `key`? (It checks the
/// first page's HMAC, so a wrong key is never taken for a right one.)
pub(crate) fn opens_with(path: &Path, key: &JournalKey) -> bool {
    (|| -> Result<()> {
        let conn = Connection::open(path)?;
        conn.execute_batch(&key_pragmas(key))?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(())
    })()
    .is_ok()
}
