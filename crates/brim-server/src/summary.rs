//! The lead's summary and the "open to roles" list. Only counts of members
//! leave this module, never free text; any count from fewer than `k`
//! members is hidden, and so is a second figure wherever one hidden figure
//! could otherwise be worked out from a total (complementary suppression).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use brim_protocol::{
    AreaCount, Figure, LeadSummary, OpenToRolesEntry, OpenToRolesList, Partition, PartitionCell, Role,
    ShareContent, SummaryArea,
};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::membership::authenticate;
use crate::store::queries as q;
use crate::store::{Conn, Job};

/// The smallest threshold the server will run with.
pub const MIN_K: u32 = 3;
/// The threshold when none is set.
pub const DEFAULT_K: u32 = 5;

/// Hide a count from fewer than `k` members.
fn primary(count: u32, k: u32) -> Figure {
    (count >= k).then_some(count)
}

/// Cells that add up to a published total. Hide every cell under `k`; then,
/// while the hidden cells could be worked out (only one hidden, or together
/// fewer than `k`), hide the smallest shown cell too. A total under `k`
/// hides everything.
pub fn suppress_partition(labels: &[&str], counts: &[u32], k: u32) -> Partition {
    let total: u32 = counts.iter().sum();
    if total < k {
        return Partition {
            total: None,
            cells: labels.iter().map(|l| PartitionCell { label: (*l).to_owned(), members: None }).collect(),
        };
    }
    let mut hidden: Vec<bool> = counts.iter().map(|&c| c < k).collect();
    loop {
        let n_hidden = hidden.iter().filter(|h| **h).count();
        let hidden_sum: u32 = counts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(c, _)| c).sum();
        if n_hidden == 0 || (n_hidden >= 2 && hidden_sum >= k) {
            break;
        }
        let next =
            counts.iter().enumerate().filter(|(i, _)| !hidden[*i]).min_by_key(|(_, c)| **c).map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => break, // every cell hidden; the total alone reveals none
        }
    }
    Partition {
        total: Some(total),
        cells: labels
            .iter()
            .zip(counts)
            .zip(&hidden)
            .map(|((l, c), h)| PartitionCell {
                label: (*l).to_owned(),
                members: if *h { None } else { Some(*c) },
            })
            .collect(),
    }
}

fn content_areas(content: &ShareContent) -> Vec<SummaryArea> {
    match content {
        ShareContent::Skill { skill, .. } | ShareContent::Progress { skill, .. } => {
            vec![SummaryArea::from_name(&skill.area)]
        }
        ShareContent::CheckIn { ratings, .. } => {
            ratings.iter().map(|r| SummaryArea::from_name(&r.skill.area)).collect()
        }
        ShareContent::Moment { skills, .. } => {
            skills.iter().map(|s| SummaryArea::from_name(&s.area)).collect()
        }
    }
}

/// Labels of the rating-spread cells.
pub const RATING_LABELS: [&str; 5] = ["1", "2", "3", "4", "5"];
/// Labels of the change cells.
pub const CHANGE_LABELS: [&str; 3] = ["up", "same", "down"];

/// The true (unsuppressed) counts, kept apart so tests can compare.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawCounts {
    pub members: u32,
    pub areas: BTreeMap<SummaryArea, u32>,
    pub ratings: [u32; 5],
    pub change: [u32; 3],
}

