//! The feed cache: what others in the group shared with this person, the
//! recognitions addressed to them (which land in the recognitions inbox), and
//! the lead's views (group summary, open-to-roles list). All of it is read
//! offline; a tombstone from the server removes a cached share at once.
//!
//! Invariant: the cache holds only what the server sent this member, never
//! the person's own shares (those live in `share`, as the person made them).

use crate::Tx;
use brim_protocol::{Change, GroupBoard, LeadSummary, OpenToRolesList, SharedItem};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{OptionalExtension, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::words::{Words, id};
use crate::{Journal, now, share, uuid_at};

/// The lead's group summary as last fetched.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CachedSummary {
    pub summary: LeadSummary,
    pub fetched_at: DateTime<Utc>,
}

/// The lead's open-to-roles list as last fetched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CachedOpenToRoles {
    pub list: OpenToRolesList,
    pub fetched_at: DateTime<Utc>,
}

/// The group's board as last fetched: everyone in the group and the
/// opportunities still open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CachedBoard {
    pub board: GroupBoard,
    pub fetched_at: DateTime<Utc>,
}

pub(crate) const SUMMARY: &str = "summary";
pub(crate) const BOARD: &str = "board";
pub(crate) const OPEN_TO_ROLES: &str = "open_to_roles";

/// Apply one page of changes from the server.
pub(crate) fn apply(tx: &Tx<'_>, me: Uuid, changes: &[Change]) -> Result<()> {
    for change in changes {
        match change {
            Change::Share { share: item } if item.owner_member_id == me => {
                // My own share as the server holds it: already tracked through acknowledgements.
            }
            Change::Share { share: item } => {
                let content = serde_json::to_string(&item.content).map_err(Error::internal)?;
                tx.execute(
                    "INSERT INTO feed_share (share_id, owner_member_id, owner_display_name, audience, version, content, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (share_id) DO UPDATE SET owner_display_name = excluded.owner_display_name,
                         audience = excluded.audience, version = excluded.version, content = excluded.content,
                         updated_at = excluded.updated_at",
                    params![
                        item.share_id.to_string(),
                        item.owner_member_id.to_string(),
                        item.owner_display_name,
                        item.audience.as_str(),
                        i64::try_from(item.version).unwrap_or(i64::MAX),
                        content,
                        item.updated_at,
                    ],
                )?;
            }
            Change::ShareRemoved { share_id, owner_member_id } => {
                if tx.execute("DELETE FROM feed_share WHERE share_id = ?1", [share_id.to_string()])? > 0 {
                    // Taken back by its owner: gone from the bytes too.
                    tx.erased();
                }
                if *owner_member_id == me {
                    share::removed_on_server(tx, *share_id)?;
                }
            }
            Change::Recognition { recognition } => {
                let received_on = DateTime::parse_from_rfc3339(&recognition.sent_at)
                    .map(|d| d.date_naive())
                    .unwrap_or_else(|_| Utc::now().date_naive());
                let skill = recognition.skill.name.as_str();
                let text = match &recognition.message {
                    Some(m) if !m.trim().is_empty() => Words::from(id::RECOGNITION_GOOD_AT_WITH_WORDS)
                        .with("skill", skill)
                        .with("words", m.trim()),
                    _ => Words::from(id::RECOGNITION_GOOD_AT).with("skill", skill),
                }
                .to_string();
                // The recognition's id is the sender's: seeing it twice keeps one.
                tx.execute(
                    "INSERT INTO recognition (id, from_name, text, received_on, status, created_at, from_member_id)
                     VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?6) ON CONFLICT (id) DO NOTHING",
                    params![
                        recognition.recognition_id.to_string(),
                        recognition.from_display_name,
                        text,
                        received_on,
                        now(),
                        recognition.from_member_id.to_string(),
                    ],
                )?;
            }
        }
    }
    Ok(())
}

/// Forgets everything the group gave this device: the cached shares of
/// others and the lead's views.
pub(crate) fn forget_all(tx: &Tx<'_>) -> Result<()> {
    tx.execute_batch("DELETE FROM feed_share; DELETE FROM group_view;")?;
    Ok(())
}

pub(crate) fn put_view(tx: &Tx<'_>, name: &str, body: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO group_view (name, body, fetched_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (name) DO UPDATE SET body = excluded.body, fetched_at = excluded.fetched_at",
        params![name, body, now()],
    )?;
    Ok(())
}

/// When the view `name` was last fetched, if it ever was.
pub(crate) fn view_fetched_at(tx: &Tx<'_>, name: &str) -> Result<Option<DateTime<Utc>>> {
    Ok(tx.query_row("SELECT fetched_at FROM group_view WHERE name = ?1", [name], |r| r.get(0)).optional()?)
}

