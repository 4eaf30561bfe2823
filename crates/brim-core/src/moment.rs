//! Moments: dated notes of something that happened, linked to the skills it
//! showed. They are the evidence behind every skill. Lists run newest first
//! and page by a cursor, so a journal of any size opens at once.

use crate::Tx;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::draft::{erase_draft, keep_draft, read_draft, remove_draft};
use crate::error::{Error, Result};
use crate::words::id;
use crate::{Journal, new_id, now, prompts, skill, uuid_at, validate};

/// What kind of moment: written by the person, saved from a step back, or a
/// recognition they accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MomentKind {
    Note,
    Reflection,
    Recognition,
}

impl MomentKind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MomentKind::Note => "note",
            MomentKind::Reflection => "reflection",
            MomentKind::Recognition => "recognition",
        }
    }

    pub(crate) fn parse(text: &str) -> MomentKind {
        match text {
            "reflection" => MomentKind::Reflection,
            "recognition" => MomentKind::Recognition,
            _ => MomentKind::Note,
        }
    }
}

/// A dated journal entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Moment {
    pub id: Uuid,
    pub kind: MomentKind,
    pub date: NaiveDate,
    pub text: String,
    /// The skills this moment showed, in id order.
    pub skill_ids: Vec<Uuid>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// The most skills a kept draft may name (far more than any journal has).
const MAX_DRAFT_SKILLS: usize = 500;

/// Which moment form a kept draft belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DraftOf {
    /// The form that writes a new moment.
    NewMoment,
    /// The form that changes this moment.
    Change(Uuid),
}

/// The setting that keeps an unsaved moment: one for a new moment, and one
/// for each moment being changed.
fn draft_key(of: DraftOf) -> String {
    match of {
        DraftOf::NewMoment => "moment_draft".to_owned(),
        DraftOf::Change(id) => format!("moment_draft:{id}"),
    }
}

/// The setting that keeps an unfinished step back.
const STEP_BACK_DRAFT_KEY: &str = "step_back_draft";

/// What a kept draft may hold: a moment's worth of words, and skills.
fn check_draft_size(text: &str, skill_ids: &[Uuid]) -> Result<()> {
    validate::optional_text(text, validate::MAX_MOMENT_CHARS, id::ERROR_MOMENT_TOO_LONG)?;
    if skill_ids.len() > MAX_DRAFT_SKILLS {
        return Err(Error::invalid(id::ERROR_TOO_MANY_SKILLS));
    }
    Ok(())
}

fn drop_draft(tx: &Tx<'_>, of: DraftOf) -> Result<()> {
    remove_draft(tx, &draft_key(of))
}

/// What a person gives to write or rewrite a moment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewMoment {
    pub date: NaiveDate,
    pub text: String,
    #[serde(default)]
    pub skill_ids: Vec<Uuid>,
}

/// Where the next page of moments starts (just after this one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MomentCursor {
    pub date: NaiveDate,
    pub id: Uuid,
}

/// One page of moments, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MomentPage {
    pub moments: Vec<Moment>,
    /// Pass this back to get the next page; `None` at the end.
    pub next: Option<MomentCursor>,
}

/// One answer in a step back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepBackAnswer {
    pub prompt_id: String,
    pub text: String,
    #[serde(default)]
    pub skill_ids: Vec<Uuid>,
}

/// The most moments one page may hold.
const MAX_PAGE: u32 = 500;

pub(crate) const MOMENT_COLUMNS: &str =
    "m.id, m.kind, m.date, m.text, m.created_at, m.updated_at, m.skill_ids";

pub(crate) fn moment_from_row(row: &Row<'_>) -> rusqlite::Result<Moment> {
    let kind: String = row.get(1)?;
    let skill_ids: String = row.get(6)?;
    Ok(Moment {
        id: uuid_at(row, 0)?,
        kind: MomentKind::parse(&kind),
        date: row.get(2)?,
        text: row.get(3)?,
        skill_ids: serde_json::from_str(&skill_ids).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(6, rusqlite::types::Type::Text, Box::new(e))
        })?,
        created_at: row.get(4)?,
        updated_at: row.get(5)?,
    })
}

