//! The journal lock in the real app: turned on through Settings, locked from
//! More, opened again only with the passphrase, turned off again, and never a
//! word of the journal on disk or in the page while locked.

use std::path::Path;

use brim_core::Journal;
use serde_json::json;

use crate::App;
use crate::hostile::{commands, invoke};

const PASSPHRASE: &str = "river stones at dusk";
pub const LOCKED_HEADING: &str = "//h1[normalize-space(.)='Your journal is locked']";

/// Commands that read nothing of the journal (the lists Brim ships) and the
/// lock's own: every other command must answer `locked` while it is.
const OPEN_WHILE_LOCKED: &[&str] = &[
    "areas",
    "skill_prompts",
    "step_back_prompts",
    "rating_labels",
    "lock_status",
    "watch_lock",
    "unlock",
    "lock_now",
    // This phone's preferences (text size, when to sync): kept beside the journal, never in it.
    "text_sizes",
    "languages",
    "preferences",
    "set_preferences",
    // Whether the phone lets reminders arrive: the phone's answer, nothing of the journal.
    "reminder_permission",
    "ask_reminder_permission",
    // Read aloud: the voice says the words the page hands it, and reads nothing of the journal.
    "speak",
    "stop_speaking",
];

/// Every byte of every file under `dir`, searched for `marker`.
pub fn marker_hits(dir: &Path, marker: &str) -> usize {
    let needle = marker.as_bytes();
    let mut hits = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            hits += marker_hits(&path, marker);
        } else {
            hits += std::fs::read(&path).unwrap().windows(needle.len()).filter(|w| *w == needle).count();
        }
    }
    hits
}

/// Turns the lock on in Settings, after the warning; leaves the app on Settings.
pub async fn turn_the_lock_on(app: &App) {
    app.go_to("More").await;
    app.open_link("Settings").await;
    app.sees("If you forget this passphrase, nobody can open your journal").await;
    app.type_into("New passphrase", PASSPHRASE).await;
    app.type_into("Type it again", PASSPHRASE).await;
    app.press("Turn the lock on").await;
    app.sees("The lock is on.").await;
}

async fn page_source(app: &App) -> String {
    app.client.source().await.unwrap()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn the_lock_keeps_the_journal_closed_on_screen_and_on_disk_until_the_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let marker = "MKR-e2e-9c41 fixed the boiler";
    let app = App::start(data.path()).await;
    turn_the_lock_on(&app).await;

    // A moment written with the lock on.
    app.go_to("Home").await;
    app.press("Add a moment").await;
    app.type_into("What happened?", marker).await;
    app.press("Save moment").await;
    app.go_to("Home").await;
    app.sees(marker).await;

    // Lock now: only the unlock screen, and nothing of the journal in the page.
    app.go_to("More").await;
    app.press("Lock now").await;
    app.wait_for(LOCKED_HEADING).await;
    let source = page_source(&app).await;
    assert!(!source.contains("MKR-e2e-9c41"), "the moment is gone from the page");
    assert!(!source.contains("aria-label=\"Main\""), "no navigation while locked");

    // Every journal command answers `locked`, before reading its arguments.
    for cmd in commands().iter().map(|c| c.name).filter(|cmd| !OPEN_WHILE_LOCKED.contains(cmd)) {
        let err = invoke(&app, cmd, json!({})).await.expect_err(&format!("{cmd} must refuse while locked"));
        assert_eq!(err["code"], "locked", "{cmd} answered {err}");
    }
    let status = invoke(&app, "lock_status", json!({})).await.unwrap();
    assert_eq!(status["locked"], true);

    // A wrong passphrase says so and changes nothing; the right one opens it.
    app.type_into("Passphrase", "river stones at dawn").await;
    app.press("Open my journal").await;
    assert_eq!(app.alert().await, "That passphrase didn't open it. Check it and try again.");
    app.wait_for(LOCKED_HEADING).await;
    app.type_into("Passphrase", PASSPHRASE).await;
    app.press("Open my journal").await;
    // Back where the person was (More), with the journal there again.
    app.wait_for("//h1[normalize-space(.)='More']").await;
    app.go_to("Home").await;
    app.sees(marker).await;
    app.close().await;

    // Closed: the journal, its -wal and -shm and the key file hold no trace of it.
    let files: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(files.iter().any(|f| f == "journal.db.key"), "the key file is there: {files:?}");
    assert_eq!(marker_hits(data.path(), "MKR-e2e-9c41"), 0, "in {files:?}");

    // Opened again: the unlock screen first, with nothing of the journal in the page.
    let app = App::start_locked(data.path()).await;
    let source = page_source(&app).await;
    assert!(!source.contains("MKR-e2e-9c41"));
    let first_home =
        app.client.execute("return window.__BRIM_FIRST_HOME__ === undefined", vec![]).await.unwrap();
    assert_eq!(first_home, json!(true), "no home screen data in a locked page");
    app.type_into("Passphrase", PASSPHRASE).await;
    app.press("Open my journal").await;
    app.sees(marker).await;

    // Turned off again (it asks the passphrase): a plain journal, with everything in it.
    app.go_to("More").await;
    app.open_link("Settings").await;
    app.type_into("Passphrase to turn it off", PASSPHRASE).await;
    app.press("Turn the lock off").await;
    app.sees("The lock is off.").await;
    app.close().await;
    assert!(!data.path().join("journal.db.key").exists(), "no key file beside a plain journal");
    let journal =
        Journal::open(data.path().join("journal.db")).expect("a plain journal opens without a passphrase");
    let moments = journal.moments(10, None).unwrap().moments;
    assert_eq!(moments.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(), [marker]);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn lock_now_with_the_lock_off_says_so_and_the_journal_stays_open() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;
    let err = invoke(&app, "lock_now", json!({})).await.expect_err("nothing to lock");
    assert_eq!(err["code"], "invalid_input");
    assert!(err["message"].as_str().unwrap().contains("The lock is off"), "{err}");
    invoke(&app, "home", json!({})).await.expect("the journal is still open");
    app.close().await;
}
