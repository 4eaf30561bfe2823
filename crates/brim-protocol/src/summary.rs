//! The lead's view: the group summary (counts only, small figures hidden)
//! and the "open to roles" list.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// A count, or `null` when it comes from fewer than `k` members (or could be
/// worked out from other figures) and is hidden to protect privacy.
pub type Figure = Option<u32>;

/// The nine standard skill areas, and "own" for areas a person named themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SummaryArea {
    /// People.
    People,
    /// Organising.
    Organising,
    /// Practical.
    Practical,
    /// Creative.
    Creative,
    /// Resilience.
    Resilience,
    /// Money.
    Money,
    /// Caring.
    Caring,
    /// Speaking up.
    SpeakingUp,
    /// Learning.
    Learning,
    /// Any area a person named themselves (never shown by name).
    Own,
}

impl SummaryArea {
    /// Every area, in display order.
    pub const ALL: [SummaryArea; 10] = [
        Self::People,
        Self::Organising,
        Self::Practical,
        Self::Creative,
        Self::Resilience,
        Self::Money,
        Self::Caring,
        Self::SpeakingUp,
        Self::Learning,
        Self::Own,
    ];

    /// Map an area name from a share to a summary area (free text never passes).
    pub fn from_name(name: &str) -> Self {
        let n: String = name.trim().to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect();
        match n.as_str() {
            "people" => Self::People,
            "organising" | "organizing" => Self::Organising,
            "practical" => Self::Practical,
            "creative" => Self::Creative,
            "resilience" => Self::Resilience,
            "money" => Self::Money,
            "caring" => Self::Caring,
            "speakingup" => Self::SpeakingUp,
            "learning" => Self::Learning,
            _ => Self::Own,
        }
    }
}

/// `GET /v1/summary` (leads only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadSummary {
    /// The server's threshold: figures from fewer members are hidden.
    pub k: u32,
    /// Members with at least one share counted in the summary.
    pub members_counted: Figure,
    /// Members who shared anything in each skill area.
    pub skill_areas: Vec<AreaCount>,
    /// Members by the average rating of their latest shared check-in
    /// (cells "1" to "5"); the total is members with a shared check-in.
    pub check_in_ratings: Partition,
    /// Members with two or more shared check-ins, by how their average
    /// rating changed from the first to the latest (cells "up", "same", "down").
    pub check_in_change: Partition,
}

/// Members counted in one skill area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AreaCount {
    /// The area.
    pub area: SummaryArea,
    /// How many members.
    pub members: Figure,
}

/// Members split into cells that add up to `total`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Partition {
    /// All members in the partition.
    pub total: Figure,
    /// The cells, in display order.
    pub cells: Vec<PartitionCell>,
}

/// One cell of a [`Partition`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PartitionCell {
    /// A fixed label ("1".."5", or "up", "same", "down"); never free text.
    pub label: String,
    /// How many members.
    pub members: Figure,
}

/// One member who opted in to "open to roles".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenToRolesEntry {
    /// The member.
    pub member_id: Uuid,
    /// Their display name.
    pub display_name: String,
    /// The skills they would like to be found by.
    pub skills: Vec<String>,
}

/// `GET /v1/open-to-roles?skill=…` (leads only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenToRolesList {
    /// Members open to roles (matching the skill, when one was given).
    pub members: Vec<OpenToRolesEntry>,
}
