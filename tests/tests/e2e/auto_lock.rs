//! Locking by itself, in the real app: X focus moves from Brim's window to
//! another window and back, as when a person switches to another program,
//! and the app locks (or does not) on its own real one-minute timer.
//!
//! Xvfb has no window manager, so nothing moves focus unless the test does:
//! `xdotool windowfocus` sets it on Brim's window or on a small `xmessage`
//! window opened for the purpose. Focus is never left on the root window:
//! there, GTK counts the window under the pointer as focused.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::json;
use tokio::time::{Instant, sleep_until};

use crate::App;
use crate::hostile::invoke;
use crate::lock::{LOCKED_HEADING, turn_the_lock_on};

/// Another program's window to switch to. Closed when dropped, even if a test fails.
struct OtherWindow {
    xmessage: Child,
    id: String,
}

/// What `xmessage` calls its window (its class name), so the test can find it.
const OTHER_WINDOW: &str = "brim-e2e-elsewhere";

impl OtherWindow {
    fn open() -> OtherWindow {
        let xmessage = Command::new("xmessage")
            .args(["-name", OTHER_WINDOW, "-geometry", "200x60+700+40", "Somewhere else"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("xmessage is installed (x11-utils; make test installs it)");
        // Owned from here, so a failure below still closes it.
        let mut window = OtherWindow { xmessage, id: String::new() };
        // `--sync` waits until the window is on screen.
        window.id = one_window(&["search", "--sync", "--onlyvisible", "--classname", OTHER_WINDOW]);
        window
    }
}

impl Drop for OtherWindow {
    fn drop(&mut self) {
        let _ = self.xmessage.kill();
        let _ = self.xmessage.wait();
    }
}

fn xdotool(args: &[&str]) -> String {
    let out =
        Command::new("xdotool").args(args).output().expect("xdotool is installed (make test installs it)");
    assert!(out.status.success(), "xdotool {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The one window `xdotool <args>` finds.
fn one_window(args: &[&str]) -> String {
    let found = xdotool(args);
    let ids: Vec<&str> = found.split_whitespace().collect();
    assert_eq!(ids.len(), 1, "one window for xdotool {args:?}, found {ids:?}");
    ids[0].to_owned()
}

/// Brim's window: the one app on screen (apps take turns, see `App`).
fn brim_window() -> String {
    one_window(&["search", "--onlyvisible", "--name", "^Brim$"])
}

/// Gives `window` the keyboard focus; returns once X has moved it.
fn focus(window: &str) {
    xdotool(&["windowfocus", "--sync", window]);
}

async fn is_locked(app: &App) -> bool {
    let status = invoke(app, "lock_status", json!({})).await.expect("lock_status always answers");
    status["locked"].as_bool().unwrap()
}

/// One app for both cases, so the suite waits out the minute only once:
/// away and back within the minute, away again, and still open when the
/// first time away's minute is up; then locked when the second one's is.
#[tokio::test]
#[ignore = "needs Xvfb, xdotool, tauri-driver and the built app: run by `make test`"]
async fn brim_locks_itself_a_minute_after_its_window_loses_focus_unless_it_gets_it_back() {
    const MINUTE: Duration = Duration::from_secs(60);
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;
    turn_the_lock_on(&app).await;
    app.tick("After 1 minute away").await;
    app.sees("Saved.").await;
    let status = invoke(&app, "lock_status", json!({})).await.unwrap();
    assert_eq!(status["autoLockMinutes"], 1, "{status}");

    let brim = brim_window();
    let elsewhere = OtherWindow::open();
    // Focus starts as PointerRoot (no window manager): give Brim the focus
    // first, so that moving it away is a real FocusOut from Brim's window.
    focus(&brim);

    // Away for a few seconds, then back: that cancels the first minute.
    focus(&elsewhere.id);
    let first_away = Instant::now();
    sleep_until(first_away + Duration::from_secs(5)).await;
    focus(&brim);
    sleep_until(first_away + Duration::from_secs(15)).await;

    // Away again. Just after the first minute is up (its timer went off at
    // 60 s) the journal is still open: being back in between cancelled it,
    // and this time away has run only 51 of its own 60 seconds.
    focus(&elsewhere.id);
    let second_away = Instant::now();
    sleep_until(first_away + MINUTE + Duration::from_secs(6)).await;
    assert!(!is_locked(&app).await, "back within the minute: still open a minute after first going away");
    app.wait_for("//nav[@aria-label='Main']").await;

    // Nobody comes back: a minute after going away, the app shows the unlock
    // screen by itself, and the journal is closed.
    sleep_until(second_away + MINUTE).await;
    app.wait_for(LOCKED_HEADING).await;
    assert!(is_locked(&app).await);
    app.no_longer_sees("//nav[@aria-label='Main']").await;
    app.close().await;
    drop(elsewhere);
}
