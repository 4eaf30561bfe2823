//! The outbox: every operation for the group server (share, update, revoke,
//! recognition, open-to-roles, leave), written in the same transaction as the
//! change it describes, with a UUIDv7 the server uses to apply it only once.
//!
//! Invariants: an operation's body is stored exactly as it will be sent; it
//! leaves the outbox only in the transaction that records the server's
//! acknowledgement (so it is never sent again) or is quarantined with the
//! server's reason (so it never blocks the operations behind it).

use crate::Tx;
use brim_protocol::{Operation, OperationKind};
use chrono::{DateTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
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

/// The operation as JSON, exactly as it goes on the wire. Checks the same
/// limits the server does, so a person hears about a problem at once.
pub(crate) fn body(id: Uuid, kind: &OperationKind) -> Result<String> {
    kind.validate().map_err(|e| {
        Error::invalid(format!(
            "This can't be shared as it is: {e}. Shorten it or choose less, then try again."
        ))
    })?;
    serde_json::to_string(&Operation { id, kind: kind.clone() })
        .map_err(|e| Error::invalid(format!("This can't be shared: {e}.")))
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

pub(crate) fn remove(tx: &Tx<'_>, id: Uuid) -> Result<()> {
    tx.execute("DELETE FROM outbox WHERE id = ?1", [id.to_string()])?;
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
    let mut stmt = tx.prepare(
        "SELECT id, kind, share_id, reason_code, reason, created_at FROM outbox
         WHERE state = 'quarantined' ORDER BY seq",
    )?;
    let rows = stmt
        .query_map([], |r| {
            let share_id: Option<String> = r.get(2)?;
            Ok(QuarantinedOperation {
                operation_id: uuid_at(r, 0)?,
                kind: r.get(1)?,
                share_id: share_id.and_then(|s| Uuid::parse_str(&s).ok()),
                code: r.get::<_, Option<String>>(3)?.unwrap_or_default(),
                reason: r.get::<_, Option<String>>(4)?.unwrap_or_default(),
                created_at: r.get(5)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

impl Journal {
    /// Drop an operation the server would not apply, once the person has read why.
    pub fn discard_quarantined(&self, operation_id: Uuid) -> Result<()> {
        self.write(|tx| {
            let n = tx.execute(
                "DELETE FROM outbox WHERE id = ?1 AND state = 'quarantined'",
                [operation_id.to_string()],
            )?;
            if n == 0 {
                return Err(Error::NotFound("operation"));
            }
            Ok(())
        })
    }
}
