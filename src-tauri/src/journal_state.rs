//! The app's journal: open, locked, or failed to open. While locked the app
//! holds no `Journal` at all, so no key and no connection: every journal
//! command answers `locked` until the passphrase opens it again.
//!
//! Invariants: commands and background work take a clone of the `Arc` for one
//! call and let it go, so locking drops the journal as soon as the call in
//! flight ends; background sync gives way to a lock at once (`until_locked`).
//! Unlocking, locking and turning the lock on or off happen one at a time.

use std::future::Future;
use std::ops::Deref;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock};

use brim_core::{AUTO_LOCK_DEFAULT_MINUTES, CommandError, Error, ErrorCode, Journal, LockStatus};
use tauri::ipc::{Channel, CommandArg, CommandItem, InvokeError};
use tauri::{Runtime, State};

use crate::watchers::Watchers;

/// What the app holds.
enum Held {
    Open(Arc<Journal>),
    /// The journal is encrypted and its passphrase has not been given (or the
    /// app locked itself): nothing of it is in memory.
    Locked,
    /// Why the journal could not be opened, shown by every command.
    Failed(CommandError),
}

/// The journal and its lock, as the app's managed state.
pub struct AppJournal {
    /// Where the journal lives (absent only when the app found no folder for it).
    path: Option<PathBuf>,
    held: RwLock<Held>,
    /// Kept outside the journal, so the lock status can say it while locked.
    auto_lock_minutes: AtomicU32,
    /// Unlocking, locking and turning the lock on or off, one at a time.
    turning: Mutex<()>,
    /// `true` while locked: background work waiting on the network gives way.
    locked: tokio::sync::watch::Sender<bool>,
    /// The page, told each time the journal locks or opens.
    watchers: Watchers<LockStatus>,
}

fn locked_error() -> CommandError {
    CommandError::from(Error::Locked)
}

impl AppJournal {
    /// The journal at `path`, opened now unless it needs its passphrase.
    pub fn open(path: PathBuf) -> AppJournal {
        let held = match Journal::needs_passphrase(&path) {
            Ok(true) => Held::Locked,
            Ok(false) => match Journal::open(&path) {
                Ok(journal) => Held::Open(Arc::new(journal)),
                Err(e) => Held::Failed(e.into()),
            },
            Err(e) => Held::Failed(e.into()),
        };
        AppJournal::holding(Some(path), held)
    }

    /// No journal, for the reason given (no folder to keep one in).
    pub fn failed(error: CommandError) -> AppJournal {
        AppJournal::holding(None, Held::Failed(error))
    }

    fn holding(path: Option<PathBuf>, held: Held) -> AppJournal {
        let minutes = match &held {
            Held::Open(journal) => journal.auto_lock_minutes().unwrap_or(AUTO_LOCK_DEFAULT_MINUTES),
            _ => AUTO_LOCK_DEFAULT_MINUTES,
        };
        let is_locked = matches!(held, Held::Locked);
        AppJournal {
            path,
            held: RwLock::new(held),
            auto_lock_minutes: AtomicU32::new(minutes),
            turning: Mutex::new(()),
            locked: tokio::sync::watch::Sender::new(is_locked),
            watchers: Watchers::new(),
        }
    }

