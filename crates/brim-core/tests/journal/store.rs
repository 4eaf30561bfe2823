use brim_core::{Area, ErrorCode, Journal};

use crate::{day, journal, note, skill, today};

#[test]
fn a_journal_is_still_there_after_reopening() {
    let (j, dir) = journal();
    let s = skill(&j, "Listening", Area::People);
    let m = j.add_moment(note(today(), "Listened", &[&s])).unwrap();
    drop(j);
    let j = Journal::open(dir.path().join("journal.db")).unwrap();
    assert_eq!(j.skill(s.id).unwrap().evidence_count, 1);
    assert_eq!(j.moment(m.id).unwrap().text, "Listened");
}

#[test]
fn the_store_runs_with_wal_full_sync_and_foreign_keys() {
    let (j, _dir) = journal();
    let conn = rusqlite::Connection::open(j.path()).unwrap();
    let mode: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal", "WAL is a property of the file, so a fresh connection sees it");
    // synchronous and foreign_keys are per connection: prove the journal's own
    // connection enforces foreign keys by trying to break one through it.
    let err = j.add_moment(brim_core::NewMoment {
        date: today(),
        text: "x".into(),
        skill_ids: vec![uuid::Uuid::now_v7()],
    });
    assert_eq!(err.unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn a_journal_from_a_newer_brim_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    drop(Journal::open(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 999).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Journal::open(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::NewerJournal);
    assert!(err.to_string().contains("update Brim"));
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file is not touched");
}

#[test]
fn an_older_journal_is_brought_forward() {
    // A file at schema 0 (an empty SQLite file) is migrated to the latest.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    rusqlite::Connection::open(&path).unwrap().execute_batch("CREATE TABLE unrelated (x)").unwrap();
    let j = Journal::open(&path).unwrap();
    skill(&j, "Listening", Area::People);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
    assert!(version >= 1);
}

#[test]
fn a_file_that_is_not_a_journal_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    std::fs::write(&path, b"this is not a database, it is a shopping list").unwrap();
    let err = Journal::open(&path).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Storage);
    assert!(!err.to_string().contains("shopping"));
}

