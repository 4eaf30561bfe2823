//! The outbox: every operation for the group server (share, update, revoke,
//! recognition, open-to-roles, leave), written in the same transaction as the
//! change it describes, with a UUIDv7 the server uses to apply it only once.
//!
//! Invariants: an operation's body is stored exactly as it will be sent; it
//! leaves the outbox only in the transaction that records the server's
//! acknowledgement (so it is never sent again) or is quarantined with the
//! server's reason (so it never blocks the operations behind it).
//!
//! The outbox says when it changed: a transaction that queues an operation
//! (or drops one the person discarded) is marked, and once it commits every
//! listener registered with [`Journal::on_outbox_change`] is told. Nobody keeps
//! a list of "commands that write to the outbox"; a write that rolls back tells
//! no one. The sync client's own acknowledgements are not news: the sync that
//! made them reports its result itself.

use std::sync::{Arc, Mutex};

use crate::Tx;
use brim_protocol::{Operation, OperationKind};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::words::id;
use crate::{Journal, now, uuid_at};

/// An operation the server would not apply, kept with its reason so the
/// person can see it; it is never sent again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuarantinedOperation {
    pub operation_id: Uuid,
    /// The operation's kind on the wire, like `upsert_share`.
    pub kind: String,
    /// The share it was about, if any.
    pub share_id: Option<Uuid>,
    /// The server's code for why, like `invalid` or `forbidden`.
    pub code: String,
    /// The server's reason, in plain words.
    pub reason: String,
    pub created_at: DateTime<Utc>,
}

/// One operation ready to send.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub id: Uuid,
    pub body: String,
}

fn kind_name(kind: &OperationKind) -> &'static str {
    match kind {
        OperationKind::UpsertShare { .. } => "upsert_share",
        OperationKind::RevokeShare { .. } => "revoke_share",
        OperationKind::SendRecognition { .. } => "send_recognition",
        OperationKind::SetOpenToRoles { .. } => "set_open_to_roles",
        OperationKind::LeaveGroup {} => "leave_group",
    }
}

/// Whoever wants to hear that the outbox changed (the app's sync scheduler).
#[derive(Default)]
pub(crate) struct Listeners(Mutex<Vec<Arc<dyn Fn() + Send + Sync>>>);

impl Listeners {
    fn add(&self, listener: Arc<dyn Fn() + Send + Sync>) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).push(listener);
    }

    /// Tells every listener; called by [`Journal::write`] after a commit that changed the outbox.
    pub(crate) fn tell(&self) {
        // Copied out first, so a listener that registers another cannot deadlock.
        let listeners = self.0.lock().unwrap_or_else(|p| p.into_inner()).clone();
        for listener in listeners {
            listener();
        }
    }
}

impl std::fmt::Debug for Listeners {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let n = self.0.lock().map(|l| l.len()).unwrap_or_default();
        f.debug_tuple("Listeners").field(&n).finish()
    }
}

/// Marks `tx` as one that changed the outbox: its listeners hear of it if it commits.
fn changed(tx: &Tx<'_>) {
    tx.outbox_changed.set(true);
}

/// The operation as JSON, exactly as it goes on the wire. Checks the same
/// limits the server does, so a person hears about a problem at once.
pub(crate) fn body(id: Uuid, kind: &OperationKind) -> Result<String> {
    kind.validate().map_err(|_| Error::invalid(id::ERROR_SHARE_TOO_BIG))?;
    serde_json::to_string(&Operation { id, kind: kind.clone() }).map_err(Error::internal)
}

/// Queue an operation inside the caller's transaction.
pub(crate) fn enqueue(tx: &Tx<'_>, id: Uuid, kind: &OperationKind) -> Result<()> {
    let body = body(id, kind)?;
    let share_id = match kind {
        OperationKind::UpsertShare { share_id, .. } | OperationKind::RevokeShare { share_id } => {
            Some(share_id.to_string())
        }
        _ => None,
    };
    tx.execute(
        "INSERT INTO outbox (id, kind, share_id, body, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id.to_string(), kind_name(kind), share_id, body, now()],
    )?;
    changed(tx);
    Ok(())
}

/// The oldest pending operations: at most `limit` of them and about
/// `max_bytes` of JSON (always at least one, so a large one still goes).
pub(crate) fn pending(tx: &Tx<'_>, limit: usize, max_bytes: usize) -> Result<Vec<Pending>> {
    let mut stmt =
        tx.prepare_cached("SELECT id, body FROM outbox WHERE state = 'pending' ORDER BY seq LIMIT ?1")?;
    let rows = stmt.query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
        Ok(Pending { id: uuid_at(r, 0)?, body: r.get(1)? })
    })?;
    let mut out = Vec::new();
    let mut bytes = 0;
    for row in rows {
        let p = row?;
        bytes += p.body.len() + 1;
        if bytes > max_bytes && !out.is_empty() {
            break;
        }
        out.push(p);
    }
    Ok(out)
}

