//! The session: the journal open, locked, or failed to open. While locked the
//! app holds no `Journal` at all, so no key and no connection: every journal
//! call answers `locked` until the passphrase opens it again. The session also
//! carries the background sync ([`crate::GroupSync`]) and the auto-lock timer
//! ([`crate::auto_lock`]), so a host (the Tauri shell, a dev server) holds one
//! value and clones it freely.
//!
//! Invariants: callers and background work take a clone of the `Arc` for one
//! call and let it go, so locking drops the journal as soon as the call in
//! flight ends; background sync gives way to a lock at once (`until_locked`).
//! Unlocking, locking and turning the lock on or off happen one at a time.
//! Every journal the session opens has the sync scheduler listening to its
//! outbox, so whatever queues an operation wakes the sync by itself.

use std::future::Future;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use brim_core::{
    AUTO_LOCK_DEFAULT_MINUTES, CommandError, Error, ErrorCode, Journal, LockStatus, Preferences, SyncMode,
    id, words,
};
use tokio::sync::watch;

use crate::auto_lock::AutoLock;
use crate::group_sync::GroupSync;

/// What the session holds.
enum Held {
    Open(Arc<Journal>),
    /// The journal is encrypted and its passphrase has not been given (or the
    /// app locked itself): nothing of it is in memory.
    Locked,
    /// Why the journal could not be opened, shown by every call.
    Failed(CommandError),
}

/// The app's one session. Cheap to clone: every clone is the same session.
#[derive(Clone)]
pub struct Session(Arc<Inner>);

struct Inner {
    /// Where the journal lives (absent only when the app found no folder for it).
    path: Option<PathBuf>,
    held: RwLock<Held>,
    /// Kept outside the journal, so the lock status can say it while locked.
    auto_lock_minutes: AtomicU32,
    /// Unlocking, locking and turning the lock on or off, one at a time.
    turning: Mutex<()>,
    /// The lock status, sent each time the journal locks or opens. Background
    /// work waiting on the network gives way when it says `locked`.
    lock_news: watch::Sender<LockStatus>,
    sync: GroupSync,
    auto_lock: AutoLock,
    /// This phone's choices (text size, when to sync), kept beside the journal
    /// so they hold while it is locked.
    preferences: Mutex<Preferences>,
}

fn locked_error() -> CommandError {
    CommandError::from(Error::Locked)
}

impl Session {
    /// The journal at `path`, opened now unless it needs its passphrase.
    pub fn open(path: PathBuf) -> Session {
        // The person's language first, so even a journal that cannot be
        // opened says why in their words.
        let preferences = Preferences::load(&Preferences::path_for(&path));
        words::use_language(words::language_for(preferences.language));
        let held = match Journal::needs_passphrase(&path) {
            Ok(true) => Held::Locked,
            Ok(false) => match Journal::open(&path) {
                Ok(journal) => Held::Open(Arc::new(journal)),
                Err(e) => Held::Failed(e.into()),
            },
            Err(e) => Held::Failed(e.into()),
        };
        Session::holding(Some(path), held, preferences)
    }

    /// No journal, for the reason given (no folder to keep one in).
    pub fn failed(error: CommandError) -> Session {
        Session::holding(None, Held::Failed(error), Preferences::default())
    }

    fn holding(path: Option<PathBuf>, held: Held, preferences: Preferences) -> Session {
        let minutes = match &held {
            Held::Open(journal) => journal.auto_lock_minutes().unwrap_or(AUTO_LOCK_DEFAULT_MINUTES),
            _ => AUTO_LOCK_DEFAULT_MINUTES,
        };
        // What the lock looks like now; a failed session never changes, so its
        // status (an error to every caller) is never sent.
        let status = match &held {
            Held::Open(journal) => {
                LockStatus { lock_on: journal.lock_is_on(), locked: false, auto_lock_minutes: minutes }
            }
            Held::Locked => LockStatus { lock_on: true, locked: true, auto_lock_minutes: minutes },
            Held::Failed(_) => LockStatus { lock_on: false, locked: false, auto_lock_minutes: minutes },
        };
        let sync = GroupSync::new();
        if let Held::Open(journal) = &held {
            sync.listen_to(journal);
        }
        Session(Arc::new(Inner {
            path,
            held: RwLock::new(held),
            auto_lock_minutes: AtomicU32::new(minutes),
            turning: Mutex::new(()),
            lock_news: watch::Sender::new(status),
            sync,
            auto_lock: AutoLock::default(),
            preferences: Mutex::new(preferences),
        }))
    }

