//! Background sync with the group: one task, started with the app, that syncs
//! whenever brim-core says a sync is due (joined, and not backing off), looks
//! again every half minute, and at once when a share, revoke, leave or join
//! wakes it. Whoever watches (the UI, through a channel) hears each new status.
//!
//! Invariants: the journal's mutex is never held across a network wait (brim-core's
//! `SyncClient::sync` takes it only for its short reads and writes), only one
//! sync runs at a time, so "Sync now" and the background never race each other,
//! and nothing syncs while the journal is locked: a lock drops a sync in flight.
//! With no network nothing fails here: the status says when it will try again.

use std::sync::Mutex;
use std::time::Duration;

use brim_core::{CommandError, ErrorCode, Journal, SyncClient, SyncStatus};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime};

use crate::journal_state::AppJournal;
use crate::watchers::Watchers;

/// How often to look whether a sync is due when nothing wakes the task.
const LOOK_EVERY: Duration = Duration::from_secs(30);
/// The first look waits until the home screen has had the journal to itself.
const FIRST_LOOK_AFTER: Duration = Duration::from_secs(2);

/// The app's one sync client, the wake-up bell and the status watchers.
pub struct GroupSync {
    client: Result<SyncClient, CommandError>,
    wake: tokio::sync::Notify,
    one_at_a_time: tokio::sync::Mutex<()>,
    watchers: Watchers<SyncStatus>,
    last_told: Mutex<Option<SyncStatus>>,
}

impl GroupSync {
    pub fn new() -> Self {
        GroupSync {
            client: SyncClient::new().map_err(CommandError::from),
            wake: tokio::sync::Notify::new(),
            one_at_a_time: tokio::sync::Mutex::new(()),
            watchers: Watchers::new(),
            last_told: Mutex::new(None),
        }
    }

    pub fn client(&self) -> Result<&SyncClient, CommandError> {
        self.client.as_ref().map_err(Clone::clone)
    }

    /// Something changed that the group should hear about: sync now if allowed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Adds a watcher and tells it the status straight away.
    pub fn watch(&self, channel: Channel<SyncStatus>, status: &SyncStatus) {
        self.watchers.add(channel, status);
    }

    /// Tells every watcher the status, if it changed since they last heard.
    pub fn tell(&self, journal: &Journal) {
        let Ok(status) = journal.sync_status() else { return };
        {
            let mut last = self.last_told.lock().unwrap_or_else(|p| p.into_inner());
            if last.as_ref() == Some(&status) {
                return;
            }
            *last = Some(status.clone());
        }
        self.watchers.tell(&status);
    }

    /// One sync, never two at once. Its failure is already recorded in the
    /// journal (with the back-off) by brim-core; it is returned for "Sync now".
    pub async fn sync(&self, journal: &Journal) -> Result<(), CommandError> {
        let client = self.client()?;
        let _turn = self.one_at_a_time.lock().await;
        let result = client.sync(journal).await;
        if let Err(error) = &result
            && error.code() == ErrorCode::Storage
        {
            eprintln!("brim: storage error while syncing: {error:?}");
        }
        self.tell(journal);
        result.map(|_| ()).map_err(CommandError::from)
    }
}

impl std::fmt::Debug for GroupSync {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupSync")
            .field("client", &self.client.is_ok())
            .field("watchers", &self.watchers.len())
            .finish()
    }
}

impl Default for GroupSync {
    fn default() -> Self {
        Self::new()
    }
}

/// Starts the background task: sync when due, look again every half minute or when woken.
pub fn start<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_LOOK_AFTER).await;
        loop {
            // Each sync runs as its own task, so a sync that fails in a way
            // brim-core did not foresee ends that task, not this loop (in
            // debug builds; release builds abort on any panic, see Cargo.toml).
            let handle = app.clone();
            let synced = tauri::async_runtime::spawn(async move {
                let journal_state = handle.state::<AppJournal>();
                let group = handle.state::<GroupSync>();
                // Locked (or never opened): nothing to sync until it opens.
                let Ok(journal) = journal_state.journal() else { return };
                // A lock mid-sync drops the sync and the journal with it; what was
                // sent is sent again next time and the server acknowledges it once.
                let _ = journal_state
                    .until_locked(async {
                        if journal.sync_due().unwrap_or(false) {
                            // Offline, server trouble: recorded and backed off inside brim-core.
                            let _ = group.sync(&journal).await;
                        }
                        group.tell(&journal);
                    })
                    .await;
            })
            .await;
            if synced.is_err() {
                eprintln!("brim: a background sync stopped unexpectedly; it will try again");
            }
            let group = app.state::<GroupSync>();
            tokio::select! {
                () = group.wake.notified() => {}
                () = tokio::time::sleep(LOOK_EVERY) => {}
            }
        }
    });
}
