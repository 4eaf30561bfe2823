//! Shares: a snapshot of one item the person chose, for one audience. The
//! flow is preview → confirm: [`Journal::preview_share`] builds exactly the
//! operation that will be sent, and [`Journal::confirm_share`] queues that
//! very operation (refusing if the item changed in between).
//!
//! What a share adds to the group summary is its *contribution*, worked out
//! here from the snapshot ([`contribution_of`]), shown in the preview and sent
//! beside the content: the server makes summaries from contributions alone.
//!
//! Invariants: a share's snapshot never follows later edits of its source;
//! "changed since you shared it" is worked out by rebuilding the snapshot and
//! comparing. "What my group can see" is the snapshot the server last
//! acknowledged, never the one still waiting in the outbox.

use crate::Tx;
use brim_protocol::{
    Audience, CheckInRating, OfferedSkill, OperationKind, RatingChange, ShareContent, SkillRef, SummaryArea,
    SummaryContribution,
};
use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::words::id;
use crate::{Journal, feed, group, moment, new_id, now, outbox, skill, uuid_at};

/// The one item a share is a snapshot of, and the choices that shape it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ShareItem {
    /// A skill, with or without the story behind it.
    #[serde(rename_all = "camelCase")]
    Skill { skill_id: Uuid, include_story: bool },
    /// Some ratings of one check-in: only the skills chosen.
    #[serde(rename_all = "camelCase")]
    CheckIn { check_in_id: Uuid, skill_ids: Vec<Uuid> },
    /// A moment and the skills it showed.
    #[serde(rename_all = "camelCase")]
    Moment { moment_id: Uuid },
    /// How one skill's rating moved: from the check-in chosen (the first one
    /// if none) to the latest, like "listening: 2 → 4 since March".
    #[serde(rename_all = "camelCase")]
    Progress { skill_id: Uuid, since_check_in_id: Option<Uuid> },
    /// An answer to an opportunity on the group's board: the skills offered,
    /// each with its story if chosen, and a few words of the person's own.
    /// Shared with the lead only.
    #[serde(rename_all = "camelCase")]
    Answer { opportunity_id: Uuid, skill_ids: Vec<Uuid>, include_stories: bool, note: Option<String> },
}

impl ShareItem {
    fn source(&self) -> (&'static str, Uuid) {
        match self {
            ShareItem::Skill { skill_id, .. } => ("skill", *skill_id),
            ShareItem::CheckIn { check_in_id, .. } => ("check_in", *check_in_id),
            ShareItem::Moment { moment_id } => ("moment", *moment_id),
            ShareItem::Progress { skill_id, .. } => ("progress", *skill_id),
            ShareItem::Answer { opportunity_id, .. } => ("answer", *opportunity_id),
        }
    }
}

/// Exactly what confirming would send, for the person to look at first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SharePreview {
    pub share_id: Uuid,
    pub operation_id: Uuid,
    pub item: ShareItem,
    pub audience: Audience,
    #[ts(type = "number")]
    pub version: u64,
    /// The snapshot, as the group will see it.
    pub content: ShareContent,
    /// What it also adds to the group summary ("People, 4"), if anything.
    pub contribution: Option<SummaryContribution>,
    /// The operation exactly as it will be sent, as JSON.
    pub json: String,
}

/// One of the person's shares.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Share {
    pub id: Uuid,
    pub item: ShareItem,
    pub audience: Audience,
    #[ts(type = "number")]
    pub version: u64,
    /// The snapshot last confirmed (it may still be on its way to the server).
    pub content: ShareContent,
    /// A revoke is on its way: the share is no longer the person's choice.
    pub revoked: bool,
    /// The server has acknowledged some version of it.
    pub on_server: bool,
    /// The server has this very version.
    pub up_to_date: bool,
    /// The item was edited after it was shared (or removed): offer an update.
    pub changed_since_shared: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A share exactly as the server last acknowledged it: what the group can see.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct VisibleShare {
    pub share_id: Uuid,
    pub item: ShareItem,
    pub audience: Audience,
    #[ts(type = "number")]
    pub version: u64,
    pub content: ShareContent,
    pub acknowledged_at: DateTime<Utc>,
    /// A newer version is waiting to be sent.
    pub update_pending: bool,
    /// A revoke is waiting to be sent: it will be gone after the next sync.
    pub revoke_pending: bool,
    /// The item was edited since: offer an update.
    pub changed_since_shared: bool,
}

