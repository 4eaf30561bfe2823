//! Group membership: the one group this device belongs to, leaving it (which
//! erases the person on the server and keeps a receipt here), "open to roles"
//! and recognitions sent to others. Joining needs the network and lives in
//! [`crate::sync`]; everything here is a local transaction that works offline.
//!
//! Invariant: the device token never leaves this module's table except in
//! the `Authorization` header of the sync client.

use crate::Tx;
use brim_protocol::{ErasureReceipt, MAX_OPEN_SKILLS, OperationKind, Role, SkillRef};
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::words::id;
use crate::{Journal, feed, new_id, now, outbox, share, skill, uuid_at};

/// Where this device stands with its group.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MembershipStatus {
    /// Signed in; syncs normally.
    Active,
    /// A leave is queued; the next sync erases everything on the server.
    Leaving,
    /// The server no longer knows this device (401): join again with a new invite code.
    NeedsRejoin,
}

impl MembershipStatus {
    fn as_str(self) -> &'static str {
        match self {
            MembershipStatus::Active => "active",
            MembershipStatus::Leaving => "leaving",
            MembershipStatus::NeedsRejoin => "needs_rejoin",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "leaving" => MembershipStatus::Leaving,
            "needs_rejoin" => MembershipStatus::NeedsRejoin,
            _ => MembershipStatus::Active,
        }
    }
}

/// The group this device belongs to (the device token is never part of it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Membership {
    /// The group server's address.
    pub server_url: String,
    pub group_id: Uuid,
    pub group_name: String,
    /// This person's id in the group.
    pub member_id: Uuid,
    pub role: Role,
    /// The name the group sees.
    pub display_name: String,
    pub device_id: Uuid,
    pub joined_at: DateTime<Utc>,
    pub status: MembershipStatus,
    /// Whether the person is in the lead's "open to roles" list.
    pub open_to_roles: bool,
    /// The skills they would like to be found by, picked from their journal.
    pub open_skills: Vec<String>,
    /// "I would like to help recruit": to sit on interview panels.
    pub open_recruit: bool,
}

/// A receipt of leaving a group: what the server erased and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErasureRecord {
    pub id: Uuid,
    pub group_name: String,
    pub server_url: String,
    pub receipt: ErasureReceipt,
    /// False when the server's answer was lost on the way (it had already
    /// erased this device) and the receipt was written from what this device knew.
    pub from_server: bool,
    pub recorded_at: DateTime<Utc>,
}

/// A recognition this person sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SentRecognition {
    pub id: Uuid,
    pub to_member_id: Uuid,
    pub skill: SkillRef,
    pub message: Option<String>,
    pub sent_at: DateTime<Utc>,
    /// True once the server has it.
    pub delivered: bool,
}

/// What the sync client needs to talk to the server.
#[derive(Debug, Clone)]
pub(crate) struct Credentials {
    pub server_url: String,
    pub token: String,
    pub cursor: u64,
    pub status: MembershipStatus,
    pub member_id: Uuid,
    pub role: Role,
}

const MEMBERSHIP_COLUMNS: &str = "server_url, group_id, group_name, member_id, role, display_name, device_id, \
     joined_at, status, open_to_roles, open_skills, open_recruit";

fn membership_from_row(row: &Row<'_>) -> rusqlite::Result<Membership> {
    let role: String = row.get(4)?;
    let status: String = row.get(8)?;
    let skills: String = row.get(10)?;
    Ok(Membership {
        server_url: row.get(0)?,
        group_id: uuid_at(row, 1)?,
        group_name: row.get(2)?,
        member_id: uuid_at(row, 3)?,
        role: Role::parse(&role).unwrap_or(Role::Member),
        display_name: row.get(5)?,
        device_id: uuid_at(row, 6)?,
        joined_at: row.get(7)?,
        status: MembershipStatus::parse(&status),
        open_to_roles: row.get(9)?,
        open_skills: serde_json::from_str(&skills).unwrap_or_default(),
        open_recruit: row.get(11)?,
    })
}

pub(crate) fn membership(tx: &Tx<'_>) -> Result<Option<Membership>> {
    Ok(tx
        .query_row(
            &format!("SELECT {MEMBERSHIP_COLUMNS} FROM membership WHERE id = 1"),
            [],
            membership_from_row,
        )
        .optional()?)
}

