//! Reminders that arrive while Brim is closed, on phones: brim-core decides
//! what should be scheduled ([`brim_core::Journal::phone_reminders`]); this
//! hands that list to the phone's notification system, cancelling the old
//! ones by their fixed ids first, so a reminder is replaced, never doubled.
//! Asked when the app opens or comes back, and after each command that may
//! move a reminder ([`RESCHEDULE_AFTER`]).
//!
//! The notification plugin schedules only on Android and iOS (on a desktop its
//! `schedule` is ignored and the notification shows at once), so the phone is
//! reached through [`PhoneNotifications`]: the plugin on phones, a recording
//! in the tests. A desktop has none and keeps the reminder that shows while
//! the app runs (see `remind_when_due` in lib.rs).

use std::sync::Arc;

use brim_app::Session;
use brim_core::{NotificationPermission, REMINDER_IDS, Reminder, Repeat};
use chrono::{Datelike, Local, NaiveDateTime, TimeZone, Timelike};
use tauri::plugin::PermissionState;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_notification::{Schedule, ScheduleInterval};

/// The commands after which a reminder may have moved: a check-in done, a new
/// cadence, the nudge turned on or off, the journal opened or restored.
pub const RESCHEDULE_AFTER: &[&str] =
    &["record_check_in", "set_cadence", "set_preferences", "unlock", "import_backup"];

/// The notification's title: the app's name, nothing more.
pub const TITLE: &str = "Brim";

/// The phone's notification system, as far as reminders need it.
pub trait PhoneNotifications: Send + Sync {
    /// Cancels the pending notifications with these ids (none pending is fine).
    fn cancel(&self, ids: &[i32]) -> Result<(), String>;
    /// Schedules one notification under its id.
    fn schedule(&self, reminder: &Reminder) -> Result<(), String>;
}

/// The phone's notifications, as the app's state: present on phones (and in
/// tests), absent on a desktop.
#[derive(Clone)]
pub struct PhoneReminders(pub Arc<dyn PhoneNotifications>);

/// Replaces what the phone has scheduled with what brim-core plans as of
/// now. Nothing to do on a desktop, or while the journal is locked (what was
/// scheduled stays until it opens). Reads and writes the journal: call it off
/// the UI thread.
pub fn reschedule<R: Runtime>(app: &AppHandle<R>) {
    reschedule_at(app, Local::now().naive_local());
}

/// As [`reschedule`], as of `now` on the phone's clock.
pub fn reschedule_at<R: Runtime>(app: &AppHandle<R>, now: NaiveDateTime) {
    let Some(phone) = app.try_state::<PhoneReminders>() else {
        return;
    };
    let session = app.state::<Session>();
    let Ok(journal) = session.journal() else {
        return;
    };
    // A journal that cannot be read now keeps the schedule it had.
    if let Ok(planned) = journal.phone_reminders(&session.preferences(), now) {
        hand_over(phone.0.as_ref(), &planned);
    }
}

/// Cancels every reminder by its fixed id, then schedules the plan. A phone
/// that refuses (notifications not allowed) is not an error the person sees:
/// Settings says whether reminders can arrive.
fn hand_over(phone: &dyn PhoneNotifications, planned: &[Reminder]) {
    let _ = phone.cancel(&REMINDER_IDS);
    for reminder in planned {
        let _ = phone.schedule(reminder);
    }
}

