//! The journal lock: the whole journal file encrypted by SQLCipher behind a
//! passphrase of the person's own.
//!
//! A random 256-bit key encrypts the database. It is kept beside the journal
//! (`<journal>.key`, JSON) only wrapped with XChaCha20-Poly1305 by a key that
//! Argon2id derives from the passphrase. Changing the passphrase also changes
//! that key: the journal is copied under a fresh one, so an old copy of the
//! key file with the old passphrase opens nothing. Invariants: whether a journal is
//! encrypted is read from its own first 16 bytes (a plain SQLite file starts
//! with `SQLite format 3\0`; an SQLCipher file with random salt), so a key file
//! left beside a plain journal by an interrupted change is harmless; the raw
//! key goes to SQLCipher directly (no second key derivation on open), and key
//! material is zeroized once SQLCipher has it; a wrong passphrase is found out
//! before any journal file is opened, so it never changes a byte.

use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use zeroize::Zeroizing;

use crate::check_in::{set_setting, setting};
use crate::error::{Error, Result};
use crate::seal::{self, Kdf, Sealed, Unsealable, random, to_hex};
use crate::{Journal, store};

/// The shortest passphrase Brim accepts, in characters. Short enough to type
/// on a phone every day; Argon2id's cost makes each guess slow.
pub const MIN_PASSPHRASE_CHARS: usize = 6;

/// Argon2id memory per guess, in KiB (64 MiB): the floor OWASP gives for
/// Argon2id, and what makes guessing on a graphics card expensive.
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
/// Argon2id passes over that memory. Chosen so unlocking takes well under a
/// second on a 2-core machine (see BENCHMARKS.md); stored per key file, so a
/// later Brim can raise it when the passphrase next changes.
pub const ARGON2_PASSES: u32 = 3;
/// Argon2id lanes. One: the argon2 crate runs lanes one after another anyway.
pub const ARGON2_LANES: u32 = 1;

/// How many minutes in the background before the app locks itself, by default.
pub const AUTO_LOCK_DEFAULT_MINUTES: u32 = 5;
/// The choices the app offers for locking after time in the background.
pub const AUTO_LOCK_CHOICES: [u32; 4] = [1, 5, 15, 60];
const AUTO_LOCK_KEY: &str = "auto_lock_minutes";

/// The lock as the app shows it. While the journal is locked nothing in it
/// can be read, so `auto_lock_minutes` is then the app's last known choice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LockStatus {
    /// Is the journal encrypted behind a passphrase?
    pub lock_on: bool,
    /// Is it locked right now (closed until the passphrase is given)?
    pub locked: bool,
    /// Minutes in the background before the app locks itself.
    pub auto_lock_minutes: u32,
}

const KEY_FILE_FORMAT: &str = "brim-journal-key";
const KEY_FILE_VERSION: u32 = 1;
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// Bound into the wrapped key, so a wrapped key is only ever read as one.
const WRAP_AAD: &[u8] = b"brim-journal-key v1";

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
    const NEW: PageHmac = PageHmac::Sha256;

    fn sqlcipher_name(self) -> &'static str {
        match self {
            PageHmac::Sha256 => "HMAC_SHA256",
            PageHmac::Sha512 => "HMAC_SHA512",
        }
    }

    /// SQLCipher's default, for key files that do not name one.
    fn before_it_was_recorded() -> PageHmac {
        PageHmac::Sha512
    }
}

/// Everything SQLCipher needs to read an encrypted journal.
pub(crate) struct JournalKey {
    key: DbKey,
    page_hmac: PageHmac,
}

impl std::fmt::Debug for JournalKey {
    /// Never the key itself, should one ever reach a log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalKey").field("page_hmac", &self.page_hmac).finish_non_exhaustive()
    }
}

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

