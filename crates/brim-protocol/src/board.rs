//! The group's board: what every member of a group may see of the group
//! itself, whatever anyone shared. Who is in it (so anyone can notice
//! anyone's skill, not only those who shared something) and the
//! co-production opportunities the lead has posted: an interview panel, peer
//! research, speaking at a meeting, shaping a service.
//!
//! The board changes rarely, so a device does not fetch it on every sync:
//! each sync answer carries the board's version ([`crate::SyncResponse::board`])
//! and the device fetches `GET /v1/board` only when that moved.
//!
//! A member answers an opportunity by sharing with the lead, through the usual
//! preview and take-back ([`crate::ShareContent::Answer`]); the board itself
//! never holds anything a member wrote.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use crate::lead::GroupMember;
use crate::limits::{MAX_LABEL_CHARS, MAX_OPEN_SKILLS, MAX_TEXT_CHARS};
use crate::share::{FieldError, check_date, check_text};

/// The most opportunities open at once in one group.
pub const MAX_OPEN_OPPORTUNITIES: usize = 50;

/// `GET /v1/board`: everyone in the caller's group and the open opportunities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct GroupBoard {
    /// Moves whenever someone joins, leaves, is removed or changes role, and
    /// whenever an opportunity is posted or taken down; the same number as
    /// [`crate::SyncResponse::board`].
    #[ts(type = "number")]
    pub version: u64,
    /// Everyone in the group, in the order they joined.
    pub members: Vec<GroupMember>,
    /// Opportunities whose closing day has not passed, soonest closing first.
    pub opportunities: Vec<Opportunity>,
}

/// A co-production opportunity the group's lead posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Opportunity {
    /// Its id.
    pub opportunity_id: Uuid,
    /// What it is, e.g. "Interview panel for a new support worker".
    pub title: String,
    /// More about it: when, where, what it involves.
    pub about: Option<String>,
    /// The skills it needs, in the lead's words.
    pub skills: Vec<String>,
    /// The last day to answer (`YYYY-MM-DD`).
    pub closes_on: String,
    /// When it was posted (RFC 3339).
    pub posted_at: String,
}

/// `POST /v1/opportunities` (the lead only): post an opportunity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PostOpportunityRequest {
    /// What it is (up to 200 characters).
    #[cfg_attr(feature = "openapi", schema(min_length = 1, max_length = 200))]
    pub title: String,
    /// More about it (up to 4,000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    #[cfg_attr(feature = "openapi", schema(max_length = 4000))]
    pub about: Option<String>,
    /// The skills it needs (up to 50, each up to 200 characters).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(max_items = 50))]
    pub skills: Vec<String>,
    /// The last day to answer (`YYYY-MM-DD`), today or later.
    pub closes_on: String,
}

impl PostOpportunityRequest {
    /// Check every field against the limits in [`crate::limits`]; whether the
    /// closing day has passed is the server's to say (it knows the date).
    pub fn validate(&self) -> Result<(), FieldError> {
        check_text("title", &self.title, MAX_LABEL_CHARS, true)?;
        if let Some(about) = &self.about {
            check_text("about", about, MAX_TEXT_CHARS, false)?;
        }
        if self.skills.len() > MAX_OPEN_SKILLS {
            return Err(FieldError {
                field: "skills",
                problem: format!("has {} entries; the most allowed is {MAX_OPEN_SKILLS}", self.skills.len()),
            });
        }
        for s in &self.skills {
            check_text("skills", s, MAX_LABEL_CHARS, true)?;
        }
        check_date("closes_on", &self.closes_on)
    }
}
