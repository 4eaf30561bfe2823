//! The key file: `<journal>.key` (JSON) beside an encrypted journal, which
//! holds the journal's key only wrapped with XChaCha20-Poly1305 by a key that
//! Argon2id derives from the passphrase (see [`crate::seal`]); and
//! `<journal>.key.next`, the key file of a passphrase change under way.
//!
//! Invariants: a key file is replaced whole (a crash leaves the old one or
//! the new one); a key file is removed or promoted only once the journal is
//! shown to open with the other one's key, so no passphrase is lost to a
//! crash or a mistake here.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::db_key::{JournalKey, PageHmac, opens_with};
use crate::error::{Error, Result};
use crate::file_swap::{sync_dir, with_suffix};
use crate::seal::{self, Kdf, Sealed, Unsealable, to_hex};

const KEY_FILE_FORMAT: &str = "brim-journal-key";
const KEY_FILE_VERSION: u32 = 1;
/// Bound into the wrapped key, so a wrapped key is only ever read as one.
const WRAP_AAD: &[u8] = b"brim-journal-key v1";

/// What `<journal>.key` holds: nothing in it can be read without the passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct KeyFile {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: String,
    nonce: String,
    wrapped_key: String,
    /// How the journal's pages are checked; not secret.
    #[serde(default = "PageHmac::before_it_was_recorded")]
    page_hmac: PageHmac,
}

/// The key file beside `journal`.
pub(crate) fn key_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".key")
}

/// The key file of a passphrase change under way: the fresh key wrapped by
/// the new passphrase. Whichever of it and `<journal>.key` holds the key
/// the journal file opens with is the journal's (see [`settle_rekey`]).
pub(crate) fn next_key_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".key.next")
}

/// Wraps `key` under `passphrase` with a fresh salt and nonce.
pub(crate) fn wrap(key: &JournalKey, passphrase: &str) -> Result<KeyFile> {
    let Sealed { kdf, nonce, ciphertext } = seal::seal(&key.key[..], passphrase, WRAP_AAD)?;
    Ok(KeyFile {
        format: KEY_FILE_FORMAT.into(),
        version: KEY_FILE_VERSION,
        kdf,
        cipher: "xchacha20poly1305".into(),
        nonce: to_hex(&nonce),
        wrapped_key: to_hex(&ciphertext),
        page_hmac: key.page_hmac,
    })
}

/// The journal's key, if `passphrase` is the one it was wrapped under.
pub(crate) fn unwrap(file: &KeyFile, passphrase: &str) -> Result<JournalKey> {
    if file.format != KEY_FILE_FORMAT
        || file.version != KEY_FILE_VERSION
        || file.cipher != "xchacha20poly1305"
    {
        return Err(Error::KeyFile);
    }
    let nonce = seal::nonce_from_hex(&file.nonce).ok_or(Error::KeyFile)?;
    let ciphertext = seal::from_hex(&file.wrapped_key).ok_or(Error::KeyFile)?;
    let sealed = Sealed { kdf: file.kdf.clone(), nonce, ciphertext };
    // The tag fails for a wrong passphrase (or a tampered file): say which
    // the person can act on.
    let plain = seal::open(&sealed, passphrase, WRAP_AAD).map_err(|e| match e {
        Unsealable::WrongPassphrase => Error::WrongPassphrase,
        Unsealable::Damaged | Unsealable::TooMuchWork => Error::KeyFile,
    })?;
    let mut key = Zeroizing::new([0u8; 32]);
    if plain.len() != key.len() {
        return Err(Error::KeyFile);
    }
    key.copy_from_slice(&plain);
    Ok(JournalKey { key, page_hmac: file.page_hmac })
}

pub(crate) fn read_key_file(journal: &Path) -> Result<KeyFile> {
    let text = fs::read_to_string(key_path(journal)).map_err(|_| Error::KeyFile)?;
    serde_json::from_str(&text).map_err(|_| Error::KeyFile)
}

/// Replaces `<journal>.key` whole: a crash leaves the old file or the new one.
pub(crate) fn write_key_file(journal: &Path, file: &KeyFile) -> Result<()> {
    write_key_file_at(&key_path(journal), file)
}

/// Writes a key file at `path` whole: a crash leaves the old file or the new one.
pub(crate) fn write_key_file_at(path: &Path, file: &KeyFile) -> Result<()> {
    let path = path.to_path_buf();
    let temp = with_suffix(&path, ".new");
    let json = serde_json::to_vec_pretty(file).map_err(|_| Error::KeyFile)?;
    let written = (|| -> std::io::Result<()> {
        let mut out = File::create(&temp)?;
        out.write_all(&json)?;
        out.sync_all()?;
        fs::rename(&temp, &path)?;
        sync_dir(&path)
    })();
    written.map_err(|_| Error::KeyFile)
}

/// Finishes or forgets a passphrase change that a crash cut short, and
/// returns the journal's key if `passphrase` opens it. Exactly one of the
/// two passphrases does: the old one until the copy under the fresh key
/// replaced the journal, the new one from then on.
///
/// A file is removed or promoted only once the journal is shown to open
/// with the other one's key, so no passphrase is ever lost to a mistake here.
pub(crate) fn settle_rekey(path: &Path, passphrase: &str) -> Result<JournalKey> {
    let next = next_key_path(path);
    match unwrap(&read_key_file(path)?, passphrase) {
        Ok(key) if opens_with(path, &key) => {
            // The change never reached the swap: the fresh key is nobody's.
            let _ = fs::remove_file(&next).and_then(|()| sync_dir(path));
            Ok(key)
        }
        // The old passphrase, but the journal is under the fresh key now.
        Ok(_) => Err(Error::WrongPassphrase),
        Err(Error::WrongPassphrase) => {
            let text = fs::read_to_string(&next).map_err(|_| Error::WrongPassphrase)?;
            let file: KeyFile = serde_json::from_str(&text).map_err(|_| Error::KeyFile)?;
            let key = unwrap(&file, passphrase)?;
            if !opens_with(path, &key) {
                // The new passphrase, but the change never reached the swap.
                return Err(Error::WrongPassphrase);
            }
            fs::rename(&next, key_path(path)).and_then(|()| sync_dir(path)).map_err(|_| Error::KeyFile)?;
            Ok(key)
        }
        Err(e) => Err(e),
    }
}

/// Is `passphrase` the one that opens the journal at `journal`? Unwraps the
/// key in its key file (and drops it at once); opens and changes nothing.
/// [`Error::WrongPassphrase`] when it is not.
pub(crate) fn check_passphrase(journal: &Path, passphrase: &str) -> Result<()> {
    unwrap(&read_key_file(journal)?, passphrase).map(drop)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::seal::random;

    #[test]
    fn a_wrapped_key_opens_only_with_its_passphrase() {
        let key = JournalKey { key: random::<32>().unwrap(), page_hmac: PageHmac::NEW };
        let file = wrap(&key, "river stones").unwrap();
        assert_eq!(file.kdf.memory_kib, 65_536, "Argon2id uses 64 MiB");
        let unwrapped = unwrap(&file, "river stones").unwrap();
        assert_eq!(*unwrapped.key, *key.key);
        assert_eq!(unwrapped.page_hmac, PageHmac::Sha256);
        assert!(matches!(unwrap(&file, "river stone"), Err(Error::WrongPassphrase)));
        // Nothing of the key shows in the file.
        let json = serde_json::to_string(&file).unwrap();
        assert!(!json.contains(&to_hex(&key.key[..])));
    }
}
