//! Check-ins: every few months the person rates each skill from 1 to 5 with
//! plain anchors. Also the cadence (a setting, see [`crate::setting`]), when
//! the next one is due, and a draft (see [`crate::draft`]) so a check-in can
//! be left half-way and picked up later.

use crate::Tx;
use chrono::{DateTime, Local, Months, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use rusqlite::params;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::draft::{erase_draft, keep_draft, read_draft, remove_draft};
use crate::error::{Error, Result};
use crate::setting::{set_setting, setting};
use crate::words::{MessageId, id};
use crate::{Journal, new_id, now, skill, uuid_at, validate};

/// A rating of one skill in a new check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewRating {
    pub skill_id: Uuid,
    /// 1 "just starting" to 5 "I could teach this".
    pub rating: u8,
    #[serde(default)]
    pub note: String,
}

/// What a person gives to record a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewCheckIn {
    pub date: NaiveDate,
    #[serde(default)]
    pub note: String,
    pub ratings: Vec<NewRating>,
}

/// One skill's rating in a check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    pub skill_id: Uuid,
    pub skill_name: String,
    pub rating: u8,
    pub note: String,
}

/// A recorded check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckIn {
    pub id: Uuid,
    pub date: NaiveDate,
    pub note: String,
    pub ratings: Vec<Rating>,
    pub created_at: DateTime<Utc>,
}

/// A rating's plain label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RatingLabel {
    pub value: u8,
    pub label: String,
}

/// The five plain anchors, 1 to 5.
pub fn rating_labels() -> Vec<RatingLabel> {
    [id::RATING_1, id::RATING_2, id::RATING_3, id::RATING_4, id::RATING_5]
        .into_iter()
        .zip(1..)
        .map(|(label, value)| RatingLabel { value, label: label.to_string() })
        .collect()
}

/// How often check-ins come round.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, TS)]
#[ts(type = "1 | 3 | 6 | 12")]
pub enum Cadence {
    Monthly,
    #[default]
    Quarterly,
    HalfYearly,
    Yearly,
}

impl Cadence {
    /// The cadence as a number of months.
    pub fn months(self) -> u32 {
        match self {
            Cadence::Monthly => 1,
            Cadence::Quarterly => 3,
            Cadence::HalfYearly => 6,
            Cadence::Yearly => 12,
        }
    }

    /// 1, 3, 6 or 12 months.
    pub fn from_months(months: u32) -> Result<Cadence> {
        match months {
            1 => Ok(Cadence::Monthly),
            3 => Ok(Cadence::Quarterly),
            6 => Ok(Cadence::HalfYearly),
            12 => Ok(Cadence::Yearly),
            _ => Err(Error::invalid(id::ERROR_CADENCE)),
        }
    }
}

impl Serialize for Cadence {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_u32(self.months())
    }
}