#[test]
fn the_journal_can_be_shared_between_threads() {
    let (j, _dir) = journal();
    let j = std::sync::Arc::new(j);
    let threads: Vec<_> = (0..4)
        .map(|t| {
            let j = j.clone();
            std::thread::spawn(move || {
                for i in 0..10 {
                    j.add_moment(note(today(), &format!("thread {t} moment {i}"), &[])).unwrap();
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    assert_eq!(j.moments(100, None).unwrap().moments.len(), 40);
}

#[test]
fn a_journal_from_the_first_schema_gains_its_evidence_counts() {
    // Build a journal at schema 1 by hand, as the first release wrote it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../../../migrations/device/0001_init.sql")).unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO skill VALUES ('0190b6b0-0000-7000-8000-000000000001', 'Cooking', 'practical', '', NULL, 0, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
             INSERT INTO moment VALUES ('0190b6b0-0000-7000-8000-000000000002', 'note', '2025-05-04', 'Cooked', '2025-05-04T00:00:00Z', '2025-05-04T00:00:00Z');
             INSERT INTO moment_skill VALUES ('0190b6b0-0000-7000-8000-000000000002', '0190b6b0-0000-7000-8000-000000000001');",
        )
        .unwrap();
    }
    let j = Journal::open(&path).unwrap();
    let g = j.growth().unwrap();
    assert_eq!(g.evidence[0].quarters[0].quarter, "2025-Q2");
    assert_eq!(g.evidence[0].quarters[0].count, 1);
    assert_eq!(j.skills(&brim_core::SkillQuery::default()).unwrap()[0].evidence_count, 1);

    // Its moment was indexed by the first schema's trigger: it stays findable,
    // and rewriting it leaves no trace of the old words (migration 0003).
    assert_eq!(j.search_moments("cooked", 10).unwrap().len(), 1);
    let id = j.search_moments("cooked", 10).unwrap()[0].id;
    let edit = brim_core::NewMoment { date: day(2025, 5, 4), text: "Baked bread".into(), skill_ids: vec![] };
    j.edit_moment(id, edit).unwrap();
    assert!(j.search_moments("cooked", 10).unwrap().is_empty());
    assert_eq!(j.search_moments("baked", 10).unwrap().len(), 1);
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("INSERT INTO moment_fts (moment_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
}

#[test]
fn a_journal_from_schema_4_keeps_everything_through_the_lean_links() {
    // Schema 4 as the last release wrote it: one moment already in the search
    // index, one still in the backlog, a deleted moment leaving a gap in the
    // row numbers, and an accepted recognition pointing at a moment.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("journal.db");
    let (cook, listen) = ("0190b6b0-0000-7000-8000-000000000001", "0190b6b0-0000-7000-8000-000000000002");
    let (bread, gone, soup) = (
        "0190b6b0-0000-7000-8000-000000000003",
        "0190b6b0-0000-7000-8000-000000000004",
        "0190b6b0-0000-7000-8000-000000000005",
    );
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "foreign_keys", "ON").unwrap();
        for sql in [
            include_str!("../../../../migrations/device/0001_init.sql"),
            include_str!("../../../../migrations/device/0002_skill_evidence.sql"),
            include_str!("../../../../migrations/device/0003_search_backlog.sql"),
            include_str!("../../../../migrations/device/0004_sharing.sql"),
        ] {
            conn.execute_batch(sql).unwrap();
        }
        let t = "'2025-01-01T00:00:00Z'";
        conn.execute_batch(&format!(
            "PRAGMA user_version = 4;
             INSERT INTO skill VALUES ('{cook}', 'Cooking', 'practical', '', NULL, 0, {t}, {t});
             INSERT INTO skill VALUES ('{listen}', 'Listening', 'people', '', NULL, 0, {t}, {t});
             INSERT INTO moment VALUES ('{bread}', 'note', '2025-05-04', 'Baked bread', {t}, {t});
             INSERT INTO moment VALUES ('{gone}', 'note', '2025-05-05', 'Gone soon', {t}, {t});
             INSERT INTO moment VALUES ('{soup}', 'recognition', '2025-06-01', 'Made soup for everyone', {t}, {t});
             INSERT INTO moment_skill VALUES ('{bread}', '{cook}', '2025-Q2');
             INSERT INTO moment_skill VALUES ('{soup}', '{listen}', '2025-Q2');
             INSERT INTO moment_skill VALUES ('{soup}', '{cook}', '2025-Q2');
             INSERT INTO moment_fts (rowid, text) SELECT rowid, text FROM moment WHERE id = '{bread}';
             DELETE FROM moment_unindexed WHERE moment_rowid = (SELECT rowid FROM moment WHERE id = '{bread}');
             DELETE FROM moment WHERE id = '{gone}';
             INSERT INTO recognition VALUES ('0190b6b0-0000-7000-8000-000000000006', 'Sam', 'Great soup',
                 '2025-06-01', 'accepted', '{cook}', '{soup}', {t}, {t}, NULL);"
        ))
        .unwrap();
    }
    let j = Journal::open(&path).unwrap();

    // The recognition still points at its moment: the old table was dropped
    // with foreign keys off, so nothing cascaded.
    let recognitions = j.recognitions().unwrap();
    assert_eq!(recognitions[0].moment_id.map(|id| id.to_string()).as_deref(), Some(soup));
    // Each moment knows its skills, in id order, and the evidence counts stand.
    let soup_moment = j.moment(soup.parse().unwrap()).unwrap();
    assert_eq!(soup_moment.skill_ids.iter().map(ToString::to_string).collect::<Vec<_>>(), [cook, listen]);
    let for_cooking = j.moments_for_skill(cook.parse().unwrap(), 10, None).unwrap();
    assert_eq!(for_cooking.moments.len(), 2);
    let skills = j.skills(&brim_core::SkillQuery::default()).unwrap();
    let cooking = skills.iter().find(|s| s.name == "Cooking").unwrap();
    assert_eq!(cooking.evidence_count, 2);

    // Both moments are found: the indexed one by its old row number, the one
    // waiting in the backlog once the index catches up.
    assert_eq!(j.search_moments("bread", 10).unwrap().len(), 1);
    assert_eq!(j.search_moments("soup", 10).unwrap().len(), 1);
    // A new moment takes a number above both, and is found too.
    let new = j
        .add_moment(brim_core::NewMoment {
            date: day(2025, 7, 1),
            text: "Cooked rice".into(),
            skill_ids: vec![cook.parse().unwrap()],
        })
        .unwrap();
    assert_eq!(j.search_moments("cooked", 10).unwrap()[0].id, new.id);
    j.delete_moment(soup.parse().unwrap()).unwrap();
    assert!(j.search_moments("soup", 10).unwrap().is_empty());
    assert_eq!(j.moments_for_skill(listen.parse().unwrap(), 10, None).unwrap().moments.len(), 0);

    // Skills made after the migration take the next number (0006), and their
    // links and counts work like the old ones'.
    let baking = j.add_skill(brim_core::NewSkill::new("Baking", brim_core::Area::Practical)).unwrap();
    j.add_moment(brim_core::NewMoment {
        date: day(2025, 7, 2),
        text: "Bread again".into(),
        skill_ids: vec![baking.id, cook.parse().unwrap()],
    })
    .unwrap();
    assert_eq!(j.moments_for_skill(baking.id, 10, None).unwrap().moments.len(), 1);
    assert_eq!(j.skill(baking.id).unwrap().evidence_count, 1);
    let skills = j.skills(&brim_core::SkillQuery::default()).unwrap();
    let counts: Vec<(String, u32)> = skills.iter().map(|s| (s.name.clone(), s.evidence_count)).collect();
    assert!(counts.contains(&("Baking".into(), 1)) && counts.contains(&("Cooking".into(), 3)), "{counts:?}");
    crate::links_agree(&j);
    assert_eq!(j.search_moments("again", 10).unwrap().len(), 1);

    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute("INSERT INTO moment_fts (moment_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
    let broken: i64 =
        conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).unwrap();
    assert_eq!(broken, 0);
    crate::links_agree(&j);
}