/// The membership, which must be active (not leaving, not needing a rejoin).
pub(crate) fn active(tx: &Tx<'_>) -> Result<Membership> {
    let m = membership(tx)?.ok_or(Error::NotInGroup)?;
    match m.status {
        MembershipStatus::Active => Ok(m),
        MembershipStatus::Leaving => Err(Error::NotInGroup),
        MembershipStatus::NeedsRejoin => Err(Error::NeedsRejoin),
    }
}

pub(crate) fn credentials(tx: &Tx<'_>) -> Result<Option<Credentials>> {
    Ok(tx
        .query_row(
            "SELECT server_url, device_token, feed_cursor, status, member_id, role FROM membership WHERE id = 1",
            [],
            |r| {
                let cursor: i64 = r.get(2)?;
                let status: String = r.get(3)?;
                let role: String = r.get(5)?;
                Ok(Credentials {
                    server_url: r.get(0)?,
                    token: r.get(1)?,
                    cursor: u64::try_from(cursor).unwrap_or(0),
                    status: MembershipStatus::parse(&status),
                    member_id: uuid_at(r, 4)?,
                    role: Role::parse(&role).unwrap_or(Role::Member),
                })
            },
        )
        .optional()?)
}

/// Forget everything of the current membership: shares, outbox, cache.
/// Receipts and recognitions already received stay: they are the person's.
/// Once it commits the write-ahead log is emptied too ([`Tx::erased`]).
pub(crate) fn clear(tx: &Tx<'_>) -> Result<()> {
    outbox::clear(tx)?;
    share::forget_all(tx)?;
    feed::forget_all(tx)?;
    tx.execute_batch("DELETE FROM recognition_sent; DELETE FROM membership;")?;
    tx.erased();
    Ok(())
}

/// Forget what the group gave this device: everything others shared with
/// this person and the lead's views (summary, open-to-roles list). Called
/// when the server no longer knows this device (401: the member was
/// erased or removed, or this device was signed out), so a phone that is
/// no longer in a group keeps none of its members' words. The person's own
/// journal, their own shares and receipts, and recognitions addressed to
/// them stay. With `secure_delete` the rows' bytes are overwritten, and
/// once it commits the write-ahead log is emptied too ([`Tx::erased`]).
pub(crate) fn forget_group_items(tx: &Tx<'_>) -> Result<()> {
    feed::forget_all(tx)?;
    tx.erased();
    Ok(())
}

/// Store a fresh membership after a successful join.
pub(crate) fn store(
    tx: &Tx<'_>,
    server_url: &str,
    display_name: &str,
    joined: &brim_protocol::JoinResponse,
) -> Result<Membership> {
    clear(tx)?;
    tx.execute(
        "INSERT INTO membership (id, server_url, group_id, group_name, member_id, role, display_name,
             device_id, device_token, joined_at)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            server_url,
            joined.group_id.to_string(),
            joined.group_name,
            joined.member_id.to_string(),
            joined.role.as_str(),
            display_name,
            joined.device_id.to_string(),
            joined.device_token,
            now(),
        ],
    )?;
    membership(tx)?.ok_or(Error::NotInGroup)
}

/// The role the server says this person has now.
pub(crate) fn set_role(tx: &Tx<'_>, role: Role) -> Result<()> {
    tx.execute("UPDATE membership SET role = ?1 WHERE id = 1", [role.as_str()])?;
    Ok(())
}

pub(crate) fn set_status(tx: &Tx<'_>, status: MembershipStatus) -> Result<()> {
    tx.execute("UPDATE membership SET status = ?1 WHERE id = 1", [status.as_str()])?;
    Ok(())
}

/// Keep a receipt of leaving and forget the membership, in one transaction.
pub(crate) fn record_erasure(tx: &Tx<'_>, receipt: ErasureReceipt, from_server: bool) -> Result<()> {
    let m = membership(tx)?.ok_or(Error::NotInGroup)?;
    let body = serde_json::to_string(&receipt).map_err(Error::internal)?;
    tx.execute(
        "INSERT INTO erasure_receipt (id, group_name, server_url, receipt, from_server, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![new_id().to_string(), m.group_name, m.server_url, body, from_server, now()],
    )?;
    clear(tx)
}

