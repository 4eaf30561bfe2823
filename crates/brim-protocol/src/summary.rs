//! The lead's view: the group summary (released now and then, noisy counts
//! only, small figures hidden) and the "open to roles" list; and the summary
//! contribution a share carries, the only input summaries are made from.

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

/// A count with privacy noise added ("about 12"), or `null` when it is under
/// `k` (or could be worked out from other figures) and is hidden.
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

/// Most areas one share's contribution may name (every area once).
pub const MAX_CONTRIBUTION_AREAS: usize = SummaryArea::ALL.len();

/// How a rating moved between two check-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum RatingChange {
    /// The later rating is higher.
    Up,
    /// The same.
    Same,
    /// The later rating is lower.
    Down,
}

/// What one share adds to the group summary, stated apart from its content
/// and shown in the preview ("This also counts in the group summary as:
/// People, 4"). The server makes summaries from these alone and never reads
/// share content for them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SummaryContribution {
    /// The skill areas it counts in, each at most once.
    #[cfg_attr(feature = "openapi", schema(max_items = 10))]
    pub areas: Vec<SummaryArea>,
    /// A rating from 1 to 5 (a check-in's average, or progress's latest rating).
    #[serde(default)]
    #[cfg_attr(feature = "openapi", schema(minimum = 1, maximum = 5))]
    pub rating: Option<u8>,
    /// How a rating moved (progress shares only).
    #[serde(default)]
    pub change: Option<RatingChange>,
}

impl SummaryContribution {
    /// Whether it adds nothing at all.
    pub fn is_empty(&self) -> bool {
        self.areas.is_empty() && self.rating.is_none() && self.change.is_none()
    }

    /// Check the bounds: at most every area once, a rating from 1 to 5.
    pub fn validate(&self) -> Result<(), crate::FieldError> {
        if self.areas.len() > MAX_CONTRIBUTION_AREAS {
            return Err(crate::FieldError {
                field: "contribution.areas",
                problem: format!(
                    "has {} entries; the most allowed is {MAX_CONTRIBUTION_AREAS}",
                    self.areas.len()
                ),
            });
        }
        for (i, a) in self.areas.iter().enumerate() {
            if self.areas[..i].contains(a) {
                return Err(crate::FieldError {
                    field: "contribution.areas",
                    problem: "names an area twice; name each area once".into(),
                });
            }
        }
        if let Some(r) = self.rating
            && !(1..=5).contains(&r)
        {
            return Err(crate::FieldError {
                field: "contribution.rating",
                problem: format!("is {r}; ratings go from 1 to 5"),
            });
        }
        Ok(())
    }
}

/// `GET /v1/summary` (leads only): the group's latest summary release. A
/// release is made at most once a period, only when at least `k` members'
/// contributions changed since the one before, and only while the group's
/// yearly privacy budget lasts; until the next one, every ask gets the
/// same bytes. Each figure has privacy noise added (it is "about" right),
/// and any figure under `k`, or that could be worked out from the others,
/// is hidden.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct LeadSummary {
    /// The server's threshold: figures under it are hidden.
    pub k: u32,
    /// About how many members have a share that counts in the summary.
    pub members_counted: Figure,
    /// About how many members counted in each skill area.
    pub skill_areas: Vec<AreaCount>,
    /// Members by the rating of their latest rated contribution (cells "1"
    /// to "5"); the total is members with a rating.
    pub check_in_ratings: Partition,
    /// Members by how their latest shared progress moved (cells "up",
    /// "same", "down"); the total is members who shared progress.
    pub check_in_change: Partition,
    /// Which release this is, what it cost, and when the next can come.
    pub release: ReleaseInfo,
}

/// About one summary release.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReleaseInfo {
    /// 1 for the group's first release, then 2, 3, …; 0 while there is none
    /// yet (every figure is then hidden).
    pub number: u32,
    /// When it was made (RFC 3339); `null` before the first.
    pub released_at: Option<String>,
    /// Its privacy cost (epsilon): how much one member's whole contribution
    /// can change the odds of what it shows (by at most e^epsilon).
    pub epsilon: f64,
    /// The group's shortest time between releases, in days.
    pub period_days: u32,
    /// The next release comes no earlier than this (RFC 3339), and only once
    /// at least `k` members' contributions have changed; `null` before the first.
    pub next_not_before: Option<String>,
    /// True when the year's privacy budget is what holds the next release back.
    pub waiting_for_budget: bool,
    /// The group's privacy budget for the year of this release.
    pub budget: PrivacyBudget,
}

/// A group's yearly privacy budget: the releases of one calendar year (UTC)
/// together cost at most `yearly_epsilon`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PrivacyBudget {
    /// The year (UTC).
    pub year: i32,
    /// The most the year's releases may cost together.
    pub yearly_epsilon: f64,
    /// What the year's releases have cost so far, this one included.
    pub spent_epsilon: f64,
    /// How many more releases the year's budget allows.
    pub releases_left: u32,
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
    /// They would like to help recruit (sit on interview panels).
    #[serde(default)]
    pub recruit: bool,
}

/// `GET /v1/open-to-roles?skill=…` (leads only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OpenToRolesList {
    /// Members open to roles (matching the skill, when one was given).
    pub members: Vec<OpenToRolesEntry>,
}
