//! Background sync with the group: one task, started with the app, that syncs
//! whenever brim-core says a sync is due (joined, and not backing off), looks
//! again every half minute, and at once when it is woken: by the journal's
//! outbox whenever a committed write queued something for the group (a share,
//! update, revoke, recognition, leave), and by joining. Nobody else has to
//! remember to wake it. Whoever watches ([`GroupSync::status_changes`]) hears
//! each new status.
//!
//! Invariants: the journal's mutex is never held across a network wait (brim-core's
//! `SyncClient::sync` takes it only for its short reads and writes), only one
//! sync runs at a time, so "Sync now" and the background never race each other,
//! and nothing syncs while the journal is locked: a lock drops a sync in flight.
//! With no network nothing fails here: the status says when it will try again.

use std::sync::Arc;
use std::time::Duration;

use brim_core::{CommandError, ErrorCode, JoinDetails, Journal, Membership, SyncClient, SyncStatus};
use tokio::sync::{Notify, watch};

use crate::session::Session;

/// When the background sync looks whether a sync is due.
#[derive(Debug, Clone, Copy)]
pub struct SyncSchedule {
    /// The first look waits until the home screen has had the journal to itself.
    pub first_look_after: Duration,
    /// How often to look when nothing wakes the task.
    pub look_every: Duration,
}

impl Default for SyncSchedule {
    fn default() -> Self {
        SyncSchedule { first_look_after: Duration::from_secs(2), look_every: Duration::from_secs(30) }
    }
}

/// The app's one sync client, the wake-up bell and the status for watchers.
pub struct GroupSync {
    client: Result<SyncClient, CommandError>,
    /// Shared with the outbox listener of every journal the session opens.
    wake: Arc<Notify>,
    one_at_a_time: tokio::sync::Mutex<()>,
    /// The status last told (`None` before the first).
    status: watch::Sender<Option<SyncStatus>>,
}

impl GroupSync {
    pub(crate) fn new() -> Self {
        GroupSync {
            client: SyncClient::new().map_err(CommandError::from),
            wake: Arc::new(Notify::new()),
            one_at_a_time: tokio::sync::Mutex::new(()),
            status: watch::Sender::new(None),
        }
    }

    /// Has `journal`'s outbox wake this task after every commit that changed it.
    pub(crate) fn listen_to(&self, journal: &Journal) {
        // The bell, not the session: the journal must not keep the session alive.
        let wake = Arc::clone(&self.wake);
        journal.on_outbox_change(move || wake.notify_one());
    }

    pub fn client(&self) -> Result<&SyncClient, CommandError> {
        self.client.as_ref().map_err(Clone::clone)
    }

    /// Something changed that the group should hear about: sync now if allowed.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// The status each time it changes (the value the receiver starts with is
    /// not news: ask the journal's `sync_status` for now).
    pub fn status_changes(&self) -> watch::Receiver<Option<SyncStatus>> {
        self.status.subscribe()
    }

    /// Tells every watcher the status, if it changed since they last heard.
    pub fn tell(&self, journal: &Journal) {
        let Ok(status) = journal.sync_status() else { return };
        self.status.send_if_modified(|last| {
            if last.as_ref() == Some(&status) {
                return false;
            }
            *last = Some(status);
            true
        });
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

    /// Waits until woken or until `look_every` has passed.
    async fn woken_or(&self, look_every: Duration) {
        tokio::select! {
            () = self.wake.notified() => {}
            () = tokio::time::sleep(look_every) => {}
        }
    }

    /// Has anything rung the bell since the last look? (Takes the ring.)
    #[cfg(test)]
    pub(crate) fn take_wake(&self) -> bool {
        use std::future::Future;
        use std::pin::pin;
        use std::task::{Context, Poll, Waker};
        let notified = pin!(self.wake.notified());
        matches!(notified.poll(&mut Context::from_waker(Waker::noop())), Poll::Ready(()))
    }
}

impl std::fmt::Debug for GroupSync {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupSync")
            .field("client", &self.client.is_ok())
            .field("watchers", &self.status.receiver_count())
            .finish()
    }
}

fn locked_error() -> CommandError {
    CommandError::from(brim_core::Error::Locked)
}