/// What `<journal>.key` holds: nothing in it can be read without the passphrase.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct KeyFile {
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

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Is the journal file at `path` encrypted? A missing or empty file is a new,
/// plain journal.
pub(crate) fn is_encrypted_file(path: &Path) -> Result<bool> {
    // A file that cannot be read is left to SQLite, which says so plainly.
    let Ok(mut file) = File::open(path) else { return Ok(false) };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => read += n,
        }
    }
    // Shorter than a header: not a database either way; SQLite will say so.
    Ok(read == header.len() && &header != SQLITE_MAGIC)
}

/// An encrypted journal with its key file beside it. (Any other file that is
/// not plain SQLite is left to SQLite, which calls it not a journal.)
pub(crate) fn needs_passphrase(path: &Path) -> bool {
    is_encrypted_file(path).unwrap_or(false) && key_path(path).exists()
}

pub(crate) fn check_new_passphrase(passphrase: &str) -> Result<()> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::PassphraseTooShort);
    }
    Ok(())
}

/// Wraps `key` under `passphrase` with a fresh salt and nonce.
fn wrap(key: &JournalKey, passphrase: &str) -> Result<KeyFile> {
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
fn unwrap(file: &KeyFile, passphrase: &str) -> Result<JournalKey> {
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

fn read_key_file(journal: &Path) -> Result<KeyFile> {
    let text = fs::read_to_string(key_path(journal)).map_err(|_| Error::KeyFile)?;
    serde_json::from_str(&text).map_err(|_| Error::KeyFile)
}

/// Replaces `<journal>.key` whole: a crash leaves the old file or the new one.
fn write_key_file(journal: &Path, file: &KeyFile) -> Result<()> {
    write_key_file_at(&key_path(journal), file)
}

/// Writes a key file at `path` whole: a crash leaves the old file or the new one.
fn write_key_file_at(path: &Path, file: &KeyFile) -> Result<()> {
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

/// Makes a rename or removal in `path`'s folder survive power loss.
fn sync_dir(path: &Path) -> std::io::Result<()> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    File::open(dir)?.sync_all()
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

fn raw_key_text(key: &JournalKey) -> Zeroizing<String> {
    Zeroizing::new(format!("x'{}'", to_hex(&key.key[..])))
}

/// The copy made while turning the lock on or off. One left by a crash is
/// removed when the journal next opens: before the swap it is never the journal.
fn copy_path(journal: &Path, encrypting: bool) -> PathBuf {
    with_suffix(journal, if encrypting { ".encrypting" } else { ".decrypting" })
}

/// The copy under a fresh key made while changing the passphrase; like the
/// others, never the journal before the swap.
fn rekey_copy_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".rekeying")
}

/// The key file of a passphrase change under way: the fresh key wrapped by
/// the new passphrase. Whichever of it and `<journal>.key` holds the key
/// the journal file opens with is the journal's (see [`settle_rekey`]).
fn next_key_path(journal: &Path) -> PathBuf {
    with_suffix(journal, ".key.next")
}

/// Does SQLCipher read the journal at `path` with `key`? (It checks the
/// first page's HMAC, so a wrong key is never taken for a right one.)
fn opens_with(path: &Path, key: &JournalKey) -> bool {
    (|| -> Result<()> {
        let conn = Connection::open(path)?;
        conn.execute_batch(&key_pragmas(key))?;
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |_| Ok(()))?;
        Ok(())
    })()
    .is_ok()
}

