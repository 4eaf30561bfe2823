//! Backup: the whole journal as one versioned JSON document, and back.
//!
//! With the lock on, the backup file is that document sealed with the
//! journal's own passphrase, the way the journal's key file is (Argon2id,
//! then XChaCha20-Poly1305; see `seal.rs`), inside a small JSON envelope
//! that names nothing of the journal ([`LockedBackup`]). The passphrase is
//! checked against the journal's key file before anything is written: a typo
//! cannot make a backup nobody can open. With the lock off it is plain JSON.
//!
//! Restoring merges by id into whatever the journal holds, in one
//! transaction, after the file is checked in full: a bad file or a wrong
//! passphrase changes nothing, and nothing already in the journal is changed
//! or removed (see [`Journal::import`]).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::Tx;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::{DateTime, Local, NaiveDate, Utc};
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::{OptionalExtension as _, ToSql, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;
use zeroize::Zeroizing;

use crate::area::Area;
use crate::error::{Error, Result};
use crate::moment::{MOMENT_COLUMNS, Moment, moment_from_row};
use crate::recognition::{RECOGNITION_COLUMNS, Recognition, recognition_from_row};
use crate::seal::{self, Kdf, Sealed, Unsealable};
use crate::words::{MessageId, Words, id};
use crate::{Journal, now, setting, uuid_at, validate};

/// The `format` field of every Brim backup.
pub const BACKUP_FORMAT: &str = "brim-backup";
/// The backup schema this build writes and the newest it reads.
pub const BACKUP_VERSION: u32 = 1;

/// The `format` field of a backup sealed with the journal's passphrase.
pub const LOCKED_BACKUP_FORMAT: &str = "brim-backup-locked";
/// The locked envelope this build writes and the newest it reads.
const LOCKED_BACKUP_VERSION: u32 = 1;
/// Bound into the sealed bytes, so they only ever open as a backup.
const LOCKED_BACKUP_CONTEXT: &[u8] = b"brim-backup-locked v1";
const CIPHER: &str = "xchacha20poly1305";

/// How an age file starts, in binary and in ASCII armour: test builds of
/// Brim wrote locked backups that way for a while.
const AGE_BINARY: &[u8] = b"age-encryption.org/";
const AGE_ARMOR: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// A backup sealed with the journal's passphrase. Only the envelope can be
/// read without it: what sealed it, never how much of what it holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub(crate) struct LockedBackup {
    format: String,
    version: u32,
    /// Argon2id's settings and salt (the same fields as a key file's).
    kdf: Kdf,
    cipher: String,
    /// Hex.
    nonce: String,
    /// The plain JSON [`Backup`], sealed; standard base64.
    sealed: String,
}

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

/// What a restore brought in: what was new to the journal, and how much of
/// the backup it already had.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportSummary {
    /// Skills added. A skill the journal already had, by id or (for an active
    /// skill) by name, is counted in `already_there` instead.
    pub skills: u32,
    /// Moments added.
    pub moments: u32,
    /// Check-ins added, with their ratings.
    pub check_ins: u32,
    /// Recognitions added.
    pub recognitions: u32,
    /// Skills, moments, check-ins and recognitions of the backup that the
    /// journal already had: they were left exactly as the journal has them.
    pub already_there: u32,
}

/// A backup file, ready to be saved by whoever asked for it.
#[derive(Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BackupFile {
    /// A name to save it under: `brim-backup-YYYY-MM-DD.json`, or
    /// `brim-backup-YYYY-MM-DD-locked.json` when it is encrypted.
    pub name: String,
    /// The file itself: the JSON backup, or the JSON envelope sealing it.
    pub contents: String,
    /// Encrypted with the journal's passphrase (the lock is on)?
    pub encrypted: bool,
}

/// A backup file saved on the device, said in words a person can follow:
/// "brim-backup-2026-12-03.json, in your Downloads folder". Never a path.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SavedBackup {
    /// The file's name, as the person will see it in their files.
    pub file_name: String,
    /// The folder it is in, in plain words: "your Downloads folder".
    pub place: String,
    /// Encrypted with the journal's passphrase (the lock is on)?
    pub encrypted: bool,
}

