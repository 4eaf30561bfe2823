//! The SQL of summary contributions, release settings, the changed-members
//! marks and the release ledger (migration 0002), for both engines.
//! Placeholders are `$1, $2, …`, each used once and in order.

use brim_protocol::{RatingChange, SummaryArea, SummaryContribution};
use uuid::Uuid;

use super::queries::{bad, single_int};
use super::{Conn, Row, Value};
use crate::error::Result;

fn area_name(a: SummaryArea) -> String {
    serde_json::to_value(a).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn change_name(c: RatingChange) -> &'static str {
    match c {
        RatingChange::Up => "up",
        RatingChange::Same => "same",
        RatingChange::Down => "down",
    }
}

/// One live share's contribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContributionRow {
    pub share_id: Uuid,
    pub owner_id: Uuid,
    pub contribution: SummaryContribution,
    /// The share's feed position when this contribution was last set: later is newer.
    pub seq: i64,
}

fn contribution_row(r: &Row) -> Result<ContributionRow> {
    let areas = r
        .text("areas")?
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| serde_json::from_value(serde_json::Value::String(s.to_owned())).map_err(|_| bad("areas")))
        .collect::<Result<Vec<SummaryArea>>>()?;
    let rating = match r.get("rating")? {
        Value::Null => None,
        _ => Some(u8::try_from(r.int("rating")?).map_err(|_| bad("rating"))?),
    };
    let change = match r.opt_text("rating_change")?.as_deref() {
        None => None,
        Some("up") => Some(RatingChange::Up),
        Some("same") => Some(RatingChange::Same),
        Some("down") => Some(RatingChange::Down),
        Some(_) => return Err(bad("rating_change")),
    };
    Ok(ContributionRow {
        share_id: r.uuid("share_id")?,
        owner_id: r.uuid("owner_id")?,
        contribution: SummaryContribution { areas, rating, change },
        seq: r.int("seq")?,
    })
}

const CONTRIBUTION_COLS: &str = "share_id, owner_id, areas, rating, rating_change, seq";

pub async fn contribution<C: Conn>(c: &mut C, share_id: Uuid) -> Result<Option<ContributionRow>> {
    let sql = format!("SELECT {CONTRIBUTION_COLS} FROM summary_contributions WHERE share_id = $1");
    c.query(&sql, &[share_id.into()]).await?.first().map(contribution_row).transpose()
}

/// The contributions of those of `share_ids` that have one.
pub async fn contributions_by_ids<C: Conn>(c: &mut C, share_ids: &[Uuid]) -> Result<Vec<ContributionRow>> {
    let mut out = Vec::new();
    for list in super::lists(share_ids) {
        let sql = format!(
            "SELECT {CONTRIBUTION_COLS} FROM summary_contributions WHERE share_id IN ({})",
            super::placeholders(1, list.len())
        );
        let params: Vec<Value> = list.into_iter().map(Value::from).collect();
        for row in c.query(&sql, &params).await? {
            out.push(contribution_row(&row)?);
        }
    }
    Ok(out)
}

/// Every live contribution of a group, oldest first.
pub async fn contributions_of_group<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Vec<ContributionRow>> {
    let sql = format!(
        "SELECT {CONTRIBUTION_COLS} FROM summary_contributions WHERE group_id = $1 ORDER BY seq, share_id"
    );
    c.query(&sql, &[group_id.into()]).await?.iter().map(contribution_row).collect()
}

pub async fn contribution_count_of_owner<C: Conn>(c: &mut C, owner: Uuid) -> Result<i64> {
    let rows = c
        .query("SELECT COUNT(*) AS n FROM summary_contributions WHERE owner_id = $1", &[owner.into()])
        .await?;
    single_int(&rows, "n", "summary_contributions")
}

pub async fn put_contribution<C: Conn>(c: &mut C, group_id: Uuid, row: &ContributionRow) -> Result<()> {
    let areas: Vec<String> = row.contribution.areas.iter().map(|a| area_name(*a)).collect();
    c.execute(
        "INSERT INTO summary_contributions (share_id, group_id, owner_id, areas, rating, rating_change, seq) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (share_id) DO UPDATE SET areas = excluded.areas, rating = excluded.rating, \
         rating_change = excluded.rating_change, seq = excluded.seq",
        &[
            row.share_id.into(),
            group_id.into(),
            row.owner_id.into(),
            areas.join(",").into(),
            row.contribution.rating.map_or(Value::Null, |r| i64::from(r).into()),
            row.contribution.change.map_or(Value::Null, |ch| change_name(ch).into()),
            row.seq.into(),
        ],
    )
    .await?;
    Ok(())
}

