//! Words written and not yet saved, in the real app: the journal locks while
//! a moment is half written, and after the passphrase the words are back.

use std::time::Instant;

use serde_json::{Value, json};

use crate::App;
use crate::app::PATIENCE;
use crate::hostile::invoke;
use crate::lock::{LOCKED_HEADING, marker_hits};

const PASSPHRASE: &str = "kettle on at eight";

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_moment_half_written_when_the_journal_locks_is_there_after_the_passphrase() {
    let data = tempfile::tempdir().unwrap();
    let marker = "MKR-draft-51be sat with Dee at the clinic";
    let app = App::start(data.path()).await;
    invoke(&app, "turn_lock_on", json!({ "passphrase": PASSPHRASE })).await.expect("the lock goes on");

    app.go_to("Home").await;
    app.press("Add a moment").await;
    app.type_into("What happened?", marker).await;
    // Kept a moment after the typing stops, with nobody pressing Save.
    let started = Instant::now();
    while invoke(&app, "moment_draft", json!({ "of": "newMoment" })).await.unwrap()["text"] != marker {
        assert!(started.elapsed() < PATIENCE, "the words were never kept");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }

    // Locked as the timer would lock it: the form is gone, and the words are
    // nowhere in the page and only encrypted on disk.
    invoke(&app, "lock_now", json!({})).await.expect("it locks");
    app.wait_for(LOCKED_HEADING).await;
    assert!(!app.client.source().await.unwrap().contains("MKR-draft-51be"));
    assert_eq!(marker_hits(data.path(), "MKR-draft-51be"), 0, "not in any file, plain");

    app.type_into("Passphrase", PASSPHRASE).await;
    app.press("Open my journal").await;
    app.sees("Here is what you were writing. It was kept for you.").await;
    let text = app.field("What happened?").await.prop("value").await.unwrap();
    assert_eq!(text.as_deref(), Some(marker), "the words are back in the form");

    app.press("Save moment").await;
    app.sees(marker).await;
    let draft = invoke(&app, "moment_draft", json!({ "of": "newMoment" })).await.unwrap();
    assert_eq!(draft, Value::Null, "saving the moment dropped the draft");
    app.close().await;
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_step_back_left_half_way_is_there_to_carry_on() {
    let data = tempfile::tempdir().unwrap();
    // The first question of the step back (crates/brim-core/data/prompts.toml).
    const FIRST_QUESTION: &str = "Think of a recent day. Picture it as if you were watching someone else. \
                                  Where is this person, and who is around them?";
    let answer = "They got everyone a cup of tea before the meeting";
    let app = App::start(data.path()).await;
    app.go_to("More").await;
    app.open_link("Step back").await;
    app.press("Start").await;
    app.type_into(FIRST_QUESTION, answer).await;

    // Off somewhere else in the app, and back: the answer was kept.
    app.go_to("Home").await;
    app.go_to("More").await;
    app.open_link("Step back").await;
    app.sees("You started a step back before. Your answers were kept for you.").await;
    app.press("Carry on").await;
    app.sees("Question 2 of").await;
    app.press("Back").await;
    let text = app.field(FIRST_QUESTION).await.prop("value").await.unwrap();
    assert_eq!(text.as_deref(), Some(answer));
    app.close().await;
}