fn skill_ref(s: &skill::Skill) -> SkillRef {
    SkillRef { name: s.name.clone(), area: s.area.label().to_owned() }
}

/// The skill's story, when the person chose to include it and it says something.
fn story_if(include: bool, s: &skill::Skill) -> Option<String> {
    (include && !s.story.trim().is_empty()).then(|| s.story.clone())
}

/// Each id once, in the order first given (a double tap may send one twice).
fn once_each(ids: &[Uuid]) -> Vec<Uuid> {
    let mut seen = Vec::with_capacity(ids.len());
    for id in ids {
        if !seen.contains(id) {
            seen.push(*id);
        }
    }
    seen
}

fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Build the snapshot of `item` from the journal as it is now.
pub(crate) fn snapshot(tx: &Tx<'_>, item: &ShareItem) -> Result<ShareContent> {
    match item {
        ShareItem::Answer { opportunity_id, skill_ids, include_stories, note } => {
            // Any closing day: an answer already given still reads after the
            // opportunity closes. Whether it is open is asked only of a new one.
            let opportunity = feed::open_opportunity(tx, *opportunity_id, NaiveDate::MIN)?
                .ok_or(Error::NotFound(id::ERROR_OPPORTUNITY_GONE))?;
            let mut skills = Vec::with_capacity(skill_ids.len());
            for id in once_each(skill_ids) {
                let s = skill::get(tx, id)?;
                skills.push(OfferedSkill { skill: skill_ref(&s), story: story_if(*include_stories, &s) });
            }
            if skills.is_empty() {
                return Err(Error::invalid(id::ERROR_ANSWER_NO_SKILL));
            }
            let note = note.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_owned);
            Ok(ShareContent::Answer {
                opportunity_id: *opportunity_id,
                title: opportunity.title,
                skills,
                note,
            })
        }
        ShareItem::Skill { skill_id, include_story } => {
            let s = skill::get(tx, *skill_id)?;
            Ok(ShareContent::Skill { skill: skill_ref(&s), story: story_if(*include_story, &s) })
        }
        ShareItem::CheckIn { check_in_id, skill_ids } => {
            let date: NaiveDate = tx
                .query_row("SELECT date FROM check_in WHERE id = ?1", [check_in_id.to_string()], |r| r.get(0))
                .optional()?
                .ok_or(Error::NotFound(id::ERROR_NOT_FOUND_CHECK_IN))?;
            if skill_ids.is_empty() {
                return Err(Error::invalid(id::ERROR_SHARE_NO_RATING));
            }
            let mut ratings = Vec::with_capacity(skill_ids.len());
            for id in once_each(skill_ids) {
                let rating: u8 = tx
                    .query_row(
                        "SELECT rating FROM rating WHERE check_in_id = ?1 AND skill_id = ?2",
                        params![check_in_id.to_string(), id.to_string()],
                        |r| r.get(0),
                    )
                    .optional()?
                    .ok_or(Error::NotFound(id::ERROR_NOT_FOUND_RATING))?;
                ratings.push(CheckInRating { skill: skill_ref(&skill::get(tx, id)?), rating });
            }
            Ok(ShareContent::CheckIn { taken_on: date_text(date), ratings })
        }
        ShareItem::Moment { moment_id } => {
            let m = moment::get(tx, *moment_id)?;
            let mut skills = m.skill_ids.iter().map(|id| skill::get(tx, *id)).collect::<Result<Vec<_>>>()?;
            skills.sort_by(|a, b| a.name.to_lowercase().cmp(&b.name.to_lowercase()).then(a.id.cmp(&b.id)));
            Ok(ShareContent::Moment {
                happened_on: date_text(m.date),
                text: m.text,
                skills: skills.iter().map(skill_ref).collect(),
            })
        }
        ShareItem::Progress { skill_id, since_check_in_id } => {
            let s = skill::get(tx, *skill_id)?;
            let mut stmt = tx.prepare_cached(
                "SELECT c.id, c.date, r.rating FROM rating r JOIN check_in c ON c.id = r.check_in_id
                 WHERE r.skill_id = ?1 ORDER BY c.date, c.id",
            )?;
            let points = stmt
                .query_map([skill_id.to_string()], |r| {
                    Ok((uuid_at(r, 0)?, r.get::<_, NaiveDate>(1)?, r.get(2)?))
                })?
                .collect::<rusqlite::Result<Vec<(Uuid, NaiveDate, u8)>>>()?;
            let from = match since_check_in_id {
                Some(id) => {
                    points.iter().find(|p| p.0 == *id).ok_or(Error::NotFound(id::ERROR_NOT_FOUND_RATING))?
                }
                None => points.first().ok_or_else(no_progress)?,
            };
            let to = points.last().ok_or_else(no_progress)?;
            if from.0 == to.0 {
                return Err(no_progress());
            }
            Ok(ShareContent::Progress {
                skill: skill_ref(&s),
                from_rating: from.2,
                to_rating: to.2,
                since: date_text(from.1),
            })
        }
    }
}