impl std::fmt::Debug for BackupFile {
    /// Never the contents: a plain backup is the whole journal.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupFile")
            .field("name", &self.name)
            .field("encrypted", &self.encrypted)
            .finish_non_exhaustive()
    }
}

fn read_all(tx: &Tx<'_>) -> Result<Backup> {
    let skills = tx.all(
        "SELECT id, name, area, story, prompt_id, archived, created_at, updated_at FROM skill ORDER BY id",
        [],
        |r| {
            Ok(BackupSkill {
                id: uuid_at(r, 0)?,
                name: r.get(1)?,
                area: Area::stored(r.get(2)?),
                story: r.get(3)?,
                prompt_id: r.get(4)?,
                archived: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
            })
        },
    )?;

    // Each moment's row lists its skills (migration 0005). Read in the
    // table's own order, then sorted by id: walking the id index instead
    // visits the table's pages in whatever order the ids fall, so a journal
    // bigger than the page cache reads (and, locked, decrypts) each page
    // several times over.
    let mut moments =
        tx.all(&format!("SELECT {MOMENT_COLUMNS} FROM moment m ORDER BY m.seq"), [], moment_from_row)?;
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
    let check_ins = tx.all("SELECT id, date, note, created_at FROM check_in ORDER BY id", [], |r| {
        let id = uuid_at(r, 0)?;
        Ok(BackupCheckIn {
            id,
            date: r.get(1)?,
            note: r.get(2)?,
            created_at: r.get(3)?,
            ratings: ratings.remove(&id).unwrap_or_default(),
        })
    })?;

    let recognitions = tx.all(
        &format!("SELECT {RECOGNITION_COLUMNS} FROM recognition ORDER BY id"),
        [],
        recognition_from_row,
    )?;

    let settings = setting::all_settings(tx)?;

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

fn bad(reason: MessageId) -> Error {
    Error::InvalidBackup(reason.into())
}

/// Checks every rule a journal keeps, before anything is written.
fn check(backup: &Backup) -> Result<()> {
    if backup.format != BACKUP_FORMAT {
        return Err(bad(id::BACKUP_PROBLEM_NOT_BRIM));
    }
    if backup.version > BACKUP_VERSION {
        return Err(bad(id::BACKUP_PROBLEM_NEWER));
    }
    let skills: HashSet<Uuid> = backup.skills.iter().map(|s| s.id).collect();
    let moments: HashSet<Uuid> = backup.moments.iter().map(|m| m.id).collect();
    if skills.len() != backup.skills.len()
        || moments.len() != backup.moments.len()
        || !unique(backup.check_ins.iter().map(|c| c.id))
        || !unique(backup.recognitions.iter().map(|r| r.id))
    {
        return Err(bad(id::BACKUP_PROBLEM_TWICE));
    }
    let invalid = |_| bad(id::BACKUP_PROBLEM_RULES);
    // A journal never has two active skills of one name (compared as SQLite's
    // NOCASE does, ASCII letters only), and a restore joins an active skill to
    // the journal's skill of that name: a file that breaks the rule was edited.
    let mut active_names = HashSet::new();
    for s in &backup.skills {
        validate::name(&s.name, id::ERROR_SKILL_NAME_EMPTY).map_err(invalid)?;
        validate::optional_text(&s.story, validate::MAX_STORY_CHARS, id::ERROR_STORY_TOO_LONG)
            .map_err(invalid)?;
        if !s.archived && !active_names.insert(s.name.to_ascii_lowercase()) {
            return Err(bad(id::BACKUP_PROBLEM_SAME_NAME));
        }
    }
    for m in &backup.moments {
        validate::required_text(
            &m.text,
            validate::MAX_MOMENT_CHARS,
            id::ERROR_MOMENT_TOO_LONG,
            id::ERROR_MOMENT_EMPTY,
        )
        .map_err(invalid)?;
        if !m.skill_ids.iter().all(|id| skills.contains(id)) || !unique(m.skill_ids.iter().copied()) {
            return Err(bad(id::BACKUP_PROBLEM_MOMENT_SKILL));
        }
    }
    for c in &backup.check_ins {
        validate::optional_text(&c.note, validate::MAX_NOTE_CHARS, id::ERROR_NOTE_TOO_LONG)
            .map_err(invalid)?;
        if !unique(c.ratings.iter().map(|r| r.skill_id)) {
            return Err(bad(id::BACKUP_PROBLEM_RATED_TWICE));
        }
        for r in &c.ratings {
            validate::rating(r.rating).map_err(invalid)?;
            validate::optional_text(&r.note, validate::MAX_NOTE_CHARS, id::ERROR_NOTE_TOO_LONG)
                .map_err(invalid)?;
            if !skills.contains(&r.skill_id) {
                return Err(bad(id::BACKUP_PROBLEM_RATING_SKILL));
            }
        }
    }
    for r in &backup.recognitions {
        validate::name(&r.from, id::ERROR_NOTICER_NAME_EMPTY).map_err(invalid)?;
        validate::required_text(
            &r.text,
            validate::MAX_NOTE_CHARS,
            id::ERROR_RECOGNITION_TOO_LONG,
            id::ERROR_NOTICED_EMPTY,
        )
        .map_err(invalid)?;
        if r.skill_id.is_some_and(|id| !skills.contains(&id))
            || r.moment_id.is_some_and(|id| !moments.contains(&id))
        {
            return Err(bad(id::BACKUP_PROBLEM_RECOGNITION));
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
        _ => return Err(bad(id::BACKUP_PROBLEM_DATE)),
    })
}

/// The new moments and their links go in with one statement each, fed from
/// a JSON array. A statement per row pays SQLite's per-statement set-up (the
/// triggers, a statement journal) every time: over 100,000 moments and their
/// links that was most of an import.
///
/// Moments are numbered after everything the search index has seen, so the
/// index takes them all in at the end (see `moment::insert`). Each skill id
/// is read through `skills` (the file's id to the journal's).
fn write_moments<'m>(
    tx: &Tx<'_>,
    moments: impl Iterator<Item = &'m Moment>,
    skills: &HashMap<Uuid, Uuid>,
) -> Result<u32> {
    // Links still waiting in rows are stored first, so the file's moments
    // (numbered above them) can have theirs written here and be marked stored.
    crate::moment::link_waiting(tx)?;
    let first: i64 = tx.query_row(&format!("SELECT {}", crate::moment::NEXT_SEQ), [], |r| r.get(0))?;
    let mut rows = Vec::new();
    let mut links = Vec::new();
    for (seq, m) in (first..).zip(moments) {
        let mapped: Vec<Uuid> = m.skill_ids.iter().map(|id| skills.get(id).copied().unwrap_or(*id)).collect();
        let (skill_ids, skill_json) = crate::moment::skill_list(&mapped);
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
    if rows.is_empty() {
        return Ok(0);
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
        return Err(bad(id::BACKUP_PROBLEM_MOMENT_SKILL));
    }
    tx.execute("UPDATE search_state SET linked_upto = ?1 WHERE id = 1", [first + rows.len() as i64 - 1])?;
    Ok(count(rows.len()))
}

fn to_json(rows: &impl Serialize) -> Result<String> {
    serde_json::to_string(rows).map_err(|_| bad(id::BACKUP_PROBLEM_UNREADABLE))
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Adds to the journal what it does not have yet, leaving everything it has
/// as it is. An entry is there already when one with its id is (whatever
/// either copy now says); an active skill also when the journal has an active
/// skill of the same name, and then the file's moments, ratings and
/// recognitions of it join the journal's skill.
fn merge(tx: &Tx<'_>, backup: &Backup) -> Result<ImportSummary> {
    let mut summary = ImportSummary::default();
    let mut there = 0usize;

    // The file's skill id -> the journal's.
    let mut skills: HashMap<Uuid, Uuid> = HashMap::with_capacity(backup.skills.len());
    let mut by_id = tx.prepare("SELECT EXISTS (SELECT 1 FROM skill WHERE id = ?1)")?;
    let mut by_name = tx.prepare(
        "SELECT id FROM skill WHERE name = ?1 COLLATE NOCASE AND archived = 0 ORDER BY seq LIMIT 1",
    )?;
    let mut insert = tx.prepare(
        "INSERT INTO skill (id, name, area, story, prompt_id, archived, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for s in &backup.skills {
        let id = s.id.to_string();
        let same = if by_id.query_row([&id], |r| r.get(0))? {
            Some(s.id)
        } else if s.archived {
            None
        } else {
            by_name.query_row([&s.name], |r| uuid_at(r, 0)).optional()?
        };
        if let Some(same) = same {
            skills.insert(s.id, same);
            there += 1;
            continue;
        }
        insert.execute(params![
            id,
            s.name,
            s.area.as_str(),
            s.story,
            s.prompt_id,
            s.archived,
            s.created_at,
            s.updated_at
        ])?;
        skills.insert(s.id, s.id);
        summary.skills += 1;
    }
    let skill = |id: Uuid| skills.get(&id).copied().unwrap_or(id);

    // Looked up one by one only when the journal has moments: restoring onto
    // a new phone (the usual case) skips 100,000 lookups.
    let has_moments: bool = tx.query_row("SELECT EXISTS (SELECT 1 FROM moment)", [], |r| r.get(0))?;
    let mut moment_there = tx.prepare("SELECT EXISTS (SELECT 1 FROM moment WHERE id = ?1)")?;
    let mut new_moments = Vec::with_capacity(backup.moments.len());
    for m in &backup.moments {
        if has_moments && moment_there.query_row([m.id.to_string()], |r| r.get(0))? {
            there += 1;
        } else {
            new_moments.push(m);
        }
    }
    summary.moments = write_moments(tx, new_moments.into_iter(), &skills)?;

    let mut check_in_there = tx.prepare("SELECT EXISTS (SELECT 1 FROM check_in WHERE id = ?1)")?;
    let mut insert =
        tx.prepare("INSERT INTO check_in (id, date, note, created_at) VALUES (?1, ?2, ?3, ?4)")?;
    let mut rate =
        tx.prepare("INSERT INTO rating (check_in_id, skill_id, rating, note) VALUES (?1, ?2, ?3, ?4)")?;
    for c in &backup.check_ins {
        let id = c.id.to_string();
        if check_in_there.query_row([&id], |r| r.get(0))? {
            there += 1;
            continue;
        }
        insert.execute(params![id, c.date, c.note, c.created_at])?;
        // Two of the file's skills joined into one of the journal's: its first rating stays.
        let mut rated = HashSet::new();
        for r in c.ratings.iter().filter(|r| rated.insert(skill(r.skill_id))) {
            rate.execute(params![id, skill(r.skill_id).to_string(), r.rating, r.note])?;
        }
        summary.check_ins += 1;
    }

    let mut recognition_there = tx.prepare("SELECT EXISTS (SELECT 1 FROM recognition WHERE id = ?1)")?;
    let mut insert = tx.prepare(
        "INSERT INTO recognition (id, from_name, text, received_on, status, skill_id, moment_id, created_at, decided_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    for r in &backup.recognitions {
        let id = r.id.to_string();
        if recognition_there.query_row([&id], |row| row.get(0))? {
            there += 1;
            continue;
        }
        insert.execute(params![
            id,
            r.from,
            r.text,
            r.received_on,
            r.status.as_str(),
            r.skill_id.map(|id| skill(id).to_string()),
            r.moment_id.map(|id| id.to_string()),
            r.created_at,
            r.decided_at
        ])?;
        summary.recognitions += 1;
    }

    // The journal's own settings (its cadence, its drafts) stay; the file's
    // fill in only what the journal has not set.
    setting::fill_in_settings(tx, &backup.settings)?;
    summary.already_there = count(there);
    Ok(summary)
}

/// Is this an age file (binary or armoured)? Leading blank lines are allowed,
/// as the age tool allows them.
fn is_age(contents: &[u8]) -> bool {
    let start = contents.trim_ascii_start();
    start.starts_with(AGE_BINARY) || start.starts_with(AGE_ARMOR)
}

/// `json` sealed with `passphrase`, as the text of a locked backup file.
fn encrypt(json: &[u8], passphrase: &str) -> Result<String> {
    let Sealed { kdf, nonce, ciphertext } = seal::seal(json, passphrase, LOCKED_BACKUP_CONTEXT)?;
    let envelope = LockedBackup {
        format: LOCKED_BACKUP_FORMAT.into(),
        version: LOCKED_BACKUP_VERSION,
        kdf,
        cipher: CIPHER.into(),
        nonce: seal::to_hex(&nonce),
        sealed: BASE64.encode(ciphertext),
    };
    to_json(&envelope)
}

/// The plain JSON inside a locked backup, once `passphrase` opens it.
fn decrypt(json: &str, passphrase: Option<&str>) -> Result<Zeroizing<Vec<u8>>> {
    let damaged = || bad(id::BACKUP_PROBLEM_DAMAGED);
    let envelope: LockedBackup = serde_json::from_str(json).map_err(|_| damaged())?;
    if envelope.format != LOCKED_BACKUP_FORMAT || envelope.cipher != CIPHER {
        return Err(damaged());
    }
    let nonce = seal::nonce_from_hex(&envelope.nonce).ok_or_else(damaged)?;
    let ciphertext = BASE64.decode(envelope.sealed.as_bytes()).map_err(|_| damaged())?;
    let passphrase = passphrase.ok_or(Error::BackupNeedsPassphrase)?;
    let sealed = Sealed { kdf: envelope.kdf, nonce, ciphertext };
    seal::open(&sealed, passphrase, LOCKED_BACKUP_CONTEXT).map_err(|e| match e {
        Unsealable::WrongPassphrase => Error::BackupWrongPassphrase,
        Unsealable::TooMuchWork => bad(id::BACKUP_PROBLEM_TOO_MUCH_WORK),
        Unsealable::Damaged => damaged(),
    })
}

/// Which kind of backup a file is, read from its `format` field alone.
#[derive(Deserialize)]
struct Kind {
    format: String,
    #[serde(default)]
    version: u32,
}

impl Journal {
    /// The whole journal as a [`Backup`].
    pub fn backup(&self) -> Result<Backup> {
        self.read(read_all)
    }

    /// The whole journal as one plain JSON document, whatever the lock. A
    /// file for the person to keep comes from [`Journal::backup_file`], which
    /// encrypts it when the lock is on.
    pub fn export_backup(&self) -> Result<String> {
        let backup = self.backup()?;
        serde_json::to_string(&backup).map_err(|_| bad(id::BACKUP_PROBLEM_NOT_WRITTEN))
    }

    /// The backup file to save: plain JSON with the lock off; with the lock
    /// on, sealed with `passphrase` ([`LockedBackup`]), once `passphrase` is
    /// shown to open this journal ([`Error::WrongPassphrase`] if not,
    /// [`Error::ExportNeedsPassphrase`] without one). With the lock off the
    /// passphrase is not used.
    pub fn backup_file(&self, passphrase: Option<&str>) -> Result<BackupFile> {
        let lock_on = self.lock_is_on();
        let passphrase = if lock_on {
            let passphrase = passphrase.ok_or(Error::ExportNeedsPassphrase)?;
            // Argon2id's work, before the journal is taken.
            crate::key_file::check_passphrase(&self.path, passphrase)?;
            Some(passphrase)
        } else {
            None
        };
        // The lock changes only while the journal is held: read both at once,
        // so a journal locked since the check above is never written out plain.
        let (mut json, lock_on_now) = self.read(|tx| {
            let json = Zeroizing::new(to_json(&read_all(tx)?)?);
            Ok((json, self.lock_is_on()))
        })?;
        let date = Local::now().date_naive();
        match passphrase {
            Some(passphrase) => Ok(BackupFile {
                name: format!("brim-backup-{date}-locked.json"),
                contents: encrypt(json.as_bytes(), passphrase)?,
                encrypted: true,
            }),
            None if lock_on_now => Err(Error::ExportNeedsPassphrase),
            None => Ok(BackupFile {
                name: format!("brim-backup-{date}.json"),
                contents: std::mem::take(&mut *json),
                encrypted: false,
            }),
        }
    }

    /// Writes [`Journal::backup_file`] into `dir` under its name (adding
    /// `-2`, `-3`… rather than overwriting an earlier one) and returns its
    /// path. The file appears whole or not at all.
    pub fn write_backup_file(&self, dir: &Path, passphrase: Option<&str>) -> Result<PathBuf> {
        let file = self.backup_file(passphrase)?;
        let cannot = |_| Error::invalid(id::ERROR_BACKUP_NOT_SAVED);
        std::fs::create_dir_all(dir).map_err(cannot)?;
        let (stem, extension) = file.name.rsplit_once('.').unwrap_or((&file.name, "json"));
        let path = (1..)
            .map(|n| dir.join(if n == 1 { file.name.clone() } else { format!("{stem}-{n}.{extension}") }))
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(&file.name));
        let partial = path.with_extension(format!("{extension}.part"));
        let mut out = std::fs::File::create(&partial).map_err(cannot)?;
        let written = out.write_all(file.contents.as_bytes()).and_then(|()| out.sync_all());
        if let Err(e) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(cannot(e));
        }
        std::fs::rename(&partial, &path).map_err(cannot)?;
        Ok(path)
    }

    /// Restores a backup file as it was saved: plain JSON, or a backup
    /// sealed with a passphrase (then `passphrase` must open it:
    /// [`Error::BackupNeedsPassphrase`] without one,
    /// [`Error::BackupWrongPassphrase`] for a wrong one). Merges as
    /// [`Journal::import`] does; nothing changes unless all of it goes in.
    pub fn restore_backup(&self, contents: &[u8], passphrase: Option<&str>) -> Result<ImportSummary> {
        if is_age(contents) {
            return Err(bad(id::BACKUP_PROBLEM_AGE));
        }
        let json = std::str::from_utf8(contents).map_err(|_| bad(id::BACKUP_PROBLEM_NOT_TEXT))?;
        // Read as a plain backup first, so a plain one is parsed once; only a
        // file that is not one (or names the locked format) is probed for its kind.
        let plain = match parse_backup(json) {
            Ok(backup) if backup.format != LOCKED_BACKUP_FORMAT => return self.import(&backup),
            plain => plain,
        };
        match serde_json::from_str::<Kind>(json) {
            Ok(kind) if kind.format == LOCKED_BACKUP_FORMAT => {
                if kind.version > LOCKED_BACKUP_VERSION {
                    return Err(bad(id::BACKUP_PROBLEM_NEWER));
                }
                let plain = decrypt(json, passphrase)?;
                let json = std::str::from_utf8(&plain).map_err(|_| bad(id::BACKUP_PROBLEM_NOT_JSON))?;
                self.import_backup(json)
            }
            _ => self.import(&plain?),
        }
    }

    /// Brings a plain JSON backup into this journal, as [`Journal::import`].
    pub fn import_backup(&self, json: &str) -> Result<ImportSummary> {
        self.import(&parse_backup(json)?)
    }

    /// Brings an already-read [`Backup`] into this journal, empty or not, in
    /// one transaction, after checking all of it.
    ///
    /// It only adds: an entry whose id the journal has is left as the
    /// journal has it, whatever the file says (so restoring one backup twice
    /// adds nothing the second time); an active skill named like one of the
    /// journal's active skills (letter case aside) is that skill, and the
    /// file's moments, ratings and recognitions of it join it; settings the
    /// journal has stay. A file that breaks a rule changes nothing.
    pub fn import(&self, backup: &Backup) -> Result<ImportSummary> {
        check(backup)?;
        self.write(|tx| {
            let summary = merge(tx, backup)?;
            crate::moment::index_for_search(tx)?;
            Ok(summary)
        })
    }
}

/// Reads a plain JSON backup; a file that is not one says why and where.
fn parse_backup(json: &str) -> Result<Backup> {
    serde_json::from_str(json)
        .map_err(|e| Error::InvalidBackup(Words::from(describe(&e)).with("line", e.line())))
}

/// What went wrong reading a backup, in plain words (never the content).
fn describe(e: &serde_json::Error) -> MessageId {
    match e.classify() {
        serde_json::error::Category::Io => id::BACKUP_PROBLEM_UNREADABLE,
        serde_json::error::Category::Syntax => id::BACKUP_PROBLEM_SYNTAX,
        serde_json::error::Category::Data => id::BACKUP_PROBLEM_MISSING_FIELD,
        serde_json::error::Category::Eof => id::BACKUP_PROBLEM_ENDS_EARLY,
    }
}
