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

use std::fs;
use std::fs::File;
use std::io::Read;
use std::path::Path;
use std::sync::atomic::Ordering;

use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::db_key::{JournalKey, opens_with};
use crate::error::{Error, Result};
pub use crate::file_swap::LockStep;
use crate::file_swap::{
    copy_into, copy_path, rekey_copy_path, remove_with_sidecars, swap_in, sync_dir, with_suffix,
};
use crate::key_file::{
    key_path, next_key_path, read_key_file, settle_rekey, unwrap, wrap, write_key_file, write_key_file_at,
};
use crate::setting::{set_setting, setting};
use crate::words::id;
use crate::{Journal, store};

/// The shortest passphrase Brim accepts, in characters. Short enough to type
/// on a phone every day; Argon2id's cost makes each guess slow.
pub const MIN_PASSPHRASE_CHARS: usize = 6;

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

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

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
            return Err(Error::invalid(id::ERROR_LOCK_NOT_BUILT));
        }
        if self.lock_is_on() {
            return Err(Error::invalid(id::ERROR_LOCK_ALREADY_ON));
        }
        let key = JournalKey::new_random()?;
        let file = wrap(&key, passphrase)?;
        let copy = copy_path(&self.path, true);
        remove_with_sidecars(&copy);
        // First the key file: beside a plain journal it is ignored, so a crash
        // here loses nothing, and once the swap lands the key is already there.
        write_key_file(&self.path, &file)?;
        at(LockStep::KeyFileWritten);
        copy_into(&self.path, None, &copy, Some(&key))?;
        at(LockStep::CopyWritten);
        let swapped = swap_in(&self.path, &mut conn, &copy, &mut at, || store::open(&self.path, Some(&key)));
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
            return Err(Error::invalid(id::ERROR_LOCK_ALREADY_OFF));
        }
        let file = read_key_file(&self.path)?;
        let key = unwrap(&file, passphrase)?;
        let copy = copy_path(&self.path, false);
        remove_with_sidecars(&copy);
        copy_into(&self.path, Some(&key), &copy, None)?;
        at(LockStep::CopyWritten);
        let swapped = swap_in(&self.path, &mut conn, &copy, &mut at, || store::open(&self.path, None));
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
            return Err(Error::invalid(id::ERROR_LOCK_OFF_NO_PASSPHRASE));
        }
        let old_key = unwrap(&read_key_file(&self.path)?, old)?;
        let new_key = JournalKey::new_random()?;
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
        let swapped = swap_in(&self.path, &mut conn, &copy, &mut at, reopen);
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
            return Err(Error::invalid(id::ERROR_AUTO_LOCK_MINUTES));
        }
        self.write(|tx| set_setting(tx, AUTO_LOCK_KEY, &minutes.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db_key::{PageHmac, key_pragmas};
    use crate::seal::random;
    use crate::{Area, NewMoment, NewSkill};

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
