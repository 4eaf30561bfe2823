//! The home screen: everything it shows, read in one transaction, so the app
//! opens with a single call however big the journal is.

use chrono::{Datelike, Local, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::Journal;
use crate::check_in::{self, CheckInStatus};
use crate::error::Result;
use crate::moment::{self, Moment};
use crate::prompts::{SkillPrompt, skill_prompts};
use crate::skill::{self, Skill, SkillOrder, SkillQuery};

/// How many recent moments the home screen shows.
pub const HOME_MOMENTS: u32 = 3;

/// What the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Home {
    /// Active skills by name (the recent moments name them).
    pub skills: Vec<Skill>,
    /// The newest few moments the person wrote (not step-back answers or
    /// recognitions, which have their own places).
    pub recent_moments: Vec<Moment>,
    pub check_in: CheckInStatus,
    /// A skill idea to think about today: one the person has not added yet
    /// while there are any, the same one all day.
    pub idea: Option<SkillPrompt>,
    /// Recognitions waiting to be accepted or dismissed.
    pub waiting_recognitions: u32,
}

/// Today's idea: a different one each day, from those not yet added.
fn idea_for(today: NaiveDate, skills: &[Skill]) -> Option<SkillPrompt> {
    let all = skill_prompts();
    let fresh: Vec<&SkillPrompt> =
        all.iter().filter(|p| !skills.iter().any(|s| s.prompt_id.as_deref() == Some(&p.id))).collect();
    let pool: Vec<&SkillPrompt> = if fresh.is_empty() { all.iter().collect() } else { fresh };
    let day = usize::try_from(today.num_days_from_ce()).unwrap_or(0);
    pool.get(day % pool.len().max(1)).map(|p| (*p).clone())
}

impl Journal {
    /// The home screen as of today.
    pub fn home(&self) -> Result<Home> {
        self.home_on(Local::now().date_naive())
    }

    /// The home screen as of `today`.
    pub fn home_on(&self, today: NaiveDate) -> Result<Home> {
        self.read(|tx| {
            let query = SkillQuery { area: None, include_archived: false, order: SkillOrder::ByName };
            let skills = skill::list(tx, &query)?;
            let recent_moments = moment::newest_written(tx, HOME_MOMENTS)?;
            let check_in = check_in::status(tx, today)?;
            let waiting: i64 = tx
                .prepare_cached("SELECT count(*) FROM recognition WHERE status = 'pending'")?
                .query_row([], |r| r.get(0))?;
            Ok(Home {
                idea: idea_for(today, &skills),
                skills,
                recent_moments,
                check_in,
                waiting_recognitions: u32::try_from(waiting).unwrap_or(u32::MAX),
            })
        })
    }
}