impl Session {
    /// "Sync now": syncs at once, back-off or not, and says why if it could not.
    pub async fn sync_now(&self) -> Result<SyncStatus, CommandError> {
        let journal = self.journal()?;
        // A lock while waiting on the server drops the sync and lets go of the journal.
        self.until_locked(self.sync().sync(&journal)).await.ok_or_else(locked_error)??;
        journal.sync_status().map_err(CommandError::from)
    }

    /// Joins a group with an invite code; needs the network. Nothing in the
    /// journal is sent. Joining is the one wake-up that does not come from
    /// the outbox: it writes no operation, but the group's feed is there to fetch.
    pub async fn join_group(&self, details: &JoinDetails) -> Result<Membership, CommandError> {
        let journal = self.journal()?;
        let client = self.sync().client()?;
        let joined = self.until_locked(client.join(&journal, details)).await.ok_or_else(locked_error)?;
        let joined = joined.map_err(CommandError::from)?;
        self.sync().wake();
        Ok(joined)
    }

    /// The background sync: sync when due, look again every `schedule.look_every`
    /// or when woken. Runs for as long as the app does; the host spawns it once
    /// on its async runtime (a tokio runtime).
    pub async fn sync_in_background(self, schedule: SyncSchedule) {
        tokio::time::sleep(schedule.first_look_after).await;
        loop {
            // Each sync runs as its own task, so a sync that fails in a way
            // brim-core did not foresee ends that task, not this loop (in
            // debug builds; release builds abort on any panic, see Cargo.toml).
            let session = self.clone();
            let synced = tokio::spawn(async move {
                // Locked (or never opened): nothing to sync until it opens.
                let Ok(journal) = session.journal() else { return };
                let group = session.sync();
                // A lock mid-sync drops the sync and the journal with it; what was
                // sent is sent again next time and the server acknowledges it once.
                let _ = session
                    .until_locked(async {
                        // On a small data allowance the person syncs by asking (`sync_now`).
                        if session.syncs_by_itself() && journal.sync_due().unwrap_or(false) {
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
            self.sync().woken_or(schedule.look_every).await;
        }
    }
}

#[cfg(test)]
mod tests {
    //! Against a real group server on 127.0.0.1:0 and real journal files: the
    //! sync is woken by what the journal commits, never by a caller.

    use std::path::Path;

    use brim_core::{Area, Audience, NewSkill, Preferences, ShareItem, SharePreview, SkillRef, SyncMode};
    use brim_server::membership::{CreateGroup, ExportMember};
    use brim_server::{SqliteStore, Store};
    use uuid::Uuid;

    use super::*;

    const PASS: &str = "tea and toast";
    /// Long enough that only a wake-up can make the background sync look.
    const NEVER: Duration = Duration::from_secs(3600);
    /// How long a test waits for the server to hear something before failing.
    const PATIENCE: Duration = Duration::from_secs(60);

    struct Server {
        url: String,
        store: Arc<SqliteStore>,
        lead_invite: String,
        _stop: tokio::sync::oneshot::Sender<()>,
    }

    async fn server(dir: &Path) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let store = Arc::new(SqliteStore::open(&dir.join("server.db")).unwrap());
        let group = store
            .transact(CreateGroup { name: "Tuesday group".into(), valid_for: chrono::Duration::days(1) })
            .await
            .unwrap();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let shutdown = async move {
            let _ = stopped.await;
        };
        tokio::spawn(brim_server::serve(listener, store.clone(), brim_server::Config::default(), shutdown));
        Server { url, store, lead_invite: group.lead_invite.code, _stop: stop }
    }

    impl Server {
        /// What the server holds of a member, `None` once erased.
        async fn export(&self, member: Uuid) -> Option<serde_json::Value> {
            self.store.transact(ExportMember { member_id: member }).await.ok()
        }

        async fn shares_of(&self, member: Uuid) -> usize {
            self.export(member).await.map_or(0, |e| e["shares"].as_array().map_or(0, Vec::len))
        }

        /// Waits until `holds` says yes about `member`, or fails after [`PATIENCE`].
        async fn until(&self, member: Uuid, what: &str, holds: impl Fn(Option<serde_json::Value>) -> bool) {
            let waited = tokio::time::timeout(PATIENCE, async {
                while !holds(self.export(member).await) {
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            })
            .await;
            assert!(waited.is_ok(), "the server never heard: {what}");
        }
    }

    /// A real group server in `dir`, and a session on a fresh journal there
    /// that has joined its group: the server, the session and the member.
    async fn joined(dir: &Path) -> (Server, Session, Uuid) {
        let server = server(dir).await;
        let session = Session::open(dir.join("journal.db"));
        let details = JoinDetails {
            server_url: server.url.clone(),
            invite_code: server.lead_invite.clone(),
            display_name: "Sam".into(),
            device_name: "Sam's phone".into(),
        };
        let membership = session.join_group(&details).await.unwrap();
        (server, session, membership.member_id)
    }

    /// The background sync, looking first at once and then every `look_every`.
    fn sync_every(session: &Session, look_every: Duration) -> tokio::task::JoinHandle<()> {
        tokio::spawn(
            session.clone().sync_in_background(SyncSchedule { first_look_after: Duration::ZERO, look_every }),
        )
    }

    fn preview_of_new_skill(journal: &Journal, name: &str) -> SharePreview {
        let skill = journal.add_skill(NewSkill::new(name, Area::People)).unwrap();
        journal
            .preview_share(
                ShareItem::Skill { skill_id: skill.id, include_story: false },
                Audience::WholeGroup,
            )
            .unwrap()
    }

    #[tokio::test]
    async fn every_write_that_queues_for_the_group_wakes_the_sync_and_nothing_else_does() {
        let dir = tempfile::tempdir().unwrap();
        let (_server, session, _) = joined(dir.path()).await;
        let sync = session.sync();
        assert!(sync.take_wake(), "joining wakes it, to fetch the group's feed");
        assert!(!sync.take_wake(), "one ring per wake-up");

        let journal = session.journal().unwrap();
        let preview = preview_of_new_skill(&journal, "Listening");
        assert!(!sync.take_wake(), "a skill and a preview are nothing for the group");
        let share = journal.confirm_share(&preview).unwrap();
        assert!(sync.take_wake(), "share");

        // A share whose own row cannot be written: the queued operation rolls back with it.
        let other = rusqlite::Connection::open(dir.path().join("journal.db")).unwrap();
        other
            .execute_batch(
                "CREATE TRIGGER no_shares BEFORE INSERT ON share BEGIN SELECT RAISE(ABORT, 'full'); END;",
            )
            .unwrap();
        let refused = preview_of_new_skill(&journal, "Cooking");
        assert!(journal.confirm_share(&refused).is_err());
        assert_eq!(journal.sync_status().unwrap().pending, 1, "only the first share waits");
        assert!(!sync.take_wake(), "a write that rolled back wakes nothing");
        other.execute_batch("DROP TRIGGER no_shares").unwrap();

        journal.revoke_share(share.id).unwrap();
        assert!(sync.take_wake(), "revoke");
        let noticed = SkillRef { name: "Cooking".into(), area: "Practical".into() };
        journal.send_recognition(Uuid::now_v7(), noticed, None).unwrap();
        assert!(sync.take_wake(), "recognition");
        journal.set_open_to_roles(true, &[], true).unwrap();
        assert!(sync.take_wake(), "open to roles");
        journal.leave_group().unwrap();
        assert!(sync.take_wake(), "leave");
    }

    #[tokio::test]
    async fn a_journal_opened_again_after_a_lock_still_wakes_the_sync() {
        let dir = tempfile::tempdir().unwrap();
        let (_server, session, _) = joined(dir.path()).await;
        session.change(|j| j.turn_lock_on(PASS)).unwrap();
        let sync = session.sync();
        let _ = sync.take_wake();
        session.journal().unwrap().set_open_to_roles(true, &[], false).unwrap();
        assert!(sync.take_wake(), "the journal, encrypted in place, still tells");
        session.lock().unwrap();
        session.unlock(PASS).unwrap();
        session.journal().unwrap().set_open_to_roles(false, &[], false).unwrap();
        assert!(sync.take_wake(), "the journal the unlock opened tells too");

        // A session that starts locked listens to the journal its unlock opens.
        drop(session);
        let session = Session::open(dir.path().join("journal.db"));
        assert!(session.is_locked());
        session.unlock(PASS).unwrap();
        session.journal().unwrap().set_open_to_roles(true, &[], false).unwrap();
        assert!(session.sync().take_wake());
    }

    #[tokio::test]
    async fn the_background_sync_sends_whatever_was_queued_without_being_asked() {
        let dir = tempfile::tempdir().unwrap();
        let (server, session, member) = joined(dir.path()).await;
        let mut news = session.sync().status_changes();
        let background = sync_every(&session, NEVER);
        // The first look syncs (joining made a sync due) and says so.
        let first = tokio::time::timeout(
            PATIENCE,
            news.wait_for(|s| s.as_ref().is_some_and(|s| s.last_synced_at.is_some())),
        );
        assert!(first.await.is_ok(), "the first look synced");
        assert_eq!(server.shares_of(member).await, 0);

        // From here on the sync looks again only when woken.
        let journal = session.journal().unwrap();
        let share = journal.confirm_share(&preview_of_new_skill(&journal, "Listening")).unwrap();
        server
            .until(member, "the share", |e| {
                e.is_some_and(|e| e["shares"].as_array().is_some_and(|s| s.len() == 1))
            })
            .await;
        journal.revoke_share(share.id).unwrap();
        server
            .until(member, "the revoke", |e| {
                e.is_some_and(|e| e["shares"].as_array().is_some_and(Vec::is_empty))
            })
            .await;
        journal.leave_group().unwrap();
        server.until(member, "the leave", |e| e.is_none()).await;
        // The server applies the leave a moment before the phone records its answer.
        let settled =
            tokio::time::timeout(PATIENCE, news.wait_for(|s| s.as_ref().is_some_and(|s| s.pending == 0)));
        assert!(settled.await.is_ok(), "nothing is left waiting to send");
        assert_eq!(journal.sync_status().unwrap().pending, 0);
        background.abort();
    }

    #[tokio::test]
    async fn a_share_queued_before_a_lock_goes_once_the_journal_opens_again() {
        let dir = tempfile::tempdir().unwrap();
        let (server, session, member) = joined(dir.path()).await;
        session.change(|j| j.turn_lock_on(PASS)).unwrap();
        let journal = session.journal().unwrap();
        journal.confirm_share(&preview_of_new_skill(&journal, "Listening")).unwrap();
        drop(journal);
        session.lock().unwrap();
        assert_eq!(session.sync_now().await.unwrap_err().code, ErrorCode::Locked);
        let background = sync_every(&session, Duration::from_millis(10));
        session.unlock(PASS).unwrap();
        let has_one = |e: Option<serde_json::Value>| {
            e.is_some_and(|e| e["shares"].as_array().is_some_and(|s| s.len() == 1))
        };
        server.until(member, "the share, once unlocked", has_one).await;
        background.abort();
    }

    #[tokio::test]
    async fn on_a_small_data_allowance_nothing_goes_until_the_person_asks() {
        let dir = tempfile::tempdir().unwrap();
        let (server, session, member) = joined(dir.path()).await;
        let when_asked = Preferences { sync: SyncMode::WhenAsked, ..session.preferences() };
        session.set_preferences(when_asked).unwrap();
        let background = sync_every(&session, Duration::from_millis(10));

        let journal = session.journal().unwrap();
        journal.confirm_share(&preview_of_new_skill(&journal, "Listening")).unwrap();
        // The share wakes the background sync, and it looks a hundred times more; none of them sends.
        tokio::time::sleep(Duration::from_secs(1)).await;
        assert_eq!(server.shares_of(member).await, 0, "nothing sent without asking");
        assert_eq!(journal.sync_status().unwrap().pending, 1, "the share waits on the phone");

        session.sync_now().await.unwrap();
        assert_eq!(server.shares_of(member).await, 1, "asking sends it");

        // Back to syncing by itself: the next share goes without asking.
        session.set_preferences(Preferences { sync: SyncMode::Automatic, ..when_asked }).unwrap();
        journal.confirm_share(&preview_of_new_skill(&journal, "Cooking")).unwrap();
        let has_two = |e: Option<serde_json::Value>| {
            e.is_some_and(|e| e["shares"].as_array().is_some_and(|s| s.len() == 2))
        };
        server.until(member, "the second share, by itself", has_two).await;
        background.abort();
    }
}
