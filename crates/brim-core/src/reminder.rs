//! Reminders a phone schedules with its own system, so they arrive while Brim
//! is closed: the next check-in reminder, and the weekly "notice a skill"
//! nudge when the person turned it on. This decides what should be scheduled
//! (which id, when, which words); the app shell only hands the list to the
//! phone. Every reminder has a fixed id: to reschedule, the shell cancels
//! [`REMINDER_IDS`] and schedules the list afresh, so a reminder is replaced,
//! never added to.
//!
//! Invariant: the words are fixed and neutral, never anything from the journal
//! (a notification can be read on a locked or shared phone).

use chrono::{Datelike, Days, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::Result;
use crate::words::{MessageId, id};
use crate::{CHECK_IN_REMINDER, Journal, Preferences};

/// The check-in reminder's id with the phone's notification system.
pub const CHECK_IN_REMINDER_ID: i32 = 1;
/// The weekly nudge's id with the phone's notification system.
pub const SKILL_NUDGE_ID: i32 = 2;
/// Every id Brim schedules under: cancelled before each new schedule.
pub const REMINDER_IDS: [i32; 2] = [CHECK_IN_REMINDER_ID, SKILL_NUDGE_ID];

/// The words of the weekly nudge: an invitation, with nothing from the journal.
pub const SKILL_NUDGE: MessageId = id::REMINDER_SKILL_NUDGE;

/// The nudge's day: midweek, away from the weekend's own rhythms.
pub const SKILL_NUDGE_DAY: Weekday = Weekday::Wed;

/// The nudge's time on the phone's clock: early evening, when the day's doings
/// are fresh, and hours apart from a check-in reminder (10:00), so the two
/// never arrive together.
pub const SKILL_NUDGE_TIME: NaiveTime = match NaiveTime::from_hms_opt(18, 0, 0) {
    Some(time) => time,
    None => panic!("18:00 is a time"),
};

/// May Brim show notifications on this phone? Android 13 and later, and iOS,
/// ask the person once; until then the answer is [`NotificationPermission::Ask`],
/// and the app explains why before the phone asks. A desktop always allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NotificationPermission {
    /// Reminders can arrive.
    Allowed,
    /// The person said no; only the phone's own settings can change that now.
    NotAllowed,
    /// Not asked yet (or the phone lets the app ask again).
    Ask,
}

/// How often a scheduled reminder comes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repeat {
    /// Once, at its time.
    Once,
    /// At its time, then the same weekday and time every week.
    Weekly,
}

/// One notification the phone should have scheduled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminder {
    /// Fixed per kind of reminder: one of [`REMINDER_IDS`].
    pub id: i32,
    /// When it (first) arrives, on the phone's clock.
    pub at: NaiveDateTime,
    pub repeat: Repeat,
    /// The notification's words: fixed and neutral.
    pub text: MessageId,
}

/// The next nudge after `now`: the coming [`SKILL_NUDGE_DAY`] at
/// [`SKILL_NUDGE_TIME`], a week on if that is `now` or has just passed.
pub fn next_skill_nudge(now: NaiveDateTime) -> NaiveDateTime {
    let ahead = (SKILL_NUDGE_DAY.num_days_from_monday() + 7 - now.weekday().num_days_from_monday()) % 7;
    let this_week = (now.date() + Days::new(u64::from(ahead))).and_time(SKILL_NUDGE_TIME);
    if this_week > now { this_week } else { this_week + Days::new(7) }
}

/// What the phone should have scheduled as of `now`, given when the next
/// check-in reminder is due (see [`Journal::next_check_in_reminder`]) and the
/// person's choices. Pure: the same answer for the same question.
pub fn plan_reminders(
    check_in_at: Option<NaiveDateTime>,
    preferences: &Preferences,
    now: NaiveDateTime,
) -> Vec<Reminder> {
    let check_in = check_in_at.filter(|at| *at > now).map(|at| Reminder {
        id: CHECK_IN_REMINDER_ID,
        at,
        repeat: Repeat::Once,
        text: CHECK_IN_REMINDER,
    });
    let nudge = preferences.skill_nudge.then(|| Reminder {
        id: SKILL_NUDGE_ID,
        at: next_skill_nudge(now),
        repeat: Repeat::Weekly,
        text: SKILL_NUDGE,
    });
    check_in.into_iter().chain(nudge).collect()
}