/// Count members over every share (every audience is counted in the summary).
pub fn raw_counts(shares: &[(Uuid, ShareContent)]) -> RawCounts {
    let mut members = BTreeSet::new();
    let mut areas: BTreeMap<SummaryArea, BTreeSet<Uuid>> = BTreeMap::new();
    // Per member: (date, order, mean rating) of each shared check-in.
    let mut check_ins: HashMap<Uuid, Vec<(String, usize, f64)>> = HashMap::new();
    for (i, (owner, content)) in shares.iter().enumerate() {
        members.insert(*owner);
        for a in content_areas(content) {
            areas.entry(a).or_default().insert(*owner);
        }
        if let ShareContent::CheckIn { taken_on, ratings } = content
            && !ratings.is_empty()
        {
            let mean = ratings.iter().map(|r| f64::from(r.rating)).sum::<f64>() / ratings.len() as f64;
            check_ins.entry(*owner).or_default().push((taken_on.clone(), i, mean));
        }
    }
    let mut ratings = [0u32; 5];
    let mut change = [0u32; 3];
    for list in check_ins.values_mut() {
        list.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
        let latest = list.last().map_or(0.0, |l| l.2);
        let bin = (latest.round().clamp(1.0, 5.0) as usize) - 1;
        ratings[bin] += 1;
        if list.len() >= 2 {
            let diff = latest - list[0].2;
            let cell = if diff > 0.25 {
                0
            } else if diff < -0.25 {
                2
            } else {
                1
            };
            change[cell] += 1;
        }
    }
    let count = |s: &BTreeSet<Uuid>| u32::try_from(s.len()).unwrap_or(u32::MAX);
    RawCounts {
        members: count(&members),
        areas: SummaryArea::ALL.iter().map(|a| (*a, areas.get(a).map_or(0, count))).collect(),
        ratings,
        change,
    }
}

/// The summary a lead sees, with every suppression applied.
pub fn summarise(shares: &[(Uuid, ShareContent)], k: u32) -> LeadSummary {
    let raw = raw_counts(shares);
    let members_counted = primary(raw.members, k);
    if members_counted.is_none() {
        // Too few members for anything at all.
        return LeadSummary {
            k,
            members_counted: None,
            skill_areas: SummaryArea::ALL.iter().map(|a| AreaCount { area: *a, members: None }).collect(),
            check_in_ratings: suppress_partition(&RATING_LABELS, &[0; 5], u32::MAX),
            check_in_change: suppress_partition(&CHANGE_LABELS, &[0; 3], u32::MAX),
        };
    }
    LeadSummary {
        k,
        members_counted,
        skill_areas: raw.areas.iter().map(|(a, n)| AreaCount { area: *a, members: primary(*n, k) }).collect(),
        check_in_ratings: suppress_partition(&RATING_LABELS, &raw.ratings, k),
        check_in_change: suppress_partition(&CHANGE_LABELS, &raw.change, k),
    }
}

fn lead_only(role: Role, what: &str) -> Result<()> {
    if role == Role::Lead {
        Ok(())
    } else {
        Err(Error::Forbidden(format!("Only the group's lead can see {what}.")))
    }
}

/// `GET /v1/summary`.
#[derive(Debug)]
pub struct Summary {
    pub token: String,
    pub k: u32,
}

impl Job for Summary {
    type Output = LeadSummary;
    async fn run<C: Conn>(self, c: &mut C) -> Result<LeadSummary> {
        let auth = authenticate(c, &self.token).await?;
        lead_only(auth.member.role, "the group summary")?;
        let mut shares = Vec::new();
        for s in q::shares_of_group(c, auth.member.group_id).await? {
            let content: ShareContent = serde_json::from_str(&s.content)
                .map_err(|e| Error::Internal(format!("stored share unreadable: {e}")))?;
            shares.push((s.owner_id, content));
        }
        Ok(summarise(&shares, self.k))
    }
}

/// `GET /v1/open-to-roles`.
#[derive(Debug)]
pub struct OpenToRoles {
    pub token: String,
    pub skill: Option<String>,
}

impl Job for OpenToRoles {
    type Output = OpenToRolesList;
    async fn run<C: Conn>(self, c: &mut C) -> Result<OpenToRolesList> {
        let auth = authenticate(c, &self.token).await?;
        lead_only(auth.member.role, "who is open to roles")?;
        let needle = self.skill.map(|s| s.trim().to_lowercase()).filter(|s| !s.is_empty());
        let members = q::open_members_of_group(c, auth.member.group_id)
            .await?
            .into_iter()
            .filter(|(o, _)| match &needle {
                None => true,
                Some(n) => o.skills.iter().any(|s| s.to_lowercase().contains(n)),
            })
            .map(|(o, name)| OpenToRolesEntry {
                member_id: o.member_id,
                display_name: name,
                skills: o.skills,
            })
            .collect();
        Ok(OpenToRolesList { members })
    }
}
