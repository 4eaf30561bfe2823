//! brim-core: the whole private skills journal as a plain library.
//!
//! One [`Journal`] owns one SQLite file. Every public operation is one
//! transaction: it either happens completely or not at all. Only the sync client
//! ([`SyncClient`]) talks to the network, and only to a group the person
//! joined; nothing here knows about Tauri; the app and the tests call it alike.

#![cfg_attr(test, allow(clippy::unwrap_used))]

mod area;
mod backup;
#[cfg(test)]
mod bindings;
mod check_in;
mod db_key;
mod draft;
mod error;
mod feed;
mod file_swap;
mod group;
mod growth;
mod home;
mod key_file;
mod lead;
mod lock;
mod moment;
mod outbox;
mod pdf;
mod portfolio;
mod preferences;
mod prompts;
mod recognition;
mod reminder;
mod seal;
mod setting;
mod share;
mod skill;
mod store;
mod sync;
mod validate;
pub mod words;

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use uuid::Uuid;

pub use area::{Area, AreaInfo, MAX_AREA_CHARS};
pub use backup::{
    BACKUP_FORMAT, BACKUP_VERSION, Backup, BackupCheckIn, BackupFile, BackupRating, BackupSkill,
    ImportSummary, LOCKED_BACKUP_FORMAT, SavedBackup,
};
/// The wire types shared with the group server, re-exported so the app needs one dependency.
pub use brim_protocol as protocol;
pub use brim_protocol::{Audience, Role, ShareContent, SharedItem, SkillRef};
pub use check_in::{
    CHECK_IN_REMINDER, CHECK_IN_REMINDER_TIME, Cadence, CheckIn, CheckInStatus, NewCheckIn, NewRating,
    Rating, RatingLabel, rating_labels,
};
pub use error::{CommandError, Error, ErrorCode, Result};
pub use feed::{CachedBoard, CachedOpenToRoles, CachedSummary};
pub use group::{ErasureRecord, Membership, MembershipStatus, SentRecognition};
pub use growth::{
    AreaGrowth, AreaPoint, CheckInPoint, Growth, QuarterCount, RatingPoint, SkillEvidence, SkillGrowth,
};
pub use home::{HOME_MOMENTS, Home};
pub use lead::{Invite, JOIN_LINK_START, NewInvite, NewOpportunity, join_link, qr_svg, read_join_link};
pub use lock::{AUTO_LOCK_CHOICES, AUTO_LOCK_DEFAULT_MINUTES, LockStatus, LockStep, MIN_PASSPHRASE_CHARS};
pub use moment::{DraftOf, Moment, MomentCursor, MomentKind, MomentPage, NewMoment, StepBackAnswer};
pub use outbox::QuarantinedOperation;
pub use portfolio::{SavedPortfolio, portfolio_file_name, write_pdf_at};
pub use preferences::{Language, LanguageChoice, Preferences, SyncMode, TEXT_SIZES};
pub use prompts::{SkillPrompt, StepBackPrompt, skill_prompts, step_back_prompts};
pub use recognition::{AcceptAs, NewRecognition, Recognition, RecognitionStatus};
pub use reminder::{
    CHECK_IN_REMINDER_ID, NotificationPermission, REMINDER_IDS, Reminder, Repeat, SKILL_NUDGE,
    SKILL_NUDGE_DAY, SKILL_NUDGE_ID, SKILL_NUDGE_TIME, next_skill_nudge, plan_reminders,
};
pub use seal::{ARGON2_LANES, ARGON2_MEMORY_KIB, ARGON2_PASSES};
pub use share::{Share, ShareItem, SharePreview, VisibleShare, contribution_of};
pub use skill::{NewSkill, Skill, SkillEdit, SkillOrder, SkillQuery};
pub use sync::{BACKOFF_FIRST, BACKOFF_MAX, JoinDetails, SyncClient, SyncReport, SyncStatus, backoff_delay};
pub use validate::{MAX_MOMENT_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, MAX_STORY_CHARS};
pub use words::{MessageId, Words, id};

/// A person's private journal, stored in one SQLite file.
///
/// `Journal` is `Send + Sync`: the connection sits behind a mutex, so the app
/// can share one journal between its commands.
#[derive(Debug)]
pub struct Journal {
    conn: Mutex<Connection>,
    path: PathBuf,
    /// Whether the file is encrypted; changes only under the `conn` mutex.
    encrypted: AtomicBool,
    /// Told after each commit that changed the outbox (see [`Journal::on_outbox_change`]).
    outbox_listeners: outbox::Listeners,
}

impl Journal {
    /// Opens the journal at `path`, creating it if it does not exist and
    /// bringing an older file up to date.
    ///
    /// Refuses (with [`Error::NewerJournal`]) a file saved by a newer Brim,
    /// and an encrypted one with [`Error::Locked`]: open that with
    /// [`Journal::open_with_passphrase`].
    pub fn open(path: impl AsRef<Path>) -> Result<Journal> {
        let path = path.as_ref().to_path_buf();
        if lock::needs_passphrase(&path) {
            return Err(Error::Locked);
        }
        lock::clean_leftovers(&path);
        let conn = store::open(&path, None)?;
        Ok(Journal::from_parts(conn, path, false))
    }

