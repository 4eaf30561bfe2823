//! What a phone schedules with its system, from a real journal: the check-in
//! reminder on its due day, moved by a check-in or a new cadence, and the
//! weekly nudge only when it is on.

use brim_core::{
    Area, CHECK_IN_REMINDER_ID, Cadence, NewCheckIn, NewRating, Preferences, Reminder, Repeat, SKILL_NUDGE_ID,
};
use chrono::NaiveDateTime;

use crate::{day, journal, skill};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, min, 0).unwrap()
}

fn check_in_on(j: &brim_core::Journal, skill: &brim_core::Skill, date: chrono::NaiveDate) {
    j.record_check_in(NewCheckIn {
        date,
        note: "Private words".into(),
        ratings: vec![NewRating { skill_id: skill.id, rating: 3, note: "More private words".into() }],
    })
    .unwrap();
}

/// When each reminder would arrive, by id.
fn times(planned: &[Reminder]) -> Vec<(i32, NaiveDateTime)> {
    planned.iter().map(|r| (r.id, r.at)).collect()
}

#[test]
fn the_check_in_reminder_is_scheduled_for_the_due_day_and_moves_after_a_check_in_or_a_new_cadence() {
    let (j, _dir) = journal();
    let prefs = Preferences::default();
    let listening = skill(&j, "Listening", Area::People);
    assert_eq!(
        j.phone_reminders(&prefs, at(2026, 1, 1, 9, 0)).unwrap(),
        vec![],
        "no check-in yet to count from"
    );

    check_in_on(&j, &listening, day(2026, 1, 2));
    let planned = j.phone_reminders(&prefs, at(2026, 1, 2, 20, 0)).unwrap();
    assert_eq!(
        planned,
        vec![Reminder {
            id: CHECK_IN_REMINDER_ID,
            at: at(2026, 4, 2, 10, 0),
            repeat: Repeat::Once,
            text: brim_core::CHECK_IN_REMINDER,
        }],
        "three months on, mid-morning, in neutral words"
    );

    j.set_cadence(Cadence::Monthly).unwrap();
    assert_eq!(
        times(&j.phone_reminders(&prefs, at(2026, 1, 3, 8, 0)).unwrap()),
        vec![(1, at(2026, 2, 2, 10, 0))]
    );

    // The due day came, before ten: still today's reminder.
    assert_eq!(
        times(&j.phone_reminders(&prefs, at(2026, 2, 2, 9, 0)).unwrap()),
        vec![(1, at(2026, 2, 2, 10, 0))]
    );
    // The app open after it: the home screen shows the check-in is due, and
    // the phone is not told to remind again tomorrow.
    assert_eq!(j.phone_reminders(&prefs, at(2026, 2, 2, 15, 0)).unwrap(), vec![]);
    assert_eq!(j.phone_reminders(&prefs, at(2026, 2, 5, 15, 0)).unwrap(), vec![]);

    // The check-in done: the next one, a month on.
    check_in_on(&j, &listening, day(2026, 2, 5));
    assert_eq!(
        times(&j.phone_reminders(&prefs, at(2026, 2, 5, 16, 0)).unwrap()),
        vec![(1, at(2026, 3, 5, 10, 0))]
    );
    // A longer cadence moves it again.
    j.set_cadence(Cadence::HalfYearly).unwrap();
    assert_eq!(
        times(&j.phone_reminders(&prefs, at(2026, 2, 6, 9, 0)).unwrap()),
        vec![(1, at(2026, 8, 5, 10, 0))]
    );
}

#[test]
fn the_weekly_nudge_joins_the_schedule_only_when_turned_on() {
    let (j, _dir) = journal();
    let listening = skill(&j, "Listening", Area::People);
    check_in_on(&j, &listening, day(2026, 12, 1));
    // Friday 4 December 2026.
    let now = at(2026, 12, 4, 11, 0);
    let off = j.phone_reminders(&Preferences::default(), now).unwrap();
    assert_eq!(times(&off), vec![(CHECK_IN_REMINDER_ID, at(2027, 3, 1, 10, 0))]);

    let on = Preferences { skill_nudge: true, ..Preferences::default() };
    let planned = j.phone_reminders(&on, now).unwrap();
    let nudge = planned.iter().find(|r| r.id == SKILL_NUDGE_ID).expect("the nudge is scheduled");
    assert_eq!((nudge.at, nudge.repeat), (at(2026, 12, 9, 18, 0), Repeat::Weekly), "next Wednesday, 6 pm");
    assert_eq!(planned.len(), 2, "the check-in reminder stays");
    // Nothing from the journal in what the phone is told to show.
    for reminder in &planned {
        for language in brim_core::Language::ALL {
            let words = brim_core::Words::from(reminder.text).say(language);
            assert!(!words.contains("Listening") && !words.contains("private"), "{words}");
        }
    }
}