/// A moment's skills as its row keeps them (migration 0005): sorted, no repeats.
pub(crate) fn skill_list(skill_ids: &[Uuid]) -> (Vec<Uuid>, String) {
    let mut ids = skill_ids.to_vec();
    ids.sort_unstable();
    ids.dedup();
    let json = serde_json::to_string(&ids).unwrap_or_else(|_| "[]".to_owned());
    (ids, json)
}

pub(crate) fn get(tx: &Tx<'_>, id: Uuid) -> Result<Moment> {
    let sql = format!("SELECT {MOMENT_COLUMNS} FROM moment m WHERE m.id = ?1");
    tx.one(&sql, id, moment_from_row, id::ERROR_NOT_FOUND_MOMENT)
}

/// A moment's row number, which its links and the search index point at.
fn seq_of(tx: &Tx<'_>, id: Uuid) -> Result<i64> {
    tx.one("SELECT seq FROM moment WHERE id = ?1", id, |r| r.get(0), id::ERROR_NOT_FOUND_MOMENT)
}

/// The calendar quarter a date falls in, like "2026-Q4": the unit evidence is counted in.
pub(crate) fn quarter_of(date: NaiveDate) -> String {
    format!("{}-Q{}", date.year(), date.month0() / 3 + 1)
}

/// Links a moment to skills (by their numbers, migration 0006); the links
/// carry the moment's quarter so the evidence counts (migration 0002) stay right.
///
/// `skill_ids` must hold no repeats (see [`skill_list`]).
fn link_skills(tx: &Tx<'_>, seq: i64, date: NaiveDate, skill_ids: &[Uuid]) -> Result<()> {
    // VALUES, not INSERT … SELECT: with a trigger on the table, SQLite would
    // first copy a SELECT's rows into a temporary b-tree. An unknown skill
    // fails the NOT NULL on `skill_seq`; callers check skills exist first.
    let mut stmt = tx.prepare_cached(
        "INSERT INTO moment_skill (skill_seq, moment_seq, quarter)
         VALUES ((SELECT seq FROM skill WHERE id = ?1), ?2, ?3)",
    )?;
    let quarter = quarter_of(date);
    for skill_id in skill_ids {
        stmt.execute(params![skill_id.to_string(), seq, quarter])?;
    }
    Ok(())
}

fn unlink_skills(tx: &Tx<'_>, seq: i64, skill_ids: &[Uuid]) -> Result<()> {
    let mut stmt = tx.prepare_cached(
        "DELETE FROM moment_skill WHERE skill_seq = (SELECT seq FROM skill WHERE id = ?1) AND moment_seq = ?2",
    )?;
    for skill_id in skill_ids {
        stmt.execute(params![skill_id.to_string(), seq])?;
    }
    Ok(())
}

/// Validates and inserts one moment inside `tx`.
pub(crate) fn insert(tx: &Tx<'_>, kind: MomentKind, new: NewMoment) -> Result<Moment> {
    let text = validate::required_text(
        &new.text,
        validate::MAX_MOMENT_CHARS,
        id::ERROR_MOMENT_TOO_LONG,
        id::ERROR_MOMENT_EMPTY,
    )?;
    let date = validate::date(new.date)?;
    skill::require_active(tx, &new.skill_ids)?;
    let (skill_ids, skill_json) = skill_list(&new.skill_ids);
    let id = new_id();
    let at = now();
    // Its links wait in `skill_ids` (migration 0008): one row written, not
    // three b-trees more.
    tx.prepare_cached(&format!(
        "INSERT INTO moment (seq, id, kind, date, text, skill_ids, created_at, updated_at)
         VALUES ({NEXT_SEQ}, ?1, ?2, ?3, ?4, ?5, ?6, ?6)"
    ))?
    .execute(params![id.to_string(), kind.as_str(), date, &text, skill_json, at])?;
    // `seq` is the rowid. (Not RETURNING: SQLite gathers returned rows in a
    // temporary b-tree, a few percent of a save.)
    let seq = tx.last_insert_rowid();
    if seq - linked_upto(tx)? >= LINK_BATCH {
        link_waiting(tx)?;
    }
    // Exactly what was written, without reading it back.
    Ok(Moment { id, kind, date, text, skill_ids, created_at: at, updated_at: at })
}