/// What a share of `content` adds to the group summary: the areas of its
/// skills (each once, in the order they appear), and for a check-in the
/// average of its ratings rounded to a whole number (halves up), for
/// progress the latest rating and which way it moved. Nothing of the words
/// or names: only these fixed labels and numbers reach the summary.
pub fn contribution_of(content: &ShareContent) -> Option<SummaryContribution> {
    fn areas<'a>(skills: impl Iterator<Item = &'a SkillRef>) -> Vec<SummaryArea> {
        let mut out = Vec::new();
        for s in skills {
            let a = SummaryArea::from_name(&s.area);
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }
    let c = match content {
        // Between the person and the lead, never counted in the summary.
        ShareContent::Answer { .. } => return None,
        ShareContent::Skill { skill, .. } => {
            SummaryContribution { areas: areas(std::iter::once(skill)), rating: None, change: None }
        }
        ShareContent::CheckIn { ratings, .. } => {
            let n = u32::try_from(ratings.len()).unwrap_or(u32::MAX);
            let sum: u32 = ratings.iter().map(|r| u32::from(r.rating)).sum();
            // round(sum / n), halves up, in whole numbers
            let rating = (n > 0).then(|| u8::try_from((2 * sum + n) / (2 * n)).unwrap_or(5).clamp(1, 5));
            SummaryContribution { areas: areas(ratings.iter().map(|r| &r.skill)), rating, change: None }
        }
        ShareContent::Moment { skills, .. } => {
            SummaryContribution { areas: areas(skills.iter()), rating: None, change: None }
        }
        ShareContent::Progress { skill, from_rating, to_rating, .. } => SummaryContribution {
            areas: areas(std::iter::once(skill)),
            rating: Some((*to_rating).clamp(1, 5)),
            change: Some(match to_rating.cmp(from_rating) {
                std::cmp::Ordering::Greater => RatingChange::Up,
                std::cmp::Ordering::Equal => RatingChange::Same,
                std::cmp::Ordering::Less => RatingChange::Down,
            }),
        },
    };
    (!c.is_empty()).then_some(c)
}

fn no_progress() -> Error {
    Error::invalid(id::ERROR_SHARE_PROGRESS_NEEDS_TWO)
}

const SHARE_COLUMNS: &str = "id, choice, audience, version, content, revoked, created_at, updated_at, \
     acked_version, acked_audience, acked_content, acked_at";

struct ShareRow {
    id: Uuid,
    item: ShareItem,
    audience: Audience,
    version: u64,
    content: ShareContent,
    revoked: bool,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    acked: Option<(u64, Audience, ShareContent, DateTime<Utc>)>,
}

