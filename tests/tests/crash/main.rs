//! Crash safety of the private journal: a writer process is killed with
//! SIGKILL at random moments, again and again, on the same file. Every moment
//! whose id it printed (printed only after its commit returned) must still be
//! there, and SQLite must find the file sound every time. The same runs on an
//! encrypted journal, and turning the lock on or off, or changing the
//! passphrase, is cut short after each of its steps: the journal must open
//! afterwards with everything in it (and, for a new passphrase, with exactly
//! one of the two passphrases).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use brim_core::{Journal, NewMoment};
use rusqlite::Connection;
use uuid::Uuid;

const CYCLES: usize = 200;
/// Fewer on the encrypted journal: each cycle also pays two unlocks
/// (Argon2id, 64 MiB), one in the writer and one in the check.
const ENCRYPTED_CYCLES: usize = 100;
const PASSPHRASE: &str = "crash test passphrase";
const NEW_PASSPHRASE: &str = "a new crash test passphrase";

fn writer() -> Command {
    Command::new(env!("CARGO_BIN_EXE_crash-writer"))
}

/// Starts the writer, lets it run for `run_for` (counted from its first saved
/// moment if `after_first` is set), kills it with SIGKILL and returns every id
/// it printed in full.
fn write_then_kill(
    journal: &Path,
    passphrase: Option<&str>,
    run_for: Duration,
    after_first: bool,
) -> Vec<Uuid> {
    let mut command = writer();
    if let Some(passphrase) = passphrase {
        command.env("BRIM_PASSPHRASE", passphrase);
    }
    let mut child = command
        .arg(journal)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the crash writer");
    // Read while it writes, so a full pipe never holds the writer back.
    let stdout = child.stdout.take().expect("the writer's stdout");
    let (first_tx, first_rx) = mpsc::channel();
    let reader = thread::spawn(move || {
        let mut lines = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.is_empty() {
                let _ = first_tx.send(());
            }
            lines.push(line);
        }
        lines
    });
    if after_first {
        // Unlocking takes a while (Argon2id): count from the first save.
        let _ = first_rx.recv_timeout(Duration::from_secs(30));
    }
    thread::sleep(run_for);
    // `Child::kill` is SIGKILL on Unix: no destructors, no clean close.
    child.kill().expect("kill the writer");
    let status = child.wait().expect("reap the writer");
    let lines = reader.join().expect("read the writer's output");
    if status.code().is_some() {
        // It exited by itself instead of being killed: it failed, so say why.
        let mut err = String::new();
        std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut err).ok();
        panic!("the crash writer stopped on its own ({status}): {err}");
    }
    // A line cut short by the kill has no newline and is not a full id: only
    // lines that parse are promises.
    lines.iter().filter_map(|line| Uuid::parse_str(line).ok()).collect()
}

fn open(path: &Path, passphrase: Option<&str>) -> brim_core::Result<Journal> {
    match passphrase {
        Some(passphrase) => Journal::open_with_passphrase(path, passphrase),
        None => Journal::open(path),
    }
}

/// `cycles` kills of the writer on the journal at `path`; returns how many
/// moments were promised.
fn kill_again_and_again(path: &Path, passphrase: Option<&str>, cycles: usize) -> usize {
    let mut printed: Vec<Uuid> = Vec::new();
    for cycle in 0..cycles {
        let run_for = Duration::from_millis(fastrand::u64(3..=80));
        let ids = write_then_kill(path, passphrase, run_for, passphrase.is_some());

        let journal = open(path, passphrase)
            .unwrap_or_else(|e| panic!("cycle {cycle}: the journal would not open after a kill: {e}"));
        for id in &ids {
            let moment = journal
                .moment(*id)
                .unwrap_or_else(|e| panic!("cycle {cycle}: moment {id} was saved, then lost: {e}"));
            assert!(moment.text.starts_with("Moment "), "cycle {cycle}: moment {id} came back changed");
        }
        assert_eq!(journal.integrity_check().expect("integrity_check"), "ok", "cycle {cycle}");
        drop(journal);
        printed.extend(ids);
    }

    // Once more at the end, every promise from every cycle.
    let journal = open(path, passphrase).expect("open the journal at the end");
    for id in &printed {
        assert!(journal.moment(*id).is_ok(), "moment {id} was lost in a later cycle");
    }
    let stored = journal.backup().expect("read everything").moments.len();
    eprintln!("{cycles} kills: {} moments promised, {stored} stored", printed.len());
    assert!(stored >= printed.len(), "{stored} moments stored but {} promised", printed.len());
    assert!(printed.len() > cycles, "the writer saved only {} moments in {cycles} runs", printed.len());
    printed.len()
}

