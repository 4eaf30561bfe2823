use brim_core::{
    AcceptAs, Area, Backup, Cadence, ErrorCode, ImportSummary, Journal, NewCheckIn, NewMoment, NewRating,
    NewRecognition, NewSkill, SkillQuery,
};
use chrono::Days;
use proptest::prelude::*;

use crate::{count, day, journal, note, skill, today};

/// Everything a person can see, to compare two journals.
fn visible_state(j: &Journal) -> (Backup, String) {
    let mut backup = j.backup().unwrap();
    backup.exported_at = chrono::DateTime::UNIX_EPOCH;
    let views = serde_json::json!({
        "skills": j.skills(&SkillQuery { include_archived: true, ..SkillQuery::default() }).unwrap(),
        "moments": j.moments(500, None).unwrap(),
        "checkIns": j.check_ins().unwrap(),
        "recognitions": j.recognitions().unwrap(),
        "growth": j.growth().unwrap(),
        "cadence": j.cadence().unwrap(),
    });
    (backup, views.to_string())
}

/// Rows exactly as SQLite holds them, every column as its stored text.
fn raw_rows(j: &Journal, sql: &str) -> Vec<Vec<String>> {
    let conn = rusqlite::Connection::open(j.path()).unwrap();
    let mut stmt = conn.prepare(sql).unwrap();
    let columns = stmt.column_count();
    stmt.query_map([], |row| {
        (0..columns).map(|i| row.get::<_, rusqlite::types::Value>(i).map(|v| format!("{v:?}"))).collect()
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

#[derive(Debug, Clone)]
enum Op {
    Skill { name: String, area: u8, story: String },
    Moment { text: String, days_ago: u16, skills: Vec<u8> },
    CheckIn { ratings: Vec<(u8, u8)>, note: String, days_ago: u16 },
    Recognition { from: String, text: String, decide: u8, skill: u8 },
    Archive(u8),
    Cadence(u8),
}

fn words() -> impl Strategy<Value = String> {
    // Unicode, quotes and newlines included: a backup must keep text exactly.
    proptest::string::string_regex("[a-zA-Z0-9 éøß\"'\\n✓]{1,40}").unwrap()
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (words(), 0u8..12, words()).prop_map(|(name, area, story)| Op::Skill { name, area, story }),
        (words(), 0u16..4000, proptest::collection::vec(0u8..16, 0..4))
            .prop_map(|(text, days_ago, skills)| Op::Moment { text, days_ago, skills }),
        (proptest::collection::vec((0u8..16, 1u8..=5), 1..5), words(), 0u16..4000)
            .prop_map(|(ratings, note, days_ago)| Op::CheckIn { ratings, note, days_ago }),
        (words(), words(), 0u8..3, 0u8..16).prop_map(|(from, text, decide, skill)| Op::Recognition {
            from,
            text,
            decide,
            skill
        }),
        (0u8..16).prop_map(Op::Archive),
        (0u8..4).prop_map(Op::Cadence),
    ]
}

/// Plays random operations through the public API. Refusals (a clashing
/// name, an archived skill) are part of real use and are simply skipped.
fn play(j: &Journal, ops: &[Op]) {
    let areas = [Area::People, Area::Money, Area::Caring, Area::SpeakingUp, Area::Own("Street life".into())];
    let mut skills = Vec::new();
    let pick = |skills: &Vec<uuid::Uuid>, i: u8| skills.get(i as usize % skills.len().max(1)).copied();
    for op in ops {
        match op.clone() {
            Op::Skill { name, area, story } => {
                let area = areas[area as usize % areas.len()].clone();
                if let Ok(s) = j.add_skill(NewSkill { name, area, story, prompt_id: None }) {
                    skills.push(s.id);
                }
            }
            Op::Moment { text, days_ago, skills: picks } => {
                let skill_ids = picks.iter().filter_map(|&i| pick(&skills, i)).collect();
                let _ =
                    j.add_moment(NewMoment { date: today() - Days::new(days_ago.into()), text, skill_ids });
            }
            Op::CheckIn { ratings, note, days_ago } => {
                let mut seen = Vec::new();
                let ratings = ratings
                    .iter()
                    .filter_map(|&(i, rating)| pick(&skills, i).map(|skill_id| (skill_id, rating)))
                    .filter(|(id, _)| {
                        !seen.contains(id) && {
                            seen.push(*id);
                            true
                        }
                    })
                    .map(|(skill_id, rating)| NewRating { skill_id, rating, note: String::new() })
                    .collect();
                let date = today() - Days::new(days_ago.into());
                let _ = j.record_check_in(NewCheckIn { date, note, ratings });
            }
            Op::Recognition { from, text, decide, skill } => {
                if let Ok(r) = j.add_recognition(NewRecognition { from, text, received_on: today() }) {
                    match (decide, pick(&skills, skill)) {
                        (1, Some(skill_id)) => {
                            let _ = j.accept_recognition(r.id, AcceptAs::Skill { skill_id });
                        }
                        (2, _) => {
                            let _ = j.dismiss_recognition(r.id);
                        }
                        _ => {}
                    }
                }
            }
            Op::Archive(i) => {
                if let Some(id) = pick(&skills, i) {
                    let _ = j.archive_skill(id);
                }
            }
            Op::Cadence(i) => {
                j.set_cadence(Cadence::from_months([1, 3, 6, 12][i as usize]).unwrap()).unwrap()
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, .. ProptestConfig::default() })]

    #[test]
    fn random_journals_round_trip_to_equal_state(ops in proptest::collection::vec(op(), 0..40)) {
        let (from, _a) = journal();
        play(&from, &ops);
        let json = from.export_backup().unwrap();
        let (to, _b) = journal();
        let summary = to.import_backup(&json).unwrap();
        prop_assert_eq!(summary.skills as i64, count(&from, "skill"));
        prop_assert_eq!(summary.moments as i64, count(&from, "moment"));
        prop_assert_eq!(visible_state(&to), visible_state(&from));
        // Stored exactly as the journal it came from stores them, links and
        // evidence counts included (stored or still waiting, migration 0008),
        // and the search index matches the moments.
        for sql in [
            "SELECT id, kind, date, text, skill_ids, created_at, updated_at FROM moment ORDER BY id",
            "SELECT m.id, s.id, ms.quarter FROM moment_link ms JOIN moment m ON m.seq = ms.moment_seq
             JOIN skill s ON s.seq = ms.skill_seq ORDER BY m.id, s.id",
            "SELECT s.id, e.quarter, e.moments FROM evidence e JOIN skill s ON s.seq = e.skill_seq
             ORDER BY s.id, e.quarter",
        ] {
            prop_assert_eq!(raw_rows(&to, sql), raw_rows(&from, sql), "{}", sql);
        }
        let conn = rusqlite::Connection::open(to.path()).unwrap();
        conn.execute("INSERT INTO moment_fts (moment_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
        crate::links_agree(&from);
        crate::links_agree(&to);
    }
}

#[test]
fn a_backup_lists_moments_by_id_whatever_order_they_were_stored_in() {
    let (from, _a) = journal();
    let s = skill(&from, "Listening", Area::People);
    for n in 0..20 {
        from.add_moment(note(day(2025, 5, 1 + n % 28), &format!("Moment {n}"), &[&s])).unwrap();
    }
    let mut backup = from.backup().unwrap();
    let ids: Vec<_> = backup.moments.iter().map(|m| m.id).collect();
    assert!(ids.is_sorted(), "by id");
    // Imported the other way round, they are stored (numbered) in that order.
    backup.moments.reverse();
    let (to, _b) = journal();
    to.import_backup(&serde_json::to_string(&backup).unwrap()).unwrap();
    let again: Vec<_> = to.backup().unwrap().moments.iter().map(|m| m.id).collect();
    assert_eq!(again, ids);
}

/// Every row a restore writes or that follows from it, as SQLite stores it:
/// the entries, their links, evidence counts and settings.
fn stored_state(j: &Journal) -> Vec<Vec<Vec<String>>> {
    [
        "SELECT id, name, area, story, prompt_id, archived, created_at, updated_at FROM skill ORDER BY id",
        "SELECT id, kind, date, text, skill_ids, created_at, updated_at FROM moment ORDER BY id",
        // Links and counts as readers see them: stored, or still waiting in
        // their moments' rows (migration 0008).
        "SELECT m.id, s.id, ms.quarter FROM moment_link ms JOIN moment m ON m.seq = ms.moment_seq
         JOIN skill s ON s.seq = ms.skill_seq ORDER BY m.id, s.id",
        "SELECT s.id, e.quarter, e.moments FROM evidence e JOIN skill s ON s.seq = e.skill_seq
         ORDER BY s.id, e.quarter",
        "SELECT id, date, note, created_at FROM check_in ORDER BY id",
        "SELECT check_in_id, skill_id, rating, note FROM rating ORDER BY check_in_id, skill_id",
        "SELECT id, from_name, text, received_on, status, skill_id, moment_id, created_at, decided_at
         FROM recognition ORDER BY id",
        "SELECT key, value FROM setting ORDER BY key",
    ]
    .iter()
    .map(|sql| raw_rows(j, sql))
    .collect()
}

/// The search index agrees with the moments it indexes.
fn search_index_sound(j: &Journal) {
    let conn = rusqlite::Connection::open(j.path()).unwrap();
    conn.execute("INSERT INTO moment_fts (moment_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
}

/// A journal with one of everything, named after `who` so two can be told apart.
fn lived_in(who: &str) -> (Journal, tempfile::TempDir) {
    let (j, dir) = journal();
    let s = skill(&j, &format!("Cooking for {who}"), Area::Practical);
    let m = j.add_moment(note(day(2025, 3, 3), &format!("Made soup with {who}"), &[&s])).unwrap();
    j.record_check_in(NewCheckIn {
        date: day(2025, 4, 1),
        note: format!("{who} check-in"),
        ratings: vec![NewRating { skill_id: s.id, rating: 3, note: String::new() }],
    })
    .unwrap();
    let r = j
        .add_recognition(NewRecognition {
            from: format!("{who}'s friend"),
            text: "You cook well".into(),
            received_on: day(2025, 4, 2),
        })
        .unwrap();
    j.accept_recognition(r.id, AcceptAs::Skill { skill_id: s.id }).unwrap();
    assert!(j.moment(m.id).is_ok());
    (j, dir)
}

#[test]
fn restoring_the_same_backup_twice_changes_nothing_the_second_time() {
    let (from, _a) = lived_in("Ada");
    let json = from.export_backup().unwrap();
    let (to, _b) = journal();
    let first = to.import_backup(&json).unwrap();
    // Two moments: the one written and the one accepting the recognition made.
    assert_eq!((first.skills, first.moments, first.check_ins, first.recognitions), (1, 2, 1, 1));
    assert_eq!(first.already_there, 0);
    let after_first = stored_state(&to);
    assert_eq!(after_first, stored_state(&from), "the first restore brings everything");

    let second = to.import_backup(&json).unwrap();
    assert_eq!(second, ImportSummary { already_there: 5, ..ImportSummary::default() });
    assert_eq!(stored_state(&to), after_first, "the second restore changed nothing");
    assert_eq!(to.search_moments("soup", 10).unwrap().len(), 1, "no moment twice in search");
    search_index_sound(&to);
    crate::links_agree(&to);
}

#[test]
fn a_backup_merges_into_a_journal_that_has_other_entries_and_both_sets_stay() {
    let (from, _a) = lived_in("Ada");
    let (to, _b) = lived_in("Bea");
    let before = visible_state(&to).0;
    let theirs = from.backup().unwrap();

    let summary = to.import_backup(&from.export_backup().unwrap()).unwrap();
    assert_eq!((summary.skills, summary.moments, summary.check_ins, summary.recognitions), (1, 2, 1, 1));
    assert_eq!(summary.already_there, 0);
    let after = visible_state(&to).0;
    for (kept, len) in [
        (before.skills.iter().all(|s| after.skills.contains(s)), after.skills.len()),
        (before.moments.iter().all(|m| after.moments.contains(m)), after.moments.len()),
        (before.check_ins.iter().all(|c| after.check_ins.contains(c)), after.check_ins.len()),
        (before.recognitions.iter().all(|r| after.recognitions.contains(r)), after.recognitions.len()),
    ] {
        assert!(kept, "the journal's own entries are all still there");
        assert!(len > 0);
    }
    assert!(theirs.skills.iter().all(|s| after.skills.contains(s)), "the backup's skills came in");
    assert!(theirs.moments.iter().all(|m| after.moments.contains(m)), "the backup's moments came in");
    assert!(theirs.check_ins.iter().all(|c| after.check_ins.contains(c)), "and its check-ins");
    assert!(theirs.recognitions.iter().all(|r| after.recognitions.contains(r)), "and its recognitions");
    assert_eq!(
        (after.skills.len(), after.moments.len(), after.check_ins.len(), after.recognitions.len()),
        (2, 4, 2, 2)
    );
    // Both sets are searchable and counted as evidence.
    assert_eq!(to.search_moments("soup", 10).unwrap().len(), 2);
    let skills = to.skills(&SkillQuery::default()).unwrap();
    assert!(skills.iter().all(|s| s.evidence_count == 2), "{skills:?}");
    search_index_sound(&to);
    crate::links_agree(&to);
    // And a restore into it again adds nothing.
    let again = to.import_backup(&from.export_backup().unwrap()).unwrap();
    assert_eq!(again.already_there, 5);
    assert_eq!(visible_state(&to).0, after);
}

#[test]
fn where_the_journal_and_the_backup_disagree_about_one_entry_the_journal_keeps_its_copy() {
    let (j, _a) = lived_in("Ada");
    let old = j.export_backup().unwrap();
    // Changed after the backup was made: the journal's copies are the ones kept.
    let s = j.skills(&SkillQuery::default()).unwrap().remove(0);
    j.edit_skill(s.id, brim_core::SkillEdit { name: Some("Cooking well".into()), ..Default::default() })
        .unwrap();
    let m = j.moments(10, None).unwrap().moments.into_iter().find(|m| m.text.contains("soup")).unwrap();
    j.edit_moment(m.id, note(m.date, "Made a big pot of soup", &[])).unwrap();
    j.archive_skill(s.id).unwrap();
    let changed = stored_state(&j);

    let summary = j.import_backup(&old).unwrap();
    assert_eq!(summary, ImportSummary { already_there: 5, ..ImportSummary::default() });
    assert_eq!(stored_state(&j), changed, "nothing the journal has was overwritten");
    assert_eq!(j.moment(m.id).unwrap().text, "Made a big pot of soup");
    assert!(j.skill(s.id).unwrap().archived);

    // The other way round, the same: a newer backup does not overwrite an older journal.
    let (older, _b) = journal();
    older.import_backup(&old).unwrap();
    let before = stored_state(&older);
    older.import_backup(&j.export_backup().unwrap()).unwrap();
    assert_eq!(stored_state(&older), before);
}

#[test]
fn a_skill_named_like_one_in_the_journal_is_that_skill() {
    // Ada's backup: "Listening" with a moment, a rating and a recognition, and
    // an archived "Cooking".
    let (from, _a) = journal();
    let listening = skill(&from, "Listening", Area::People);
    let cooking = skill(&from, "Cooking", Area::Practical);
    from.add_moment(note(day(2025, 2, 2), "Heard Sam out", &[&listening, &cooking])).unwrap();
    from.record_check_in(NewCheckIn {
        date: day(2025, 2, 3),
        note: String::new(),
        ratings: vec![NewRating { skill_id: listening.id, rating: 4, note: String::new() }],
    })
    .unwrap();
    let r = from
        .add_recognition(NewRecognition {
            from: "Sam".into(),
            text: "Good ear".into(),
            received_on: day(2025, 2, 4),
        })
        .unwrap();
    from.accept_recognition(r.id, AcceptAs::Skill { skill_id: listening.id }).unwrap();
    from.archive_skill(cooking.id).unwrap();
    let json = from.export_backup().unwrap();

    // The journal it goes into has its own "LISTENING" (another id) and an active "Cooking".
    let (to, _b) = journal();
    let own = skill(&to, "LISTENING", Area::Caring);
    let own_cooking = skill(&to, "Cooking", Area::Practical);
    to.add_moment(note(day(2025, 1, 1), "Listened at group", &[&own])).unwrap();

    let summary = to.import_backup(&json).unwrap();
    assert_eq!(summary.skills, 1, "only the archived Cooking is new: {summary:?}");
    assert_eq!(summary.already_there, 1, "Listening was already there, by name");
    let all = to.skills(&SkillQuery { include_archived: true, ..SkillQuery::default() }).unwrap();
    assert_eq!(all.len(), 3, "{all:?}");
    let mine = to.skill(own.id).unwrap();
    assert_eq!(
        (mine.name.as_str(), &mine.area),
        ("LISTENING", &Area::Caring),
        "the journal's skill as it was"
    );
    assert_eq!(mine.evidence_count, 3, "its own moment, Ada's, and the recognition's");
    assert!(to.skill(listening.id).is_err(), "no second Listening");
    // An archived skill may share a name: it comes in as itself.
    assert!(to.skill(cooking.id).unwrap().archived);
    assert!(!to.skill(own_cooking.id).unwrap().archived);
    // The rating and the recognition point at the journal's skill.
    let check_in = to.check_ins().unwrap().remove(0);
    assert_eq!(check_in.ratings[0].skill_id, own.id);
    assert_eq!(to.recognitions().unwrap()[0].skill_id, Some(own.id));
    let heard = to.search_moments("Heard", 10).unwrap().remove(0);
    assert_eq!(heard.skill_ids.len(), 2);
    assert!(heard.skill_ids.contains(&own.id) && heard.skill_ids.contains(&cooking.id));
    crate::links_agree(&to);
    search_index_sound(&to);

    // Restoring it again adds nothing and joins nothing twice.
    let before = stored_state(&to);
    let again = to.import_backup(&json).unwrap();
    assert_eq!(again, ImportSummary { already_there: 2 + 1 + 1 + 2, ..ImportSummary::default() });
    assert_eq!(stored_state(&to), before);
}

#[test]
fn a_restore_that_fails_part_way_leaves_nothing_half_done() {
    let (from, _a) = lived_in("Ada");
    let json = from.export_backup().unwrap();
    let (to, _b) = lived_in("Bea");
    let before = stored_state(&to);
    // The last kind of entry a restore writes fails, as a full disk would.
    let conn = rusqlite::Connection::open(to.path()).unwrap();
    conn.execute_batch(
        "CREATE TRIGGER no_more BEFORE INSERT ON recognition BEGIN SELECT RAISE(ABORT, 'disk full'); END;",
    )
    .unwrap();
    let err = to.import_backup(&json).unwrap_err();
    assert_eq!(err.code(), ErrorCode::Storage, "{err}");
    assert!(!err.to_string().contains("disk full"), "SQLite's words stay out of the message");
    assert_eq!(stored_state(&to), before, "no skill, moment or check-in of it stayed");
    conn.execute_batch("DROP TRIGGER no_more").unwrap();
    assert_eq!(to.import_backup(&json).unwrap().moments, 2);
}

#[test]
fn two_active_skills_of_one_name_in_a_file_are_refused() {
    let (from, _a) = journal();
    skill(&from, "Listening", Area::People);
    let mut edited: serde_json::Value = serde_json::from_str(&from.export_backup().unwrap()).unwrap();
    let mut twin = edited["skills"][0].clone();
    twin["id"] = serde_json::json!(uuid::Uuid::now_v7());
    twin["name"] = serde_json::json!("listening");
    edited["skills"].as_array_mut().unwrap().push(twin.clone());
    let (to, _b) = journal();
    let err = to.import_backup(&edited.to_string()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidBackup);
    assert!(err.to_string().contains("same name"), "{err}");
    assert_eq!(count(&to, "skill"), 0);
    // One of them archived: that is a journal Brim can have.
    edited["skills"][1]["archived"] = serde_json::json!(true);
    assert_eq!(to.import_backup(&edited.to_string()).unwrap().skills, 2);
}

#[test]
fn a_bad_backup_changes_nothing_and_says_why() {
    let (from, _a) = journal();
    let s = skill(&from, "Listening", Area::People);
    from.add_moment(note(day(2025, 5, 5), "Listened", &[&s])).unwrap();
    let good: serde_json::Value = serde_json::from_str(&from.export_backup().unwrap()).unwrap();

    let mut broken_link = good.clone();
    broken_link["moments"][0]["skillIds"][0] = serde_json::json!(uuid::Uuid::now_v7());
    let mut bad_rating = good.clone();
    bad_rating["checkIns"] = serde_json::json!([{
        "id": uuid::Uuid::now_v7(), "date": "2025-01-01", "note": "", "createdAt": "2025-01-01T00:00:00Z",
        "ratings": [{ "skillId": s.id, "rating": 9, "note": "" }]
    }]);
    let mut newer = good.clone();
    newer["version"] = serde_json::json!(brim_core::BACKUP_VERSION + 1);
    let mut not_brim = good.clone();
    not_brim["format"] = serde_json::json!("something-else");
    let mut empty_name = good.clone();
    empty_name["skills"][0]["name"] = serde_json::json!("  ");

    let (to, _b) = journal();
    let (full, _c) = lived_in("Bea");
    let full_before = stored_state(&full);
    for bad in [broken_link, bad_rating, newer, not_brim, empty_name] {
        let err = to.import_backup(&bad.to_string()).unwrap_err();
        assert_eq!(err.code(), ErrorCode::InvalidBackup, "{err}");
        assert_eq!(full.import_backup(&bad.to_string()).unwrap_err().code(), ErrorCode::InvalidBackup);
    }
    for text in ["", "{", "[]", "not json at all", "{\"format\":\"brim-backup\"}"] {
        assert_eq!(to.import_backup(text).unwrap_err().code(), ErrorCode::InvalidBackup);
        assert_eq!(to.restore_backup(text.as_bytes(), None).unwrap_err().code(), ErrorCode::InvalidBackup);
    }
    // Not text at all (a photo picked by mistake).
    let photo = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F', b'I', b'F'];
    assert_eq!(to.restore_backup(&photo, None).unwrap_err().code(), ErrorCode::InvalidBackup);
    assert_eq!((count(&to, "skill"), count(&to, "moment"), count(&to, "setting")), (0, 0, 0));
    assert_eq!(stored_state(&full), full_before, "a non-empty journal is left as it was too");
    // The good one still goes in afterwards.
    assert_eq!(to.import_backup(&good.to_string()).unwrap().moments, 1);
}

#[test]
fn a_backup_file_is_written_whole_and_never_over_an_earlier_one() {
    let (from, _a) = journal();
    let s = skill(&from, "Listening", Area::People);
    from.add_moment(note(day(2025, 5, 5), "Listened", &[&s])).unwrap();
    let out = tempfile::tempdir().unwrap();
    let first = from.write_backup_file(out.path(), None).unwrap();
    let second = from.write_backup_file(out.path(), None).unwrap();
    assert_ne!(first, second);
    assert!(first.file_name().unwrap().to_string_lossy().starts_with("brim-backup-"));
    assert!(first.to_string_lossy().ends_with(".json"), "plain JSON with the lock off");
    assert_eq!(std::fs::read_to_string(&first).unwrap().chars().next(), Some('{'));
    assert!(second.to_string_lossy().ends_with("-2.json"));
    let leftovers = std::fs::read_dir(out.path())
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().extension().unwrap() != "json")
        .count();
    assert_eq!(leftovers, 0, "no partial files left behind");
    let (to, _b) = journal();
    assert_eq!(to.import_backup(&std::fs::read_to_string(&first).unwrap()).unwrap().moments, 1);
}

/// Journals of a few real shapes, for the backup fuzz target's seed corpus.
fn seed_journals() -> Vec<(&'static str, Journal, tempfile::TempDir)> {
    let (empty, a) = journal();
    let (small, b) = journal();
    let listening = skill(&small, "Listening", Area::People);
    small.add_moment(note(day(2025, 5, 5), "Calmed a row at the hostel", &[&listening])).unwrap();

    let (full, c) = journal();
    let budgeting = skill(&full, "Making money last", Area::Money);
    let own = skill(&full, "Reading a room", Area::Own("Street wisdom".into()));
    let old = skill(&full, "Juggling", Area::Creative);
    full.set_skill_story(budgeting.id, "Twelve pounds for a week, \"and\" still ate: ✓ — é ß\nnew line")
        .unwrap();
    full.add_moment(note(day(2024, 2, 29), "Planned the week's food", &[&budgeting, &own])).unwrap();
    full.add_moment(note(day(2025, 12, 31), "Just a note, no skills", &[])).unwrap();
    let rate =
        |skill: &brim_core::Skill, rating| NewRating { skill_id: skill.id, rating, note: String::new() };
    full.record_check_in(NewCheckIn {
        date: day(2025, 1, 10),
        note: "First one".into(),
        ratings: vec![rate(&budgeting, 2), rate(&own, 3), rate(&old, 1)],
    })
    .unwrap();
    full.record_check_in(NewCheckIn {
        date: day(2025, 4, 10),
        note: String::new(),
        ratings: vec![NewRating { skill_id: budgeting.id, rating: 4, note: "Better at it".into() }],
    })
    .unwrap();
    full.archive_skill(old.id).unwrap();
    let accepted = full
        .add_recognition(NewRecognition {
            from: "My support worker".into(),
            text: "You keep calm".into(),
            received_on: day(2025, 3, 1),
        })
        .unwrap();
    full.accept_recognition(accepted.id, AcceptAs::Skill { skill_id: own.id }).unwrap();
    let dismissed = full
        .add_recognition(NewRecognition {
            from: "Sam".into(),
            text: "Good cook".into(),
            received_on: day(2025, 3, 2),
        })
        .unwrap();
    full.dismiss_recognition(dismissed.id).unwrap();
    full.add_recognition(NewRecognition {
        from: "Pat".into(),
        text: "Kind".into(),
        received_on: day(2025, 3, 3),
    })
    .unwrap();
    full.set_cadence(Cadence::from_months(6).unwrap()).unwrap();
    full.save_check_in_draft(&NewCheckIn {
        date: day(2025, 6, 1),
        note: "half done".into(),
        ratings: vec![],
    })
    .unwrap();
    vec![("empty", empty, a), ("small", small, b), ("full", full, c)]
}

/// The fuzz target's seeds are real exports. `BRIM_WRITE_FUZZ_SEEDS=1`
/// writes them again; otherwise every committed seed must still import, so
/// a change to the format cannot quietly leave the fuzzer starting from
/// files it refuses at once.
#[test]
fn the_fuzz_seed_backups_are_real_and_still_import() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/backup_import");
    if std::env::var("BRIM_WRITE_FUZZ_SEEDS").as_deref() == Ok("1") {
        for (name, j, _dir) in seed_journals() {
            let pretty: serde_json::Value = serde_json::from_str(&j.export_backup().unwrap()).unwrap();
            let text = serde_json::to_string_pretty(&pretty).unwrap();
            std::fs::write(dir.join(format!("seed-{name}.json")), text).unwrap();
        }
    }
    let mut seeds = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if !path.file_name().unwrap().to_string_lossy().starts_with("seed-") {
            continue;
        }
        let (to, _d) = journal();
        to.import_backup(&std::fs::read_to_string(&path).unwrap())
            .unwrap_or_else(|e| panic!("{} no longer imports: {e}", path.display()));
        seeds += 1;
    }
    assert!(seeds >= 3, "the seeds are missing from {}", dir.display());
}