impl<'de> Deserialize<'de> for Cadence {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        Cadence::from_months(u32::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

/// When the next check-in is due.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CheckInStatus {
    pub cadence_months: Cadence,
    pub last_check_in: Option<NaiveDate>,
    /// `None` before the first check-in.
    pub next_due: Option<NaiveDate>,
    /// True once the due date has come, or when there are skills and no check-in yet.
    pub is_due: bool,
    /// Days from today to `next_due` (0 or less when due).
    #[ts(type = "number | null")]
    pub days_until_due: Option<i64>,
}

const CADENCE_KEY: &str = "check_in_cadence_months";
const DRAFT_KEY: &str = "check_in_draft";
const REMINDED_KEY: &str = "check_in_reminded_for";

/// The words of every check-in reminder: neutral, so a notification on a
/// shared phone gives nothing away.
pub const CHECK_IN_REMINDER: MessageId = id::REMINDER_CHECK_IN;

/// The time of day a check-in reminder is scheduled for, on the phone's clock:
/// mid-morning, when most people are up and few are at work yet.
pub const CHECK_IN_REMINDER_TIME: NaiveTime = match NaiveTime::from_hms_opt(10, 0, 0) {
    Some(time) => time,
    None => panic!("10:00 is a time"),
};

/// When the phone should show the next check-in reminder, as of `now`: the due
/// day at [`CHECK_IN_REMINDER_TIME`]; if that has passed and this due check-in
/// was not reminded of yet, the next such time after `now`; otherwise none
/// (no check-in yet to count from, or already reminded). Asked again whenever
/// the answer may change (the app starts, a check-in is recorded, the cadence
/// changes), so a schedule made earlier is replaced, not added to.
fn reminder_at(status: &CheckInStatus, reminded: bool, now: NaiveDateTime) -> Option<NaiveDateTime> {
    let due = status.next_due?.and_time(CHECK_IN_REMINDER_TIME);
    if due > now {
        return Some(due);
    }
    if reminded {
        return None;
    }
    let today = now.date().and_time(CHECK_IN_REMINDER_TIME);
    Some(if today > now { today } else { today + chrono::Days::new(1) })
}

fn cadence(tx: &Tx<'_>) -> Result<Cadence> {
    let stored = setting(tx, CADENCE_KEY)?.and_then(|v| v.parse().ok());
    Ok(stored.and_then(|m| Cadence::from_months(m).ok()).unwrap_or_default())
}

pub(crate) fn status(tx: &Tx<'_>, today: NaiveDate) -> Result<CheckInStatus> {
    let cadence = cadence(tx)?;
    let last: Option<NaiveDate> = tx.query_row("SELECT max(date) FROM check_in", [], |r| r.get(0))?;
    let has_skills: bool =
        tx.query_row("SELECT EXISTS (SELECT 1 FROM skill WHERE archived = 0)", [], |r| r.get(0))?;
    let next_due = last.and_then(|d| d.checked_add_months(Months::new(cadence.months())));
    let days_until_due = next_due.map(|due| (due - today).num_days());
    Ok(CheckInStatus {
        cadence_months: cadence,
        last_check_in: last,
        next_due,
        is_due: match days_until_due {
            Some(days) => days <= 0,
            None => has_skills,
        },
        days_until_due,
    })
}

fn ratings_of(tx: &Tx<'_>, check_in_id: &str) -> Result<Vec<Rating>> {
    let mut stmt = tx.prepare_cached(
        "SELECT r.skill_id, s.name, r.rating, r.note FROM rating r JOIN skill s ON s.id = r.skill_id
         WHERE r.check_in_id = ?1 ORDER BY s.name COLLATE NOCASE, s.id",
    )?;
    let ratings = stmt
        .query_map([check_in_id], |r| {
            Ok(Rating { skill_id: uuid_at(r, 0)?, skill_name: r.get(1)?, rating: r.get(2)?, note: r.get(3)? })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(ratings)
}

fn check_ins(tx: &Tx<'_>, only: Option<Uuid>) -> Result<Vec<CheckIn>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, date, note, created_at FROM check_in WHERE ?1 IS NULL OR id = ?1 ORDER BY date, id",
    )?;
    let heads = stmt
        .query_map([only.map(|id| id.to_string())], |r| {
            Ok(CheckIn {
                id: uuid_at(r, 0)?,
                date: r.get(1)?,
                note: r.get(2)?,
                ratings: Vec::new(),
                created_at: r.get(3)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    heads
        .into_iter()
        .map(|mut c| {
            c.ratings = ratings_of(tx, &c.id.to_string())?;
            Ok(c)
        })
        .collect()
}

impl Journal {
    /// Records a check-in: at least one rating, each for a different active skill.
    pub fn record_check_in(&self, new: NewCheckIn) -> Result<CheckIn> {
        let date = validate::date(new.date)?;
        let note = validate::optional_text(&new.note, validate::MAX_NOTE_CHARS, id::ERROR_NOTE_TOO_LONG)?;
        if new.ratings.is_empty() {
            return Err(Error::invalid(id::ERROR_CHECK_IN_EMPTY));
        }
        self.write(|tx| {
            let id = new_id();
            tx.execute(
                "INSERT INTO check_in (id, date, note, created_at) VALUES (?1, ?2, ?3, ?4)",
                params![id.to_string(), date, note, now()],
            )?;
            let mut insert = tx.prepare_cached(
                "INSERT INTO rating (check_in_id, skill_id, rating, note) VALUES (?1, ?2, ?3, ?4)",
            )?;
            let mut seen = Vec::with_capacity(new.ratings.len());
            for r in &new.ratings {
                let rating = validate::rating(r.rating)?;
                let note =
                    validate::optional_text(&r.note, validate::MAX_NOTE_CHARS, id::ERROR_NOTE_TOO_LONG)?;
                skill::require_active(tx, &[r.skill_id])?;
                if seen.contains(&r.skill_id) {
                    return Err(Error::invalid(id::ERROR_CHECK_IN_RATED_TWICE));
                }
                seen.push(r.skill_id);
                insert.execute(params![id.to_string(), r.skill_id.to_string(), rating, note])?;
            }
            // A finished check-in replaces any half-done one.
            remove_draft(tx, DRAFT_KEY)?;
            check_ins(tx, Some(id))?.pop().ok_or(Error::NotFound(id::ERROR_NOT_FOUND_CHECK_IN))
        })
    }

    /// Every check-in, oldest first.
    pub fn check_ins(&self) -> Result<Vec<CheckIn>> {
        self.read(|tx| check_ins(tx, None))
    }

    /// How often check-ins come round (every 3 months unless changed).
    pub fn cadence(&self) -> Result<Cadence> {
        self.read(cadence)
    }

    /// Changes how often check-ins come round.
    pub fn set_cadence(&self, cadence: Cadence) -> Result<()> {
        self.write(|tx| set_setting(tx, CADENCE_KEY, &cadence.months().to_string()))
    }

    /// When the next check-in is due, as of today.
    pub fn check_in_status(&self) -> Result<CheckInStatus> {
        self.check_in_status_on(Local::now().date_naive())
    }

    /// When the next check-in is due, as of `today`.
    pub fn check_in_status_on(&self, today: NaiveDate) -> Result<CheckInStatus> {
        self.read(|tx| status(tx, today))
    }

    /// Whether to show a check-in reminder now: true once for each due
    /// check-in, and never again for the same one. The reminder's words are
    /// always [`CHECK_IN_REMINDER`], never anything from the journal.
    pub fn claim_check_in_reminder_on(&self, today: NaiveDate) -> Result<bool> {
        self.write(|tx| {
            let status = status(tx, today)?;
            if !status.is_due {
                return Ok(false);
            }
            let due = status.next_due.map_or_else(|| "first".to_owned(), |d| d.to_string());
            if setting(tx, REMINDED_KEY)?.as_deref() == Some(due.as_str()) {
                return Ok(false);
            }
            set_setting(tx, REMINDED_KEY, &due)?;
            Ok(true)
        })
    }

    /// When the phone should next remind the person of a check-in, on its own
    /// clock (`now` is local time): the due day at [`CHECK_IN_REMINDER_TIME`],
    /// or the next such time once that has passed and no reminder came yet.
    /// A phone schedules this with the system, so the reminder comes with Brim
    /// closed; the words are [`CHECK_IN_REMINDER`].
    pub fn next_check_in_reminder(&self, now: NaiveDateTime) -> Result<Option<NaiveDateTime>> {
        self.read(|tx| {
            let status = status(tx, now.date())?;
            let reminded = match status.next_due {
                Some(due) => setting(tx, REMINDED_KEY)?.as_deref() == Some(due.to_string().as_str()),
                None => true,
            };
            Ok(reminder_at(&status, reminded, now))
        })
    }

    /// The half-done check-in, if one was left.
    pub fn check_in_draft(&self) -> Result<Option<NewCheckIn>> {
        self.read(|tx| read_draft(tx, DRAFT_KEY))
    }

    /// Keeps a half-done check-in to finish later. Ratings are checked when it is recorded.
    pub fn save_check_in_draft(&self, draft: &NewCheckIn) -> Result<()> {
        self.write(|tx| keep_draft(tx, DRAFT_KEY, draft))
    }

    /// Throws away a half-done check-in.
    pub fn discard_check_in_draft(&self) -> Result<()> {
        self.write(|tx| erase_draft(tx, DRAFT_KEY))
    }
}