/// The plugin's schedule for `reminder`: a one-off at its moment (sent in UTC
/// with whole seconds, the form both phone sides read), or every week on its
/// weekday and time on the phone's own clock. `None` for a local time that
/// does not exist (skipped by a clock change).
// Used by the phone's `Plugin`; a desktop build has only its tests.
#[cfg_attr(desktop, allow(dead_code))]
pub fn schedule_of(reminder: &Reminder) -> Option<Schedule> {
    match reminder.repeat {
        Repeat::Once => {
            let when = Local.from_local_datetime(&reminder.at).earliest()?;
            let date = time::OffsetDateTime::from_unix_timestamp(when.timestamp()).ok()?;
            Some(Schedule::At { date, repeating: false, allow_while_idle: true })
        }
        Repeat::Weekly => {
            let small = |n: u32| u8::try_from(n).ok();
            Some(Schedule::Interval {
                interval: ScheduleInterval {
                    // 1 is Sunday, as Android's Calendar and iOS's DateComponents count.
                    weekday: small(reminder.at.weekday().number_from_sunday()),
                    hour: small(reminder.at.hour()),
                    minute: small(reminder.at.minute()),
                    second: Some(0),
                    ..ScheduleInterval::default()
                },
                allow_while_idle: true,
            })
        }
    }
}

/// How often a desktop looks whether a check-in has come due while the app is open.
#[cfg(desktop)]
const REMINDER_EVERY: std::time::Duration = std::time::Duration::from_secs(60 * 60);
/// The first look waits until the home screen has had the journal to itself.
#[cfg(desktop)]
const FIRST_REMINDER_AFTER: std::time::Duration = std::time::Duration::from_secs(3);

/// On a desktop: sends the neutral reminder once per due check-in, while the app runs.
#[cfg(desktop)]
pub fn remind_while_open<R: Runtime>(app: AppHandle<R>) {
    use tauri_plugin_notification::NotificationExt;
    std::thread::spawn(move || {
        std::thread::sleep(FIRST_REMINDER_AFTER);
        loop {
            // Locked: no journal to look in (the reminder waits for the next look).
            if let Ok(journal) = app.state::<Session>().journal() {
                let today = Local::now().date_naive();
                if journal.claim_check_in_reminder_on(today).unwrap_or(false) {
                    // No notification service (a desktop without one, a test) is fine:
                    // the app shows the same reminder on its home screen.
                    let _ = app
                        .notification()
                        .builder()
                        .title(TITLE)
                        .body(brim_core::CHECK_IN_REMINDER.to_string())
                        .show();
                }
            }
            std::thread::sleep(REMINDER_EVERY);
        }
    });
}

/// The phone's answer, in the words the UI branches on.
pub fn permission_of(state: PermissionState) -> NotificationPermission {
    match state {
        PermissionState::Granted => NotificationPermission::Allowed,
        PermissionState::Denied => NotificationPermission::NotAllowed,
        PermissionState::Prompt | PermissionState::PromptWithRationale => NotificationPermission::Ask,
    }
}

/// The notification plugin, on a phone.
#[cfg(mobile)]
pub struct Plugin<R: Runtime>(pub AppHandle<R>);

#[cfg(mobile)]
impl<R: Runtime> PhoneNotifications for Plugin<R> {
    fn cancel(&self, ids: &[i32]) -> Result<(), String> {
        use tauri_plugin_notification::NotificationExt;
        self.0.notification().cancel(ids.to_vec()).map_err(|e| e.to_string())
    }

