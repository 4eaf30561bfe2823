//! The lead's summary, as releases, and the "open to roles" list.
//!
//! Summaries are made only from the contributions shares carry (never from
//! share content), as releases, not live queries: a release is made at most
//! once a period (a group setting, weekly by default), only once at least
//! `k` members' contributions changed since the last release, and only while
//! the group's yearly privacy budget lasts. Its body is stored and served
//! byte for byte until the next, so asking again teaches nothing.
//!
//! Each release is epsilon-differentially private with respect to adding or
//! removing one member's whole contribution: every member adds at most 1 to
//! `members_counted`, 1 to each of at most [`MAX_AREAS_PER_MEMBER`] areas, 1
//! to one rating cell and 1 to one change cell, so the L1 sensitivity of the
//! 19 counts is [`SENSITIVITY`]; OpenDP's discrete Laplace mechanism adds
//! noise of scale `SENSITIVITY / epsilon` to each. Suppression then works on
//! the noisy counts only (post-processing, which keeps the guarantee): a
//! figure under `k` is hidden, and so is any figure that could be worked
//! out from the others (complementary suppression across every total).

use std::collections::BTreeMap;

use brim_protocol::{
    AreaCount, Figure, LeadSummary, OpenToRolesEntry, OpenToRolesList, Partition, PartitionCell,
    PrivacyBudget, RatingChange, ReleaseInfo, Role, SummaryArea, SummaryContribution,
};
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::membership::{Auth, CallerJob, Who};
use crate::store::queries as q;
use crate::store::releases::{self as r, ContributionRow, SettingsRow};
use crate::store::{Conn, Job};

/// The smallest threshold the server will run with.
pub const MIN_K: u32 = 3;
/// The threshold when none is set.
pub const DEFAULT_K: u32 = 5;
/// A member counts in at most this many areas (their first ones shared).
pub const MAX_AREAS_PER_MEMBER: usize = 3;
/// How much one member's whole contribution can move the 19 counts in all
/// (L1): 1 member + 3 areas + 1 rating cell + 1 change cell.
pub const SENSITIVITY: u32 = 1 + MAX_AREAS_PER_MEMBER as u32 + 1 + 1;
/// Default shortest time between releases, in days.
pub const DEFAULT_PERIOD_DAYS: u32 = 7;
/// Default privacy cost of one release, in thousandths of epsilon.
pub const DEFAULT_EPSILON_MILLI: u32 = 1_000;
/// Default yearly privacy budget of a group, in thousandths of epsilon.
pub const DEFAULT_YEARLY_BUDGET_MILLI: u32 = 12_000;

/// Labels of the rating-spread cells.
pub const RATING_LABELS: [&str; 5] = ["1", "2", "3", "4", "5"];
/// Labels of the change cells.
pub const CHANGE_LABELS: [&str; 3] = ["up", "same", "down"];

/// Release settings for a group (the server's defaults, or the group's own).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReleaseSettings {
    /// Shortest time between releases, in days (at least 1).
    pub period_days: u32,
    /// Privacy cost of one release, in thousandths of epsilon (at least 1).
    pub epsilon_milli: u32,
    /// Yearly budget, in thousandths of epsilon.
    pub yearly_budget_milli: u32,
}

impl Default for ReleaseSettings {
    fn default() -> Self {
        Self {
            period_days: DEFAULT_PERIOD_DAYS,
            epsilon_milli: DEFAULT_EPSILON_MILLI,
            yearly_budget_milli: DEFAULT_YEARLY_BUDGET_MILLI,
        }
    }
}

impl ReleaseSettings {
    /// Refuse settings that would make no sense (or no privacy).
    pub fn validate(&self) -> Result<()> {
        if !(1..=366).contains(&self.period_days) {
            return Err(Error::Invalid("The release period must be from 1 to 366 days.".into()));
        }
        if !(10..=10_000).contains(&self.epsilon_milli) {
            return Err(Error::Invalid("Epsilon per release must be from 0.01 to 10.".into()));
        }
        if self.yearly_budget_milli < self.epsilon_milli || self.yearly_budget_milli > 100_000 {
            return Err(Error::Invalid(
                "The yearly budget must be at least one release's epsilon and at most 100.".into(),
            ));
        }
        Ok(())
    }