    fn from_parts(conn: Connection, path: PathBuf, encrypted: bool) -> Journal {
        Journal {
            conn: Mutex::new(conn),
            path,
            encrypted: AtomicBool::new(encrypted),
            outbox_listeners: outbox::Listeners::default(),
        }
    }

    /// Where the journal lives on disk.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock dropped its transaction, which rolled
        // back; the connection itself is still sound, so carry on with it.
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` inside a read transaction (one consistent snapshot).
    fn read<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let conn = self.lock();
        let tx = Tx::begin(&conn, "BEGIN DEFERRED")?;
        let value = f(&tx)?;
        tx.end("ROLLBACK")?;
        Ok(value)
    }

    /// Runs `f` inside one write transaction and commits it; any error rolls
    /// everything back, so an operation never half-happens.
    ///
    /// When `f` erased something ([`Tx::erased`]), the write-ahead log is
    /// folded into the file and cut to nothing after the commit, so no older
    /// copy of what was erased stays in it.
    ///
    /// The one place a write commits, so the one place the outbox's listeners
    /// are told: only once the commit has landed, and after the journal is
    /// free again (a listener may read it).
    fn write<T>(&self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let conn = self.lock();
        let tx = Tx::begin(&conn, "BEGIN IMMEDIATE")?;
        let value = f(&tx)?;
        let erased = tx.erased.get();
        let outbox_changed = tx.outbox_changed.get();
        tx.end("COMMIT")?;
        if erased {
            store::truncate_wal(&conn);
        }
        drop(conn);
        if outbox_changed {
            self.outbox_listeners.tell();
        }
        Ok(value)
    }
}

/// One open transaction on the journal's connection: what [`Journal::read`]
/// and [`Journal::write`] hand to each operation, and only they make one.
/// Dropped without [`Tx::end`] (an error or a panic), it rolls back.
///
/// BEGIN, COMMIT and ROLLBACK are cached statements; rusqlite's own
/// `Transaction` parses them afresh each time, a few percent of a save.
pub(crate) struct Tx<'c> {
    conn: &'c Connection,
    open: bool,
    erased: Cell<bool>,
    /// Set by the outbox when this transaction queues or drops an operation.
    outbox_changed: Cell<bool>,
}

impl<'c> Tx<'c> {
    fn begin(conn: &'c Connection, begin: &str) -> rusqlite::Result<Tx<'c>> {
        conn.prepare_cached(begin)?.execute([])?;
        Ok(Tx { conn, open: true, erased: Cell::new(false), outbox_changed: Cell::new(false) })
    }

    /// Marks this transaction as one that erased something the person (or
    /// whoever shared it) asked to be gone: once it commits, the write-ahead
    /// log is emptied too (see [`Journal::write`]). Not for everyday
    /// overwrites such as a save dropping its draft: those stay cheap.
    pub(crate) fn erased(&self) {
        self.erased.set(true);
    }

    /// Every row `sql` answers for `params`, each made by `row`. (A query a
    /// screen runs often keeps a cached statement of its own instead.)
    pub(crate) fn all<T>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
        row: impl FnMut(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    ) -> Result<Vec<T>> {
        Ok(self.conn.prepare(sql)?.query_map(params, row)?.collect::<rusqlite::Result<_>>()?)
    }

    /// The one row `sql` answers for `id` (its `?1`), made by `row`; when
    /// there is none, [`Error::NotFound`] with `missing`, the words that say
    /// what could not be found.
    pub(crate) fn one<T>(
        &self,
        sql: &str,
        id: Uuid,
        row: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
        missing: words::MessageId,
    ) -> Result<T> {
        use rusqlite::OptionalExtension;
        self.conn
            .prepare_cached(sql)?
            .query_row([id.to_string()], row)
            .optional()?
            .ok_or(Error::NotFound(missing))
    }

    /// Ends the transaction with `end` (COMMIT or ROLLBACK).
    fn end(mut self, end: &str) -> rusqlite::Result<()> {
        self.conn.prepare_cached(end)?.execute([])?;
        self.open = false;
        Ok(())
    }
}

impl std::ops::Deref for Tx<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Tx<'_> {
    fn drop(&mut self) {
        // A failed COMMIT leaves the transaction open, and so does an error
        // or a panic part-way: roll back what was written.
        if self.open && !self.conn.is_autocommit() {
            let _ = self.conn.execute_batch("ROLLBACK");
        }
    }
}

/// A new time-ordered id.
fn new_id() -> Uuid {
    Uuid::now_v7()
}

/// Now, to the millisecond: what is stored is exactly what was returned.
fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(Utc::now().timestamp_millis()).unwrap_or_default()
}

/// Reads a UUID stored as text.
fn uuid_at(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<Uuid> {
    let text: String = row.get(idx)?;
    Uuid::parse_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}