/// The stored operation, if it is still in the outbox.
pub(crate) fn get(tx: &Tx<'_>, id: Uuid) -> Result<Option<Operation>> {
    let body: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
        "SELECT body FROM outbox WHERE id = ?1",
        [id.to_string()],
        |r| r.get(0),
    ))?;
    Ok(body.and_then(|b| serde_json::from_str(&b).ok()))
}

/// Removes an operation the server acknowledged (or that no longer needs to
/// go): only the sync that recorded the answer calls it, so it is no news.
pub(crate) fn remove(tx: &Tx<'_>, id: Uuid) -> Result<()> {
    tx.execute("DELETE FROM outbox WHERE id = ?1", [id.to_string()])?;
    Ok(())
}

/// Drops the versions of a share still waiting to be sent: a newer version,
/// or its revoke, is queued in the same transaction and supersedes them.
pub(crate) fn drop_pending_upserts(tx: &Tx<'_>, share_id: Uuid) -> Result<()> {
    tx.execute(
        "DELETE FROM outbox WHERE share_id = ?1 AND kind = 'upsert_share' AND state = 'pending'",
        [share_id.to_string()],
    )?;
    Ok(())
}

/// Empties the outbox: nothing queued leaves the device any more (leaving a
/// group, or forgetting a membership). Not news by itself: leaving queues
/// its own operation in the same transaction, and a forgotten membership
/// has nothing left to sync.
pub(crate) fn clear(tx: &Tx<'_>) -> Result<()> {
    tx.execute("DELETE FROM outbox", [])?;
    Ok(())
}

pub(crate) fn quarantine(tx: &Tx<'_>, id: Uuid, code: &str, reason: &str) -> Result<()> {
    tx.execute(
        "UPDATE outbox SET state = 'quarantined', reason_code = ?2, reason = ?3 WHERE id = ?1",
        params![id.to_string(), code, reason],
    )?;
    Ok(())
}

pub(crate) fn pending_count(tx: &Tx<'_>) -> Result<u32> {
    Ok(tx.query_row("SELECT count(*) FROM outbox WHERE state = 'pending'", [], |r| r.get(0))?)
}

pub(crate) fn quarantined(tx: &Tx<'_>) -> Result<Vec<QuarantinedOperation>> {
    tx.all(
        "SELECT id, kind, share_id, reason_code, reason, created_at FROM outbox
         WHERE state = 'quarantined' ORDER BY seq",
        [],
        |r| {
            let share_id: Option<String> = r.get(2)?;
            Ok(QuarantinedOperation {
                operation_id: uuid_at(r, 0)?,
                kind: r.get(1)?,
                share_id: share_id.and_then(|s| Uuid::parse_str(&s).ok()),
                code: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                reason: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                created_at: r.get(5)?,
            })
        },
    )
}

impl Journal {
    /// Calls `listener` after each commit that queued an operation for the
    /// group (a share, an update, a revoke, a recognition, open to roles,
    /// leaving) or dropped one the person discarded; never for a write that
    /// rolled back. It runs on the thread that committed, once the journal is
    /// free again: keep it short (wake a task, bump a counter).
    pub fn on_outbox_change(&self, listener: impl Fn() + Send + Sync + 'static) {
        self.outbox_listeners.add(Arc::new(listener));
    }

