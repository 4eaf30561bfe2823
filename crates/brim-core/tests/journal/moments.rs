use brim_core::{
    Area, DraftOf, ErrorCode, MAX_MOMENT_CHARS, MomentKind, NewMoment, StepBackAnswer, step_back_prompts,
};
use chrono::Days;

use crate::{count, day, journal, note, skill, today};

#[test]
fn a_moment_is_kept_with_its_skills() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let b = skill(&j, "Staying calm", Area::Resilience);
    let m =
        j.add_moment(note(day(2026, 3, 4), "Helped a new lad settle in at the hostel", &[&a, &b])).unwrap();
    assert_eq!(m.kind, MomentKind::Note);
    let got = j.moment(m.id).unwrap();
    assert_eq!(got, m);
    let mut want = vec![a.id, b.id];
    want.sort();
    assert_eq!(got.skill_ids, want);
    assert_eq!(j.skill(a.id).unwrap().evidence_count, 1);
}

#[test]
fn edit_and_delete_a_moment() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let b = skill(&j, "Cooking", Area::Practical);
    let m = j.add_moment(note(today(), "Cooked for the group", &[&a])).unwrap();
    let edited = j.edit_moment(m.id, note(day(2025, 12, 1), "Cooked for twelve people", &[&b])).unwrap();
    assert_eq!(edited.text, "Cooked for twelve people");
    assert_eq!(edited.date, day(2025, 12, 1));
    assert_eq!(edited.skill_ids, vec![b.id]);
    assert_eq!(j.skill(a.id).unwrap().evidence_count, 0);
    assert_eq!(j.search_moments("twelve", 10).unwrap().len(), 1, "the search index follows edits");
    assert!(j.search_moments("group", 10).unwrap().is_empty());
    crate::links_agree(&j);

    j.delete_moment(m.id).unwrap();
    assert_eq!(j.moment(m.id).unwrap_err().code(), ErrorCode::NotFound);
    assert!(j.search_moments("twelve", 10).unwrap().is_empty(), "and deletes");
    assert_eq!(count(&j, "moment_link"), 0);
    assert_eq!(j.delete_moment(m.id).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn moments_come_newest_first_in_pages() {
    let (j, _dir) = journal();
    let start = day(2025, 1, 1);
    let mut ids = Vec::new();
    for i in 0..25u64 {
        // Two moments on some days: the order within a day is the order written.
        let date = start + Days::new(i / 2);
        ids.push(j.add_moment(note(date, &format!("Moment number {i}"), &[])).unwrap().id);
    }
    ids.reverse();
    let mut seen = Vec::new();
    let mut after = None;
    loop {
        let page = j.moments(10, after.as_ref()).unwrap();
        assert!(page.moments.len() <= 10);
        seen.extend(page.moments.iter().map(|m| m.id));
        match page.next {
            Some(next) => after = Some(next),
            None => break,
        }
    }
    assert_eq!(seen, ids, "every moment once, newest first");
}

#[test]
fn moments_for_one_skill() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let b = skill(&j, "Cooking", Area::Practical);
    let m1 = j.add_moment(note(day(2026, 1, 1), "one", &[&a])).unwrap();
    j.add_moment(note(day(2026, 1, 2), "two", &[&b])).unwrap();
    let m3 = j.add_moment(note(day(2026, 1, 3), "three", &[&a, &b])).unwrap();
    let page = j.moments_for_skill(a.id, 1, None).unwrap();
    assert_eq!(page.moments[0].id, m3.id);
    let page2 = j.moments_for_skill(a.id, 1, page.next.as_ref()).unwrap();
    assert_eq!(page2.moments[0].id, m1.id);
    let end = j.moments_for_skill(a.id, 1, page2.next.as_ref()).unwrap();
    assert!(end.moments.is_empty() && end.next.is_none());
    assert_eq!(j.moments_for_skill(uuid::Uuid::now_v7(), 10, None).unwrap_err().code(), ErrorCode::NotFound);
}