impl Journal {
    /// The reminders a phone should have scheduled as of `now` (its local
    /// clock), asked whenever the answer may change: the app opens or comes
    /// back, a check-in is recorded, the cadence or the preferences change.
    ///
    /// The app is open when this is asked, so a check-in already due is on
    /// the home screen: that counts as its reminder (claimed here), and the
    /// phone is not told to remind again the next day. A check-in not yet
    /// due is scheduled for its due day.
    pub fn phone_reminders(&self, preferences: &Preferences, now: NaiveDateTime) -> Result<Vec<Reminder>> {
        self.claim_check_in_reminder_on(now.date())?;
        Ok(plan_reminders(self.next_check_in_reminder(now)?, preferences, now))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, min, 0).unwrap()
    }

    fn nudge_on() -> Preferences {
        Preferences { skill_nudge: true, ..Preferences::default() }
    }

    #[test]
    fn the_nudge_comes_on_wednesday_at_six_in_the_evening() {
        // 2026-12-02 is a Wednesday.
        assert_eq!(at(2026, 12, 2, 0, 0).weekday(), Weekday::Wed);
        assert_eq!(next_skill_nudge(at(2026, 11, 30, 9, 0)), at(2026, 12, 2, 18, 0), "from Monday");
        assert_eq!(next_skill_nudge(at(2026, 12, 2, 17, 59)), at(2026, 12, 2, 18, 0), "Wednesday afternoon");
        assert_eq!(next_skill_nudge(at(2026, 12, 2, 18, 0)), at(2026, 12, 9, 18, 0), "just gone: next week");
        assert_eq!(next_skill_nudge(at(2026, 12, 3, 8, 0)), at(2026, 12, 9, 18, 0), "from Thursday");
        assert_eq!(next_skill_nudge(at(2026, 12, 6, 23, 0)), at(2026, 12, 9, 18, 0), "from Sunday");
        // Across a year's end.
        assert_eq!(next_skill_nudge(at(2026, 12, 31, 12, 0)), at(2027, 1, 6, 18, 0));
    }

    #[test]
    fn the_nudge_is_off_until_the_person_turns_it_on() {
        let now = at(2026, 12, 4, 9, 0);
        let due = Some(at(2027, 3, 1, 10, 0));
        let off = plan_reminders(due, &Preferences::default(), now);
        assert_eq!(off.iter().map(|r| r.id).collect::<Vec<_>>(), vec![CHECK_IN_REMINDER_ID]);
        let on = plan_reminders(due, &nudge_on(), now);
        assert_eq!(
            on[1],
            Reminder {
                id: SKILL_NUDGE_ID,
                at: at(2026, 12, 9, 18, 0),
                repeat: Repeat::Weekly,
                text: SKILL_NUDGE
            }
        );
        assert_eq!(on.len(), 2);
    }

    #[test]
    fn the_check_in_reminder_is_one_neutral_notification_at_its_time() {
        let now = at(2026, 12, 4, 9, 0);
        let planned = plan_reminders(Some(at(2027, 3, 4, 10, 0)), &Preferences::default(), now);
        assert_eq!(
            planned,
            vec![Reminder {
                id: CHECK_IN_REMINDER_ID,
                at: at(2027, 3, 4, 10, 0),
                repeat: Repeat::Once,
                text: CHECK_IN_REMINDER,
            }]
        );
        // Nothing due to count from, or a time already gone: nothing for the phone to show.
        assert_eq!(plan_reminders(None, &Preferences::default(), now), vec![]);
        assert_eq!(plan_reminders(Some(now), &Preferences::default(), now), vec![]);
        // Only the nudge, when it is on.
        assert_eq!(
            plan_reminders(None, &nudge_on(), now).iter().map(|r| r.id).collect::<Vec<_>>(),
            vec![SKILL_NUDGE_ID]
        );
    }

    #[test]
    fn every_reminder_has_its_own_fixed_id_and_no_journal_words() {
        let planned = plan_reminders(Some(at(2027, 1, 1, 10, 0)), &nudge_on(), at(2026, 12, 4, 9, 0));
        let ids: Vec<i32> = planned.iter().map(|r| r.id).collect();
        assert_eq!(ids, REMINDER_IDS.to_vec());
        assert_eq!(
            crate::Words::from(SKILL_NUDGE).say(crate::Language::English),
            "A moment to notice a skill you used this week"
        );
        assert_eq!(
            crate::Words::from(CHECK_IN_REMINDER).say(crate::Language::English),
            "Time for a check-in"
        );
    }
}