/// Finishes or forgets a passphrase change that a crash cut short, and
/// returns the journal's key if `passphrase` opens it. Exactly one of the
/// two passphrases does: the old one until the copy under the fresh key
/// replaced the journal, the new one from then on.
///
/// A file is removed or promoted only once the journal is shown to open
/// with the other one's key, so no passphrase is ever lost to a mistake here.
fn settle_rekey(path: &Path, passphrase: &str) -> Result<JournalKey> {
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

fn remove_with_sidecars(path: &Path) {
    for suffix in ["", "-journal", "-wal", "-shm"] {
        let _ = fs::remove_file(with_suffix(path, suffix));
    }
}

/// Clears what an interrupted lock change left: copies that never became the
/// journal. A key file beside a plain journal stays: it wraps no journal's
/// key, and the next turn of the lock replaces it.
pub(crate) fn clean_leftovers(journal: &Path) {
    remove_with_sidecars(&copy_path(journal, true));
    remove_with_sidecars(&copy_path(journal, false));
    remove_with_sidecars(&rekey_copy_path(journal));
    let _ = fs::remove_file(with_suffix(&next_key_path(journal), ".new"));
    let _ = fs::remove_file(with_suffix(&key_path(journal), ".new"));
}

/// Is `passphrase` the one that opens the journal at `journal`? Unwraps the
/// key in its key file (and drops it at once); opens and changes nothing.
/// [`Error::WrongPassphrase`] when it is not.
pub(crate) fn check_passphrase(journal: &Path, passphrase: &str) -> Result<()> {
    unwrap(&read_key_file(journal)?, passphrase).map(drop)
}

/// Opens an encrypted journal: unwraps the key (checking the passphrase),
/// then gives it to SQLCipher.
pub(crate) fn open_encrypted(path: &Path, passphrase: &str) -> Result<Connection> {
    let key = if next_key_path(path).exists() {
        settle_rekey(path, passphrase)?
    } else {
        unwrap(&read_key_file(path)?, passphrase)?
    };
    clean_leftovers(path);
    store::open(path, Some(&key))
}

impl Journal {
    /// Does the journal at `path` need its passphrase to open? A journal that
    /// does not exist yet does not.
    pub fn needs_passphrase(path: impl AsRef<Path>) -> Result<bool> {
        Ok(needs_passphrase(path.as_ref()))
    }

    /// Opens the journal at `path` with its passphrase. A journal without a
    /// lock opens as [`Journal::open`] would.
    ///
    /// A wrong passphrase is [`Error::WrongPassphrase`], found before any
    /// journal file is opened, so nothing on disk changes.
    pub fn open_with_passphrase(path: impl AsRef<Path>, passphrase: &str) -> Result<Journal> {
        let path = path.as_ref();
        if !is_encrypted_file(path)? {
            return Journal::open(path);
        }
        let conn = open_encrypted(path, passphrase)?;
        Ok(Journal::from_parts(conn, path.to_path_buf(), true))
    }

    /// Is the lock on (is the journal file encrypted)?
    pub fn lock_is_on(&self) -> bool {
        self.encrypted.load(Ordering::SeqCst)
    }

    /// Turns the lock on: encrypts this journal in place under a new random
    /// key, wrapped by `passphrase`. Everything in the journal is kept.
    ///
    /// A crash at any point leaves either the plain journal or the encrypted
    /// one, each whole. Nothing can recover a forgotten passphrase.
    pub fn turn_lock_on(&self, passphrase: &str) -> Result<()> {
        self.turn_lock_on_stepwise(passphrase, |_| {})
    }

    /// [`Journal::turn_lock_on`], calling `at` after each step (crash tests).
    #[doc(hidden)]
    pub fn turn_lock_on_stepwise(&self, passphrase: &str, mut at: impl FnMut(LockStep)) -> Result<()> {
        check_new_passphrase(passphrase)?;
        let mut conn = self.lock();
        // Only SQLCipher encrypts. A build without it (brim-core's `lock`
        // feature off) must never write a "locked" journal that is plain.
        let cipher: Option<String> = conn.query_row("PRAGMA cipher_version", [], |r| r.get(0)).optional()?;
        if cipher.is_none() {
            return Err(Error::invalid("This build of Brim cannot lock a journal. Nothing was changed."));
        }
        if self.lock_is_on() {
            return Err(Error::invalid(
                "The lock is already on. To change the passphrase, use Change passphrase.",
            ));
        }
        let key = JournalKey { key: random::<32>()?, page_hmac: PageHmac::NEW };
        let file = wrap(&key, passphrase)?;
        let copy = copy_path(&self.path, true);
        remove_with_sidecars(&copy);
        // First the key file: beside a plain journal it is ignored, so a crash
        // here loses nothing, and once the swap lands the key is already there.
        write_key_file(&self.path, &file)?;
        at(LockStep::KeyFileWritten);
        copy_into(&self.path, None, &copy, Some(&key))?;
        at(LockStep::CopyWritten);
        let swapped = self.swap_in(&mut conn, &copy, &mut at, || store::open(&self.path, Some(&key)));
        self.encrypted.store(is_encrypted_file(&self.path).unwrap_or(false), Ordering::SeqCst);
        swapped
    }

    /// Turns the lock off: the journal becomes a plain file again, with
    /// everything in it, once `passphrase` is shown to be the right one.
    pub fn turn_lock_off(&self, passphrase: &str) -> Result<()> {
        self.turn_lock_off_stepwise(passphrase, |_| {})
    }

    /// [`Journal::turn_lock_off`], calling `at` after each step (crash tests).
    #[doc(hidden)]
    pub fn turn_lock_off_stepwise(&self, passphrase: &str, mut at: impl FnMut(LockStep)) -> Result<()> {
        let mut conn = self.lock();
        if !self.lock_is_on() {
            return Err(Error::invalid("The lock is already off."));
        }
        let file = read_key_file(&self.path)?;
        let key = unwrap(&file, passphrase)?;
        let copy = copy_path(&self.path, false);
        remove_with_sidecars(&copy);
        copy_into(&self.path, Some(&key), &copy, None)?;
        at(LockStep::CopyWritten);
        let swapped = self.swap_in(&mut conn, &copy, &mut at, || store::open(&self.path, None));
        self.encrypted.store(is_encrypted_file(&self.path).unwrap_or(true), Ordering::SeqCst);
        swapped?;
        // Beside a plain journal the key file is ignored; remove it all the same.
        let _ = fs::remove_file(key_path(&self.path)).and_then(|()| sync_dir(&self.path));
        Ok(())
    }

    /// Changes the passphrase, and with it the key the journal is encrypted
    /// with: the journal is copied under a fresh random key wrapped by `new`,
    /// so a copy of the old key file with `old` opens nothing any more.
    ///
    /// A crash at any point leaves the journal whole, opening with exactly
    /// one of the two passphrases: `old` until the copy replaced the journal,
    /// `new` from then on.
    pub fn change_passphrase(&self, old: &str, new: &str) -> Result<()> {
        self.change_passphrase_stepwise(old, new, |_| {})
    }

    /// [`Journal::change_passphrase`], calling `at` after each step (crash tests).
    #[doc(hidden)]
    pub fn change_passphrase_stepwise(
        &self,
        old: &str,
        new: &str,
        mut at: impl FnMut(LockStep),
    ) -> Result<()> {
        check_new_passphrase(new)?;
        // Held so nothing is written, and the lock not turned off, meanwhile.
        let mut conn = self.lock();
        if !self.lock_is_on() {
            return Err(Error::invalid("The lock is off. Turn it on to choose a passphrase."));
        }
        let old_key = unwrap(&read_key_file(&self.path)?, old)?;
        let new_key = JournalKey { key: random::<32>()?, page_hmac: PageHmac::NEW };
        let next = next_key_path(&self.path);
        let copy = rekey_copy_path(&self.path);
        remove_with_sidecars(&copy);
        // Beside the journal's own key file, never over it: until the swap,
        // the old passphrase must still open the journal.
        write_key_file_at(&next, &wrap(&new_key, new)?)?;
        at(LockStep::KeyFileWritten);
        if let Err(e) = copy_into(&self.path, Some(&old_key), &copy, Some(&new_key)) {
            let _ = fs::remove_file(&next);
            return Err(e);
        }
        at(LockStep::CopyWritten);
        // After a failed swap the journal on disk may be either: try both keys.
        let reopen =
            || store::open(&self.path, Some(&new_key)).or_else(|_| store::open(&self.path, Some(&old_key)));
        let swapped = self.swap_in(&mut conn, &copy, &mut at, reopen);
        // Whichever key the file on disk opens with decides which key file
        // stays: after a failed swap that is still the old one.
        if opens_with(&self.path, &new_key) {
            fs::rename(&next, key_path(&self.path))
                .and_then(|()| sync_dir(&self.path))
                .map_err(|_| Error::KeyFile)?;
            at(LockStep::KeyFileReplaced);
        } else {
            let _ = fs::remove_file(&next).and_then(|()| sync_dir(&self.path));
            if swapped.is_ok() {
                return Err(Error::KeyFile);
            }
        }
        swapped
    }

    /// SQLite's own check of the whole file: `"ok"` when sound. Works on an
    /// encrypted journal too, where a plain SQLite cannot look.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self.lock().query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// The lock of this open journal: never locked, since it is open.
    pub fn lock_status(&self) -> Result<LockStatus> {
        Ok(LockStatus {
            lock_on: self.lock_is_on(),
            locked: false,
            auto_lock_minutes: self.auto_lock_minutes()?,
        })
    }

    /// How many minutes in the background before the app locks itself.
    pub fn auto_lock_minutes(&self) -> Result<u32> {
        self.read(|tx| {
            Ok(setting(tx, AUTO_LOCK_KEY)?
                .and_then(|v| v.parse().ok())
                .filter(|m| AUTO_LOCK_CHOICES.contains(m))
                .unwrap_or(AUTO_LOCK_DEFAULT_MINUTES))
        })
    }

    /// Chooses how many minutes in the background before the app locks
    /// itself: one of [`AUTO_LOCK_CHOICES`].
    pub fn set_auto_lock_minutes(&self, minutes: u32) -> Result<()> {
        if !AUTO_LOCK_CHOICES.contains(&minutes) {
            return Err(Error::invalid("Pick 1, 5, 15 or 60 minutes."));
        }
        self.write(|tx| set_setting(tx, AUTO_LOCK_KEY, &minutes.to_string()))
    }

    /// Closes the open journal and puts `copy` in its place, then opens it
    /// with `reopen`. If a step fails, whatever journal is on disk is opened
    /// again so this `Journal` stays usable.
    fn swap_in(
        &self,
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
                Err(Error::invalid(
                    "The journal is open somewhere else, so the lock was not changed. Close other copies of Brim and try again.",
                ))
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
                let _ = fs::remove_file(with_suffix(&self.path, sidecar));
            }
            fs::rename(copy, &self.path).map_err(|_| Error::KeyFile)?;
            sync_dir(&self.path).map_err(|_| Error::KeyFile)?;
            at(LockStep::Swapped);
            *conn = reopen()?;
            Ok(())
        })();
        if swapped.is_err() {
            remove_with_sidecars(copy);
            // Open what is there now, whichever it is, with the key we hold.
            if let Ok(again) = reopen() {
                *conn = again;
            } else if let Ok(plain) = store::open(&self.path, None) {
                *conn = plain;
            }
        }
        swapped
    }
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
fn copy_into(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Area, NewMoment, NewSkill};

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

    /// Every byte of every file in `dir` (the journal, its `-wal` and `-shm`,
    /// the key file and anything else), searched for `marker`.
    fn marker_hits(dir: &Path, marker: &str) -> usize {
        let needle = marker.as_bytes();
        fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_file())
            .map(|p| fs::read(p).unwrap().windows(needle.len()).filter(|w| *w == needle).count())
            .sum()
    }

    fn write_markers(journal: &Journal, marker: &str) {
        let skill = journal
            .add_skill(NewSkill {
                name: format!("Skill {marker}"),
                area: Area::Practical,
                story: format!("Learnt it {marker}"),
                prompt_id: None,
            })
            .unwrap();
        for n in 0..30 {
            journal
                .add_moment(NewMoment {
                    date: chrono::Local::now().date_naive(),
                    text: format!("Moment {n} {marker} "),
                    skill_ids: vec![skill.id],
                })
                .unwrap();
        }
        // The group server's device token, as joining stores it.
        let joined = brim_protocol::JoinResponse {
            member_id: crate::new_id(),
            role: brim_protocol::Role::Member,
            group_id: crate::new_id(),
            group_name: "Tuesday group".into(),
            device_id: crate::new_id(),
            device_token: format!("token-{marker}"),
        };
        journal.write(|tx| crate::group::store(tx, "https://groups.example.org", "Sam", &joined)).unwrap();
    }

    #[test]
    fn no_marker_reaches_any_file_of_an_encrypted_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let marker = "MKR-3f9a-locked";
        let journal = Journal::open(&path).unwrap();
        journal.turn_lock_on("tea and toast").unwrap();
        write_markers(&journal, marker);
        // While open, the -wal holds the new pages: encrypted too.
        assert_eq!(marker_hits(dir.path(), marker), 0, "open");
        drop(journal);
        assert_eq!(marker_hits(dir.path(), marker), 0, "closed");

        let journal = Journal::open_with_passphrase(&path, "tea and toast").unwrap();
        let token = journal.read(crate::group::credentials).unwrap().unwrap().token;
        assert_eq!(token, format!("token-{marker}"), "the token is there for the sync client");
    }

    /// Can a bare SQLCipher connection read `path` with `key` and `hmac`?
    fn reads_with(path: &Path, key: &JournalKey, hmac: PageHmac) -> bool {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(&key_pragmas(&JournalKey { key: key.key.clone(), page_hmac: hmac })).unwrap();
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get::<_, i64>(0)).is_ok()
    }

    #[test]
    fn a_new_lock_checks_pages_with_sha256_and_keeps_it_through_a_new_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let journal = Journal::open(&path).unwrap();
        write_markers(&journal, "MKR-sha256");
        journal.turn_lock_on("tea and toast").unwrap();
        journal.change_passphrase("tea and toast", "toast and jam").unwrap();
        drop(journal);
        let key = unwrap(&read_key_file(&path).unwrap(), "toast and jam").unwrap();
        assert_eq!(key.page_hmac, PageHmac::Sha256);
        assert!(reads_with(&path, &key, PageHmac::Sha256));
        assert!(!reads_with(&path, &key, PageHmac::Sha512), "the file itself is checked with SHA-256");
    }

    #[test]
    fn a_journal_locked_before_the_page_check_was_recorded_still_opens() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let plain = dir.path().join("plain.db");
        write_markers(&Journal::open(&plain).unwrap(), "MKR-old-lock");
        // As the first locks wrote them: SHA-512 pages, no `page_hmac` in the key file.
        let key = JournalKey { key: random::<32>().unwrap(), page_hmac: PageHmac::Sha512 };
        copy_into(&plain, None, &path, Some(&key)).unwrap();
        let mut json: serde_json::Value = serde_json::to_value(wrap(&key, "tea and toast").unwrap()).unwrap();
        json.as_object_mut().unwrap().remove("page_hmac").unwrap();
        fs::write(key_path(&path), serde_json::to_vec(&json).unwrap()).unwrap();

        let journal = Journal::open_with_passphrase(&path, "tea and toast").unwrap();
        assert_eq!(journal.moments(50, None).unwrap().moments.len(), 30);
        assert_eq!(journal.integrity_check().unwrap(), "ok");
    }

    #[test]
    fn no_marker_is_left_after_locking_a_plain_journal() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let marker = "MKR-77c1-before";
        let journal = Journal::open(&path).unwrap();
        write_markers(&journal, marker);
        assert!(marker_hits(dir.path(), marker) > 0, "the scan sees a plain journal's markers");
        journal.turn_lock_on("tea and toast").unwrap();
        assert_eq!(marker_hits(dir.path(), marker), 0, "open");
        drop(journal);
        assert_eq!(marker_hits(dir.path(), marker), 0, "closed");
        let journal = Journal::open_with_passphrase(&path, "tea and toast").unwrap();
        assert!(journal.read(crate::group::credentials).unwrap().is_some());
    }
}