#[test]
fn search_finds_words_and_word_starts_and_survives_odd_input() {
    let (j, _dir) = journal();
    j.add_moment(note(today(), "Calmed things down when a fight nearly started", &[])).unwrap();
    j.add_moment(note(today(), "Made the money last until Friday", &[])).unwrap();
    j.add_moment(note(today(), "Café trip: helped Zoë with her forms", &[])).unwrap();
    assert_eq!(j.search_moments("fight", 10).unwrap().len(), 1);
    assert_eq!(j.search_moments("calm", 10).unwrap().len(), 1, "the start of a word matches");
    assert_eq!(j.search_moments("money friday", 10).unwrap().len(), 1, "every word must match");
    assert_eq!(j.search_moments("money fight", 10).unwrap().len(), 0);
    assert_eq!(j.search_moments("cafe zoe", 10).unwrap().len(), 1, "accents are folded");
    for odd in ["\"", "AND", "NOT (", "*", "a\"b OR", "NEAR(x y)", "", "\0", "money\0"] {
        assert!(j.search_moments(odd, 10).is_ok(), "{odd:?} is not an error");
    }
    // Found by fuzzing the backup import: a NUL ended FTS5's reading of the
    // query mid-string ("unterminated string"), so the search failed as if the
    // journal were broken. A NUL separates words, as it does in the index.
    assert_eq!(j.search_moments("money\0friday", 10).unwrap().len(), 1);
}

#[test]
fn bad_moments_are_refused_and_nothing_is_written() {
    let (j, _dir) = journal();
    let s = skill(&j, "Listening", Area::People);
    let cases = [
        (note(today(), "   ", &[&s]), ErrorCode::InvalidInput),
        (note(today(), &"x".repeat(MAX_MOMENT_CHARS + 1), &[&s]), ErrorCode::InvalidInput),
        (note(today() + Days::new(2), "From the future", &[&s]), ErrorCode::DateInFuture),
        (
            NewMoment { date: today(), text: "Unknown skill".into(), skill_ids: vec![uuid::Uuid::now_v7()] },
            ErrorCode::NotFound,
        ),
    ];
    for (moment, code) in cases {
        assert_eq!(j.add_moment(moment).unwrap_err().code(), code);
    }
    assert!(j.add_moment(note(today() + Days::new(1), "Tomorrow is fine", &[])).is_ok());
    assert!(j.add_moment(note(today(), &"x".repeat(MAX_MOMENT_CHARS), &[])).is_ok());
    j.archive_skill(s.id).unwrap();
    let err = j.add_moment(note(today(), "Archived skill", &[&s])).unwrap_err();
    assert_eq!(err.code(), ErrorCode::SkillArchived);
    assert_eq!(count(&j, "moment"), 2);
    assert_eq!(count(&j, "moment_link"), 0);
}

#[test]
fn an_edit_keeps_links_to_a_skill_archived_since() {
    let (j, _dir) = journal();
    let s = skill(&j, "Listening", Area::People);
    let m = j.add_moment(note(today(), "Listened", &[&s])).unwrap();
    j.archive_skill(s.id).unwrap();
    let edited = j.edit_moment(m.id, note(today(), "Listened well", &[&s])).unwrap();
    assert_eq!(edited.skill_ids, vec![s.id]);
}

#[test]
fn a_step_back_saves_each_answer_as_a_reflection() {
    let (j, _dir) = journal();
    let s = skill(&j, "Planning", Area::Organising);
    let prompts = step_back_prompts();
    let answers = vec![
        StepBackAnswer {
            prompt_id: prompts[0].id.clone(),
            text: "They got up early and found food".into(),
            skill_ids: vec![s.id],
        },
        StepBackAnswer { prompt_id: prompts[1].id.clone(), text: "  ".into(), skill_ids: vec![] },
        StepBackAnswer {
            prompt_id: prompts[2].id.clone(),
            text: "They kept going".into(),
            skill_ids: vec![],
        },
    ];
    let saved = j.save_step_back(today(), answers).unwrap();
    assert_eq!(saved.len(), 2, "blank answers are skipped");
    assert!(saved.iter().all(|m| m.kind == MomentKind::Reflection && m.date == today()));
    assert_eq!(saved[0].skill_ids, vec![s.id]);

    let bad = vec![
        StepBackAnswer { prompt_id: prompts[0].id.clone(), text: "fine".into(), skill_ids: vec![] },
        StepBackAnswer { prompt_id: "nope".into(), text: "not a question".into(), skill_ids: vec![] },
    ];
    assert_eq!(j.save_step_back(today(), bad).unwrap_err().code(), ErrorCode::NotFound);
    assert_eq!(count(&j, "moment"), 2, "all or nothing");

    let blank =
        vec![StepBackAnswer { prompt_id: prompts[0].id.clone(), text: " ".into(), skill_ids: vec![] }];
    let err = j.save_step_back(today(), blank.clone()).unwrap_err();
    assert_eq!(err.code(), ErrorCode::InvalidInput, "nothing written is not saved as nothing");
    j.save_step_back_draft(&blank).unwrap();
    j.save_step_back(today(), vec![]).unwrap_err();
    assert!(j.step_back_draft().unwrap().is_some(), "a refused save keeps the draft");
}