/// The receipt this device writes when the server's own was lost: the server
/// answered 401 to a queued leave, so it had already erased this member.
pub(crate) fn local_receipt(tx: &Tx<'_>) -> Result<ErasureReceipt> {
    let m = membership(tx)?.ok_or(Error::NotInGroup)?;
    let shares = share::acknowledged_ids(tx)?;
    Ok(ErasureReceipt {
        member_id: m.member_id,
        group_id: m.group_id,
        erased_at: now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
        shares_erased: shares,
        recognitions_erased: 0,
        devices_erased: 0,
        open_to_roles_erased: m.open_to_roles,
        removed_by_lead: false,
    })
}

/// How syncing has gone lately, as the membership keeps it.
#[derive(Debug, Clone, Default)]
pub(crate) struct SyncState {
    pub last_synced_at: Option<DateTime<Utc>>,
    /// Failed syncs in a row.
    pub failures: u32,
    /// When the back-off allows the next automatic sync (`None`: now).
    pub next_sync_at: Option<DateTime<Utc>>,
    pub last_error: Option<String>,
}

/// How syncing has gone lately (`None` when not in a group).
pub(crate) fn sync_state(tx: &Tx<'_>) -> Result<Option<SyncState>> {
    Ok(tx
        .query_row(
            "SELECT last_synced_at, failures, next_sync_at, last_error FROM membership WHERE id = 1",
            [],
            |r| {
                Ok(SyncState {
                    last_synced_at: r.get(0)?,
                    failures: r.get(1)?,
                    next_sync_at: r.get(2)?,
                    last_error: r.get(3)?,
                })
            },
        )
        .optional()?)
}

/// Records a failed sync: one more failure in a row, and when the next may
/// run, as `wait` gives it for that many failures in a row.
pub(crate) fn record_failed_sync(
    tx: &Tx<'_>,
    error: &str,
    wait: impl FnOnce(u32) -> std::time::Duration,
) -> Result<()> {
    let failures: u32 =
        tx.query_row("SELECT failures + 1 FROM membership WHERE id = 1", [], |r| r.get(0)).unwrap_or(1);
    let next = now() + chrono::Duration::milliseconds(wait(failures).as_millis() as i64);
    tx.execute(
        "UPDATE membership SET failures = ?1, next_sync_at = ?2, last_error = ?3 WHERE id = 1",
        params![failures, next, error],
    )?;
    Ok(())
}

/// Records a sync that got its answer: the feed's new cursor, and no
/// failures or back-off any more.
pub(crate) fn record_synced(tx: &Tx<'_>, cursor: u64) -> Result<()> {
    tx.execute(
        "UPDATE membership SET feed_cursor = ?1, last_synced_at = ?2, failures = 0, next_sync_at = NULL,
             last_error = NULL WHERE id = 1",
        params![i64::try_from(cursor).unwrap_or(i64::MAX), now()],
    )?;
    Ok(())
}

/// The server has the recognition this person sent.
pub(crate) fn recognition_delivered(tx: &Tx<'_>, recognition_id: Uuid) -> Result<()> {
    tx.execute("UPDATE recognition_sent SET delivered = 1 WHERE id = ?1", [recognition_id.to_string()])?;
    Ok(())
}

impl Journal {
    /// The group this device is in, if any.
    pub fn membership(&self) -> Result<Option<Membership>> {
        self.read(membership)
    }

    /// Leave the group: everything shared is revoked and the person is erased
    /// on the server at the next sync, which returns a receipt kept here.
    /// Operations not yet sent are dropped: nothing new leaves the device.
    pub fn leave_group(&self) -> Result<()> {
        self.write(|tx| {
            let m = membership(tx)?.ok_or(Error::NotInGroup)?;
            match m.status {
                MembershipStatus::Leaving => return Ok(()),
                // This device can no longer reach the member on the server.
                MembershipStatus::NeedsRejoin => return Err(Error::NeedsRejoin),
                MembershipStatus::Active => {}
            }
            outbox::clear(tx)?;
            share::revoke_all(tx)?;
            outbox::enqueue(tx, new_id(), &OperationKind::LeaveGroup {})?;
            set_status(tx, MembershipStatus::Leaving)
        })
    }

