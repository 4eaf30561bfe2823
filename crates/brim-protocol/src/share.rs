//! Shares: a snapshot of one chosen item, sent to one audience, and the
//! field checks both sides run on it.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::join::Role;
use crate::limits::{MAX_ITEMS_PER_SHARE, MAX_LABEL_CHARS, MAX_TEXT_CHARS};

/// Who may see a share. Every audience is counted in the lead's summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Counted anonymously in the lead's summary; never shown as the member's.
    SummaryOnly,
    /// The lead.
    Lead,
    /// Peer supporters and the lead.
    PeerSupportersAndLead,
    /// Everyone in the group.
    WholeGroup,
}

impl Audience {
    /// The wire name, also used as the stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::SummaryOnly => "summary_only",
            Audience::Lead => "lead",
            Audience::PeerSupportersAndLead => "peer_supporters_and_lead",
            Audience::WholeGroup => "whole_group",
        }
    }

    /// Parse the stored value back.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::SummaryOnly, Self::Lead, Self::PeerSupportersAndLead, Self::WholeGroup]
            .into_iter()
            .find(|a| a.as_str() == s)
    }

    /// Whether a reader with `role` sees items shared with this audience
    /// (the owner always sees their own).
    pub fn visible_to(self, role: Role) -> bool {
        match self {
            Audience::SummaryOnly => false,
            Audience::Lead => role == Role::Lead,
            Audience::PeerSupportersAndLead => matches!(role, Role::Lead | Role::PeerSupporter),
            Audience::WholeGroup => true,
        }
    }
}

/// A skill named inside a share.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SkillRef {
    /// The skill's name.
    pub name: String,
    /// Its area: one of the nine standard areas, or the person's own.
    pub area: String,
}

/// One rating inside a shared check-in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CheckInRating {
    /// The skill rated.
    pub skill: SkillRef,
    /// 1 "just starting" to 5 "I could teach this".
    pub rating: u8,
}

/// What was shared: a snapshot, never a live link to the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ShareContent {
    /// A skill, with or without its story.
    Skill {
        /// The skill.
        skill: SkillRef,
        /// Where the person learnt or uses it, if they chose to include it.
        story: Option<String>,
    },
    /// A check-in's ratings for the skills the person chose.
    CheckIn {
        /// The day of the check-in (`YYYY-MM-DD`).
        taken_on: String,
        /// The chosen ratings.
        ratings: Vec<CheckInRating>,
    },
    /// A moment and the skills it showed.
    Moment {
        /// The day it happened (`YYYY-MM-DD`).
        happened_on: String,
        /// What happened.
        text: String,
        /// The skills it showed.
        skills: Vec<SkillRef>,
    },
    /// An answer to an opportunity the group's lead posted ([`crate::Opportunity`]):
    /// the skills the person offers for it. Shared with the lead only.
    Answer {
        /// The opportunity answered.
        opportunity_id: Uuid,
        /// Its title when they answered, so the answer reads on its own.
        title: String,
        /// The skills offered, each with its story if the person included it.
        skills: Vec<OfferedSkill>,
        /// A few words of their own, if any.
        note: Option<String>,
    },
    /// Progress in one skill, e.g. "confidence in listening: 2 → 4 since March".
    Progress {
        /// The skill.
        skill: SkillRef,
        /// The earlier rating.
        from_rating: u8,
        /// The later rating.
        to_rating: u8,
        /// Since when (`YYYY-MM-DD`).
        since: String,
    },
}

/// A skill offered in an answer, with its story if the person included it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OfferedSkill {
    /// The skill.
    pub skill: SkillRef,
    /// Where the person learnt or uses it, if they chose to include it.
    pub story: Option<String>,
}

/// A field that breaks a limit, named so the person can fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field at fault.
    pub field: &'static str,
    /// What is wrong, in plain words.
    pub problem: String,
}

impl std::fmt::Display for FieldError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.problem)
    }
}