fn json_at<T: serde::de::DeserializeOwned>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T> {
    let text: String = row.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn audience_at(row: &Row<'_>, idx: usize) -> rusqlite::Result<Audience> {
    let text: String = row.get(idx)?;
    Ok(Audience::parse(&text).unwrap_or(Audience::SummaryOnly))
}

fn share_row(row: &Row<'_>) -> rusqlite::Result<ShareRow> {
    let version: i64 = row.get(3)?;
    let acked_version: Option<i64> = row.get(8)?;
    let acked = match acked_version {
        Some(v) => {
            Some((u64::try_from(v).unwrap_or(0), audience_at(row, 9)?, json_at(row, 10)?, row.get(11)?))
        }
        None => None,
    };
    Ok(ShareRow {
        id: uuid_at(row, 0)?,
        item: json_at(row, 1)?,
        audience: audience_at(row, 2)?,
        version: u64::try_from(version).unwrap_or(0),
        content: json_at(row, 4)?,
        revoked: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        acked,
    })
}

fn rows(tx: &Tx<'_>, only: Option<Uuid>) -> Result<Vec<ShareRow>> {
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {SHARE_COLUMNS} FROM share WHERE ?1 IS NULL OR id = ?1 ORDER BY created_at DESC, id DESC"
    ))?;
    let rows =
        stmt.query_map([only.map(|id| id.to_string())], share_row)?.collect::<rusqlite::Result<_>>()?;
    Ok(rows)
}

fn changed(tx: &Tx<'_>, row: &ShareRow) -> Result<bool> {
    Ok(match snapshot(tx, &row.item) {
        Ok(now) => now != row.content,
        // The opportunity closed or was taken down: the answer is as it was.
        Err(Error::NotFound(what)) if what == id::ERROR_OPPORTUNITY_GONE => false,
        Err(Error::NotFound(_)) | Err(Error::Invalid(_)) => true,
        Err(e) => return Err(e),
    })
}

fn to_share(tx: &Tx<'_>, row: ShareRow) -> Result<Share> {
    let changed_since_shared = changed(tx, &row)?;
    Ok(Share {
        id: row.id,
        on_server: row.acked.is_some(),
        up_to_date: row.acked.as_ref().is_some_and(|a| a.0 == row.version),
        changed_since_shared,
        item: row.item,
        audience: row.audience,
        version: row.version,
        content: row.content,
        revoked: row.revoked,
        created_at: row.created_at,
        updated_at: row.updated_at,
    })
}

fn get(tx: &Tx<'_>, id: Uuid) -> Result<Share> {
    let row = rows(tx, Some(id))?.pop().ok_or(Error::NotFound(id::ERROR_NOT_FOUND_SHARE))?;
    to_share(tx, row)
}

fn preview(
    tx: &Tx<'_>,
    share_id: Uuid,
    item: ShareItem,
    audience: Audience,
    version: u64,
) -> Result<SharePreview> {
    if let ShareItem::Answer { opportunity_id, .. } = &item {
        if audience != Audience::Lead {
            return Err(Error::invalid(id::ERROR_ANSWER_TO_LEAD_ONLY));
        }
        if version == 1 && feed::open_opportunity(tx, *opportunity_id, Local::now().date_naive())?.is_none() {
            return Err(Error::NotFound(id::ERROR_OPPORTUNITY_GONE));
        }
    }
    let content = snapshot(tx, &item)?;
    let contribution = contribution_of(&content);
    let operation_id = new_id();
    let kind = OperationKind::UpsertShare {
        share_id,
        version,
        audience,
        content: content.clone(),
        contribution: contribution.clone(),
    };
    let json = outbox::body(operation_id, &kind)?;
    Ok(SharePreview { share_id, operation_id, item, audience, version, content, contribution, json })
}

