//! Reach in the real app: the text size a person picks in Settings grows
//! every word, and holds after the app is closed and opened again (kept by
//! the core beside the journal, so it holds on the unlock screen too).

use std::time::{Duration, Instant};

use crate::App;

/// The page's root text size in CSS pixels (16 at the phone's own size).
async fn root_text_px(app: &App) -> f64 {
    let size = app
        .client
        .execute("return getComputedStyle(document.documentElement).fontSize;", vec![])
        .await
        .unwrap();
    size.as_str().and_then(|s| s.strip_suffix("px")).and_then(|s| s.parse().ok()).unwrap()
}

/// Waits until the root text size is `px` (it is applied when the core answers).
async fn until_root_text_is(app: &App, px: f64) {
    let started = Instant::now();
    loop {
        let now = root_text_px(app).await;
        if (now - px).abs() < 0.5 {
            return;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "the text stayed at {now} px, not {px} px");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn the_largest_text_size_is_kept_after_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;
    let standard = root_text_px(&app).await;
    app.go_to("More").await;
    app.open_link("Settings").await;
    app.tick("Largest (200%)").await;
    until_root_text_is(&app, standard * 2.0).await;
    app.close().await;

    let app = App::start(data.path()).await;
    until_root_text_is(&app, standard * 2.0).await;
    app.go_to("More").await;
    app.open_link("Settings").await;
    app.tick("Standard (100%)").await;
    until_root_text_is(&app, standard).await;
    app.close().await;
}
