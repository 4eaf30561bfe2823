//! Backup: the whole journal as one versioned JSON document, and back.
//!
//! Import goes only into an empty journal and is one transaction: the file
//! is checked in full first, so a bad file changes nothing.

use std::collections::{BTreeMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Tx;
use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{ToSql, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::area::Area;
use crate::error::{Error, Result};
use crate::moment::{MOMENT_COLUMNS, Moment, moment_from_row};
use crate::recognition::{RECOGNITION_COLUMNS, Recognition, recognition_from_row};
use crate::{Journal, now, uuid_at, validate};

/// The `format` field of every Brim backup.
pub const BACKUP_FORMAT: &str = "brim-backup";
/// The backup schema this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;

/// The whole journal. Ids, dates and times are kept exactly.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    pub exported_at: DateTime<Utc>,
    pub skills: Vec<BackupSkill>,
    pub moments: Vec<Moment>,
    pub check_ins: Vec<BackupCheckIn>,
    pub recognitions: Vec<Recognition>,
    pub settings: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupSkill {
    pub id: Uuid,
    pub name: String,
    pub area: Area,
    pub story: String,
    pub prompt_id: Option<String>,
    pub archived: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupRating {
    pub skill_id: Uuid,
    pub rating: u8,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct BackupCheckIn {
    pub id: Uuid,
    pub date: NaiveDate,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub ratings: Vec<BackupRating>,
}

/// What an import brought in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    pub skills: u32,
    pub moments: u32,
    pub check_ins: u32,
    pub recognitions: u32,
}

fn read_all(tx: &Tx<'_>) -> Result<Backup> {
    let skills = tx
        .prepare("SELECT id, name, area, story, prompt_id, archived, created_at, updated_at FROM skill ORDER BY id")?
        .query_map([], |r| {
            let area: String = r.get(2)?;
            Ok(BackupSkill {
                id: uuid_at(r, 0)?,
                name: r.get(1)?,
                area: Area::parse(&area).unwrap_or(Area::Own(area)),
                story: r.get(3)?,
                prompt_id: r.get(4)?,
                archived: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    // Each moment's row lists its skills (migration 0005). Read in the
    // table's own order, then sorted by id: walking the id index instead
    // visits the table's pages in whatever order the ids fall, so a journal
    // bigger than the page cache reads (and, locked, decrypts) each page
    // several times over.
    let mut moments = tx
        .prepare(&format!("SELECT {MOMENT_COLUMNS} FROM moment m ORDER BY m.seq"))?
        .query_map([], moment_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    moments.sort_unstable_by_key(|m| m.id);

    let mut ratings: BTreeMap<Uuid, Vec<BackupRating>> = BTreeMap::new();
    let mut stmt =
        tx.prepare("SELECT check_in_id, skill_id, rating, note FROM rating ORDER BY check_in_id, skill_id")?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        ratings.entry(uuid_at(row, 0)?).or_default().push(BackupRating {
            skill_id: uuid_at(row, 1)?,
            rating: row.get(2)?,
            note: row.get(3)?,
        });
    }
    let check_ins = tx
        .prepare("SELECT id, date, note, created_at FROM check_in ORDER BY id")?
        .query_map([], |r| {
            let id = uuid_at(r, 0)?;
            Ok(BackupCheckIn {
                id,
                date: r.get(1)?,
                note: r.get(2)?,
                created_at: r.get(3)?,
                ratings: ratings.remove(&id).unwrap_or_default(),
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let recognitions = tx
        .prepare(&format!("SELECT {RECOGNITION_COLUMNS} FROM recognition ORDER BY id"))?
        .query_map([], recognition_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;

    let settings = tx
        .prepare("SELECT key, value FROM setting ORDER BY key")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;

    Ok(Backup {
        format: BACKUP_FORMAT.to_owned(),
        version: BACKUP_VERSION,
        exported_at: now(),
        skills,
        moments,
        check_ins,
        recognitions,
        settings,
    })
}

fn unique(ids: impl IntoIterator<Item = Uuid>) -> bool {
    let mut seen = HashSet::new();
    ids.into_iter().all(|id| seen.insert(id))
}

fn bad(reason: &str) -> Error {
    Error::InvalidBackup(reason.to_owned())
}

/// Checks every rule a journal keeps, before anything is written.
fn check(backup: &Backup) -> Result<()> {
    if backup.format != BACKUP_FORMAT {
        return Err(bad("it is not a Brim backup"));
    }
    if backup.version > BACKUP_VERSION {
        return Err(bad("it was made by a newer version of Brim; update Brim first"));
    }
    let skills: HashSet<Uuid> = backup.skills.iter().map(|s| s.id).collect();
    let moments: HashSet<Uuid> = backup.moments.iter().map(|m| m.id).collect();
    if skills.len() != backup.skills.len()
        || moments.len() != backup.moments.len()
        || !unique(backup.check_ins.iter().map(|c| c.id))
        || !unique(backup.recognitions.iter().map(|r| r.id))
    {
        return Err(bad("the same entry appears twice"));
    }
    let invalid = |_| bad("some entries break Brim's rules (too long or empty)");
    for s in &backup.skills {
        validate::name(&s.name, "skill").map_err(invalid)?;
        validate::optional_text(&s.story, validate::MAX_STORY_CHARS, "story").map_err(invalid)?;
    }
    for m in &backup.moments {
        validate::required_text(&m.text, validate::MAX_MOMENT_CHARS, "moment").map_err(invalid)?;
        if !m.skill_ids.iter().all(|id| skills.contains(id)) || !unique(m.skill_ids.iter().copied()) {
            return Err(bad("a moment points at a skill that is not in the file"));
        }
    }
    for c in &backup.check_ins {
        validate::optional_text(&c.note, validate::MAX_NOTE_CHARS, "note").map_err(invalid)?;
        if !unique(c.ratings.iter().map(|r| r.skill_id)) {
            return Err(bad("a check-in rates the same skill twice"));
        }
        for r in &c.ratings {
            validate::rating(r.rating).map_err(invalid)?;
            validate::optional_text(&r.note, validate::MAX_NOTE_CHARS, "note").map_err(invalid)?;
            if !skills.contains(&r.skill_id) {
                return Err(bad("a check-in rates a skill that is not in the file"));
            }
        }
    }
    for r in &backup.recognitions {
        validate::name(&r.from, "person who noticed").map_err(invalid)?;
        validate::required_text(&r.text, validate::MAX_NOTE_CHARS, "recognition").map_err(invalid)?;
        if r.skill_id.is_some_and(|id| !skills.contains(&id))
            || r.moment_id.is_some_and(|id| !moments.contains(&id))
        {
            return Err(bad("a recognition points at something that is not in the file"));
        }
    }
    Ok(())
}

/// A value as the text SQLite stores for it when it is bound as a parameter,
/// so rows fed in as JSON are stored exactly like rows bound one by one.
fn stored(value: &dyn ToSql) -> Result<String> {
    Ok(match value.to_sql()? {
        ToSqlOutput::Owned(Value::Text(text)) => text,
        ToSqlOutput::Borrowed(ValueRef::Text(text)) => String::from_utf8_lossy(text).into_owned(),
        _ => return Err(bad("a date could not be stored")),
    })
}

/// Moments and their links go in with one statement each, fed from a JSON
/// array. A statement per row pays SQLite's per-statement set-up (the
/// triggers, a statement journal) every time: over 100,000 moments and their
/// links that was most of an import.
///
/// Moments are numbered after everything the search index has seen, so the
/// index takes them all in at the end (see `moment::insert`).
fn write_moments(tx: &Tx<'_>, moments: &[Moment]) -> Result<()> {
    let first: i64 = tx.query_row(
        "SELECT max(coalesce((SELECT max(seq) FROM moment), 0),
                    (SELECT indexed_upto FROM search_state WHERE id = 1)) + 1",
        [],
        |r| r.get(0),
    )?;
    let mut rows = Vec::with_capacity(moments.len());
    let mut links = Vec::new();
    for (seq, m) in (first..).zip(moments) {
        let (skill_ids, skill_json) = crate::moment::skill_list(&m.skill_ids);
        let date = stored(&m.date)?;
        let quarter = crate::moment::quarter_of(m.date);
        for skill in &skill_ids {
            links.push((skill.to_string(), seq, quarter.clone()));
        }
        rows.push((
            seq,
            m.id.to_string(),
            m.kind.as_str(),
            date,
            &m.text,
            skill_json,
            stored(&m.created_at)?,
            stored(&m.updated_at)?,
        ));
    }
    tx.execute(
        "INSERT INTO moment (seq, id, kind, date, text, skill_ids, created_at, updated_at)
         SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6,
                value ->> 7
         FROM json_each(?1)",
        [to_json(&rows)?],
    )?;
    // By skill number (migration 0006); `check` has made sure every skill is there.
    let linked = tx.execute(
        "INSERT INTO moment_skill (skill_seq, moment_seq, quarter)
         SELECT s.seq, value ->> 1, value ->> 2 FROM json_each(?1) JOIN skill s ON s.id = value ->> 0
         ORDER BY 1, 2",
        [to_json(&links)?],
    )?;
    if linked != links.len() {
        return Err(bad("a moment points at a skill that is not in the file"));
    }
    Ok(())
}

fn to_json(rows: &impl Serialize) -> Result<String> {
    serde_json::to_string(rows).map_err(|_| bad("it could not be read"))
}

fn write_all(tx: &Tx<'_>, backup: &Backup) -> Result<()> {
    let mut insert = tx.prepare(
        "INSERT INTO skill (id, name, area, story, prompt_id, archived, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for s in &backup.skills {
        insert.execute(params![
            s.id.to_string(),
            s.name,
            s.area.as_str(),
            s.story,
            s.prompt_id,
            s.archived,
            s.created_at,
            s.updated_at
        ])?;
    }
    write_moments(tx, &backup.moments)?;
    let mut insert =
        tx.prepare("INSERT INTO check_in (id, date, note, created_at) VALUES (?1, ?2, ?3, ?4)")?;
    let mut rate =
        tx.prepare("INSERT INTO rating (check_in_id, skill_id, rating, note) VALUES (?1, ?2, ?3, ?4)")?;
    for c in &backup.check_ins {
        insert.execute(params![c.id.to_string(), c.date, c.note, c.created_at])?;
        for r in &c.ratings {
            rate.execute(params![c.id.to_string(), r.skill_id.to_string(), r.rating, r.note])?;
        }
    }
    let mut insert = tx.prepare(
        "INSERT INTO recognition (id, from_name, text, received_on, status, skill_id, moment_id, created_at, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for r in &backup.recognitions {
        insert.execute(params![
            r.id.to_string(),
            r.from,
            r.text,
            r.received_on,
            r.status.as_str(),
            r.skill_id.map(|id| id.to_string()),
            r.moment_id.map(|id| id.to_string()),
            r.created_at,
            r.decided_at
        ])?;
    }
    tx.execute("DELETE FROM setting", [])?;
    let mut insert = tx.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2)")?;
    for (key, value) in &backup.settings {
        insert.execute(params![key, value])?;
    }
    Ok(())
}

impl Journal {
    /// The whole journal as a [`Backup`].
    pub fn backup(&self) -> Result<Backup> {
        self.read(read_all)
    }

    /// The whole journal as one JSON document.
    pub fn export_backup(&self) -> Result<String> {
        let backup = self.backup()?;
        serde_json::to_string(&backup).map_err(|_| bad("it could not be written"))
    }

    /// Writes the backup into `dir` as `brim-backup-YYYY-MM-DD.json` (adding
    /// `-2`, `-3`… rather than overwriting an earlier one) and returns its path.
    /// The file appears whole or not at all.
    pub fn write_backup_file(&self, dir: &Path) -> Result<PathBuf> {
        let json = self.export_backup()?;
        let cannot =
            |_| Error::invalid("Brim could not save the backup there. Check there is space, then try again.");
        std::fs::create_dir_all(dir).map_err(cannot)?;
        let stem = format!("brim-backup-{}", Local::now().date_naive());
        let path = (1..)
            .map(|n| dir.join(if n == 1 { format!("{stem}.json") } else { format!("{stem}-{n}.json") }))
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(format!("{stem}.json")));
        let partial = path.with_extension("json.part");
        let mut file = std::fs::File::create(&partial).map_err(cannot)?;
        file.write_all(json.as_bytes()).and_then(|()| file.sync_all()).map_err(cannot)?;
        std::fs::rename(&partial, &path).map_err(cannot)?;
        Ok(path)
    }

    /// Brings a backup into this journal, which must be empty.
    pub fn import_backup(&self, json: &str) -> Result<ImportSummary> {
        let backup: Backup = serde_json::from_str(json)
            .map_err(|e| Error::InvalidBackup(format!("{} at line {}", describe(&e), e.line())))?;
        self.import(&backup)
    }

    /// Brings an already-read [`Backup`] into this journal, which must be empty.
    pub fn import(&self, backup: &Backup) -> Result<ImportSummary> {
        check(backup)?;
        self.write(|tx| {
            let used: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM skill) OR EXISTS (SELECT 1 FROM moment)
                     OR EXISTS (SELECT 1 FROM check_in) OR EXISTS (SELECT 1 FROM recognition)",
                [],
                |r| r.get(0),
            )?;
            if used {
                return Err(Error::JournalNotEmpty);
            }
            write_all(tx, backup)?;
            crate::moment::index_for_search(tx)?;
            let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            Ok(ImportSummary {
                skills: count(backup.skills.len()),
                moments: count(backup.moments.len()),
                check_ins: count(backup.check_ins.len()),
                recognitions: count(backup.recognitions.len()),
            })
        })
    }
}

/// What went wrong reading a backup, in plain words (never the content).
fn describe(e: &serde_json::Error) -> &'static str {
    match e.classify() {
        serde_json::error::Category::Io => "it could not be read",
        serde_json::error::Category::Syntax => "it is not valid JSON",
        serde_json::error::Category::Data => "a field is missing or has the wrong kind of value",
        serde_json::error::Category::Eof => "it ends too soon",
    }
}