    fn from_row(row: SettingsRow) -> Self {
        let clamp = |v: i64| u32::try_from(v.max(0)).unwrap_or(u32::MAX);
        Self {
            period_days: clamp(row.period_days),
            epsilon_milli: clamp(row.epsilon_milli),
            yearly_budget_milli: clamp(row.yearly_budget_milli),
        }
    }

    /// The noise scale that gives this epsilon for the sensitivity.
    pub fn scale(&self) -> f64 {
        f64::from(SENSITIVITY) * 1000.0 / f64::from(self.epsilon_milli.max(1))
    }
}

// ---- one member's bounded input ----

/// One member's input to a release, after bounding: what they add to the counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberInput {
    /// At most [`MAX_AREAS_PER_MEMBER`] distinct areas: the first ones they shared.
    pub areas: Vec<SummaryArea>,
    /// The rating of their latest contribution with one.
    pub rating: Option<u8>,
    /// The change of their latest contribution with one.
    pub change: Option<RatingChange>,
}

/// Each member's bounded input, from their live contributions (oldest first).
pub fn member_inputs(rows: &[ContributionRow]) -> BTreeMap<Uuid, MemberInput> {
    let mut sorted: Vec<&ContributionRow> = rows.iter().collect();
    sorted.sort_by_key(|row| (row.seq, row.share_id));
    let mut out: BTreeMap<Uuid, MemberInput> = BTreeMap::new();
    for row in sorted {
        let input = out.entry(row.owner_id).or_default();
        for a in &row.contribution.areas {
            if input.areas.len() < MAX_AREAS_PER_MEMBER && !input.areas.contains(a) {
                input.areas.push(*a);
            }
        }
        if let Some(rating) = row.contribution.rating.filter(|r| (1..=5).contains(r)) {
            input.rating = Some(rating);
        }
        if let Some(change) = row.contribution.change {
            input.change = Some(change);
        }
    }
    out
}

/// The true counts of a release, before noise (kept apart so tests can compare).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawCounts {
    pub members: u32,
    pub areas: [u32; 10],
    pub ratings: [u32; 5],
    pub change: [u32; 3],
}

impl RawCounts {
    /// The 19 counts in one vector: members, areas, ratings, change.
    pub fn to_vec(&self) -> Vec<i64> {
        std::iter::once(self.members)
            .chain(self.areas)
            .chain(self.ratings)
            .chain(self.change)
            .map(i64::from)
            .collect()
    }

    /// Back from a vector, negative values read as 0 (post-processing).
    pub fn from_vec(v: &[i64]) -> Self {
        let at = |i: usize| v.get(i).map_or(0, |x| u32::try_from((*x).max(0)).unwrap_or(u32::MAX));
        let mut c = RawCounts { members: at(0), ..RawCounts::default() };
        for i in 0..10 {
            c.areas[i] = at(1 + i);
        }
        for i in 0..5 {
            c.ratings[i] = at(11 + i);
        }
        for i in 0..3 {
            c.change[i] = at(16 + i);
        }
        c
    }
}

fn area_index(a: SummaryArea) -> usize {
    SummaryArea::ALL.iter().position(|x| *x == a).unwrap_or(SummaryArea::ALL.len() - 1)
}

fn change_index(c: RatingChange) -> usize {
    match c {
        RatingChange::Up => 0,
        RatingChange::Same => 1,
        RatingChange::Down => 2,
    }
}

/// Count members: every member with a contribution adds at most
/// [`SENSITIVITY`] in all.
pub fn raw_counts(inputs: &BTreeMap<Uuid, MemberInput>) -> RawCounts {
    let mut c = RawCounts::default();
    for input in inputs.values() {
        c.members += 1;
        for a in &input.areas {
            c.areas[area_index(*a)] += 1;
        }
        if let Some(r) = input.rating {
            c.ratings[usize::from(r.clamp(1, 5) - 1)] += 1;
        }
        if let Some(ch) = input.change {
            c.change[change_index(ch)] += 1;
        }
    }
    c
}

