//! Skills: a person's named strengths, each in an area, with the story of
//! where they learnt it. Skills are archived, never deleted, so the evidence
//! and ratings that point at them are never lost.

use crate::Tx;
use chrono::{DateTime, Utc};
use rusqlite::{OptionalExtension, Row, params};
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::area::Area;
use crate::error::{Error, Result};
use crate::words::id;
use crate::{Journal, new_id, now, prompts, uuid_at, validate};

/// A named strength.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Skill {
    pub id: Uuid,
    pub name: String,
    pub area: Area,
    /// Where the person learnt it or uses it, in their own words. May be empty.
    pub story: String,
    /// The library prompt it was added from, if any.
    pub prompt_id: Option<String>,
    pub archived: bool,
    /// How many moments show this skill.
    pub evidence_count: u32,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What a person gives to add a skill.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct NewSkill {
    pub name: String,
    /// Blank when the person has not picked one yet: adding the skill then
    /// says so after the name is checked ([`insert`]), in the same words as
    /// [`Area::parse`], rather than failing to read the request.
    #[serde(deserialize_with = "area_or_blank")]
    pub area: Area,
    #[serde(default)]
    pub story: String,
    #[serde(default)]
    pub prompt_id: Option<String>,
}

impl NewSkill {
    /// A skill with only a name and an area: no story yet, not from an idea.
    pub fn new(name: impl Into<String>, area: Area) -> Self {
        NewSkill { name: name.into(), area, story: String::new(), prompt_id: None }
    }
}

/// Changes to a skill; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillEdit {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub area: Option<Area>,
    #[serde(default)]
    pub story: Option<String>,
}

/// The order of a skills list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SkillOrder {
    /// Grouped by area (built-in areas in their usual order, own areas after), then by name.
    #[default]
    ByArea,
    /// Most evidence first, then by name.
    ByEvidence,
    /// Alphabetical.
    ByName,
}

/// Which skills to list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SkillQuery {
    /// Only this area.
    #[serde(default)]
    pub area: Option<Area>,
    /// Include archived skills too.
    #[serde(default)]
    pub include_archived: bool,
    #[serde(default)]
    pub order: SkillOrder,
}

const SKILL_COLUMNS: &str = "s.id, s.name, s.area, s.story, s.prompt_id, s.archived, s.created_at, s.updated_at, coalesce(e.moments, 0)";

/// Skills (`s`) with their moment counts (`e`). The counts are kept per
/// quarter first (migration 0006), so the totals come from one pass over
/// them (a few thousand rows at most), not one pass per skill; `evidence`
/// adds the moments whose links still wait in their rows (0008).
const SKILLS_WITH_EVIDENCE: &str = "skill s LEFT JOIN
     (SELECT skill_seq, sum(moments) AS moments FROM evidence GROUP BY skill_seq) e
     ON e.skill_seq = s.seq";

fn skill_from_row(row: &Row<'_>) -> rusqlite::Result<Skill> {
    Ok(Skill {
        id: uuid_at(row, 0)?,
        name: row.get(1)?,
        area: Area::stored(row.get(2)?),
        story: row.get(3)?,
        prompt_id: row.get(4)?,
        archived: row.get(5)?,
        created_at: row.get(6)?,
        updated_at: row.get(7)?,
        evidence_count: row.get(8)?,
    })
}

pub(crate) fn get(tx: &Tx<'_>, id: Uuid) -> Result<Skill> {
    let sql = format!("SELECT {SKILL_COLUMNS} FROM {SKILLS_WITH_EVIDENCE} WHERE s.id = ?1");
    tx.one(&sql, id, skill_from_row, id::ERROR_NOT_FOUND_SKILL)
}

/// Fails unless every id is a skill that is not archived.
pub(crate) fn require_active(tx: &Tx<'_>, ids: &[Uuid]) -> Result<()> {
    let mut stmt = tx.prepare_cached("SELECT archived FROM skill WHERE id = ?1")?;
    for id in ids {
        let archived: Option<bool> = stmt.query_row([id.to_string()], |r| r.get(0)).optional()?;
        match archived {
            None => return Err(Error::NotFound(id::ERROR_NOT_FOUND_SKILL)),
            Some(true) => return Err(Error::SkillArchived),
            Some(false) => {}
        }
    }
    Ok(())
}

fn refuse_duplicate_name(tx: &Tx<'_>, name: &str, except: Option<Uuid>) -> Result<()> {
    let clash: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM skill WHERE name = ?1 COLLATE NOCASE AND archived = 0 AND id IS NOT ?2)",
        params![name, except.map(|id| id.to_string())],
        |r| r.get(0),
    )?;
    if clash {
        return Err(Error::invalid(id::ERROR_SKILL_NAME_TAKEN));
    }
    Ok(())
}

/// An area as [`Area`] reads it, but a blank one (nothing picked yet) reads
/// as an empty area of one's own, for [`insert`] to refuse in plain words.
fn area_or_blank<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Area, D::Error> {
    let text = String::deserialize(d)?;
    if text.trim().is_empty() {
        return Ok(Area::Own(String::new()));
    }
    Area::parse(&text).map_err(serde::de::Error::custom)
}

