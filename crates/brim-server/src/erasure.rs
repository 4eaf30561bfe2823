//! Erasure that lasts. Every erasure (a member erased or leaving, a share
//! revoked, a device signed out) is written to an erasure ledger that lives
//! outside the main database (a file beside the SQLite file; a schema of its
//! own on PostgreSQL, which the README's backup command leaves out), and the
//! ledger is re-applied whenever a store opens, so restoring an older backup
//! brings none of them back.
//!
//! The ledger holds hashes only: SHA-256 of a kind-tagged id (for a device,
//! of its token's hash), never a name, content or id in clear. It is written
//! before the erasure commits, so a crash in between leaves an intent that
//! the next start completes, never an erasure the ledger forgot.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use uuid::Uuid;

use crate::error::Result;
use crate::membership::erase_member;
use crate::store::queries as q;
use crate::store::{Conn, Job, StoreError};
use crate::token::hash_secret;

/// Tables whose rows hold what a member shared or said about themself
/// (names, content, device names): what a store scrubs after an erasure.
pub const CONTENT_TABLES: &[&str] = &[
    "members",
    "devices",
    "shares",
    "summary_contributions",
    "recognitions",
    "open_to_roles",
    "applied_ops",
];
/// What revoking a share frees.
pub const SHARE_TABLES: &[&str] = &["shares", "summary_contributions"];
/// What signing a device out frees.
pub const DEVICE_TABLES: &[&str] = &["devices"];

/// What an entry stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErasureKind {
    /// An erased member (left, or erased by an admin).
    Member,
    /// A revoked share.
    Share,
    /// A signed-out device's token.
    Device,
}

impl ErasureKind {
    /// The word stored beside the hash.
    pub fn as_str(self) -> &'static str {
        match self {
            ErasureKind::Member => "member",
            ErasureKind::Share => "share",
            ErasureKind::Device => "device",
        }
    }

    /// The kind a stored word names.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "member" => Some(ErasureKind::Member),
            "share" => Some(ErasureKind::Share),
            "device" => Some(ErasureKind::Device),
            _ => None,
        }
    }
}

/// One ledger entry: a kind and a hash, nothing else.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LedgerEntry {
    pub kind: ErasureKind,
    pub hash: String,
}

impl LedgerEntry {
    fn new(kind: ErasureKind, id: &str) -> Self {
        Self { kind, hash: hash_secret(&format!("brim-erasure:{}:{id}", kind.as_str())) }
    }

    /// An erased member.
    pub fn member(id: Uuid) -> Self {
        Self::new(ErasureKind::Member, &id.to_string())
    }

    /// A revoked share.
    pub fn share(id: Uuid) -> Self {
        Self::new(ErasureKind::Share, &id.to_string())
    }

    /// A signed-out device, by the hash of its token (what the server keeps).
    pub fn device(token_hash: &str) -> Self {
        Self::new(ErasureKind::Device, token_hash)
    }
}

fn ledger_err(e: impl std::fmt::Display) -> StoreError {
    StoreError(format!("erasure ledger: {e}"))
}

/// The SQLite engine's ledger: a text file beside the database, one
/// `KIND HASH` line per erasure, only ever appended to (by the server and by
/// admin commands, each with one `write` of whole lines).
#[derive(Debug)]
pub struct FileLedger {
    path: PathBuf,
    hashes: Mutex<HashSet<String>>,
}

const FILE_HEADER: &str = "# Brim erasure ledger: hashed ids of erased members, revoked shares and \
signed-out devices. No names, no content. Keep this file when you restore a backup of the database; \
never replace it with an older copy.\n";

impl FileLedger {
    /// The ledger of the SQLite database at `db`: `DB.erasures` beside it.
    pub fn path_for(db: &Path) -> PathBuf {
        let mut name = db.file_name().map(|n| n.to_os_string()).unwrap_or_else(|| "brim-server.db".into());
        name.push(".erasures");
        db.with_file_name(name)
    }

