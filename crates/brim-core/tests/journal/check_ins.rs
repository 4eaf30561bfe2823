use brim_core::{Area, Cadence, ErrorCode, NewCheckIn, NewRating, rating_labels};
use chrono::Days;

use crate::{count, day, journal, skill, today};

fn rate(skill: &brim_core::Skill, rating: u8) -> NewRating {
    NewRating { skill_id: skill.id, rating, note: String::new() }
}

#[test]
fn the_five_plain_labels() {
    let labels: Vec<_> = rating_labels().into_iter().map(|l| (l.value, l.label)).collect();
    assert_eq!(labels[0], (1, "Just starting".to_owned()));
    assert_eq!(labels[2], (3, "I can do this".to_owned()));
    assert_eq!(labels[4], (5, "I could teach this".to_owned()));
    assert_eq!(labels.len(), 5);
}

#[test]
fn a_check_in_is_kept_with_its_ratings_and_notes() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let b = skill(&j, "Budgeting", Area::Money);
    let c = j
        .record_check_in(NewCheckIn {
            date: day(2026, 2, 1),
            note: "A good few months".into(),
            ratings: vec![
                rate(&a, 4),
                NewRating { skill_id: b.id, rating: 2, note: "Still learning".into() },
            ],
        })
        .unwrap();
    assert_eq!(c.ratings.len(), 2);
    let all = j.check_ins().unwrap();
    assert_eq!(all, vec![c.clone()]);
    let budgeting = c.ratings.iter().find(|r| r.skill_id == b.id).unwrap();
    assert_eq!(
        (budgeting.rating, budgeting.note.as_str(), budgeting.skill_name.as_str()),
        (2, "Still learning", "Budgeting")
    );
}

#[test]
fn bad_check_ins_are_refused_and_nothing_is_written() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    let b = skill(&j, "Archived one", Area::People);
    j.archive_skill(b.id).unwrap();
    let unknown = NewRating { skill_id: uuid::Uuid::now_v7(), rating: 3, note: String::new() };
    let cases = [
        (vec![rate(&a, 0)], today(), ErrorCode::InvalidInput),
        (vec![rate(&a, 6)], today(), ErrorCode::InvalidInput),
        (vec![rate(&a, 3), rate(&b, 3)], today(), ErrorCode::SkillArchived),
        (vec![rate(&a, 3), unknown], today(), ErrorCode::NotFound),
        (vec![rate(&a, 3), rate(&a, 4)], today(), ErrorCode::InvalidInput),
        (vec![], today(), ErrorCode::InvalidInput),
        (vec![rate(&a, 3)], today() + Days::new(2), ErrorCode::DateInFuture),
    ];
    for (ratings, date, code) in cases {
        let err = j.record_check_in(NewCheckIn { date, note: String::new(), ratings }).unwrap_err();
        assert_eq!(err.code(), code, "{err}");
    }
    assert_eq!(count(&j, "check_in"), 0);
    assert_eq!(count(&j, "rating"), 0);
}

#[test]
fn cadence_defaults_to_three_months_and_can_change() {
    let (j, _dir) = journal();
    assert_eq!(j.cadence().unwrap(), Cadence::Quarterly);
    for months in [1, 3, 6, 12] {
        let cadence = Cadence::from_months(months).unwrap();
        j.set_cadence(cadence).unwrap();
        assert_eq!(j.cadence().unwrap().months(), months);
    }
    assert_eq!(Cadence::from_months(2).unwrap_err().code(), ErrorCode::InvalidInput);
    assert_eq!(serde_json::to_string(&Cadence::HalfYearly).unwrap(), "6");
    assert!(serde_json::from_str::<Cadence>("4").is_err());
}

#[test]
fn the_next_check_in_is_due_one_cadence_after_the_last() {
    let (j, _dir) = journal();
    let before = j.check_in_status_on(day(2026, 1, 1)).unwrap();
    assert!(!before.is_due, "nothing to check in on before there are skills");
    assert_eq!(before.next_due, None);

    let a = skill(&j, "Listening", Area::People);
    assert!(j.check_in_status_on(day(2026, 1, 1)).unwrap().is_due, "a first check-in is welcome any time");

    j.record_check_in(NewCheckIn {
        date: day(2025, 11, 30),
        note: String::new(),
        ratings: vec![rate(&a, 3)],
    })
    .unwrap();
    let status = j.check_in_status_on(day(2026, 1, 1)).unwrap();
    assert_eq!(status.last_check_in, Some(day(2025, 11, 30)));
    assert_eq!(status.next_due, Some(day(2026, 2, 28)), "three months on, clamped to the month's end");
    assert_eq!(status.days_until_due, Some(58));
    assert!(!status.is_due);
    assert!(j.check_in_status_on(day(2026, 2, 28)).unwrap().is_due);
    assert!(j.check_in_status_on(day(2026, 3, 10)).unwrap().is_due);

    j.set_cadence(Cadence::Monthly).unwrap();
    let monthly = j.check_in_status_on(day(2026, 1, 1)).unwrap();
    assert_eq!(monthly.next_due, Some(day(2025, 12, 30)));
    assert!(monthly.is_due);
}

