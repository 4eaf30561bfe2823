//! Writes moments into the journal at the path given, one transaction each,
//! for ever, printing each moment's id as soon as `add_moment` returns.
//!
//! The crash test kills this process with SIGKILL at random moments: an id on
//! stdout is a promise that the moment was committed. With `BRIM_PASSPHRASE`
//! set it opens an encrypted journal with it.
//!
//! `crash-writer PATH lock-on STEP` (or `lock-off`) instead turns the lock on
//! (off) with `BRIM_PASSPHRASE` and aborts the process right after STEP
//! (`key_file_written`, `copy_written`, `old_closed` or `swapped`), to leave
//! the files exactly as a crash at that point would. `rekey` changes the
//! passphrase from `BRIM_PASSPHRASE` to `BRIM_NEW_PASSPHRASE` the same way
//! (its last step is `key_file_replaced`).

use std::io::Write;

use anyhow::{Context, bail};
use brim_core::{Area, Journal, LockStep, NewMoment, NewSkill, SkillQuery};

fn open(path: &std::ffi::OsStr, passphrase: Option<&str>) -> anyhow::Result<Journal> {
    Ok(match passphrase {
        Some(passphrase) => {
            Journal::open_with_passphrase(path, passphrase).context("open the locked journal")?
        }
        None => Journal::open(path).context("open the journal")?,
    })
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let path = args.next().context("give the journal's path as the first argument")?;
    let passphrase = std::env::var("BRIM_PASSPHRASE").ok();
    if let Some(action) = args.next() {
        let step = args.next().context("give the step to stop after")?;
        let stop_after = match step.to_str() {
            Some("key_file_written") => LockStep::KeyFileWritten,
            Some("copy_written") => LockStep::CopyWritten,
            Some("old_closed") => LockStep::OldClosed,
            Some("swapped") => LockStep::Swapped,
            Some("key_file_replaced") => LockStep::KeyFileReplaced,
            _ => bail!("unknown step {step:?}"),
        };
        let passphrase = passphrase.context("set BRIM_PASSPHRASE")?;
        let crash = |at: LockStep| {
            if at == stop_after {
                // No destructors, no clean close: what a kill leaves.
                std::process::abort();
            }
        };
        match action.to_str() {
            Some("lock-on") => open(&path, None)?.turn_lock_on_stepwise(&passphrase, crash)?,
            Some("lock-off") => open(&path, Some(&passphrase))?.turn_lock_off_stepwise(&passphrase, crash)?,
            Some("rekey") => {
                let new = std::env::var("BRIM_NEW_PASSPHRASE").context("set BRIM_NEW_PASSPHRASE")?;
                open(&path, Some(&passphrase))?.change_passphrase_stepwise(&passphrase, &new, crash)?
            }
            _ => bail!("unknown action {action:?}"),
        }
        bail!("the lock changed without reaching {step:?}");
    }

    let journal = open(&path, passphrase.as_deref())?;
    let skill = match journal.skills(&SkillQuery::default())?.into_iter().next() {
        Some(skill) => skill,
        None => journal.add_skill(NewSkill::new("Keeping going", Area::Resilience))?,
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