/// The server acknowledged an upsert: that version is what the group sees now.
pub(crate) fn acknowledged_upsert(
    tx: &Tx<'_>,
    share_id: Uuid,
    version: u64,
    audience: Audience,
    content: &ShareContent,
) -> Result<()> {
    let content = serde_json::to_string(content).map_err(Error::internal)?;
    tx.execute(
        "UPDATE share SET acked_version = ?2, acked_audience = ?3, acked_content = ?4, acked_at = ?5
         WHERE id = ?1 AND (acked_version IS NULL OR acked_version < ?2)",
        params![
            share_id.to_string(),
            i64::try_from(version).unwrap_or(i64::MAX),
            audience.as_str(),
            content,
            now()
        ],
    )?;
    Ok(())
}

/// The server reports one of my shares removed. Only a revoke made here
/// ends a share: a removal can also mean the audience was narrowed, and then
/// the share itself lives on.
pub(crate) fn removed_on_server(tx: &Tx<'_>, share_id: Uuid) -> Result<()> {
    if tx.execute("DELETE FROM share WHERE id = ?1 AND revoked = 1", [share_id.to_string()])? > 0 {
        tx.erased();
    }
    Ok(())
}

/// The share is gone from the server: forget it here too, write-ahead log
/// included ([`Tx::erased`]), as a revoke promises.
pub(crate) fn gone_from_server(tx: &Tx<'_>, share_id: Uuid) -> Result<()> {
    if tx.execute("DELETE FROM share WHERE id = ?1", [share_id.to_string()])? > 0 {
        tx.erased();
    }
    Ok(())
}

/// The shares the server has (some version of them acknowledged).
pub(crate) fn acknowledged_ids(tx: &Tx<'_>) -> Result<Vec<Uuid>> {
    let mut stmt = tx.prepare("SELECT id FROM share WHERE acked_version IS NOT NULL ORDER BY id")?;
    let ids = stmt.query_map([], |r| uuid_at(r, 0))?.collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids)
}

/// Marks every share revoked (leaving the group takes them all back).
pub(crate) fn revoke_all(tx: &Tx<'_>) -> Result<()> {
    tx.execute("UPDATE share SET revoked = 1", [])?;
    Ok(())
}

/// Forgets every share (a membership that is gone keeps none of them).
pub(crate) fn forget_all(tx: &Tx<'_>) -> Result<()> {
    tx.execute("DELETE FROM share", [])?;
    Ok(())
}

impl Journal {
    /// Exactly what sharing `item` with `audience` would send, to show before confirming.
    pub fn preview_share(&self, item: ShareItem, audience: Audience) -> Result<SharePreview> {
        self.read(|tx| preview(tx, new_id(), item, audience, 1))
    }

    /// What updating a share to the item as it is now would send (optionally
    /// to another audience).
    pub fn preview_share_update(&self, share_id: Uuid, audience: Option<Audience>) -> Result<SharePreview> {
        self.read(|tx| {
            let row = rows(tx, Some(share_id))?.pop().ok_or(Error::NotFound(id::ERROR_NOT_FOUND_SHARE))?;
            if row.revoked {
                return Err(Error::NotFound(id::ERROR_NOT_FOUND_SHARE));
            }
            preview(tx, share_id, row.item, audience.unwrap_or(row.audience), row.version + 1)
        })
    }

