//! The group's board, for every member: who is in the group, and the
//! co-production opportunities its lead posted (see [`brim_protocol::GroupBoard`]).
//! Posting and taking down an opportunity are the lead's; like the lead's
//! other routes they answer 404 to anyone else.

use brim_protocol::{GroupBoard, MAX_OPEN_OPPORTUNITIES, Opportunity, PostOpportunityRequest};
use chrono::{Days, NaiveDate};
use uuid::Uuid;

use crate::error::{Error, Result};
use crate::lead::listed;
use crate::membership::{Auth, CallerJob, Who};
use crate::store::Conn;
use crate::store::queries::{self as q, OpportunityRow};
use crate::token::now;

/// The furthest ahead an opportunity may close.
pub const MAX_OPEN_DAYS: u64 = 366;

/// The first closing day still shown on `today` (the server's, in UTC). A
/// day early, so an opportunity closing "today" for someone a few hours
/// behind UTC is still theirs to answer; each app hides what closed by its
/// own calendar.
fn first_open_day(today: NaiveDate) -> String {
    today.checked_sub_days(Days::new(1)).unwrap_or(today).format("%Y-%m-%d").to_string()
}

fn opportunity(o: OpportunityRow) -> Opportunity {
    Opportunity {
        opportunity_id: o.id,
        title: o.title,
        about: o.about,
        skills: o.skills,
        closes_on: o.closes_on,
        posted_at: o.posted_at,
    }
}

/// `GET /v1/board`.
#[derive(Debug)]
pub struct Board {
    pub today: NaiveDate,
}

impl CallerJob for Board {
    const WHO: Who = Who::Member;
    type Output = GroupBoard;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<GroupBoard> {
        let members = q::members_of_group(c, a.group.id).await?;
        let open = q::opportunities_of_group(c, a.group.id, &first_open_day(self.today)).await?;
        Ok(GroupBoard {
            version: u64::try_from(a.group.board_version).unwrap_or(0),
            members: members.into_iter().map(|m| listed(m, a.member.id)).collect(),
            opportunities: open.into_iter().map(opportunity).collect(),
        })
    }
}

/// `POST /v1/opportunities`.
#[derive(Debug)]
pub struct PostOpportunity {
    pub request: PostOpportunityRequest,
    pub today: NaiveDate,
}

impl CallerJob for PostOpportunity {
    const WHO: Who = Who::Lead;
    type Output = Opportunity;
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<Opportunity> {
        let r = self.request;
        r.validate()
            .map_err(|e| Error::Invalid(format!("This opportunity has a field that doesn't fit: {e}.")))?;
        let closes = NaiveDate::parse_from_str(&r.closes_on, "%Y-%m-%d")
            .map_err(|_| Error::Invalid("closes_on: should be a date like 2026-03-31.".into()))?;
        let first = self.today.checked_sub_days(Days::new(1)).unwrap_or(self.today);
        let last = self.today.checked_add_days(Days::new(MAX_OPEN_DAYS)).unwrap_or(self.today);
        if closes < first || closes > last {
            return Err(Error::Invalid(format!(
                "closes_on: choose a day from today to a year ahead (up to {MAX_OPEN_DAYS} days)."
            )));
        }
        // Ordered with the group's other changes, so two posts cannot both
        // take the last place.
        q::lock_group(c, a.group.id).await?;
        let from = first_open_day(self.today);
        if q::opportunities_of_group(c, a.group.id, &from).await?.len() >= MAX_OPEN_OPPORTUNITIES {
            return Err(Error::QuotaFull(format!(
                "The group has {MAX_OPEN_OPPORTUNITIES} opportunities open. Take one down before posting another."
            )));
        }
        let row = OpportunityRow {
            id: Uuid::now_v7(),
            group_id: a.group.id,
            posted_by: a.member.id,
            title: r.title.trim().to_owned(),
            about: r.about.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()),
            skills: r.skills.into_iter().map(|s| s.trim().to_owned()).collect(),
            closes_on: r.closes_on,
            posted_at: now(),
        };
        q::insert_opportunity(c, &row).await?;
        Ok(opportunity(row))
    }
}

/// `DELETE /v1/opportunities/{opportunity_id}`: the lead takes one down.
/// Answers already shared stay with the lead until each member takes theirs back.
#[derive(Debug)]
pub struct TakeDownOpportunity {
    pub opportunity_id: Uuid,
    pub today: NaiveDate,
}

impl CallerJob for TakeDownOpportunity {
    const WHO: Who = Who::Lead;
    type Output = ();
    async fn run<C: Conn>(self, c: &mut C, a: Auth) -> Result<()> {
        let o = q::opportunity(c, self.opportunity_id)
            .await?
            .filter(|o| o.group_id == a.group.id)
            .ok_or(Error::NotFound)?;
        q::lock_group(c, a.group.id).await?;
        q::delete_opportunity(c, &o, &first_open_day(self.today)).await
    }
}