/// The number a new moment takes: above every moment, above all the search
/// index has taken in (so the index knows it is new without a backlog row)
/// and above every moment whose links are stored (so its own wait, 0008).
pub(crate) const NEXT_SEQ: &str = "max(coalesce((SELECT max(seq) FROM moment), 0),
         (SELECT indexed_upto FROM search_state WHERE id = 1),
         (SELECT linked_upto FROM search_state WHERE id = 1)) + 1";

/// How many moments' links may wait in their rows before a save writes them
/// all into `moment_skill` and `skill_evidence` (migration 0008). Readers
/// read the waiting ones from the rows, so this bounds their extra work; the
/// bigger the batch, the more of its links share a skill's page (with 60
/// skills and two links a save: 8.3 WAL pages a save linking at once, 5.5 at
/// 32, 5.1 at 64, 4.7 at 128, see BENCHMARKS.md).
pub(crate) const LINK_BATCH: i64 = 64;

/// The highest moment number whose links are stored.
fn linked_upto(tx: &Tx<'_>) -> Result<i64> {
    Ok(tx.prepare_cached("SELECT linked_upto FROM search_state WHERE id = 1")?.query_row([], |r| r.get(0))?)
}

/// Stores the links of every waiting moment (migration 0008) in one
/// statement: each skill's page is written once for the whole batch. The
/// evidence counts follow through `moment_skill`'s triggers.
pub(crate) fn link_waiting(tx: &Tx<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO moment_skill (skill_seq, moment_seq, quarter)
         SELECT skill_seq, moment_seq, quarter FROM waiting_link ORDER BY 1, 2",
    )?
    .execute([])?;
    tx.prepare_cached(
        "UPDATE search_state SET linked_upto = max(linked_upto, (SELECT coalesce(max(seq), 0) FROM moment))
         WHERE id = 1",
    )?
    .execute([])?;
    Ok(())
}

/// Brings the search index up to date with every moment written since it
/// last caught up (numbered above `indexed_upto`) or rewritten since
/// (`moment_unindexed`), migrations 0003 and 0005: one statement, so FTS5
/// builds the new words in memory and writes them as a few large segments.
pub(crate) fn index_for_search(tx: &Tx<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO moment_fts (rowid, text)
         SELECT seq, text FROM moment WHERE seq > (SELECT indexed_upto FROM search_state WHERE id = 1)
         UNION ALL
         SELECT m.seq, m.text FROM moment_unindexed u CROSS JOIN moment m ON m.seq = u.moment_rowid
         ORDER BY 1",
    )?
    .execute([])?;
    tx.prepare_cached(
        "UPDATE search_state SET indexed_upto = max(indexed_upto, (SELECT coalesce(max(seq), 0) FROM moment))
         WHERE id = 1",
    )?
    .execute([])?;
    tx.prepare_cached("DELETE FROM moment_unindexed")?.execute([])?;
    Ok(())
}

fn search_backlog(tx: &Tx<'_>) -> Result<bool> {
    Ok(tx
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM moment WHERE seq > (SELECT indexed_upto FROM search_state WHERE id = 1))
                 OR EXISTS (SELECT 1 FROM moment_unindexed)",
        )?
        .query_row([], |r| r.get(0))?)
}