    fn schedule(&self, reminder: &Reminder) -> Result<(), String> {
        use tauri_plugin_notification::NotificationExt;
        let Some(schedule) = schedule_of(reminder) else {
            return Ok(());
        };
        self.0
            .notification()
            .builder()
            .id(reminder.id)
            .title(TITLE)
            .body(reminder.text.to_string())
            .schedule(schedule)
            .show()
            .map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use brim_core::{CHECK_IN_REMINDER, CHECK_IN_REMINDER_ID, SKILL_NUDGE, SKILL_NUDGE_ID};
    use chrono::NaiveDate;
    use serde_json::json;

    use super::*;

    fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).unwrap().and_hms_opt(h, 0, 0).unwrap()
    }

    #[test]
    fn a_check_in_reminder_goes_to_the_phone_as_one_moment_in_utc() {
        let reminder = Reminder {
            id: CHECK_IN_REMINDER_ID,
            at: at(2027, 3, 4, 10),
            repeat: Repeat::Once,
            text: CHECK_IN_REMINDER,
        };
        let sent = serde_json::to_value(schedule_of(&reminder).unwrap()).unwrap();
        let utc = Local.from_local_datetime(&reminder.at).unwrap().with_timezone(&chrono::Utc);
        let date = sent["at"]["date"].as_str().unwrap();
        // Both phone sides read "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'": UTC, whole seconds.
        assert!(date.starts_with(&utc.format("%Y-%m-%dT%H:%M:%S.000").to_string()), "{date}");
        assert!(date.ends_with('Z'), "{date}");
        assert_eq!((&sent["at"]["repeating"], &sent["at"]["allowWhileIdle"]), (&json!(false), &json!(true)));
    }

    #[test]
    fn the_nudge_goes_to_the_phone_as_every_wednesday_at_six() {
        let nudge = Reminder {
            id: SKILL_NUDGE_ID,
            at: at(2026, 12, 9, 18),
            repeat: Repeat::Weekly,
            text: SKILL_NUDGE,
        };
        let sent = serde_json::to_value(schedule_of(&nudge).unwrap()).unwrap();
        assert_eq!(
            sent["interval"]["interval"],
            json!({"year": null, "month": null, "day": null, "weekday": 4, "hour": 18, "minute": 0, "second": 0})
        );
    }

    #[test]
    fn the_phones_answer_in_the_uis_words() {
        assert_eq!(permission_of(PermissionState::Granted), NotificationPermission::Allowed);
        assert_eq!(permission_of(PermissionState::Denied), NotificationPermission::NotAllowed);
        assert_eq!(permission_of(PermissionState::Prompt), NotificationPermission::Ask);
        assert_eq!(permission_of(PermissionState::PromptWithRationale), NotificationPermission::Ask);
    }

    /// What the phone was told, in order.
    #[derive(Debug, Clone, PartialEq)]
    enum Told {
        Cancel(Vec<i32>),
        Schedule(Reminder),
    }

    /// Stands in for the phone's notification system, which cannot run here.
    #[derive(Default)]
    struct Recording(std::sync::Mutex<Vec<Told>>);

    impl Recording {
        fn take(&self) -> Vec<Told> {
            std::mem::take(&mut *self.0.lock().unwrap())
        }
    }

    impl PhoneNotifications for Recording {
        fn cancel(&self, ids: &[i32]) -> Result<(), String> {
            self.0.lock().unwrap().push(Told::Cancel(ids.to_vec()));
            Ok(())
        }
        fn schedule(&self, reminder: &Reminder) -> Result<(), String> {
            self.0.lock().unwrap().push(Told::Schedule(reminder.clone()));
            Ok(())
        }
    }

    /// The app's own IPC handler on Tauri's mock runtime, over a real journal
    /// in a temp folder, with a recording phone.
    struct MockPhone {
        _app: tauri::App<tauri::test::MockRuntime>,
        webview: tauri::WebviewWindow<tauri::test::MockRuntime>,
        phone: Arc<Recording>,
        session: Session,
        _dir: tempfile::TempDir,
    }

    impl MockPhone {
        fn new() -> MockPhone {
            let dir = tempfile::tempdir().unwrap();
            let session = Session::open(dir.path().join("journal.db"));
            let phone = Arc::new(Recording::default());
            let app = tauri::test::mock_builder()
                .plugin(tauri_plugin_notification::init())
                .invoke_handler(crate::commands::handler())
                .build(tauri::test::mock_context(tauri::test::noop_assets()))
                .unwrap();
            app.manage(session.clone());
            app.manage(PhoneReminders(phone.clone()));
            let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
            MockPhone { _app: app, webview, phone, session, _dir: dir }
        }

        fn call(&self, cmd: &str, body: serde_json::Value) -> serde_json::Value {
            let request = tauri::webview::InvokeRequest {
                cmd: cmd.into(),
                callback: tauri::ipc::CallbackFn(0),
                error: tauri::ipc::CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: tauri::ipc::InvokeBody::Json(body),
                headers: Default::default(),
                invoke_key: tauri::test::INVOKE_KEY.to_string(),
            };
            let answer = tauri::test::get_ipc_response(&self.webview, request)
                .unwrap_or_else(|e| panic!("{cmd}: {e}"));
            answer.deserialize().unwrap()
        }
    }

    fn check_in_reminder(at: NaiveDateTime) -> Told {
        Told::Schedule(Reminder {
            id: CHECK_IN_REMINDER_ID,
            at,
            repeat: Repeat::Once,
            text: CHECK_IN_REMINDER,
        })
    }

    #[test]
    fn the_phone_is_told_the_new_reminder_after_a_check_in_a_new_cadence_and_the_nudge() {
        let mock = MockPhone::new();
        let today = Local::now().date_naive();
        let ten = brim_core::CHECK_IN_REMINDER_TIME;
        let skill =
            mock.call("add_skill", json!({"skill": {"name": "Listening", "area": "people", "story": ""}}));

        // Reading the journal moves no reminder: the phone is told nothing.
        mock.call("list_skills", json!({"query": {}}));
        assert_eq!(mock.phone.take(), vec![]);

        // A check-in done today: the next one in three months, at ten.
        let rating = json!({"skillId": skill["id"], "rating": 4, "note": ""});
        mock.call("record_check_in", json!({"checkIn": {"date": today, "note": "", "ratings": [rating]}}));
        let in_three_months = today.checked_add_months(chrono::Months::new(3)).unwrap().and_time(ten);
        assert_eq!(
            mock.phone.take(),
            vec![
                Told::Cancel(vec![CHECK_IN_REMINDER_ID, SKILL_NUDGE_ID]),
                check_in_reminder(in_three_months)
            ],
            "the old reminder cancelled by its id, the new one scheduled"
        );

        // Every month instead: moved to a month on.
        mock.call("set_cadence", json!({"months": 1}));
        let in_a_month = today.checked_add_months(chrono::Months::new(1)).unwrap().and_time(ten);
        assert_eq!(
            mock.phone.take(),
            vec![Told::Cancel(REMINDER_IDS.to_vec()), check_in_reminder(in_a_month)]
        );

        // The weekly nudge turned on, then off again.
        let mut preferences = serde_json::to_value(mock.session.preferences()).unwrap();
        preferences["skillNudge"] = json!(true);
        mock.call("set_preferences", json!({"preferences": preferences}));
        let told = mock.phone.take();
        let nudge = Reminder {
            id: SKILL_NUDGE_ID,
            at: brim_core::next_skill_nudge(Local::now().naive_local()),
            repeat: Repeat::Weekly,
            text: SKILL_NUDGE,
        };
        assert_eq!(
            told,
            vec![Told::Cancel(REMINDER_IDS.to_vec()), check_in_reminder(in_a_month), Told::Schedule(nudge)]
        );
        preferences["skillNudge"] = json!(false);
        mock.call("set_preferences", json!({"preferences": preferences}));
        assert_eq!(
            mock.phone.take(),
            vec![Told::Cancel(REMINDER_IDS.to_vec()), check_in_reminder(in_a_month)]
        );
    }

    #[test]
    fn a_refused_call_or_a_desktop_moves_nothing() {
        let mock = MockPhone::new();
        let request = tauri::webview::InvokeRequest {
            cmd: "set_cadence".into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost".parse().unwrap(),
            body: tauri::ipc::InvokeBody::Json(json!({"months": 2})),
            headers: Default::default(),
            invoke_key: tauri::test::INVOKE_KEY.to_string(),
        };
        assert!(
            tauri::test::get_ipc_response(&mock.webview, request).is_err(),
            "every 2 months is not offered"
        );
        assert_eq!(mock.phone.take(), vec![]);

        // Without PhoneReminders (a desktop), rescheduling does nothing and fails nothing.
        let desktop = tauri::test::mock_app();
        desktop.manage(mock.session.clone());
        reschedule(desktop.handle());
        // And the permission commands answer on the mock runtime as on a desktop: allowed.
        assert_eq!(mock.call("reminder_permission", json!({})), json!("allowed"));
    }
}