/// Add discrete Laplace noise of `scale` to each count (OpenDP's vector
/// Laplace mechanism over integers: exact sampling, no floating point).
/// Returns the noisy counts and the epsilon OpenDP states for `SENSITIVITY`.
pub fn add_noise(counts: &[i64], scale: f64) -> Result<(Vec<i64>, f64)> {
    use opendp::domains::{AtomDomain, VectorDomain};
    use opendp::measurements::make_laplace;
    use opendp::measures::MaxDivergence;
    use opendp::metrics::L1Distance;
    let fail = |e: opendp::error::Error| Error::Internal(format!("summary noise: {e}"));
    let m = make_laplace::<_, _, MaxDivergence>(
        VectorDomain::new(AtomDomain::<i64>::default()),
        L1Distance::<i64>::default(),
        scale,
        None,
    )
    .map_err(fail)?;
    let epsilon = m.map(&i64::from(SENSITIVITY)).map_err(fail)?;
    let noisy = m.invoke(&counts.to_vec()).map_err(fail)?;
    Ok((noisy, epsilon))
}

// ---- suppression (on noisy counts only) ----

/// Which of `parts` (adding up to a shown total) to hide: every part under
/// `k`, except parts in `free` at 0; then, while the hidden parts could be
/// worked out (one alone, or together under `k`), the smallest shown part
/// not in `free` too.
fn hide(parts: &[u32], k: u32, free: &[bool]) -> Vec<bool> {
    let mut hidden: Vec<bool> = parts.iter().zip(free).map(|(&c, &f)| c < k && !(f && c == 0)).collect();
    loop {
        let n_hidden = hidden.iter().filter(|h| **h).count();
        let hidden_sum: u32 = parts.iter().zip(&hidden).filter(|(_, h)| **h).map(|(c, _)| c).sum();
        if n_hidden == 0 || (n_hidden >= 2 && hidden_sum >= k) {
            break;
        }
        let next = parts
            .iter()
            .enumerate()
            .filter(|(i, _)| !hidden[*i] && !free[*i])
            .min_by_key(|(_, c)| **c)
            .map(|(i, _)| i);
        match next {
            Some(i) => hidden[i] = true,
            None => break, // every cell hidden; the total alone reveals none
        }
    }
    hidden
}

/// Cells that add up to a published total. Hide every cell under `k`; then,
/// while the hidden cells could be worked out (only one hidden, or together
/// fewer than `k`), hide the smallest shown cell too. A total under `k`
/// hides everything.
pub fn suppress_partition(labels: &[&str], counts: &[u32], k: u32) -> Partition {
    let total: u32 = counts.iter().sum();
    if total < k {
        return hidden_partition(labels);
    }
    let hidden = hide(counts, k, &vec![false; counts.len()]);
    Partition { total: Some(total), cells: shown_cells(labels, counts, &hidden) }
}

/// The cells of a partition, each count shown unless it is hidden.
fn shown_cells(labels: &[&str], counts: &[u32], hidden: &[bool]) -> Vec<PartitionCell> {
    labels
        .iter()
        .zip(counts)
        .zip(hidden)
        .map(|((l, c), h)| PartitionCell {
            label: (*l).to_owned(),
            members: if *h { None } else { Some(*c) },
        })
        .collect()
}

fn hidden_partition(labels: &[&str]) -> Partition {
    Partition {
        total: None,
        cells: labels.iter().map(|l| PartitionCell { label: (*l).to_owned(), members: None }).collect(),
    }
}

/// A partition of the members counted (`members`, shown): its cells, plus
/// the members in none of them (`members` minus the total), which is never
/// published but could be worked out from the two totals. That part is
/// treated as a cell too: when it is under `k` (and not 0) it is hidden,
/// which hides the partition's total, and complementary suppression then
/// keeps it from being worked out from the cells.
pub fn suppress_within(labels: &[&str], counts: &[u32], members: u32, k: u32) -> Partition {
    let total: u32 = counts.iter().sum();
    if total < k {
        return hidden_partition(labels);
    }
    let rest = members.saturating_sub(total);
    let mut parts = counts.to_vec();
    parts.push(rest);
    let mut free = vec![false; counts.len()];
    free.push(true);
    let hidden = hide(&parts, k, &free);
    let total_shown = !hidden[counts.len()];
    Partition { total: total_shown.then_some(total), cells: shown_cells(labels, counts, &hidden) }
}

