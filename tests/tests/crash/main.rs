//! Crash safety of the private journal: a writer process is killed with
//! SIGKILL at random moments, again and again, on the same file. Every moment
//! whose id it printed (printed only after its commit returned) must still be
//! there, and SQLite must find the file sound every time.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::Duration;

use brim_core::Journal;
use rusqlite::Connection;
use uuid::Uuid;

const CYCLES: usize = 200;

/// Starts the writer, lets it run for `run_for`, kills it with SIGKILL and
/// returns every id it printed in full.
fn write_then_kill(journal: &Path, run_for: Duration) -> Vec<Uuid> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_crash-writer"))
        .arg(journal)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the crash writer");
    // Read while it writes, so a full pipe never holds the writer back.
    let stdout = child.stdout.take().expect("the writer's stdout");
    let reader =
        thread::spawn(move || BufReader::new(stdout).lines().map_while(Result::ok).collect::<Vec<String>>());
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

fn integrity(path: &Path) -> String {
    let conn = Connection::open(path).expect("open the journal with plain SQLite");
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("run integrity_check")
}

#[test]
fn moments_survive_being_killed_mid_write() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("journal.sqlite");
    let mut printed: Vec<Uuid> = Vec::new();

    for cycle in 0..CYCLES {
        let run_for = Duration::from_millis(fastrand::u64(3..=80));
        let ids = write_then_kill(&path, run_for);

        let journal = Journal::open(&path)
            .unwrap_or_else(|e| panic!("cycle {cycle}: the journal would not open after a kill: {e}"));
        for id in &ids {
            let moment = journal
                .moment(*id)
                .unwrap_or_else(|e| panic!("cycle {cycle}: moment {id} was saved, then lost: {e}"));
            assert!(moment.text.starts_with("Moment "), "cycle {cycle}: moment {id} came back changed");
        }
        drop(journal);
        assert_eq!(integrity(&path), "ok", "cycle {cycle}: integrity_check after a kill");
        printed.extend(ids);
    }

    // Once more at the end, every promise from every cycle.
    let journal = Journal::open(&path).expect("open the journal at the end");
    for id in &printed {
        assert!(journal.moment(*id).is_ok(), "moment {id} was lost in a later cycle");
    }
    drop(journal);
    let conn = Connection::open(&path).expect("open the journal with plain SQLite");
    let stored: i64 =
        conn.query_row("SELECT count(*) FROM moment", [], |r| r.get(0)).expect("count the moments");
    let stored = usize::try_from(stored).expect("a count is never negative");
    eprintln!("{CYCLES} kills: {} moments promised, {stored} stored", printed.len());
    assert!(stored >= printed.len(), "{stored} moments stored but {} promised", printed.len());
    assert!(printed.len() > CYCLES, "the writer saved only {} moments in {CYCLES} runs", printed.len());
}