    /// Share (or update a share) exactly as previewed. Confirming the same
    /// preview twice shares it once.
    pub fn confirm_share(&self, preview: &SharePreview) -> Result<Share> {
        self.write(|tx| {
            group::active(tx)?;
            let existing = rows(tx, Some(preview.share_id))?.pop();
            if let Some(row) = &existing {
                if row.version == preview.version && outbox_has_or_acked(tx, preview, row)? {
                    return to_share(tx, rows(tx, Some(preview.share_id))?.remove(0));
                }
                if row.revoked {
                    return Err(Error::NotFound(id::ERROR_NOT_FOUND_SHARE));
                }
                if row.version + 1 != preview.version {
                    return Err(Error::PreviewStale);
                }
            } else if preview.version != 1 {
                return Err(Error::NotFound(id::ERROR_NOT_FOUND_SHARE));
            }
            let content = snapshot(tx, &preview.item)?;
            if content != preview.content {
                return Err(Error::PreviewStale);
            }
            let kind = OperationKind::UpsertShare {
                share_id: preview.share_id,
                version: preview.version,
                audience: preview.audience,
                contribution: contribution_of(&content),
                content: content.clone(),
            };
            if outbox::body(preview.operation_id, &kind)? != preview.json {
                return Err(Error::PreviewStale);
            }
            // An update supersedes any older version still waiting: only the newest goes.
            outbox::drop_pending_upserts(tx, preview.share_id)?;
            outbox::enqueue(tx, preview.operation_id, &kind)?;
            let choice = serde_json::to_string(&preview.item).map_err(Error::internal)?;
            let body = serde_json::to_string(&content).map_err(Error::internal)?;
            let (kind_name, source_id) = preview.item.source();
            let at = now();
            tx.execute(
                "INSERT INTO share (id, source_kind, source_id, choice, audience, version, content, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)
                 ON CONFLICT (id) DO UPDATE SET audience = excluded.audience, version = excluded.version,
                     content = excluded.content, updated_at = excluded.updated_at",
                params![
                    preview.share_id.to_string(),
                    kind_name,
                    source_id.to_string(),
                    choice,
                    preview.audience.as_str(),
                    i64::try_from(preview.version).unwrap_or(i64::MAX),
                    body,
                    at,
                ],
            )?;
            get(tx, preview.share_id)
        })
    }

    /// Take a share back: it is deleted from the server at the next sync, and
    /// from every device that cached it at theirs.
    pub fn revoke_share(&self, share_id: Uuid) -> Result<()> {
        self.write(|tx| {
            group::active(tx)?;
            let row = rows(tx, Some(share_id))?.pop().ok_or(Error::NotFound(id::ERROR_NOT_FOUND_SHARE))?;
            if row.revoked {
                return Ok(());
            }
            // A version never sent need never leave the device; one that was
            // sent (even if its answer was lost) is removed by the revoke.
            outbox::drop_pending_upserts(tx, share_id)?;
            outbox::enqueue(tx, new_id(), &OperationKind::RevokeShare { share_id })?;
            tx.execute(
                "UPDATE share SET revoked = 1, updated_at = ?2 WHERE id = ?1",
                params![share_id.to_string(), now()],
            )?;
            Ok(())
        })
    }

    /// One of the person's shares.
    pub fn share(&self, share_id: Uuid) -> Result<Share> {
        self.read(|tx| get(tx, share_id))
    }

    /// Every share the person made that is not yet gone from the server, newest first.
    pub fn shares(&self) -> Result<Vec<Share>> {
        self.read(|tx| rows(tx, None)?.into_iter().map(|r| to_share(tx, r)).collect())
    }

    /// The shares of one item (a skill, check-in or moment), to show "shared"
    /// and "changed since you shared it" beside it.
    pub fn shares_of_item(&self, item_id: Uuid) -> Result<Vec<Share>> {
        self.read(|tx| {
            rows(tx, None)?
                .into_iter()
                .filter(|r| r.item.source().1 == item_id)
                .map(|r| to_share(tx, r))
                .collect()
        })
    }

    /// "What my group can see": every share exactly as the server last
    /// acknowledged it, newest first.
    pub fn visible_to_group(&self) -> Result<Vec<VisibleShare>> {
        self.read(|tx| {
            let mut out = Vec::new();
            for row in rows(tx, None)? {
                let changed_since_shared = changed(tx, &row)?;
                let Some((version, audience, content, at)) = row.acked else { continue };
                out.push(VisibleShare {
                    share_id: row.id,
                    item: row.item,
                    audience,
                    version,
                    content,
                    acknowledged_at: at,
                    update_pending: row.version > version && !row.revoked,
                    revoke_pending: row.revoked,
                    changed_since_shared,
                });
            }
            Ok(out)
        })
    }
}

