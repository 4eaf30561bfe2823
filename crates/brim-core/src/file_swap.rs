//! The file swap: how a journal is replaced by a copy of itself (encrypted,
//! decrypted, or under a fresh key) without a crash ever losing it. The copy
//! is written whole beside the journal and made durable, the journal is
//! closed with its write-ahead log folded in, and the copy is renamed over it.
//!
//! Invariants: before the rename the copy is never the journal (one left by a
//! crash is removed at the next open); after a failed step whatever journal
//! is on disk is opened again; nothing of the old journal stays in a `-wal`.

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use crate::db_key::{JournalKey, key_pragmas, raw_key_text};
use crate::error::{Error, Result};
use crate::store;
use crate::words::id;

/// The steps of turning the lock on or off, or of changing the passphrase,
/// in order. A crash after any of them leaves a journal that opens with
/// everything in it: the old one before [`LockStep::Swapped`] (plain, or
/// under the old passphrase), the new one from then on.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockStep {
    /// The key file is written (turning on; for a new passphrase, the new
    /// key file beside the old one) or about to go (turning off).
    KeyFileWritten,
    /// The new copy of the journal is complete and on disk beside the old one.
    CopyWritten,
    /// The old journal is closed, its write-ahead log folded into it.
    OldClosed,
    /// The new copy has replaced the old journal.
    Swapped,
    /// Changing the passphrase only: the new key file has replaced the old one.
    KeyFileReplaced,
}

pub(crate) fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Makes a rename or removal in `path`'s folder survive power loss.
pub(crate) fn sync_dir(path: &Path) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    File::open(dir)?.sync_all()
}

/// The copy made while turning the lock on or off. One left by a crash is
/// removed when the journal next opens: before the swap it is never the journal.
pub(crate) fn copy_path(journal: &Path, encrypting: bool) -> PathBuf {
    with_suffix(journal, if encrypting { ".encrypting" } else { ".decrypting" })
}

/// The copy under a fresh key made while changing the passphrase; like the
/// others, never the journal before the swap.
pub(crate) fn rekey_copy_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".rekeying")
}

pub(crate) fn remove_with_sidecars(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = fs::remove_file(with_suffix(path, suffix));
    }
}

/// Closes the open journal and puts `copy` in its place, then opens it
/// with `reopen`. If a step fails, whatever journal is on disk is opened
/// again so the journal stays usable.
pub(crate) fn swap_in(
    journal: &Path,
    conn: &mut Connection,
    copy: &Path,
    at: &mut impl FnMut(LockStep),
    reopen: impl Fn() -> Result<Connection>,
) -> Result<()> {
    // Fold the write-ahead log into the file and drop it, so nothing of
    // the old journal is left in a `-wal` beside the new one.
    let folded: Result<String> =
        conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0)).map_err(Error::from);
    let folded = folded.and_then(|mode| {
        // SQLite keeps WAL while another connection has the file open.
        if mode.eq_ignore_ascii_case("delete") {
            Ok(())
        } else {
            Err(Error::invalid(id::ERROR_JOURNAL_OPEN_ELSEWHERE))
        }
    });
    if let Err(e) = folded {
        let _ = conn.pragma_update(None, "journal_mode", "WAL");
        remove_with_sidecars(copy);
        return Err(e);
    }
    let old = std::mem::replace(conn, Connection::open_in_memory()?);
    let swapped = (|| -> Result<()> {
        old.close().map_err(|(_, e)| Error::from(e))?;
        at(LockStep::OldClosed);
        for sidecar in ["-wal", "-shm", "-journal"] {
            let _ = fs::remove_file(with_suffix(journal, sidecar));
        }
        fs::rename(copy, journal).map_err(|_| Error::KeyFile)?;
        sync_dir(journal).map_err(|_| Error::KeyFile)?;
        at(LockStep::Swapped);
        *conn = reopen()?;
        Ok(())
    })();
    if swapped.is_err() {
        remove_with_sidecars(copy);
        // Open what is there now, whichever it is, with the key we hold.
        if let Ok(again) = reopen() {
            *conn = again;
        } else if let Ok(plain) = store::open(journal, None) {
            *conn = plain;
        }
    }
    swapped
}

/// Writes the whole journal at `journal` (opened with `journal_key`) into a
/// new database at `copy`, encrypted with `copy_key` or plain without one,
/// then makes it durable. The caller holds the journal's mutex, so
/// nothing is written meanwhile.
///
/// It runs on a connection of its own: SQLCipher adds `sqlcipher_export` to
/// each connection as it opens, but only once its one-time set-up is done,
/// and a connection opened by another thread during that set-up goes without
/// (seen in parallel tests). A connection opened now always has it.
pub(crate) fn copy_into(
    journal: &Path,
    journal_key: Option<&JournalKey>,
    copy: &Path,
    copy_key: Option<&JournalKey>,
) -> Result<()> {
    let copied = (|| -> Result<()> {
        let path = copy.to_str().ok_or(Error::KeyFile)?;
        let conn = Connection::open(journal)?;
        if let Some(journal_key) = journal_key {
            conn.execute_batch(&key_pragmas(journal_key))?;
        }
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        // As on every journal connection (store.rs); the copy attached below
        // takes the setting from this one.
        conn.pragma_update(None, "secure_delete", "ON")?;
        // An empty key attaches a plain database.
        let raw_key = copy_key.map(raw_key_text).unwrap_or_default();
        conn.execute("ATTACH DATABASE ?1 AS brim_copy KEY ?2", [path, raw_key.as_str()])?;
        if let Some(copy_key) = copy_key {
            conn.execute_batch(&format!(
                "PRAGMA brim_copy.cipher_hmac_algorithm = {};",
                copy_key.page_hmac.sqlcipher_name()
            ))?;
        }
        let exported = (|| -> Result<()> {
            conn.query_row("SELECT sqlcipher_export('brim_copy')", [], |_| Ok(()))?;
            // sqlcipher_export copies schema and rows, not the schema version.
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            conn.execute_batch(&format!("PRAGMA brim_copy.user_version = {version};"))?;
            Ok(())
        })();
        conn.execute("DETACH DATABASE brim_copy", [])?;
        exported?;
        File::open(copy).and_then(|f| f.sync_all()).map_err(|_| Error::KeyFile)?;
        sync_dir(copy).map_err(|_| Error::KeyFile)
    })();
    if copied.is_err() {
        remove_with_sidecars(copy);
    }
    copied
}