#[test]
fn a_half_done_check_in_can_be_left_and_resumed() {
    let (j, _dir) = journal();
    let a = skill(&j, "Listening", Area::People);
    assert_eq!(j.check_in_draft().unwrap(), None);
    let draft = NewCheckIn { date: today(), note: String::new(), ratings: vec![rate(&a, 4)] };
    j.save_check_in_draft(&draft).unwrap();
    let path = j.path().to_owned();
    drop(j);
    let j = brim_core::Journal::open(&path).unwrap();
    assert_eq!(j.check_in_draft().unwrap(), Some(draft.clone()), "it survives closing the app");
    j.record_check_in(draft).unwrap();
    assert_eq!(j.check_in_draft().unwrap(), None, "recording it clears the draft");
    j.save_check_in_draft(&NewCheckIn { date: today(), note: String::new(), ratings: vec![] }).unwrap();
    j.discard_check_in_draft().unwrap();
    assert_eq!(j.check_in_draft().unwrap(), None);
}

#[test]
fn a_reminder_comes_once_per_due_check_in_and_says_nothing_private() {
    let (j, _dir) = journal();
    assert_eq!(
        brim_core::Words::from(brim_core::CHECK_IN_REMINDER).say(brim_core::Language::English),
        "Time for a check-in"
    );
    assert!(!j.claim_check_in_reminder_on(day(2026, 1, 1)).unwrap(), "no skills yet, nothing to remind");
    let a = skill(&j, "Listening", Area::People);
    assert!(j.claim_check_in_reminder_on(day(2026, 1, 1)).unwrap(), "first check-in");
    assert!(!j.claim_check_in_reminder_on(day(2026, 1, 2)).unwrap(), "only once");
    j.record_check_in(NewCheckIn { date: day(2026, 1, 2), note: String::new(), ratings: vec![rate(&a, 3)] })
        .unwrap();
    assert!(!j.claim_check_in_reminder_on(day(2026, 3, 1)).unwrap(), "not due yet");
    assert!(j.claim_check_in_reminder_on(day(2026, 4, 2)).unwrap(), "due three months on");
    assert!(!j.claim_check_in_reminder_on(day(2026, 4, 3)).unwrap());
}

#[test]
fn the_phone_schedules_the_reminder_for_the_due_day_and_moves_it_after_a_check_in_or_a_new_cadence() {
    let (j, _dir) = journal();
    let at = |y, m, d, h, min| day(y, m, d).and_hms_opt(h, min, 0).unwrap();
    assert_eq!(brim_core::CHECK_IN_REMINDER_TIME.to_string(), "10:00:00");
    let a = skill(&j, "Listening", Area::People);
    assert_eq!(
        j.next_check_in_reminder(at(2026, 1, 1, 9, 0)).unwrap(),
        None,
        "no check-in yet to count from"
    );

    j.record_check_in(NewCheckIn { date: day(2026, 1, 2), note: String::new(), ratings: vec![rate(&a, 3)] })
        .unwrap();
    // Every 3 months by default: 2 April, mid-morning.
    assert_eq!(j.next_check_in_reminder(at(2026, 1, 2, 20, 0)).unwrap(), Some(at(2026, 4, 2, 10, 0)));
    // A new cadence moves it.
    j.set_cadence(Cadence::from_months(1).unwrap()).unwrap();
    assert_eq!(j.next_check_in_reminder(at(2026, 1, 2, 20, 0)).unwrap(), Some(at(2026, 2, 2, 10, 0)));
    // A shorter cadence chosen late: the due day has passed, so the next 10:00 (today's, then tomorrow's).
    j.set_cadence(Cadence::from_months(1).unwrap()).unwrap();
    assert_eq!(j.next_check_in_reminder(at(2026, 3, 5, 8, 0)).unwrap(), Some(at(2026, 3, 5, 10, 0)));
    assert_eq!(j.next_check_in_reminder(at(2026, 3, 5, 11, 0)).unwrap(), Some(at(2026, 3, 6, 10, 0)));
    // Once reminded of this check-in, nothing more until the next one is due.
    assert!(j.claim_check_in_reminder_on(day(2026, 3, 6)).unwrap());
    assert_eq!(j.next_check_in_reminder(at(2026, 3, 6, 11, 0)).unwrap(), None);
    // A check-in recorded: the next one, a month on.
    j.record_check_in(NewCheckIn { date: day(2026, 3, 6), note: String::new(), ratings: vec![rate(&a, 4)] })
        .unwrap();
    assert_eq!(j.next_check_in_reminder(at(2026, 3, 6, 12, 0)).unwrap(), Some(at(2026, 4, 6, 10, 0)));
    // The month's end clamps, as the due date does (31 October + 1 month = 30 November).
    j.record_check_in(NewCheckIn {
        date: day(2026, 10, 31),
        note: String::new(),
        ratings: vec![rate(&a, 4)],
    })
    .unwrap();
    assert_eq!(j.next_check_in_reminder(at(2026, 10, 31, 12, 0)).unwrap(), Some(at(2026, 11, 30, 10, 0)));
}