#[test]
fn search_shows_the_latest_matches_newest_first() {
    let (j, _dir) = journal();
    for i in 1..=30u32 {
        j.add_moment(note(day(2025, 1, i), &format!("Walked the dog, day {i}"), &[])).unwrap();
    }
    let found = j.search_moments("dog", 5).unwrap();
    let days: Vec<u32> = found.iter().map(|m| chrono::Datelike::day(&m.date)).collect();
    assert_eq!(days, vec![30, 29, 28, 27, 26]);
}

/// The search index catches up in batches (migration 0003). Whatever mix of
/// saves, edits, deletes and searches a person makes, search finds exactly the
/// moments holding the word, and the index matches the moments it was built
/// from.
mod search_index {
    use proptest::prelude::*;
    use uuid::Uuid;

    use crate::{journal, note, today};

    // No word is the start of another, so a prefix match is an exact match.
    const WORDS: [&str; 5] = ["apple", "river", "stone", "cloud", "bread"];

    #[derive(Debug, Clone)]
    enum Op {
        Add(usize, usize),
        Edit(usize, usize, usize),
        Delete(usize),
        Search(usize),
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            3 => (0..5usize, 0..5usize).prop_map(|(a, b)| Op::Add(a, b)),
            2 => (any::<usize>(), 0..5usize, 0..5usize).prop_map(|(i, a, b)| Op::Edit(i, a, b)),
            1 => any::<usize>().prop_map(Op::Delete),
            2 => (0..5usize).prop_map(Op::Search),
        ]
    }

    fn check_index(path: &std::path::Path) {
        let conn = rusqlite::Connection::open(path).unwrap();
        // rank 1: also compare the index with the moment table it was built from.
        conn.execute("INSERT INTO moment_fts (moment_fts, rank) VALUES ('integrity-check', 1)", []).unwrap();
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(24))]
        #[test]
        fn search_always_finds_exactly_the_moments_holding_the_word(ops in proptest::collection::vec(op(), 1..40)) {
            let (j, _dir) = journal();
            let mut model: Vec<(Uuid, String)> = Vec::new();
            let search = |j: &brim_core::Journal, model: &[(Uuid, String)], w: usize| {
                let mut found: Vec<Uuid> = j.search_moments(WORDS[w], 500).unwrap().iter().map(|m| m.id).collect();
                let mut want: Vec<Uuid> = model.iter().filter(|(_, t)| t.contains(WORDS[w])).map(|(id, _)| *id).collect();
                found.sort();
                want.sort();
                assert_eq!(found, want, "searching {}", WORDS[w]);
            };
            for op in ops {
                match op {
                    Op::Add(a, b) => {
                        let text = format!("{} and {}", WORDS[a], WORDS[b]);
                        model.push((j.add_moment(note(today(), &text, &[])).unwrap().id, text));
                    }
                    Op::Edit(i, a, b) if !model.is_empty() => {
                        let i = i % model.len();
                        let text = format!("{} then {}", WORDS[a], WORDS[b]);
                        j.edit_moment(model[i].0, note(today(), &text, &[])).unwrap();
                        model[i].1 = text;
                    }
                    Op::Delete(i) if !model.is_empty() => {
                        let (id, _) = model.remove(i % model.len());
                        j.delete_moment(id).unwrap();
                    }
                    Op::Search(w) => {
                        search(&j, &model, w);
                        check_index(j.path());
                    }
                    _ => {}
                }
            }
            for w in 0..WORDS.len() {
                search(&j, &model, w);
            }
            check_index(j.path());
        }
    }
}