pub(crate) fn check_text(
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> Result<(), FieldError> {
    if required && value.trim().is_empty() {
        return Err(FieldError { field, problem: "please fill this in".into() });
    }
    // Valid JSON (`\u0000`), but no database stores it in text, and no person types it.
    if value.contains('\0') {
        return Err(FieldError { field, problem: "has a NUL character; remove it".into() });
    }
    let len = value.chars().count();
    if len > max {
        return Err(FieldError {
            field,
            problem: format!("is {len} characters long; the most allowed is {max}"),
        });
    }
    Ok(())
}

fn check_rating(field: &'static str, rating: u8) -> Result<(), FieldError> {
    if (1..=5).contains(&rating) {
        Ok(())
    } else {
        Err(FieldError { field, problem: format!("is {rating}; ratings go from 1 to 5") })
    }
}

pub(crate) fn check_date(field: &'static str, value: &str) -> Result<(), FieldError> {
    if chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok() {
        Ok(())
    } else {
        Err(FieldError { field, problem: "should be a date like 2026-03-31".into() })
    }
}

fn check_count(field: &'static str, n: usize) -> Result<(), FieldError> {
    if n > MAX_ITEMS_PER_SHARE {
        Err(FieldError {
            field,
            problem: format!("has {n} entries; the most allowed is {MAX_ITEMS_PER_SHARE}"),
        })
    } else {
        Ok(())
    }
}

/// As [`check_count`], and at least one entry; `none` says what to do when there is none.
fn check_at_least_one(field: &'static str, n: usize, none: &str) -> Result<(), FieldError> {
    check_count(field, n)?;
    if n == 0 {
        return Err(FieldError { field, problem: none.into() });
    }
    Ok(())
}

impl SkillRef {
    fn validate(&self) -> Result<(), FieldError> {
        check_text("skill.name", &self.name, MAX_LABEL_CHARS, true)?;
        check_text("skill.area", &self.area, MAX_LABEL_CHARS, true)
    }
}

impl ShareContent {
    /// Check every field against the limits in [`crate::limits`].
    pub fn validate(&self) -> Result<(), FieldError> {
        match self {
            ShareContent::Skill { skill, story } => {
                skill.validate()?;
                if let Some(story) = story {
                    check_text("story", story, MAX_TEXT_CHARS, false)?;
                }
            }
            ShareContent::CheckIn { taken_on, ratings } => {
                check_date("taken_on", taken_on)?;
                check_at_least_one("ratings", ratings.len(), "choose at least one rating to share")?;
                for r in ratings {
                    r.skill.validate()?;
                    check_rating("rating", r.rating)?;
                }
            }
            ShareContent::Moment { happened_on, text, skills } => {
                check_date("happened_on", happened_on)?;
                check_text("text", text, MAX_TEXT_CHARS, true)?;
                check_count("skills", skills.len())?;
                for s in skills {
                    s.validate()?;
                }
            }
            ShareContent::Answer { title, skills, note, .. } => {
                check_text("title", title, MAX_LABEL_CHARS, true)?;
                check_at_least_one("skills", skills.len(), "choose at least one skill to offer")?;
                for s in skills {
                    s.skill.validate()?;
                    if let Some(story) = &s.story {
                        check_text("story", story, MAX_TEXT_CHARS, false)?;
                    }
                }
                if let Some(note) = note {
                    check_text("note", note, MAX_TEXT_CHARS, false)?;
                }
            }
            ShareContent::Progress { skill, from_rating, to_rating, since } => {
                skill.validate()?;
                check_rating("from_rating", *from_rating)?;
                check_rating("to_rating", *to_rating)?;
                check_date("since", since)?;
            }
        }
        Ok(())
    }
}

/// A live share as a reader sees it in their feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SharedItem {
    /// The share's id (chosen by the owner's device).
    pub share_id: Uuid,
    /// Who shared it.
    pub owner_member_id: Uuid,
    /// The owner's display name.
    pub owner_display_name: String,
    /// Who may see it.
    pub audience: Audience,
    /// The owner's version counter; higher wins.
    #[ts(type = "number")]
    pub version: u64,
    /// The snapshot.
    pub content: ShareContent,
    /// When the server last accepted a change to it (RFC 3339).
    pub updated_at: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(name: &str) -> SkillRef {
        SkillRef { name: name.into(), area: "people".into() }
    }

    fn check_in(ratings: usize) -> ShareContent {
        let rating = CheckInRating { skill: skill("Listening"), rating: 4 };
        ShareContent::CheckIn { taken_on: "2026-11-30".into(), ratings: vec![rating; ratings] }
    }

    fn answer(skills: usize) -> ShareContent {
        let offered = OfferedSkill { skill: skill("Listening"), story: None };
        ShareContent::Answer {
            opportunity_id: Uuid::nil(),
            title: "Interview panel".into(),
            skills: vec![offered; skills],
            note: None,
        }
    }

    #[test]
    fn a_check_in_or_an_answer_needs_at_least_one_entry_and_no_more_than_the_most() {
        for (content, field, none) in [
            (check_in as fn(usize) -> ShareContent, "ratings", "choose at least one rating to share"),
            (answer, "skills", "choose at least one skill to offer"),
        ] {
            assert_eq!(content(1).validate(), Ok(()), "{field}");
            assert_eq!(content(MAX_ITEMS_PER_SHARE).validate(), Ok(()), "{field}");
            assert_eq!(content(0).validate(), Err(FieldError { field, problem: none.into() }));
            let too_many = content(MAX_ITEMS_PER_SHARE + 1).validate().unwrap_err();
            assert_eq!(too_many.field, field);
            assert!(too_many.problem.contains("the most allowed"), "{}", too_many.problem);
        }
    }
}