    fn held(&self) -> std::sync::RwLockReadGuard<'_, Held> {
        // A panic while holding it left a whole value behind (each write is one assignment).
        self.0.held.read().unwrap_or_else(|p| p.into_inner())
    }

    fn one_at_a_time(&self) -> MutexGuard<'_, ()> {
        self.0.turning.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The background sync with the group.
    pub fn sync(&self) -> &GroupSync {
        &self.0.sync
    }

    pub(crate) fn auto_lock(&self) -> &AutoLock {
        &self.0.auto_lock
    }

    /// The open journal for one call, or why there is none.
    pub fn journal(&self) -> Result<Arc<Journal>, CommandError> {
        match &*self.held() {
            Held::Open(journal) => Ok(Arc::clone(journal)),
            Held::Locked => Err(locked_error()),
            Held::Failed(error) => Err(error.clone()),
        }
    }

    pub fn is_locked(&self) -> bool {
        matches!(*self.held(), Held::Locked)
    }

    /// Is the journal open with its lock on (so it can be locked)?
    pub fn can_lock(&self) -> bool {
        matches!(&*self.held(), Held::Open(journal) if journal.lock_is_on())
    }

    pub fn status(&self) -> Result<LockStatus, CommandError> {
        match &*self.held() {
            Held::Open(journal) => journal.lock_status().map_err(CommandError::from),
            Held::Locked => Ok(LockStatus {
                lock_on: true,
                locked: true,
                auto_lock_minutes: self.0.auto_lock_minutes.load(Ordering::SeqCst),
            }),
            Held::Failed(error) => Err(error.clone()),
        }
    }

    /// Minutes in the background before the app locks itself.
    pub fn auto_lock_minutes(&self) -> u32 {
        self.0.auto_lock_minutes.load(Ordering::SeqCst)
    }

    /// This phone's preferences (the defaults until the person changes one).
    pub fn preferences(&self) -> Preferences {
        *self.0.preferences.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Keeps new preferences. Syncing again automatically looks at once.
    pub fn set_preferences(&self, chosen: Preferences) -> Result<Preferences, CommandError> {
        // No folder for the journal (the session failed to start): nowhere to keep them either.
        let Some(path) = self.0.path.as_deref().map(Preferences::path_for) else {
            return Err(self.journal().err().unwrap_or_else(locked_error));
        };
        let mut kept = self.0.preferences.lock().unwrap_or_else(|p| p.into_inner());
        chosen.save(&path)?;
        let was = std::mem::replace(&mut *kept, chosen);
        drop(kept);
        words::use_language(words::language_for(chosen.language));
        if was.sync == SyncMode::WhenAsked && chosen.sync == SyncMode::Automatic {
            self.0.sync.wake();
        }
        Ok(chosen)
    }

    /// Does the background sync run by itself, or only when the person asks?
    pub(crate) fn syncs_by_itself(&self) -> bool {
        self.preferences().sync == SyncMode::Automatic
    }

    /// Opens a locked journal with its passphrase. A wrong one changes nothing.
    pub fn unlock(&self, passphrase: &str) -> Result<LockStatus, CommandError> {
        let _turn = self.one_at_a_time();
        if !self.is_locked() {
            return self.status();
        }
        let path = self.0.path.as_ref().ok_or_else(locked_error)?;
        // Only an encrypted journal is opened with the passphrase; one that is
        // plain again (its lock turned off elsewhere) opens as it is.
        let journal = if Journal::needs_passphrase(path)? {
            Journal::open_with_passphrase(path, passphrase)?
        } else {
            Journal::open(path)?
        };
        let status = journal.lock_status()?;
        self.0.auto_lock_minutes.store(status.auto_lock_minutes, Ordering::SeqCst);
        self.0.sync.listen_to(&journal);
        *self.0.held.write().unwrap_or_else(|p| p.into_inner()) = Held::Open(Arc::new(journal));
        self.0.lock_news.send_replace(status.clone());
        Ok(status)
    }

    /// Locks the journal now: the session lets go of it (key and connection go
    /// once a call in flight ends). Refused when the lock is off, since there
    /// would be no passphrase to come back with.
    pub fn lock(&self) -> Result<LockStatus, CommandError> {
        let _turn = self.one_at_a_time();
        {
            let mut held = self.0.held.write().unwrap_or_else(|p| p.into_inner());
            match &*held {
                Held::Open(journal) if journal.lock_is_on() => *held = Held::Locked,
                Held::Open(_) => {
                    return Err(CommandError::new(
                        ErrorCode::InvalidInput,
                        id::ERROR_LOCK_OFF_NOTHING_TO_LOCK,
                    ));
                }
                Held::Locked => {}
                Held::Failed(error) => return Err(error.clone()),
            }
        }
        let status = self.status()?;
        self.0.lock_news.send_replace(status.clone());
        Ok(status)
    }

    /// Runs a change to the lock itself (on, off, passphrase, timing) on the
    /// open journal, one at a time with locking and unlocking.
    pub fn change(
        &self,
        what: impl FnOnce(&Journal) -> brim_core::Result<()>,
    ) -> Result<LockStatus, CommandError> {
        let _turn = self.one_at_a_time();
        let journal = self.journal()?;
        what(&journal)?;
        let status = journal.lock_status()?;
        self.0.auto_lock_minutes.store(status.auto_lock_minutes, Ordering::SeqCst);
        Ok(status)
    }

    /// The lock status each time the journal locks or opens (the value the
    /// receiver starts with is not news: ask [`Session::status`] for now).
    pub fn lock_changes(&self) -> watch::Receiver<LockStatus> {
        self.0.lock_news.subscribe()
    }

    /// Runs `work` unless the journal locks first; then `work` is dropped
    /// (with any journal it borrowed) and the answer is `None`.
    pub async fn until_locked<F: Future>(&self, work: F) -> Option<F::Output> {
        let mut news = self.0.lock_news.subscribe();
        tokio::select! {
            out = work => Some(out),
            _ = news.wait_for(|status| status.locked) => None,
        }
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let held = match &*self.held() {
            Held::Open(_) => "open",
            Held::Locked => "locked",
            Held::Failed(_) => "failed",
        };
        f.debug_struct("Session").field("journal", &held).field("sync", &self.0.sync).finish()
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use brim_core::{NewMoment, NewSkill};

    const PASS: &str = "tea and toast";

    fn locked_journal(dir: &std::path::Path) -> PathBuf {
        let path = dir.join("journal.db");
        let journal = Journal::open(&path).unwrap();
        journal.turn_lock_on(PASS).unwrap();
        journal
            .add_moment(NewMoment {
                date: chrono::Local::now().date_naive(),
                text: "Fixed the bike".into(),
                skill_ids: vec![],
            })
            .unwrap();
        path
    }

    #[test]
    fn the_text_size_holds_on_the_unlock_screen_and_after_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let path = locked_journal(dir.path());
        let app = Session::open(path.clone());
        assert_eq!(app.preferences(), Preferences::default());
        let chosen = Preferences {
            text_size: 200,
            sync: SyncMode::WhenAsked,
            language: Some(brim_core::Language::Polish),
            skill_nudge: true,
        };
        // Chosen while locked: the unlock screen is where large text is needed first.
        assert_eq!(app.set_preferences(chosen).unwrap(), chosen);
        let bad = Preferences { text_size: 90, ..chosen };
        assert_eq!(app.set_preferences(bad).unwrap_err().code, ErrorCode::InvalidInput);
        assert_eq!(app.preferences(), chosen, "a refused choice changes nothing");
        drop(app);

        let again = Session::open(path);
        assert!(again.is_locked());
        assert_eq!(again.preferences(), chosen, "kept between sessions, before any passphrase");
        // The file beside the journal holds nothing of the journal.
        let file = std::fs::read_to_string(Preferences::path_for(&dir.path().join("journal.db"))).unwrap();
        assert!(!file.contains("bike"), "{file}");
    }

    #[test]
    fn a_session_with_nowhere_to_keep_a_journal_says_why_when_asked_to_keep_a_setting() {
        let why = CommandError { code: ErrorCode::Storage, message: "No folder for the journal.".into() };
        let app = Session::failed(why.clone());
        assert_eq!(app.preferences(), Preferences::default());
        assert_eq!(
            app.set_preferences(Preferences { text_size: 150, ..Preferences::default() }).unwrap_err(),
            why
        );
    }

    #[test]
    fn an_encrypted_journal_starts_locked_and_opens_only_with_its_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let app = Session::open(locked_journal(dir.path()));
        assert!(app.is_locked());
        assert_eq!(app.journal().unwrap_err().code, ErrorCode::Locked);
        assert_eq!(app.status().unwrap(), LockStatus { lock_on: true, locked: true, auto_lock_minutes: 5 });

        assert_eq!(app.unlock("tea and jam").unwrap_err().code, ErrorCode::WrongPassphrase);
        assert!(app.is_locked(), "a wrong passphrase changes nothing");
        let status = app.unlock(PASS).unwrap();
        assert!(!status.locked && status.lock_on);
        assert_eq!(app.journal().unwrap().moments(10, None).unwrap().moments.len(), 1);
    }

    #[test]
    fn locking_lets_go_of_the_journal_and_a_call_in_flight_keeps_its_own() {
        let dir = tempfile::tempdir().unwrap();
        let app = Session::open(locked_journal(dir.path()));
        app.unlock(PASS).unwrap();
        let in_flight = app.journal().unwrap();
        let held = Arc::downgrade(&in_flight);
        assert!(app.lock().unwrap().locked);
        assert_eq!(app.journal().unwrap_err().code, ErrorCode::Locked);
        assert!(in_flight.skills(&Default::default()).is_ok(), "the call in flight finishes");
        drop(in_flight);
        assert!(held.upgrade().is_none(), "no Journal is left anywhere once the call ends");
    }

    #[test]
    fn lock_now_with_the_lock_off_is_refused_and_leaves_the_journal_open() {
        let dir = tempfile::tempdir().unwrap();
        let app = Session::open(dir.path().join("journal.db"));
        let refused = app.lock().unwrap_err();
        assert_eq!(refused.code, ErrorCode::InvalidInput);
        assert!(refused.message.contains("lock is off"));
        assert!(!app.is_locked() && !app.can_lock());
        app.journal().unwrap();
    }

    #[test]
    fn turning_the_lock_on_then_locking_needs_the_new_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        let app = Session::open(path.clone());
        let short = app.change(|j| j.turn_lock_on("abc")).unwrap_err();
        assert_eq!(short.code, ErrorCode::PassphraseTooShort);
        app.journal().unwrap().add_skill(NewSkill::new("Cooking", brim_core::Area::Practical)).unwrap();
        let on = app.change(|j| j.turn_lock_on(PASS)).unwrap();
        assert!(on.lock_on && !on.locked);
        let minutes = app.change(|j| j.set_auto_lock_minutes(15)).unwrap();
        assert_eq!(minutes.auto_lock_minutes, 15);
        app.lock().unwrap();
        assert_eq!(app.status().unwrap().auto_lock_minutes, 15, "known while locked");
        assert!(Journal::needs_passphrase(&path).unwrap());
        app.unlock(PASS).unwrap();
        assert_eq!(app.journal().unwrap().skills(&Default::default()).unwrap().len(), 1);
    }

    #[tokio::test]
    async fn background_work_gives_way_when_the_journal_locks() {
        let dir = tempfile::tempdir().unwrap();
        let app = Session::open(locked_journal(dir.path()));
        app.unlock(PASS).unwrap();
        let journal = app.journal().unwrap();
        let waiting = {
            let app = app.clone();
            tokio::spawn(async move {
                // Stands in for a sync waiting on the network with the journal borrowed.
                app.until_locked(async move {
                    let _borrowed = journal;
                    std::future::pending::<()>().await;
                })
                .await
            })
        };
        tokio::task::yield_now().await;
        app.lock().unwrap();
        assert_eq!(waiting.await.unwrap(), None, "the work was dropped, with the journal it held");
    }
}