#[test]
fn words_written_and_not_yet_saved_are_kept_until_the_moment_is_saved() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    assert_eq!(j.moment_draft(DraftOf::NewMoment).unwrap(), None);
    let half =
        NewMoment { date: today(), text: "  Sat with Dee while she wait".into(), skill_ids: vec![a.id] };
    j.save_moment_draft(DraftOf::NewMoment, &half).unwrap();
    let path = j.path().to_owned();
    drop(j);
    let j = brim_core::Journal::open(&path).unwrap();
    assert_eq!(
        j.moment_draft(DraftOf::NewMoment).unwrap(),
        Some(half.clone()),
        "kept as typed, across closing the app"
    );

    // Changing a moment keeps its own draft, apart from the new one.
    let m = j.add_moment(note(today(), "Fixed the bike", &[&a])).unwrap();
    assert_eq!(j.moment_draft(DraftOf::NewMoment).unwrap(), None, "saving the new moment drops its draft");
    let change = note(today(), "Fixed the bike and the gate", &[&a]);
    j.save_moment_draft(DraftOf::Change(m.id), &change).unwrap();
    j.save_moment_draft(DraftOf::NewMoment, &half).unwrap();
    assert_eq!(j.moment_draft(DraftOf::Change(m.id)).unwrap(), Some(change.clone()));
    j.edit_moment(m.id, change).unwrap();
    assert_eq!(j.moment_draft(DraftOf::Change(m.id)).unwrap(), None, "saving the change drops its draft");
    assert_eq!(j.moment_draft(DraftOf::NewMoment).unwrap(), Some(half.clone()), "and leaves the new one");

    j.save_moment_draft(DraftOf::Change(m.id), &half).unwrap();
    j.delete_moment(m.id).unwrap();
    assert_eq!(j.moment_draft(DraftOf::Change(m.id)).unwrap(), None, "deleting the moment drops its draft");
    j.discard_moment_draft(DraftOf::NewMoment).unwrap();
    assert_eq!(j.moment_draft(DraftOf::NewMoment).unwrap(), None);
    assert_eq!(count(&j, "setting WHERE key LIKE 'moment_draft%'"), 0, "nothing left behind");
}