/// The published figures of one release, from its noisy counts.
pub fn publish(noisy: &RawCounts, k: u32) -> (Figure, Vec<AreaCount>, Partition, Partition) {
    let m = noisy.members;
    if m < k {
        return (
            None,
            SummaryArea::ALL.iter().map(|a| AreaCount { area: *a, members: None }).collect(),
            hidden_partition(&RATING_LABELS),
            hidden_partition(&CHANGE_LABELS),
        );
    }
    // An area and the members outside it partition the members counted.
    let areas = SummaryArea::ALL
        .iter()
        .zip(noisy.areas)
        .map(|(a, n)| {
            let outside = m.saturating_sub(n);
            let shown = n >= k && (outside == 0 || outside >= k);
            AreaCount { area: *a, members: shown.then_some(n) }
        })
        .collect();
    (
        Some(m),
        areas,
        suppress_within(&RATING_LABELS, &noisy.ratings, m, k),
        suppress_within(&CHANGE_LABELS, &noisy.change, m, k),
    )
}

// ---- releases ----

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn start_of_year(year: i32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(year, 1, 1, 0, 0, 0).single().unwrap_or(DateTime::<Utc>::MAX_UTC)
}

fn budget(settings: &ReleaseSettings, year: i32, spent_milli: i64) -> PrivacyBudget {
    let left = (i64::from(settings.yearly_budget_milli) - spent_milli).max(0);
    PrivacyBudget {
        year,
        yearly_epsilon: f64::from(settings.yearly_budget_milli) / 1000.0,
        spent_epsilon: spent_milli as f64 / 1000.0,
        releases_left: u32::try_from(left / i64::from(settings.epsilon_milli.max(1))).unwrap_or(0),
    }
}

/// The summary before a group's first release: every figure hidden.
fn before_first_release(k: u32, settings: &ReleaseSettings, year: i32, spent_milli: i64) -> LeadSummary {
    let budget = budget(settings, year, spent_milli);
    let (members_counted, skill_areas, check_in_ratings, check_in_change) =
        publish(&RawCounts::default(), u32::MAX);
    LeadSummary {
        k,
        members_counted,
        skill_areas,
        check_in_ratings,
        check_in_change,
        release: ReleaseInfo {
            number: 0,
            released_at: None,
            epsilon: f64::from(settings.epsilon_milli) / 1000.0,
            period_days: settings.period_days,
            next_not_before: None,
            waiting_for_budget: budget.releases_left == 0,
            budget,
        },
    }
}

/// Make a release now from the group's contributions.
async fn make_release<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    number: i64,
    k: u32,
    settings: &ReleaseSettings,
    now: DateTime<Utc>,
    spent_before: i64,
) -> Result<String> {
    let rows = r::contributions_of_group(c, group_id).await?;
    let raw = raw_counts(&member_inputs(&rows));
    let (noisy, _) = add_noise(&raw.to_vec(), settings.scale())?;
    let (members_counted, skill_areas, check_in_ratings, check_in_change) =
        publish(&RawCounts::from_vec(&noisy), k);
    let year = now.year();
    let spent = spent_before + i64::from(settings.epsilon_milli);
    let budget = budget(settings, year, spent);
    let mut next = now + Duration::days(i64::from(settings.period_days));
    let waiting_for_budget = budget.releases_left == 0;
    if waiting_for_budget {
        next = next.max(start_of_year(year + 1));
    }
    let summary = LeadSummary {
        k,
        members_counted,
        skill_areas,
        check_in_ratings,
        check_in_change,
        release: ReleaseInfo {
            number: u32::try_from(number).unwrap_or(u32::MAX),
            released_at: Some(rfc3339(now)),
            epsilon: f64::from(settings.epsilon_milli) / 1000.0,
            period_days: settings.period_days,
            next_not_before: Some(rfc3339(next)),
            waiting_for_budget,
            budget,
        },
    };
    let body = serde_json::to_string(&summary).map_err(|e| Error::Internal(format!("summary: {e}")))?;
    r::insert_release(
        c,
        group_id,
        number,
        &rfc3339(now),
        i64::from(year),
        i64::from(settings.epsilon_milli),
        &body,
    )
    .await?;
    r::clear_changes(c, group_id).await?;
    Ok(body)
}

