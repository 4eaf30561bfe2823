//! Integration tests of brim-core against real SQLite files in temp dirs.
#![allow(clippy::unwrap_used)]

mod backup;
mod check_ins;
mod encrypted_backup;
mod erase;
mod growth;
mod home;
mod lock;
mod moments;
mod portfolio;
mod recognitions;
mod reminders;
mod skills;
mod store;

use brim_core::{Area, Journal, NewMoment, NewSkill, Skill};
use chrono::{Local, NaiveDate};
use tempfile::TempDir;

/// A fresh journal in its own temp dir (kept alive by the returned guard).
pub fn journal() -> (Journal, TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let journal = Journal::open(dir.path().join("journal.db")).unwrap();
    (journal, dir)
}

pub fn today() -> NaiveDate {
    Local::now().date_naive()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn skill(journal: &Journal, name: &str, area: Area) -> Skill {
    journal.add_skill(NewSkill { name: name.into(), area, story: String::new(), prompt_id: None }).unwrap()
}

pub fn note(date: NaiveDate, text: &str, skills: &[&Skill]) -> NewMoment {
    NewMoment { date, text: text.into(), skill_ids: skills.iter().map(|s| s.id).collect() }
}

/// Rows in a table, to prove a failed call wrote nothing.
pub fn count(journal: &Journal, table: &str) -> i64 {
    let conn = rusqlite::Connection::open(journal.path()).unwrap();
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0)).unwrap()
}

/// Every moment's own list of skills (migration 0005) matches its links,
/// stored or still waiting (0008); only moments up to `linked_upto` have
/// stored links, and every link belongs to a moment.
pub fn links_agree(journal: &Journal) {
    let conn = rusqlite::Connection::open(journal.path()).unwrap();
    let disagree: i64 = conn
        .query_row(
            "SELECT count(*) FROM moment m WHERE m.skill_ids IS NOT
                 (SELECT json_group_array(id) FROM
                     (SELECT s.id FROM moment_link ms JOIN skill s ON s.seq = ms.skill_seq
                      WHERE ms.moment_seq = m.seq ORDER BY s.id))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(disagree, 0, "a moment's skills and its links disagree");
    let early: i64 = conn
        .query_row(
            "SELECT count(*) FROM moment_skill WHERE moment_seq > (SELECT linked_upto FROM search_state)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(early, 0, "a waiting moment also has stored links: they would count twice");
    let orphans: i64 = conn
        .query_row(
            "SELECT count(*) FROM moment_skill WHERE moment_seq NOT IN (SELECT seq FROM moment)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0, "a link outlived its moment");
}