    /// Read the ledger at `path` (none yet is an empty ledger).
    pub fn open(path: PathBuf) -> Result<Self, StoreError> {
        let ledger = Self { path, hashes: Mutex::new(HashSet::new()) };
        let entries = ledger.read()?;
        *ledger.lock() = entries.into_iter().map(|e| e.hash).collect();
        Ok(ledger)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashSet<String>> {
        self.hashes.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Every entry in the file now (another process may have added some).
    pub fn read(&self) -> Result<Vec<LedgerEntry>, StoreError> {
        let text = match std::fs::read_to_string(&self.path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(ledger_err(format!("could not read {}: {e}", self.path.display()))),
        };
        // A line torn by a crash mid-write is skipped: its erasure never committed.
        Ok(text
            .lines()
            .filter_map(|line| {
                let (kind, hash) = line.split_once(' ')?;
                let kind = ErasureKind::parse(kind)?;
                (hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
                    .then(|| LedgerEntry { kind, hash: hash.to_owned() })
            })
            .collect())
    }

    /// Append entries and wait until they are on disk.
    pub fn append(&self, entries: &[LedgerEntry]) -> Result<(), StoreError> {
        let fresh: Vec<&LedgerEntry> = {
            let known = self.lock();
            entries.iter().filter(|e| !known.contains(&e.hash)).collect()
        };
        if fresh.is_empty() {
            return Ok(());
        }
        let new_file = !self.path.exists();
        let mut text = String::new();
        if new_file {
            text.push_str(FILE_HEADER);
        } else if !self.ends_with_newline()? {
            // Finish a line torn by a crash, so it cannot swallow this one.
            text.push('\n');
        }
        for e in &fresh {
            text.push_str(e.kind.as_str());
            text.push(' ');
            text.push_str(&e.hash);
            text.push('\n');
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| ledger_err(format!("could not open {}: {e}", self.path.display())))?;
        file.write_all(text.as_bytes()).map_err(ledger_err)?;
        file.sync_all().map_err(ledger_err)?;
        if new_file {
            // A new file's name must be on disk too, not only its bytes.
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::File::open(dir).and_then(|d| d.sync_all()).map_err(ledger_err)?;
            }
        }
        self.lock().extend(fresh.into_iter().map(|e| e.hash.clone()));
        Ok(())
    }

    fn ends_with_newline(&self) -> Result<bool, StoreError> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = std::fs::File::open(&self.path).map_err(ledger_err)?;
        if file.metadata().map_err(ledger_err)?.len() == 0 {
            return Ok(true);
        }
        let mut last = [0u8; 1];
        file.seek(SeekFrom::End(-1)).and_then(|_| file.read_exact(&mut last)).map_err(ledger_err)?;
        Ok(last[0] == b'\n')
    }

    /// Whether a hash is in the ledger (as this process knows it).
    pub fn contains(&self, hash: &str) -> bool {
        self.lock().contains(hash)
    }
}

/// Re-apply the ledger: erase again every member, share and device token in
/// it that the database holds (after a restore of an older backup). Readers
/// get tombstones, as for any erasure. Run whenever a store opens.
#[derive(Debug)]
pub struct ApplyLedger;

/// What re-applying found and erased again.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Reapplied {
    pub members: usize,
    pub shares: usize,
    pub devices: usize,
}

impl Job for ApplyLedger {
    type Output = Reapplied;
    async fn run<C: Conn>(self, c: &mut C) -> Result<Reapplied> {
        let ledger = c.ledger_hashes().await?;
        let mut done = Reapplied::default();
        if ledger.is_empty() {
            return Ok(done);
        }
        for id in q::all_member_ids(c).await? {
            if ledger.contains(&LedgerEntry::member(id).hash)
                && let Some(member) = q::member(c, id).await?
            {
                q::lock_group(c, member.group_id).await?;
                erase_member(c, &member).await?;
                done.members += 1;
            }
        }
        for id in q::all_share_ids(c).await? {
            if ledger.contains(&LedgerEntry::share(id).hash)
                && let Some(share) = q::share(c, id).await?
            {
                q::lock_group(c, share.group_id).await?;
                let (group_id, owner_id) = (share.group_id, share.owner_id);
                q::record_removal(c, group_id, share.id, owner_id, share.audience, q::REMOVAL_REVOKED)
                    .await?;
                q::delete_share(c, share.id).await?;
                c.record_erasure(LedgerEntry::share(share.id), SHARE_TABLES).await?;
                done.shares += 1;
            }
        }
        for (member_id, device_id, token_hash) in q::all_device_tokens(c).await? {
            if ledger.contains(&LedgerEntry::device(&token_hash).hash) {
                q::delete_device(c, member_id, device_id).await?;
                c.record_erasure(LedgerEntry::device(&token_hash), DEVICE_TABLES).await?;
                done.devices += 1;
            }
        }
        if done != Reapplied::default() {
            tracing::warn!(
                members = done.members,
                shares = done.shares,
                devices = done.devices,
                "the database held erased items (a restored backup?): erased them again"
            );
        }
        Ok(done)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_file_ledger_keeps_hashes_across_opens_and_skips_a_torn_line() {
        let dir = tempfile::tempdir().expect("dir");
        let path = FileLedger::path_for(&dir.path().join("brim-server.db"));
        assert!(path.ends_with("brim-server.db.erasures"), "{}", path.display());
        let member = Uuid::now_v7();
        let ledger = FileLedger::open(path.clone()).expect("open");
        ledger.append(&[LedgerEntry::member(member), LedgerEntry::device("abc")]).expect("append");
        // Appending what is there already writes nothing twice.
        ledger.append(&[LedgerEntry::member(member)]).expect("append again");
        // A crash mid-write leaves half a line; it is skipped, the rest is read.
        std::fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(b"share 12ab"))
            .expect("torn line");
        let reopened = FileLedger::open(path.clone()).expect("reopen");
        assert!(reopened.contains(&LedgerEntry::member(member).hash));
        assert!(reopened.contains(&LedgerEntry::device("abc").hash));
        assert!(!reopened.contains(&LedgerEntry::share(member).hash), "kinds are kept apart");
        assert_eq!(reopened.read().expect("read").len(), 2);
        // The next entry is not swallowed by the torn line.
        reopened.append(&[LedgerEntry::share(member)]).expect("append after a torn line");
        let again = FileLedger::open(path.clone()).expect("reopen");
        assert!(again.contains(&LedgerEntry::share(member).hash));
        assert_eq!(again.read().expect("read").len(), 3);
        let text = std::fs::read_to_string(&path).expect("text");
        assert!(!text.contains(&member.to_string()), "no id in clear: {text}");
    }
}