#[test]
fn moments_survive_being_killed_mid_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.sqlite");
    kill_again_and_again(&path, None, CYCLES);
    // And plain SQLite agrees the file is sound.
    let conn = Connection::open(&path).expect("open the journal with plain SQLite");
    let check: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity_check");
    assert_eq!(check, "ok");
}

#[test]
fn moments_survive_being_killed_mid_write_on_an_encrypted_journal() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.sqlite");
    Journal::open(&path).expect("a new journal").turn_lock_on(PASSPHRASE).expect("turn the lock on");
    kill_again_and_again(&path, Some(PASSPHRASE), ENCRYPTED_CYCLES);
    // Plain SQLite cannot read it at all.
    let conn = Connection::open(&path).expect("open the file with plain SQLite");
    assert!(conn.query_row("SELECT count(*) FROM moment", [], |r| r.get::<_, i64>(0)).is_err());
}

/// A journal of 300 moments; their ids.
fn journal_with_moments(path: &Path) -> Vec<Uuid> {
    let journal = Journal::open(path).expect("a new journal");
    let date = chrono::Local::now().date_naive();
    (0..300)
        .map(|n| {
            let text = format!("Moment {n}: made the money last till Friday. ").repeat(1 + n % 20);
            journal.add_moment(NewMoment { date, text, skill_ids: vec![] }).expect("save").id
        })
        .collect()
}

/// Runs the writer's `action` (`lock-on`/`lock-off`), which aborts after
/// `step`; then the journal must open, locked or not, with every moment.
fn cut_short(path: &Path, action: &str, step: &str, ids: &[Uuid]) -> bool {
    let status = writer()
        .env("BRIM_PASSPHRASE", PASSPHRASE)
        .args([path.as_os_str(), action.as_ref(), step.as_ref()])
        .stderr(Stdio::piped())
        .output()
        .expect("run the writer");
    assert_eq!(
        status.status.code(),
        None,
        "{action} {step}: the writer should have been cut short: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let locked = Journal::needs_passphrase(path).expect("look at the file");
    let journal = if locked { Journal::open_with_passphrase(path, PASSPHRASE) } else { Journal::open(path) }
        .unwrap_or_else(|e| panic!("{action} cut short after {step}: the journal would not open: {e}"));
    for id in ids {
        assert!(journal.moment(*id).is_ok(), "{action} cut short after {step}: moment {id} was lost");
    }
    assert_eq!(journal.integrity_check().expect("integrity_check"), "ok", "{action} after {step}");
    // The person can simply try again.
    if locked {
        journal.turn_lock_off(PASSPHRASE).expect("turn the lock off after the crash");
    } else {
        journal.turn_lock_on(PASSPHRASE).expect("turn the lock on after the crash");
    }
    for id in ids {
        assert!(journal.moment(*id).is_ok(), "{action} after {step}, tried again: moment {id} was lost");
    }
    locked
}

#[test]
fn turning_the_lock_on_or_off_cut_short_at_any_step_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (step, locked_after) in
        [("key_file_written", false), ("copy_written", false), ("old_closed", false), ("swapped", true)]
    {
        let path = dir.path().join(format!("on-{step}.sqlite"));
        let ids = journal_with_moments(&path);
        assert_eq!(cut_short(&path, "lock-on", step, &ids), locked_after, "lock-on cut short after {step}");
    }
    for (step, locked_after) in [("copy_written", true), ("old_closed", true), ("swapped", false)] {
        let path = dir.path().join(format!("off-{step}.sqlite"));
        let ids = journal_with_moments(&path);
        Journal::open(&path).expect("open").turn_lock_on(PASSPHRASE).expect("lock on");
        assert_eq!(cut_short(&path, "lock-off", step, &ids), locked_after, "lock-off cut short after {step}");
    }
}