pub async fn delete_contribution<C: Conn>(c: &mut C, share_id: Uuid) -> Result<bool> {
    Ok(c.execute("DELETE FROM summary_contributions WHERE share_id = $1", &[share_id.into()]).await? == 1)
}

// ---- settings ----

/// A group's release settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SettingsRow {
    pub period_days: i64,
    pub epsilon_milli: i64,
    pub yearly_budget_milli: i64,
}

pub async fn settings<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Option<SettingsRow>> {
    c.query(
        "SELECT period_days, epsilon_milli, yearly_budget_milli FROM summary_settings WHERE group_id = $1",
        &[group_id.into()],
    )
    .await?
    .first()
    .map(|r| {
        Ok(SettingsRow {
            period_days: r.int("period_days")?,
            epsilon_milli: r.int("epsilon_milli")?,
            yearly_budget_milli: r.int("yearly_budget_milli")?,
        })
    })
    .transpose()
}

pub async fn put_settings<C: Conn>(c: &mut C, group_id: Uuid, s: &SettingsRow) -> Result<()> {
    c.execute(
        "INSERT INTO summary_settings (group_id, period_days, epsilon_milli, yearly_budget_milli) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (group_id) DO UPDATE SET period_days = excluded.period_days, \
         epsilon_milli = excluded.epsilon_milli, yearly_budget_milli = excluded.yearly_budget_milli",
        &[group_id.into(), s.period_days.into(), s.epsilon_milli.into(), s.yearly_budget_milli.into()],
    )
    .await?;
    Ok(())
}

// ---- changed members ----

pub async fn mark_changed<C: Conn>(c: &mut C, group_id: Uuid, member_hash: &str) -> Result<()> {
    c.execute(
        "INSERT INTO summary_changes (group_id, member_hash) VALUES ($1, $2) ON CONFLICT DO NOTHING",
        &[group_id.into(), member_hash.into()],
    )
    .await?;
    Ok(())
}

pub async fn changed_count<C: Conn>(c: &mut C, group_id: Uuid) -> Result<i64> {
    let rows =
        c.query("SELECT COUNT(*) AS n FROM summary_changes WHERE group_id = $1", &[group_id.into()]).await?;
    single_int(&rows, "n", "summary_changes")
}

pub async fn clear_changes<C: Conn>(c: &mut C, group_id: Uuid) -> Result<()> {
    c.execute("DELETE FROM summary_changes WHERE group_id = $1", &[group_id.into()]).await?;
    Ok(())
}

// ---- releases ----

/// The latest release of a group.
#[derive(Debug, Clone)]
pub struct ReleaseRow {
    pub number: i64,
    pub released_at: String,
    pub body: Option<String>,
}

pub async fn latest_release<C: Conn>(c: &mut C, group_id: Uuid) -> Result<Option<ReleaseRow>> {
    c.query(
        "SELECT number, released_at, body FROM summary_releases WHERE group_id = $1 ORDER BY number DESC LIMIT 1",
        &[group_id.into()],
    )
    .await?
    .first()
    .map(|r| {
        Ok(ReleaseRow { number: r.int("number")?, released_at: r.text("released_at")?, body: r.opt_text("body")? })
    })
    .transpose()
}

/// What a group's releases in `year` cost together, in thousandths of epsilon.
pub async fn spent_milli<C: Conn>(c: &mut C, group_id: Uuid, year: i64) -> Result<i64> {
    // PostgreSQL sums BIGINT as NUMERIC: cast it back on both engines.
    let rows = c
        .query(
            "SELECT CAST(COALESCE(SUM(epsilon_milli), 0) AS BIGINT) AS spent FROM summary_releases \
             WHERE group_id = $1 AND budget_year = $2",
            &[group_id.into(), year.into()],
        )
        .await?;
    single_int(&rows, "spent", "summary_releases")
}

/// Record a release; only the newest keeps its body.
pub async fn insert_release<C: Conn>(
    c: &mut C,
    group_id: Uuid,
    number: i64,
    released_at: &str,
    year: i64,
    epsilon_milli: i64,
    body: &str,
) -> Result<()> {
    c.execute(
        "UPDATE summary_releases SET body = NULL WHERE group_id = $1 AND number < $2",
        &[group_id.into(), number.into()],
    )
    .await?;
    c.execute(
        "INSERT INTO summary_releases (group_id, number, released_at, budget_year, epsilon_milli, body) \
         VALUES ($1, $2, $3, $4, $5, $6)",
        &[group_id.into(), number.into(), released_at.into(), year.into(), epsilon_milli.into(), body.into()],
    )
    .await?;
    Ok(())
}