/// Whether this exact preview was already confirmed (a double tap).
fn outbox_has_or_acked(tx: &Tx<'_>, preview: &SharePreview, row: &ShareRow) -> Result<bool> {
    if outbox::get(tx, preview.operation_id)?.is_some() {
        return Ok(true);
    }
    Ok(row.content == preview.content && row.audience == preview.audience)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(name: &str, area: &str) -> SkillRef {
        SkillRef { name: name.into(), area: area.into() }
    }

    #[test]
    fn a_contribution_carries_areas_and_a_rating_and_never_words() {
        let check_in = ShareContent::CheckIn {
            taken_on: "2026-03-01".into(),
            ratings: vec![
                CheckInRating { skill: skill("Listening", "People"), rating: 4 },
                CheckInRating { skill: skill("Calming people down", "People"), rating: 5 },
                CheckInRating { skill: skill("Street wisdom", "my secret own area"), rating: 4 },
            ],
        };
        // (4 + 5 + 4) / 3 = 4.33: rating 4; People once, then the own area as "own".
        let c = contribution_of(&check_in).expect("contribution");
        assert_eq!(
            c,
            SummaryContribution {
                areas: vec![SummaryArea::People, SummaryArea::Own],
                rating: Some(4),
                change: None
            }
        );
        let text = serde_json::to_string(&c).expect("json");
        assert!(!text.contains("secret") && !text.contains("Listening"), "{text}");
        // Halves round up: (3 + 4) / 2 = 3.5 gives 4.
        let half = ShareContent::CheckIn {
            taken_on: "2026-03-01".into(),
            ratings: vec![
                CheckInRating { skill: skill("A", "Money"), rating: 3 },
                CheckInRating { skill: skill("B", "Money"), rating: 4 },
            ],
        };
        assert_eq!(contribution_of(&half).and_then(|c| c.rating), Some(4));
        let progress = ShareContent::Progress {
            skill: skill("Listening", "People"),
            from_rating: 4,
            to_rating: 2,
            since: "2026-01-01".into(),
        };
        let c = contribution_of(&progress).expect("contribution");
        assert_eq!((c.rating, c.change), (Some(2), Some(RatingChange::Down)));
        let moment =
            ShareContent::Moment { happened_on: "2026-01-01".into(), text: "words".into(), skills: vec![] };
        assert_eq!(contribution_of(&moment), None, "a moment with no skills adds nothing");
        for content in [check_in, half, progress] {
            assert_eq!(contribution_of(&content).map(|c| c.validate()), Some(Ok(())));
        }
    }

    #[test]
    fn a_snapshot_names_each_skill_once_and_keeps_a_story_only_when_asked_and_written() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path().join("journal.db")).unwrap();
        let add = |name: &str, story: &str| {
            let new = crate::NewSkill {
                name: name.into(),
                area: crate::Area::People,
                story: story.into(),
                prompt_id: None,
            };
            journal.add_skill(new).unwrap().id
        };
        let (listen, calm, blank) =
            (add("Listening", "At the drop-in."), add("Staying calm", ""), add("Cooking", "  "));
        let rate = |skill_id| crate::NewRating { skill_id, rating: 4, note: String::new() };
        let today = chrono::Utc::now().date_naive();
        let check_in =
            crate::NewCheckIn { date: today, note: String::new(), ratings: vec![rate(listen), rate(calm)] };
        let check_in = journal.record_check_in(check_in).unwrap();
        let snap = |item: ShareItem| journal.read(|tx| snapshot(tx, &item)).unwrap();

        let ratings = |c: ShareContent| match c {
            ShareContent::CheckIn { ratings, .. } => {
                ratings.into_iter().map(|r| r.skill.name).collect::<Vec<_>>()
            }
            other => panic!("{other:?}"),
        };
        let item =
            ShareItem::CheckIn { check_in_id: check_in.id, skill_ids: vec![calm, listen, calm, listen] };
        assert_eq!(ratings(snap(item)), ["Staying calm", "Listening"], "each once, in the order first given");

        let story = |skill_id, include_story| match snap(ShareItem::Skill { skill_id, include_story }) {
            ShareContent::Skill { story, .. } => story,
            other => panic!("{other:?}"),
        };
        assert_eq!(story(listen, true).as_deref(), Some("At the drop-in."));
        assert_eq!(story(listen, false), None, "not asked");
        assert_eq!(story(blank, true), None, "nothing written");
    }
}