/// Inserts a validated new skill inside `tx`.
pub(crate) fn insert(tx: &Tx<'_>, new: NewSkill) -> Result<Skill> {
    let name = validate::name(&new.name, id::ERROR_SKILL_NAME_EMPTY)?;
    // The area must be the person's choice; Area::parse says so in these words too.
    let new = NewSkill { area: Area::parse(new.area.as_str())?, ..new };
    let story = validate::optional_text(&new.story, validate::MAX_STORY_CHARS, id::ERROR_STORY_TOO_LONG)?;
    if new.prompt_id.as_deref().is_some_and(|id| prompts::skill_prompt(id).is_none()) {
        return Err(Error::NotFound(id::ERROR_NOT_FOUND_SKILL_IDEA));
    }
    refuse_duplicate_name(tx, &name, None)?;
    let id = new_id();
    let at = now();
    tx.execute(
        "INSERT INTO skill (id, name, area, story, prompt_id, archived, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6)",
        params![id.to_string(), name, new.area.as_str(), story, new.prompt_id, at],
    )?;
    get(tx, id)
}

/// Skills matching `query`, inside `tx`.
pub(crate) fn list(tx: &Tx<'_>, query: &SkillQuery) -> Result<Vec<Skill>> {
    let order = match query.order {
        SkillOrder::ByEvidence => "9 DESC, s.name COLLATE NOCASE",
        SkillOrder::ByName | SkillOrder::ByArea => "s.name COLLATE NOCASE",
    };
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {SKILL_COLUMNS} FROM {SKILLS_WITH_EVIDENCE}
         WHERE (?1 OR s.archived = 0) AND (?2 IS NULL OR s.area = ?2)
         ORDER BY {order}, s.id"
    ))?;
    let area = query.area.as_ref().map(Area::as_str);
    let mut skills = stmt
        .query_map(params![query.include_archived, area], skill_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if query.order == SkillOrder::ByArea {
        // Built-in areas sort in their enum order, own areas after them by name; stable within.
        skills.sort_by(|a, b| a.area.cmp(&b.area));
    }
    Ok(skills)
}

impl Journal {
    /// Adds a skill of the person's own.
    pub fn add_skill(&self, new: NewSkill) -> Result<Skill> {
        self.write(|tx| insert(tx, new))
    }

    /// Adds a skill from the bundled library, remembering which prompt it came from.
    pub fn add_skill_from_prompt(&self, prompt_id: &str, story: &str) -> Result<Skill> {
        let prompt =
            prompts::skill_prompt(prompt_id).ok_or(Error::NotFound(id::ERROR_NOT_FOUND_SKILL_IDEA))?;
        let new = NewSkill {
            name: prompt.name.clone(),
            area: prompt.area.clone(),
            story: story.to_owned(),
            prompt_id: Some(prompt.id.clone()),
        };
        self.write(|tx| insert(tx, new))
    }

    /// One skill, archived or not.
    pub fn skill(&self, id: Uuid) -> Result<Skill> {
        self.read(|tx| get(tx, id))
    }

    /// Skills matching `query`.
    pub fn skills(&self, query: &SkillQuery) -> Result<Vec<Skill>> {
        self.read(|tx| list(tx, query))
    }

    /// Changes a skill's name, area and/or story.
    pub fn edit_skill(&self, id: Uuid, edit: SkillEdit) -> Result<Skill> {
        self.write(|tx| {
            let current = get(tx, id)?;
            let name = match &edit.name {
                Some(name) => {
                    let name = validate::name(name, id::ERROR_SKILL_NAME_EMPTY)?;
                    refuse_duplicate_name(tx, &name, Some(id))?;
                    name
                }
                None => current.name,
            };
            let story = match &edit.story {
                Some(story) => {
                    validate::optional_text(story, validate::MAX_STORY_CHARS, id::ERROR_STORY_TOO_LONG)?
                }
                None => current.story,
            };
            let area = edit.area.unwrap_or(current.area);
            tx.execute(
                "UPDATE skill SET name = ?2, area = ?3, story = ?4, updated_at = ?5 WHERE id = ?1",
                params![id.to_string(), name, area.as_str(), story, now()],
            )?;
            get(tx, id)
        })
    }

    /// Renames a skill.
    pub fn rename_skill(&self, id: Uuid, name: &str) -> Result<Skill> {
        self.edit_skill(id, SkillEdit { name: Some(name.to_owned()), ..SkillEdit::default() })
    }

    /// Moves a skill to another area.
    pub fn set_skill_area(&self, id: Uuid, area: Area) -> Result<Skill> {
        self.edit_skill(id, SkillEdit { area: Some(area), ..SkillEdit::default() })
    }

    /// Replaces the story behind a skill.
    pub fn set_skill_story(&self, id: Uuid, story: &str) -> Result<Skill> {
        self.edit_skill(id, SkillEdit { story: Some(story.to_owned()), ..SkillEdit::default() })
    }

    /// Puts a skill away: it leaves lists and check-ins, keeps its evidence and history.
    pub fn archive_skill(&self, id: Uuid) -> Result<Skill> {
        self.set_archived(id, true)
    }

    /// Brings an archived skill back.
    pub fn unarchive_skill(&self, id: Uuid) -> Result<Skill> {
        self.set_archived(id, false)
    }

    fn set_archived(&self, id: Uuid, archived: bool) -> Result<Skill> {
        self.write(|tx| {
            let current = get(tx, id)?;
            if !archived && current.archived {
                refuse_duplicate_name(tx, &current.name, Some(id))?;
            }
            tx.execute(
                "UPDATE skill SET archived = ?2, updated_at = ?3 WHERE id = ?1",
                params![id.to_string(), archived, now()],
            )?;
            get(tx, id)
        })
    }
}