    /// Drop an operation the server would not apply, once the person has read why.
    pub fn discard_quarantined(&self, operation_id: Uuid) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM outbox WHERE id = ?1 AND state = 'quarantined'",
                [operation_id.to_string()],
            )?;
            if n == 0 {
                return Err(Error::NotFound(id::ERROR_NOT_FOUND_OPERATION));
            }
            changed(tx);
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;
    use crate::{Area, Audience, NewSkill, ShareItem, SkillRef};
    use brim_protocol::{JoinResponse, Role};

    /// A journal joined to a (never contacted) group as its lead, and a count
    /// of how often its outbox said it changed.
    fn joined(dir: &std::path::Path) -> (Journal, Arc<AtomicUsize>) {
        let journal = Journal::open(dir.join("journal.db")).unwrap();
        let joined = JoinResponse {
            member_id: crate::new_id(),
            role: Role::Lead,
            group_id: crate::new_id(),
            group_name: "Tuesday group".into(),
            device_id: crate::new_id(),
            device_token: "token".into(),
        };
        journal.write(|tx| crate::group::store(tx, "https://groups.example.org", "Sam", &joined)).unwrap();
        let told = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&told);
        journal.on_outbox_change(move || {
            counter.fetch_add(1, Ordering::SeqCst);
        });
        (journal, told)
    }

    fn skill(journal: &Journal, name: &str) -> Uuid {
        let new = NewSkill::new(name, Area::People);
        journal.add_skill(new).unwrap().id
    }

    fn outbox_rows(journal: &Journal) -> u32 {
        journal.read(|tx| Ok(tx.query_row("SELECT count(*) FROM outbox", [], |r| r.get(0))?)).unwrap()
    }

    #[test]
    fn every_way_into_the_outbox_tells_its_listeners_once_it_commits() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, told) = joined(dir.path());
        let id = skill(&journal, "Listening");
        assert_eq!(told.load(Ordering::SeqCst), 0, "adding a skill is not news for the group");

        let preview = journal
            .preview_share(ShareItem::Skill { skill_id: id, include_story: false }, Audience::WholeGroup)
            .unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 0, "a preview queues nothing");
        let share = journal.confirm_share(&preview).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 1, "share");
        journal.confirm_share(&preview).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 1, "confirming the same preview again queues nothing");

        journal.revoke_share(share.id).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 2, "revoke");

        let someone = crate::new_id();
        let noticed = SkillRef { name: "Listening".into(), area: "People".into() };
        journal.send_recognition(someone, noticed, Some("You heard everyone out".into())).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 3, "recognition");

        journal.set_open_to_roles(true, &[], true).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 4, "open to roles");

        // The sync's own bookkeeping is not news: it reports its result itself.
        let first = journal.read(|tx| pending(tx, 1, usize::MAX)).unwrap().remove(0);
        journal.write(|tx| quarantine(tx, first.id, "invalid", "Too long")).unwrap();
        let second = journal.read(|tx| pending(tx, 1, usize::MAX)).unwrap().remove(0);
        journal.write(|tx| remove(tx, second.id)).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 4, "acknowledgements and quarantine");

        journal.discard_quarantined(first.id).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 5, "discarding a refused operation");

        journal.leave_group().unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 6, "leave");
    }

    #[test]
    fn a_write_that_rolls_back_tells_no_one() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, told) = joined(dir.path());
        let id = skill(&journal, "Cooking");
        let preview = journal
            .preview_share(ShareItem::Skill { skill_id: id, include_story: true }, Audience::Lead)
            .unwrap();

        // The operation is queued, then the rest of the share fails: all of it rolls back.
        let other = Journal::open(dir.path().join("journal.db")).unwrap();
        other
            .lock()
            .execute_batch(
                "CREATE TRIGGER no_shares BEFORE INSERT ON share BEGIN SELECT RAISE(ABORT, 'disk trouble'); END;",
            )
            .unwrap();
        assert!(journal.confirm_share(&preview).is_err());
        assert_eq!(outbox_rows(&journal), 0, "the queued operation rolled back with the share");
        assert_eq!(told.load(Ordering::SeqCst), 0, "nothing committed, nobody told");

        // An operation queued by a write that fails afterwards, by hand.
        let failed = journal.write(|tx| -> Result<()> {
            enqueue(tx, crate::new_id(), &OperationKind::LeaveGroup {})?;
            Err(Error::invalid(id::ERROR_INTERNAL))
        });
        assert!(failed.is_err());
        assert_eq!((outbox_rows(&journal), told.load(Ordering::SeqCst)), (0, 0));

        // Refused before anything was queued (not in a group any more).
        other.lock().execute_batch("DROP TRIGGER no_shares; DELETE FROM membership;").unwrap();
        assert!(journal.confirm_share(&preview).is_err());
        assert_eq!(told.load(Ordering::SeqCst), 0);
    }

    #[test]
    fn every_listener_hears_and_a_listener_may_read_the_journal() {
        let dir = tempfile::tempdir().unwrap();
        let (journal, told) = joined(dir.path());
        let journal = Arc::new(journal);
        let pending_seen = Arc::new(AtomicUsize::new(0));
        let (seen, weak) = (Arc::clone(&pending_seen), Arc::downgrade(&journal));
        journal.on_outbox_change(move || {
            // The commit has landed and the connection is free: reading here neither blocks nor misses it.
            if let Some(journal) = weak.upgrade() {
                let n = journal.sync_status().unwrap().pending;
                seen.store(n as usize, Ordering::SeqCst);
            }
        });
        journal.set_open_to_roles(true, &[], false).unwrap();
        assert_eq!(told.load(Ordering::SeqCst), 1);
        assert_eq!(pending_seen.load(Ordering::SeqCst), 1);
    }
}