    fn held(&self) -> std::sync::RwLockReadGuard<'_, Held> {
        // A panic while holding it left a whole value behind (each write is one assignment).
        self.held.read().unwrap_or_else(|p| p.into_inner())
    }

    fn one_at_a_time(&self) -> MutexGuard<'_, ()> {
        self.turning.lock().unwrap_or_else(|p| p.into_inner())
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
                auto_lock_minutes: self.auto_lock_minutes.load(Ordering::SeqCst),
            }),
            Held::Failed(error) => Err(error.clone()),
        }
    }

    /// Minutes in the background before the app locks itself.
    pub fn auto_lock_minutes(&self) -> u32 {
        self.auto_lock_minutes.load(Ordering::SeqCst)
    }

    /// Opens a locked journal with its passphrase. A wrong one changes nothing.
    pub fn unlock(&self, passphrase: &str) -> Result<LockStatus, CommandError> {
        let _turn = self.one_at_a_time();
        if !self.is_locked() {
            return self.status();
        }
        let path = self.path.as_ref().ok_or_else(locked_error)?;
        // Only an encrypted journal is opened with the passphrase; one that is
        // plain again (its lock turned off elsewhere) opens as it is.
        let journal = if Journal::needs_passphrase(path)? {
            Journal::open_with_passphrase(path, passphrase)?
        } else {
            Journal::open(path)?
        };
        let status = journal.lock_status()?;
        self.auto_lock_minutes.store(status.auto_lock_minutes, Ordering::SeqCst);
        *self.held.write().unwrap_or_else(|p| p.into_inner()) = Held::Open(Arc::new(journal));
        self.locked.send_replace(false);
        self.watchers.tell(&status);
        Ok(status)
    }

    /// Locks the journal now: the app lets go of it (key and connection go
    /// once a call in flight ends). Refused when the lock is off, since there
    /// would be no passphrase to come back with.
    pub fn lock(&self) -> Result<LockStatus, CommandError> {
        let _turn = self.one_at_a_time();
        {
            let mut held = self.held.write().unwrap_or_else(|p| p.into_inner());
            match &*held {
                Held::Open(journal) if journal.lock_is_on() => *held = Held::Locked,
                Held::Open(_) => {
                    return Err(CommandError {
                        code: ErrorCode::InvalidInput,
                        message: "The lock is off, so there is nothing to lock. Turn it on first, with a passphrase of your own.".into(),
                    });
                }
                Held::Locked => {}
                Held::Failed(error) => return Err(error.clone()),
            }
        }
        self.locked.send_replace(true);
        let status = self.status()?;
        self.watchers.tell(&status);
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
        self.auto_lock_minutes.store(status.auto_lock_minutes, Ordering::SeqCst);
        Ok(status)
    }

    /// Tells the page now and each time the journal locks or opens.
    pub fn watch(&self, channel: Channel<LockStatus>) -> Result<LockStatus, CommandError> {
        let status = self.status()?;
        self.watchers.add(channel, &status);
        Ok(status)
    }

    /// Runs `work` unless the journal locks first; then `work` is dropped
    /// (with any journal it borrowed) and the answer is `None`.
    pub async fn until_locked<F: Future>(&self, work: F) -> Option<F::Output> {
        let mut locked = self.locked.subscribe();
        tokio::select! {
            out = work => Some(out),
            _ = locked.wait_for(|is_locked| *is_locked) => None,
        }
    }
}

/// The open journal, taken for one command. Named as a command's first
/// argument, it answers `locked` (or why the journal could not open) before
/// any other argument is read, so no journal command can forget to.
pub struct OpenJournal(Arc<Journal>);

impl Deref for OpenJournal {
    type Target = Journal;
    fn deref(&self) -> &Journal {
        &self.0
    }
}

impl<'de, R: Runtime> CommandArg<'de, R> for OpenJournal {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let state: State<'_, AppJournal> = CommandArg::from_command(command)?;
        state.journal().map(OpenJournal).map_err(InvokeError::from)
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
    fn an_encrypted_journal_starts_locked_and_opens_only_with_its_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let app = AppJournal::open(locked_journal(dir.path()));
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
        let app = AppJournal::open(locked_journal(dir.path()));
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
        let app = AppJournal::open(dir.path().join("journal.db"));
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
        let app = AppJournal::open(path.clone());
        let short = app.change(|j| j.turn_lock_on("abc")).unwrap_err();
        assert_eq!(short.code, ErrorCode::PassphraseTooShort);
        app.journal()
            .unwrap()
            .add_skill(NewSkill {
                name: "Cooking".into(),
                area: brim_core::Area::Practical,
                story: String::new(),
                prompt_id: None,
            })
            .unwrap();
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
        let app = Arc::new(AppJournal::open(locked_journal(dir.path())));
        app.unlock(PASS).unwrap();
        let journal = app.journal().unwrap();
        let waiting = {
            let app = Arc::clone(&app);
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