/// Changing the passphrase (a fresh key: the journal is copied under it) cut
/// short after each step: the journal opens with exactly one of the two
/// passphrases, whole, with every moment; and the change can be made again.
#[test]
fn changing_the_passphrase_cut_short_at_any_step_loses_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (step, new_opens) in [
        ("key_file_written", false),
        ("copy_written", false),
        ("old_closed", false),
        ("swapped", true),
        ("key_file_replaced", true),
    ] {
        let path = dir.path().join(format!("rekey-{step}.sqlite"));
        let ids = journal_with_moments(&path);
        Journal::open(&path).expect("open").turn_lock_on(PASSPHRASE).expect("lock on");
        let status = writer()
            .env("BRIM_PASSPHRASE", PASSPHRASE)
            .env("BRIM_NEW_PASSPHRASE", NEW_PASSPHRASE)
            .args([path.as_os_str(), "rekey".as_ref(), step.as_ref()])
            .stderr(Stdio::piped())
            .output()
            .expect("run the writer");
        assert_eq!(
            status.status.code(),
            None,
            "rekey {step}: the writer should have been cut short: {}",
            String::from_utf8_lossy(&status.stderr)
        );
        assert!(Journal::needs_passphrase(&path).expect("look at the file"), "rekey {step}: still locked");
        let (right, wrong) =
            if new_opens { (NEW_PASSPHRASE, PASSPHRASE) } else { (PASSPHRASE, NEW_PASSPHRASE) };
        // The wrong one first: it must neither open it nor spoil the right one.
        let refused = Journal::open_with_passphrase(&path, wrong).expect_err("only one passphrase opens it");
        assert_eq!(refused.code(), brim_core::ErrorCode::WrongPassphrase, "rekey {step}: {refused}");
        let journal = Journal::open_with_passphrase(&path, right)
            .unwrap_or_else(|e| panic!("rekey cut short after {step}: the journal would not open: {e}"));
        for id in &ids {
            assert!(journal.moment(*id).is_ok(), "rekey cut short after {step}: moment {id} was lost");
        }
        assert_eq!(journal.integrity_check().expect("integrity_check"), "ok", "rekey after {step}");
        drop(journal);
        // Settled: the wrong one still opens nothing, the right one still opens it.
        assert_eq!(
            Journal::open_with_passphrase(&path, wrong).expect_err("still only one").code(),
            brim_core::ErrorCode::WrongPassphrase,
            "rekey {step}, settled"
        );
        let journal = Journal::open_with_passphrase(&path, right).expect("open again");
        // The person can simply change it again.
        journal.change_passphrase(right, "third passphrase").expect("change the passphrase after the crash");
        drop(journal);
        let journal = Journal::open_with_passphrase(&path, "third passphrase").expect("open with the third");
        for id in &ids {
            assert!(journal.moment(*id).is_ok(), "rekey {step}, changed again: moment {id} was lost");
        }
        let base = format!("rekey-{step}.sqlite");
        let kept = [base.clone(), format!("{base}.key"), format!("{base}-wal"), format!("{base}-shm")];
        let leftovers: Vec<String> = std::fs::read_dir(dir.path())
            .expect("list the folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|name| name.starts_with(&base) && !kept.contains(name))
            .collect();
        assert!(leftovers.is_empty(), "rekey {step}: left behind {leftovers:?}");
    }
}