/// The version of the board kept here, if one is.
pub(crate) fn board_version(tx: &Tx<'_>) -> Result<Option<u64>> {
    Ok(view::<GroupBoard>(tx, BOARD)?.map(|(b, _)| b.version))
}

/// An opportunity of the cached board, if it is still open on `today`.
pub(crate) fn open_opportunity(
    tx: &Tx<'_>,
    opportunity_id: Uuid,
    today: NaiveDate,
) -> Result<Option<brim_protocol::Opportunity>> {
    let Some((board, _)) = view::<GroupBoard>(tx, BOARD)? else { return Ok(None) };
    Ok(board.opportunities.into_iter().find(|o| o.opportunity_id == opportunity_id && still_open(o, today)))
}

fn still_open(o: &brim_protocol::Opportunity, today: NaiveDate) -> bool {
    NaiveDate::parse_from_str(&o.closes_on, "%Y-%m-%d").is_ok_and(|d| d >= today)
}

fn view<T: serde::de::DeserializeOwned>(tx: &Tx<'_>, name: &str) -> Result<Option<(T, DateTime<Utc>)>> {
    let row: Option<(String, DateTime<Utc>)> = tx
        .query_row("SELECT body, fetched_at FROM group_view WHERE name = ?1", [name], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?;
    Ok(row.and_then(|(body, at)| serde_json::from_str(&body).ok().map(|v| (v, at))))
}

impl Journal {
    /// What others in the group shared with this person, newest first. Works offline.
    pub fn group_feed(&self) -> Result<Vec<SharedItem>> {
        self.read(|tx| {
            let rows = tx.all(
                "SELECT share_id, owner_member_id, owner_display_name, audience, version, content, updated_at
                 FROM feed_share ORDER BY updated_at DESC, share_id DESC",
                [],
                |r| {
                    let audience: String = r.get(3)?;
                    let version: i64 = r.get(4)?;
                    let content: String = r.get(5)?;
                    Ok((
                        uuid_at(r, 0)?,
                        uuid_at(r, 1)?,
                        r.get::<_, String>(2)?,
                        audience,
                        version,
                        content,
                        r.get::<_, String>(6)?,
                    ))
                },
            )?;
            Ok(rows
                .into_iter()
                .filter_map(|(share_id, owner, name, audience, version, content, updated_at)| {
                    Some(SharedItem {
                        share_id,
                        owner_member_id: owner,
                        owner_display_name: name,
                        audience: brim_protocol::Audience::parse(&audience)?,
                        version: u64::try_from(version).unwrap_or(0),
                        content: serde_json::from_str(&content).ok()?,
                        updated_at,
                    })
                })
                .collect())
        })
    }

    /// The group summary as last fetched ("What our group brings" for every
    /// member; the lead's summary): `None` before the first fetch.
    pub fn group_summary(&self) -> Result<Option<CachedSummary>> {
        self.read(|tx| {
            Ok(view(tx, SUMMARY)?.map(|(summary, fetched_at)| CachedSummary { summary, fetched_at }))
        })
    }

    /// The group's board as last fetched: everyone in the group (so anyone
    /// can be recognised, not only those who shared something), and the
    /// opportunities still open by this phone's calendar. Works offline.
    pub fn group_board(&self) -> Result<Option<CachedBoard>> {
        self.group_board_on(chrono::Local::now().date_naive())
    }

    /// [`Journal::group_board`] as it reads on `today`.
    pub fn group_board_on(&self, today: NaiveDate) -> Result<Option<CachedBoard>> {
        self.read(|tx| {
            let Some((mut board, fetched_at)) = view::<GroupBoard>(tx, BOARD)? else { return Ok(None) };
            board.opportunities.retain(|o| still_open(o, today));
            Ok(Some(CachedBoard { board, fetched_at }))
        })
    }

    /// The lead's open-to-roles list as last fetched, narrowed to members
    /// who named a skill containing `skill` (any case), when one is given.
    pub fn open_to_roles_list(&self, skill: Option<&str>) -> Result<Option<CachedOpenToRoles>> {
        self.read(|tx| {
            let Some((mut list, fetched_at)) = view::<OpenToRolesList>(tx, OPEN_TO_ROLES)? else {
                return Ok(None);
            };
            if let Some(needle) = skill.map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty()) {
                list.members.retain(|m| m.skills.iter().any(|s| s.to_lowercase().contains(&needle)));
            }
            Ok(Some(CachedOpenToRoles { list, fetched_at }))
        })
    }
}
