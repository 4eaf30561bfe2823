//! Reach in the real app: the text size and the language a person picks in
//! Settings change every word, and hold after the app is closed and opened
//! again (kept by the core beside the journal, so they hold on the unlock
//! screen too).

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

/// The page's language and direction, as the WebView has them.
async fn language_and_direction(app: &App) -> (String, String) {
    let got = app
        .client
        .execute(
            "return [document.documentElement.lang, getComputedStyle(document.querySelector('main')).direction];",
            vec![],
        )
        .await
        .unwrap();
    let got: Vec<String> = serde_json::from_value(got).unwrap();
    (got[0].clone(), got[1].clone())
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn arabic_is_kept_after_a_restart_and_home_reads_right_to_left() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;
    app.go_to("More").await;
    app.open_link("Settings").await;
    // Each language is named in its own words, whatever the app is in now.
    app.tick("العربية").await;
    // Settings itself turns around at once, and says the words are a draft.
    app.wait_for("//legend[normalize-space(.)='اللغة']").await;
    app.close().await;

    let app = App::start(data.path()).await;
    // Home greets in Arabic, and the bottom bar reads from the right.
    app.wait_for("//main//h1[normalize-space(.)='أهلًا بك في Brim']").await;
    app.wait_for("//nav//a[@href='#/']/span[normalize-space(.)='الرئيسية']").await;
    assert_eq!(language_and_direction(&app).await, ("ar".to_owned(), "rtl".to_owned()));
    let [home, more] = ["#/", "#/more"].map(|href| {
        format!("return document.querySelector(\"nav a[href='{href}']\").getBoundingClientRect().left;")
    });
    let home_left = app.client.execute(&home, vec![]).await.unwrap().as_f64().unwrap();
    let more_left = app.client.execute(&more, vec![]).await.unwrap().as_f64().unwrap();
    assert!(home_left > more_left, "Home is first from the right: {home_left} vs {more_left}");
    app.save_screen_as("home-arabic").await;
    app.close().await;
}
