//! Recognitions: someone noticed a skill in the person ("my support worker
//! said I'm good at …"). The person accepts one into their journal — as a
//! moment of evidence on an existing or new skill — or dismisses it.

use crate::Tx;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::moment::{self, MomentKind, NewMoment};
use crate::skill::{self, NewSkill};
use crate::words::id;
use crate::{Journal, new_id, now, uuid_at, validate};

/// Where a recognition stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RecognitionStatus {
    Pending,
    Accepted,
    Dismissed,
}

impl RecognitionStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            RecognitionStatus::Pending => "pending",
            RecognitionStatus::Accepted => "accepted",
            RecognitionStatus::Dismissed => "dismissed",
        }
    }

    pub(crate) fn parse(text: &str) -> RecognitionStatus {
        match text {
            "accepted" => RecognitionStatus::Accepted,
            "dismissed" => RecognitionStatus::Dismissed,
            _ => RecognitionStatus::Pending,
        }
    }
}

/// What someone noticed, as the person writes it down.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewRecognition {
    /// Who noticed ("my support worker", "Sam").
    pub from: String,
    /// What they noticed ("you're good at calming people down").
    pub text: String,
    pub received_on: NaiveDate,
}

/// A recognition received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Recognition {
    pub id: Uuid,
    pub from: String,
    pub text: String,
    pub received_on: NaiveDate,
    pub status: RecognitionStatus,
    /// The skill it was accepted into.
    pub skill_id: Option<Uuid>,
    /// The moment that keeps it as evidence.
    pub moment_id: Option<Uuid>,
    pub created_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
}

/// Where an accepted recognition goes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AcceptAs {
    /// As evidence for a skill already in the journal.
    #[serde(rename_all = "camelCase")]
    Skill { skill_id: Uuid },
    /// As the first evidence for a new skill.
    NewSkill(NewSkill),
}

pub(crate) const RECOGNITION_COLUMNS: &str =
    "id, from_name, text, received_on, status, skill_id, moment_id, created_at, decided_at";

pub(crate) fn recognition_from_row(row: &Row<'_>) -> rusqlite::Result<Recognition> {
    let optional_uuid = |idx| -> rusqlite::Result<Option<Uuid>> {
        let text: Option<String> = row.get(idx)?;
        Ok(text.and_then(|t| Uuid::parse_str(&t).ok()))
    };
    let status: String = row.get(4)?;
    Ok(Recognition {
        id: uuid_at(row, 0)?,
        from: row.get(1)?,
        text: row.get(2)?,
        received_on: row.get(3)?,
        status: RecognitionStatus::parse(&status),
        skill_id: optional_uuid(5)?,
        moment_id: optional_uuid(6)?,
        created_at: row.get(7)?,
        decided_at: row.get(8)?,
    })
}

fn get(tx: &Tx<'_>, id: Uuid) -> Result<Recognition> {
    let sql = format!("SELECT {RECOGNITION_COLUMNS} FROM recognition WHERE id = ?1");
    tx.one(&sql, id, recognition_from_row, id::ERROR_NOT_FOUND_RECOGNITION)
}

fn pending(tx: &Tx<'_>, id: Uuid) -> Result<Recognition> {
    let recognition = get(tx, id)?;
    if recognition.status != RecognitionStatus::Pending {
        return Err(Error::invalid(id::ERROR_ALREADY_DECIDED));
    }
    Ok(recognition)
}

impl Journal {
    /// Writes down a recognition someone gave.
    pub fn add_recognition(&self, new: NewRecognition) -> Result<Recognition> {
        let from = validate::name(&new.from, id::ERROR_NOTICER_NAME_EMPTY)?;
        let text = validate::required_text(
            &new.text,
            validate::MAX_NOTE_CHARS,
            id::ERROR_RECOGNITION_TOO_LONG,
            id::ERROR_NOTICED_EMPTY,
        )?;
        let received_on = validate::date(new.received_on)?;
        self.write(|tx| {
            let id = new_id();
            tx.execute(
                "INSERT INTO recognition (id, from_name, text, received_on, status, created_at)
                 VALUES (?1, ?2, ?3, ?4, 'pending', ?5)",
                params![id.to_string(), from, text, received_on, now()],
            )?;
            get(tx, id)
        })
    }

    /// Every recognition, newest first.
    pub fn recognitions(&self) -> Result<Vec<Recognition>> {
        self.read(|tx| {
            tx.all(
                &format!("SELECT {RECOGNITION_COLUMNS} FROM recognition ORDER BY received_on DESC, id DESC"),
                [],
                recognition_from_row,
            )
        })
    }

    /// Accepts a recognition: it becomes a moment of evidence for a skill.
    pub fn accept_recognition(&self, id: Uuid, accept: AcceptAs) -> Result<Recognition> {
        self.write(|tx| {
            let recognition = pending(tx, id)?;
            let skill_id = match accept {
                AcceptAs::Skill { skill_id } => skill::get(tx, skill_id)?.id,
                AcceptAs::NewSkill(new) => skill::insert(tx, new)?.id,
            };
            let evidence = NewMoment {
                date: recognition.received_on,
                text: format!("{} noticed: {}", recognition.from, recognition.text),
                skill_ids: vec![skill_id],
            };
            let moment = moment::insert(tx, MomentKind::Recognition, evidence)?;
            tx.execute(
                "UPDATE recognition SET status = 'accepted', skill_id = ?2, moment_id = ?3, decided_at = ?4 WHERE id = ?1",
                params![id.to_string(), skill_id.to_string(), moment.id.to_string(), now()],
            )?;
            get(tx, id)
        })
    }

    /// Sets a recognition aside. It stays in the list, marked dismissed.
    pub fn dismiss_recognition(&self, id: Uuid) -> Result<Recognition> {
        self.write(|tx| {
            pending(tx, id)?;
            tx.execute(
                "UPDATE recognition SET status = 'dismissed', decided_at = ?2 WHERE id = ?1",
                params![id.to_string(), now()],
            )?;
            get(tx, id)
        })
    }
}