/// A group's release settings: its own, or the server's defaults.
pub async fn settings_of<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    defaults: ReleaseSettings,
) -> Result<ReleaseSettings> {
    Ok(r::settings(c, group_id).await?.map_or(defaults, ReleaseSettings::from_row))
}

/// The group's current summary: a new release when one is due (the period
/// has passed, at least `k` members' contributions changed, and the year's
/// budget allows it), else the latest release's very bytes.
pub async fn current_summary<C: Conn>(c: &mut C, group_id: Uuid, ask: SummaryAsk) -> Result<String> {
    let SummaryAsk { k, now, .. } = ask;
    // One release at a time per group, even with two servers on PostgreSQL.
    q::lock_group(c, group_id).await?;
    match due(c, group_id, ask).await? {
        Current::Latest(body) => Ok(body),
        Current::Due { number, settings, spent } => {
            make_release(c, group_id, number, k, &settings, now, spent).await
        }
    }
}

/// What a summary request gets: the latest release's bytes, or a new release.
enum Current {
    Latest(String),
    Due { number: i64, settings: ReleaseSettings, spent: i64 },
}

/// Whether a new release is due (the period has passed, at least `k`
/// members' contributions changed, and the year's budget allows it); if not,
/// the latest release's very bytes. Reads only.
async fn due<C: Conn>(c: &mut C, group_id: Uuid, ask: SummaryAsk) -> Result<Current> {
    let SummaryAsk { k, defaults, now } = ask;
    let settings = settings_of(c, group_id, defaults).await?;
    // Read in this order, the latest release last. On the read path these are
    // separate statements, and a release made meanwhile (by another copy of
    // the server, on PostgreSQL) commits between them: it adds the release,
    // spends its ε and clears the changes at once. Read last, the release is
    // never older than the changes and the spending read before it, so a
    // request either sees the new release or goes to the writer, which
    // decides again under the group's lock; it never serves the old one
    // (or "no release yet") next to changes already cleared.
    let changed = r::changed_count(c, group_id).await?;
    let year = now.year();
    let spent = r::spent_milli(c, group_id, i64::from(year)).await?;
    let latest = r::latest_release(c, group_id).await?;
    let period_over = match &latest {
        None => true,
        Some(l) => DateTime::parse_from_rfc3339(&l.released_at)
            .map(|t| now >= t.with_timezone(&Utc) + Duration::days(i64::from(settings.period_days)))
            .unwrap_or(true),
    };
    let budget_left = spent + i64::from(settings.epsilon_milli) <= i64::from(settings.yearly_budget_milli);
    if period_over && budget_left && changed >= i64::from(k) {
        let number = latest.as_ref().map_or(1, |l| l.number + 1);
        return Ok(Current::Due { number, settings, spent });
    }
    match latest.and_then(|l| l.body) {
        Some(body) => Ok(Current::Latest(body)),
        None => serde_json::to_string(&before_first_release(k, &settings, year, spent))
            .map(Current::Latest)
            .map_err(|e| Error::Internal(format!("summary: {e}"))),
    }
}

fn member_hash(member_id: Uuid) -> String {
    crate::token::hash_secret(&format!("summary-member:{member_id}"))
}

/// What a share adds to its group's summary.
#[derive(Debug)]
pub struct ShareContribution {
    pub group_id: Uuid,
    pub owner_id: Uuid,
    pub share_id: Uuid,
    /// The share's feed position.
    pub seq: i64,
}