    /// Every receipt of leaving a group, newest first.
    pub fn erasure_receipts(&self) -> Result<Vec<ErasureRecord>> {
        self.read(|tx| {
            tx.all(
                "SELECT id, group_name, server_url, receipt, from_server, recorded_at
                 FROM erasure_receipt ORDER BY recorded_at DESC, id DESC",
                [],
                |r| {
                    let body: String = r.get(3)?;
                    let receipt = serde_json::from_str(&body).map_err(|e| {
                        rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e))
                    })?;
                    Ok(ErasureRecord {
                        id: uuid_at(r, 0)?,
                        group_name: r.get(1)?,
                        server_url: r.get(2)?,
                        receipt,
                        from_server: r.get(4)?,
                        recorded_at: r.get(5)?,
                    })
                },
            )
        })
    }

    /// Opt in to (or out of) the lead's "open to roles" list, found by skills
    /// picked from the journal (sent by name, as the lead reads them), and
    /// whether the person would like to help recruit.
    pub fn set_open_to_roles(&self, open: bool, skill_ids: &[Uuid], recruit: bool) -> Result<Membership> {
        self.write(|tx| {
            active(tx)?;
            let mut skills: Vec<String> = Vec::with_capacity(skill_ids.len());
            for id in skill_ids {
                let name = skill::get(tx, *id)?.name;
                if !skills.contains(&name) {
                    skills.push(name);
                }
            }
            if skills.len() > MAX_OPEN_SKILLS {
                return Err(Error::invalid(id::ERROR_OPEN_SKILLS_TOO_MANY));
            }
            let version: i64 =
                tx.query_row("SELECT open_version + 1 FROM membership WHERE id = 1", [], |r| r.get(0))?;
            let kind = OperationKind::SetOpenToRoles {
                version: u64::try_from(version).unwrap_or(1),
                open,
                skills: skills.clone(),
                recruit,
            };
            outbox::enqueue(tx, new_id(), &kind)?;
            let list = serde_json::to_string(&skills).unwrap_or_else(|_| "[]".into());
            tx.execute(
                "UPDATE membership SET open_to_roles = ?1, open_skills = ?2, open_version = ?3, open_recruit = ?4
                 WHERE id = 1",
                params![open, list, version, recruit],
            )?;
            membership(tx)?.ok_or(Error::NotInGroup)
        })
    }

    /// "I noticed you're good at …" to anyone else in the group, the lead
    /// included, whatever this person's own role.
    pub fn send_recognition(
        &self,
        to_member_id: Uuid,
        skill: SkillRef,
        message: Option<String>,
    ) -> Result<SentRecognition> {
        let message = message.map(|m| m.trim().to_owned()).filter(|m| !m.is_empty());
        let skill = SkillRef { name: skill.name.trim().to_owned(), area: skill.area.trim().to_owned() };
        self.write(|tx| {
            let m = active(tx)?;
            if to_member_id == m.member_id {
                return Err(Error::invalid(id::ERROR_RECOGNITION_FOR_SOMEONE_ELSE));
            }
            if skill.name.is_empty() || skill.area.is_empty() {
                return Err(Error::invalid(id::ERROR_RECOGNITION_SKILL_EMPTY));
            }
            let id = new_id();
            let kind = OperationKind::SendRecognition {
                recognition_id: id,
                to_member_id,
                skill: skill.clone(),
                message: message.clone(),
            };
            outbox::enqueue(tx, new_id(), &kind)?;
            let sent_at = now();
            tx.execute(
                "INSERT INTO recognition_sent (id, to_member_id, skill_name, skill_area, message, sent_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id.to_string(), to_member_id.to_string(), skill.name, skill.area, message, sent_at],
            )?;
            Ok(SentRecognition { id, to_member_id, skill, message, sent_at, delivered: false })
        })
    }

    /// Recognitions this person sent, newest first.
    pub fn sent_recognitions(&self) -> Result<Vec<SentRecognition>> {
        self.read(|tx| {
            tx.all(
                "SELECT id, to_member_id, skill_name, skill_area, message, sent_at, delivered
                 FROM recognition_sent ORDER BY sent_at DESC, id DESC",
                [],
                |r| {
                    Ok(SentRecognition {
                        id: uuid_at(r, 0)?,
                        to_member_id: uuid_at(r, 1)?,
                        skill: SkillRef { name: r.get(2)?, area: r.get(3)? },
                        message: r.get(4)?,
                        sent_at: r.get(5)?,
                        delivered: r.get(6)?,
                    })
                },
            )
        })
    }
}