/// Up to `limit` moments showing one skill, newest first, after `after`.
pub(crate) fn for_skill(
    tx: &Tx<'_>,
    skill_id: Uuid,
    limit: u32,
    after: Option<&MomentCursor>,
) -> Result<Vec<Moment>> {
    let skill_seq: Option<i64> = tx
        .prepare_cached("SELECT seq FROM skill WHERE id = ?1")?
        .query_row([skill_id.to_string()], |r| r.get(0))
        .optional()?;
    // The skill's number is bound, not looked up inside: SQLite pushes a plain
    // `skill_seq = ?` into both halves of the `moment_link` view (a range of
    // `moment_skill`'s key, and the few waiting rows), but would read the
    // whole view for a term holding a subquery.
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {MOMENT_COLUMNS} FROM moment_link ms JOIN moment m ON m.seq = ms.moment_seq
         WHERE ms.skill_seq = ?1 AND (?2 IS NULL OR (m.date, m.id) < (?2, ?3))
         ORDER BY m.date DESC, m.id DESC LIMIT ?4"
    ))?;
    let moments = stmt
        .query_map(
            params![skill_seq, after.map(|c| c.date), after.map(|c| c.id.to_string()), limit],
            moment_from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(moments)
}

/// One page of moments newest first, starting after `after`, inside `tx`.
pub(crate) fn newest(tx: &Tx<'_>, limit: u32, after: Option<&MomentCursor>) -> Result<MomentPage> {
    // Two statements rather than `?1 IS NULL OR …`, so SQLite can start the
    // index walk right at the cursor, however far back it is.
    let moments = match after {
        None => tx
            .prepare_cached(&format!(
                "SELECT {MOMENT_COLUMNS} FROM moment m ORDER BY m.date DESC, m.id DESC LIMIT ?1"
            ))?
            .query_map(params![limit], moment_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
        Some(c) => tx
            .prepare_cached(&format!(
                "SELECT {MOMENT_COLUMNS} FROM moment m WHERE (m.date, m.id) < (?1, ?2)
                 ORDER BY m.date DESC, m.id DESC LIMIT ?3"
            ))?
            .query_map(params![c.date, c.id.to_string(), limit], moment_from_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?,
    };
    Ok(page(moments, limit))
}

/// The newest `limit` moments the person wrote themselves (kind `note`):
/// the six answers of a step back, or a recognition taken in, never push
/// them out of sight on the home screen.
pub(crate) fn newest_written(tx: &Tx<'_>, limit: u32) -> Result<Vec<Moment>> {
    Ok(tx
        .prepare_cached(&format!(
            "SELECT {MOMENT_COLUMNS} FROM moment m WHERE m.kind = 'note' ORDER BY m.date DESC, m.id DESC LIMIT ?1"
        ))?
        .query_map(params![limit], moment_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?)
}

fn page(moments: Vec<Moment>, limit: u32) -> MomentPage {
    let next = if moments.len() as u32 == limit {
        moments.last().map(|m| MomentCursor { date: m.date, id: m.id })
    } else {
        None
    };
    MomentPage { moments, next }
}

fn clamp_limit(limit: u32) -> u32 {
    limit.clamp(1, MAX_PAGE)
}

/// Turns what a person typed into an FTS5 query that cannot be a syntax
/// error: each word is quoted and matched as a prefix, all words must match.
fn fts_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        // A NUL would end FTS5's reading of the query mid-string; the index's
        // tokenizer splits words at one, so the query does too.
        .split(|c: char| c.is_whitespace() || c == '\0')
        .filter(|word| !word.is_empty())
        .map(|word| word.replace('"', ""))
        // A word with no letters or digits holds no token: FTS5 would reject it.
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(|word| format!("\"{word}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

impl Journal {
    /// Writes a new moment; the kept draft of a new moment goes with it.
    pub fn add_moment(&self, new: NewMoment) -> Result<Moment> {
        self.write(|tx| {
            let moment = insert(tx, MomentKind::Note, new)?;
            drop_draft(tx, DraftOf::NewMoment)?;
            Ok(moment)
        })
    }

    /// One moment.
    pub fn moment(&self, id: Uuid) -> Result<Moment> {
        self.read(|tx| get(tx, id))
    }

    /// Rewrites a moment: its date, text and skills. Its kind stays.
    ///
    /// Skills it already showed may stay linked even if archived since;
    /// newly linked skills must be active.
    pub fn edit_moment(&self, id: Uuid, edit: NewMoment) -> Result<Moment> {
        self.write(|tx| {
            let current = get(tx, id)?;
            let seq = seq_of(tx, id)?;
            let text = validate::required_text(
                &edit.text,
                validate::MAX_MOMENT_CHARS,
                id::ERROR_MOMENT_TOO_LONG,
                id::ERROR_MOMENT_EMPTY,
            )?;
            let date = validate::date(edit.date)?;
            let added: Vec<Uuid> =
                edit.skill_ids.iter().copied().filter(|s| !current.skill_ids.contains(s)).collect();
            skill::require_active(tx, &added)?;
            let (skill_ids, skill_json) = skill_list(&edit.skill_ids);
            // A moment whose links still wait has them only in its row.
            let stored = seq <= linked_upto(tx)?;
            if stored {
                unlink_skills(tx, seq, &current.skill_ids)?;
            }
            tx.execute(
                "UPDATE moment SET date = ?2, text = ?3, skill_ids = ?4, updated_at = ?5 WHERE seq = ?1",
                params![seq, date, text, skill_json, now()],
            )?;
            if stored {
                link_skills(tx, seq, date, &skill_ids)?;
            }
            drop_draft(tx, DraftOf::Change(id))?;
            get(tx, id)
        })
    }

    /// Deletes a moment for good: from the journal, its search index (FTS5
    /// `secure-delete`, migration 0007) and the write-ahead log.
    pub fn delete_moment(&self, id: Uuid) -> Result<()> {
        self.write(|tx| {
            let removed = tx.execute("DELETE FROM moment WHERE id = ?1", [id.to_string()])?;
            if removed == 0 {
                return Err(Error::NotFound(id::ERROR_NOT_FOUND_MOMENT));
            }
            tx.erased();
            drop_draft(tx, DraftOf::Change(id))
        })
    }

    /// What was written in a moment form and not yet saved.
    pub fn moment_draft(&self, of: DraftOf) -> Result<Option<NewMoment>> {
        self.read(|tx| read_draft(tx, &draft_key(of)))
    }

    /// Keeps what is being written in the moment form, so it is still there
    /// after the app locks or closes. Only its size is checked here; the
    /// rest when it is saved as a moment.
    pub fn save_moment_draft(&self, of: DraftOf, draft: &NewMoment) -> Result<()> {
        check_draft_size(&draft.text, &draft.skill_ids)?;
        self.write(|tx| {
            if let DraftOf::Change(id) = of {
                seq_of(tx, id)?;
            }
            keep_draft(tx, &draft_key(of), draft)
        })
    }

    /// Throws away what was written in the moment form.
    pub fn discard_moment_draft(&self, of: DraftOf) -> Result<()> {
        self.write(|tx| erase_draft(tx, &draft_key(of)))
    }

    /// Moments newest first, `limit` at a time (at most 500), starting after `after`.
    pub fn moments(&self, limit: u32, after: Option<&MomentCursor>) -> Result<MomentPage> {
        let limit = clamp_limit(limit);
        self.read(|tx| newest(tx, limit, after))
    }

    /// The moments that show one skill, newest first, paged like [`Journal::moments`].
    pub fn moments_for_skill(
        &self,
        skill_id: Uuid,
        limit: u32,
        after: Option<&MomentCursor>,
    ) -> Result<MomentPage> {
        let limit = clamp_limit(limit);
        self.read(|tx| {
            skill::get(tx, skill_id)?;
            Ok(page(for_skill(tx, skill_id, limit, after)?, limit))
        })
    }

    /// Moments whose text holds every word typed (each word matched as the
    /// start of a word), the most recently written `limit` of them (up to
    /// 500), shown newest first.
    pub fn search_moments(&self, query: &str, limit: u32) -> Result<Vec<Moment>> {
        let Some(fts) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let limit = clamp_limit(limit);
        if self.read(search_backlog)? {
            self.write(index_for_search)?;
        }
        self.read(|tx| {
            // FTS5 walks its index in rowid order and stops after `limit`
            // matches, so a common word costs no more than a rare one (ranking
            // by relevance would score every match first). Rowids follow the
            // order moments were written; the page then shows newest first.
            let mut stmt = tx.prepare_cached(&format!(
                "SELECT {MOMENT_COLUMNS} FROM
                   (SELECT rowid FROM moment_fts WHERE moment_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?2) f
                 JOIN moment m ON m.seq = f.rowid ORDER BY m.date DESC, m.id DESC"
            ))?;
            Ok(stmt.query_map(params![fts, limit], moment_from_row)?.collect::<rusqlite::Result<Vec<_>>>()?)
        })
    }

    /// Saves a step back: each answer with words in it becomes a reflection
    /// moment on `date`, linked to the skills the person named. All or nothing;
    /// with no words in any answer, nothing is saved and it says so.
    pub fn save_step_back(&self, date: NaiveDate, answers: Vec<StepBackAnswer>) -> Result<Vec<Moment>> {
        self.write(|tx| {
            let mut saved = Vec::new();
            for answer in answers {
                if !prompts::step_back_prompts().iter().any(|p| p.id == answer.prompt_id) {
                    return Err(Error::NotFound(id::ERROR_NOT_FOUND_STEP_BACK_QUESTION));
                }
                if answer.text.trim().is_empty() {
                    continue;
                }
                let new = NewMoment { date, text: answer.text, skill_ids: answer.skill_ids };
                saved.push(insert(tx, MomentKind::Reflection, new)?);
            }
            if saved.is_empty() {
                return Err(Error::invalid(id::ERROR_STEP_BACK_EMPTY));
            }
            remove_draft(tx, STEP_BACK_DRAFT_KEY)?;
            Ok(saved)
        })
    }

    /// The answers of a step back left unfinished, if any.
    pub fn step_back_draft(&self) -> Result<Option<Vec<StepBackAnswer>>> {
        self.read(|tx| read_draft(tx, STEP_BACK_DRAFT_KEY))
    }

    /// Keeps the answers of a step back being written, so they are still
    /// there after the app locks or closes. Only their sizes are checked
    /// here; the rest when the step back is saved.
    pub fn save_step_back_draft(&self, answers: &[StepBackAnswer]) -> Result<()> {
        if answers.len() > prompts::step_back_prompts().len() {
            return Err(Error::invalid(id::ERROR_STEP_BACK_TOO_MANY));
        }
        for answer in answers {
            check_draft_size(&answer.text, &answer.skill_ids)?;
        }
        self.write(|tx| keep_draft(tx, STEP_BACK_DRAFT_KEY, &answers))
    }

    /// Throws away the answers of an unfinished step back.
    pub fn discard_step_back_draft(&self) -> Result<()> {
        self.write(|tx| erase_draft(tx, STEP_BACK_DRAFT_KEY))
    }
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn typed_words_become_a_safe_prefix_query() {
        assert_eq!(fts_query("  cooked  for \"six\" "), Some("\"cooked\"* \"for\"* \"six\"*".into()));
        assert_eq!(fts_query("AND OR NOT ( * :"), Some("\"AND\"* \"OR\"* \"NOT\"*".into()));
        assert_eq!(fts_query(" \" "), None);
    }
}