impl ShareContribution {
    /// The share was created or updated with `contribution`, where it had
    /// `old` (as stored now): store the new one (apart from the content)
    /// and, if it changed, mark its owner as changed. Answers what is stored now.
    pub async fn record<C: Conn>(
        self,
        c: &mut C,
        old: Option<SummaryContribution>,
        contribution: Option<SummaryContribution>,
    ) -> Result<Option<SummaryContribution>> {
        let new = contribution.filter(|x| !x.is_empty());
        if old == new {
            return Ok(old);
        }
        let Self { group_id, owner_id, share_id, seq } = self;
        match &new {
            Some(contribution) => {
                let row = ContributionRow { share_id, owner_id, contribution: contribution.clone(), seq };
                r::put_contribution(c, group_id, &row).await?;
            }
            None => {
                r::delete_contribution(c, share_id).await?;
            }
        }
        r::mark_changed(c, group_id, &member_hash(owner_id)).await?;
        Ok(new)
    }
}

/// A share is about to be deleted (revoked): its contribution goes with it.
pub async fn forget_contribution<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    owner_id: Uuid,
    share_id: Uuid,
) -> Result<()> {
    if r::delete_contribution(c, share_id).await? {
        r::mark_changed(c, group_id, &member_hash(owner_id)).await?;
    }
    Ok(())
}

/// A member is about to be erased: if they counted, the group's inputs change.
pub async fn forget_member<C: Conn>(c: &mut C, group_id: Uuid, member_id: Uuid) -> Result<()> {
    if r::contribution_count_of_owner(c, member_id).await? > 0 {
        r::mark_changed(c, group_id, &member_hash(member_id)).await?;
    }
    Ok(())
}

fn lead_only(role: Role, what: &str) -> Result<()> {
    if role == Role::Lead {
        Ok(())
    } else {
        Err(Error::Forbidden(format!("Only the group's lead can see {what}.")))
    }
}

/// What a summary is asked with: the threshold, the server's release
/// settings (for a group with none of its own), and the time.
#[derive(Debug, Clone, Copy)]
pub struct SummaryAsk {
    pub k: u32,
    pub defaults: ReleaseSettings,
    pub now: DateTime<Utc>,
}

/// `GET /v1/summary`: the lead's summary, as the JSON text of the release.
#[derive(Debug)]
pub struct Summary(pub SummaryAsk);

impl CallerJob for Summary {
    const WHO: Who = Who::Member;
    type Output = String;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<String> {
        // Every member sees what the group brings: a release is noisy and
        // hides small numbers whoever reads it, and reading it spends nothing.
        current_summary(c, auth.member.group_id, self.0).await
    }
}

/// `GET /v1/summary` on a reader: the latest release's bytes, or `None`
/// when a new release is due (then [`Summary`] makes it, on the writer).
#[derive(Debug)]
pub struct CachedSummary(pub SummaryAsk);

impl CallerJob for CachedSummary {
    const WHO: Who = Who::Member;
    type Output = Option<String>;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<Option<String>> {
        Ok(match due(c, auth.member.group_id, self.0).await? {
            Current::Latest(body) => Some(body),
            Current::Due { .. } => None,
        })
    }
}

/// `group summary-settings`: a group's own release period and privacy settings.
#[derive(Debug)]
pub struct SetReleaseSettings {
    pub group_id: Uuid,
    pub settings: ReleaseSettings,
}

impl Job for SetReleaseSettings {
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C) -> Result<()> {
        self.settings.validate()?;
        q::group(c, self.group_id).await?.ok_or(Error::NotFound)?;
        let s = self.settings;
        let row = SettingsRow {
            period_days: i64::from(s.period_days),
            epsilon_milli: i64::from(s.epsilon_milli),
            yearly_budget_milli: i64::from(s.yearly_budget_milli),
        };
        r::put_settings(c, self.group_id, &row).await
    }
}

/// `GET /v1/open-to-roles`.
#[derive(Debug)]
pub struct OpenToRoles {
    pub skill: Option<String>,
}

impl CallerJob for OpenToRoles {
    // Not `Who::Lead`: anyone but the lead is told in words that the list
    // is the lead's (403, as the OpenAPI document says), not the 404 of
    // the lead's own routes.
    const WHO: Who = Who::Member;
    type Output = OpenToRolesList;
    async fn run<C: Conn>(self, c: &mut C, auth: Auth) -> Result<OpenToRolesList> {
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
                recruit: o.recruit,
            })
            .collect();
        Ok(OpenToRolesList { members })
    }
}
