//! Writes moments into the journal at the path given, one transaction each,
//! for ever, printing each moment's id as soon as `add_moment` returns.
//!
//! The crash test kills this process with SIGKILL at random moments: an id on
//! stdout is a promise that the moment was committed.

use std::io::Write;

use anyhow::Context;
use brim_core::{Area, Journal, NewMoment, NewSkill, SkillQuery};

fn main() -> anyhow::Result<()> {
    let path = std::env::args_os().nth(1).context("give the journal's path as the only argument")?;
    let journal = Journal::open(&path).context("open the journal")?;
    let skill = match journal.skills(&SkillQuery::default())?.into_iter().next() {
        Some(skill) => skill,
        None => journal.add_skill(NewSkill {
            name: "Keeping going".into(),
            area: Area::Resilience,
            story: String::new(),
            prompt_id: None,
        })?,
    };
    let date = chrono::Local::now().date_naive();
    let mut stdout = std::io::stdout().lock();
    for n in 0u64.. {
        let moment = journal.add_moment(NewMoment {
            date,
            // Long enough to span pages now and then, so a kill can land mid-write.
            text: format!("Moment {n}: kept going with the washing, the bus and the bills. ")
                .repeat(1 + n as usize % 40),
            skill_ids: vec![skill.id],
        })?;
        writeln!(stdout, "{}", moment.id)?;
        stdout.flush()?;
    }
    Ok(())
}