#[test]
fn a_draft_too_long_or_for_no_moment_is_refused_and_nothing_is_kept() {
    let (j, _dir) = journal();
    let long = NewMoment { date: today(), text: "a".repeat(MAX_MOMENT_CHARS + 1), skill_ids: vec![] };
    assert_eq!(j.save_moment_draft(DraftOf::NewMoment, &long).unwrap_err().code(), ErrorCode::InvalidInput);
    let nowhere = uuid::Uuid::now_v7();
    let short = NewMoment { date: today(), text: "a start".into(), skill_ids: vec![] };
    assert_eq!(
        j.save_moment_draft(DraftOf::Change(nowhere), &short).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert_eq!(count(&j, "setting WHERE key LIKE 'moment_draft%'"), 0);
}

#[test]
fn a_step_back_left_half_answered_is_kept_until_it_is_saved() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let prompts = step_back_prompts();
    assert_eq!(j.step_back_draft().unwrap(), None);
    let answers = vec![
        StepBackAnswer {
            prompt_id: prompts[0].id.clone(),
            text: "Kept my temper at the ".into(),
            skill_ids: vec![],
        },
        StepBackAnswer { prompt_id: prompts[1].id.clone(), text: String::new(), skill_ids: vec![a.id] },
    ];
    j.save_step_back_draft(&answers).unwrap();
    let path = j.path().to_owned();
    drop(j);
    let j = brim_core::Journal::open(&path).unwrap();
    assert_eq!(j.step_back_draft().unwrap(), Some(answers.clone()), "kept as typed, across closing the app");

    j.save_step_back(today(), answers.clone()).unwrap();
    assert_eq!(j.step_back_draft().unwrap(), None, "saving the step back drops its draft");
    j.save_step_back_draft(&answers).unwrap();
    j.discard_step_back_draft().unwrap();
    assert_eq!(j.step_back_draft().unwrap(), None);

    let too_long = vec![StepBackAnswer {
        prompt_id: prompts[0].id.clone(),
        text: "a".repeat(MAX_MOMENT_CHARS + 1),
        skill_ids: vec![],
    }];
    assert_eq!(j.save_step_back_draft(&too_long).unwrap_err().code(), ErrorCode::InvalidInput);
    let too_many: Vec<StepBackAnswer> = (0..=prompts.len()).map(|_| answers[0].clone()).collect();
    assert_eq!(j.save_step_back_draft(&too_many).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(count(&j, "setting WHERE key = 'step_back_draft'"), 0, "nothing kept from a refused draft");
}

/// A saved moment's links wait in its row until enough moments wait, then are
/// stored in one go (migration 0008). Whichever state a moment is in, what a
/// person sees is the same: each skill's count, its moments, and its counts
/// per quarter on the growth screen follow every save, edit and delete.
#[test]
fn skill_counts_and_lists_follow_every_save_edit_and_delete_whether_links_are_stored_or_waiting() {
    use std::collections::BTreeMap;
    let (j, _dir) = journal();
    let skills = [
        skill(&j, "Listening", Area::People),
        skill(&j, "Cooking", Area::Practical),
        skill(&j, "Fixing", Area::Practical),
    ];
    // What the journal should say: each moment's date and skills, by id.
    let mut model: BTreeMap<uuid::Uuid, (chrono::NaiveDate, Vec<uuid::Uuid>)> = BTreeMap::new();
    let check = |model: &BTreeMap<uuid::Uuid, (chrono::NaiveDate, Vec<uuid::Uuid>)>| {
        let growth = j.growth().unwrap();
        for s in &skills {
            let mine: Vec<_> = model.iter().filter(|(_, (_, ids))| ids.contains(&s.id)).collect();
            assert_eq!(j.skill(s.id).unwrap().evidence_count as usize, mine.len(), "{}'s count", s.name);
            let listed: Vec<_> =
                j.moments_for_skill(s.id, 200, None).unwrap().moments.into_iter().map(|m| m.id).collect();
            let mut want: Vec<_> = mine.iter().map(|(id, (date, _))| (*date, **id)).collect();
            want.sort_by(|a, b| b.cmp(a));
            assert_eq!(
                listed,
                want.into_iter().map(|(_, id)| id).collect::<Vec<_>>(),
                "{}'s moments",
                s.name
            );
            let mut quarters: BTreeMap<String, u32> = BTreeMap::new();
            for (date, _) in mine.iter().map(|(_, v)| v) {
                *quarters
                    .entry(format!(
                        "{}-Q{}",
                        chrono::Datelike::year(date),
                        chrono::Datelike::month(date).div_ceil(3)
                    ))
                    .or_default() += 1;
            }
            let shown: BTreeMap<String, u32> = growth
                .evidence
                .iter()
                .find(|e| e.skill_id == s.id)
                .map(|e| e.quarters.iter().map(|q| (q.quarter.clone(), q.count)).collect())
                .unwrap_or_default();
            assert_eq!(shown, quarters, "{}'s counts per quarter", s.name);
        }
        crate::links_agree(&j);
    };

    // 80 saves: more than wait at once (64), so one save stores the waiting links.
    let mut ids = Vec::new();
    for n in 0..80u32 {
        let picked: Vec<_> = skills
            .iter()
            .enumerate()
            .filter(|(i, _)| !(n as usize + i).is_multiple_of(3))
            .map(|(_, s)| s)
            .collect();
        let date = day(2025, 1 + n % 12, 1 + n % 28);
        let m = j.add_moment(note(date, &format!("moment {n}"), &picked)).unwrap();
        model.insert(m.id, (date, m.skill_ids.clone()));
        ids.push(m.id);
        if n == 5 {
            assert_eq!(count(&j, "moment_skill"), 0, "the first moments' links wait in their rows");
            check(&model);
        }
    }
    assert!(count(&j, "moment_skill") > 0, "enough waited: their links are stored");
    check(&model);

    // Edit and delete an early moment (links stored) and the latest (links waiting):
    // new dates in another quarter, other skills.
    for id in [ids[1], ids[79]] {
        let date = day(2024, 11, 30);
        let edited = j.edit_moment(id, note(date, "moved", &[&skills[2]])).unwrap();
        model.insert(id, (date, edited.skill_ids));
        check(&model);
    }
    for id in [ids[2], ids[78]] {
        j.delete_moment(id).unwrap();
        model.remove(&id);
        check(&model);
    }
    // And a save after the deletes still counts once.
    let m = j.add_moment(note(day(2025, 6, 6), "after", &[&skills[0]])).unwrap();
    model.insert(m.id, (m.date, m.skill_ids));
    check(&model);
}
