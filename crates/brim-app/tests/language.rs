//! The core speaks the person's language: its errors, the skill ideas, the
//! areas and the rating labels, from the moment the app opens and after the
//! choice changes. Its own test binary: the language is the whole app's.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use brim_app::Session;
use brim_app::commands::{Refusal, call};
use brim_core::{Language, Preferences};
use serde_json::{Value, json};

async fn run(session: &Session, name: &str, args: Value) -> Result<Value, Refusal> {
    call(session, name, args).await.expect("a command the table serves")
}

async fn refusal(session: &Session, name: &str, args: Value) -> String {
    match run(session, name, args).await {
        Err(Refusal::Command(error)) => error.message,
        other => panic!("{name} was not refused: {other:?}"),
    }
}

fn arabic(text: &str) -> bool {
    text.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

#[tokio::test]
async fn the_core_speaks_the_chosen_language_from_the_start_and_after_a_change() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("journal.db");
    let chosen = Preferences { language: Some(Language::Arabic), ..Preferences::default() };
    chosen.save(&Preferences::path_for(&journal)).unwrap();

    // Opened with Arabic already chosen: an error and the skill ideas are Arabic.
    let session = Session::open(journal.clone());
    let empty_skill = json!({ "skill": { "name": " ", "area": "people", "story": "", "promptId": null } });
    let said = refusal(&session, "add_skill", empty_skill.clone()).await;
    assert!(arabic(&said) && !said.contains("Give the skill"), "{said}");
    let ideas = run(&session, "skill_prompts", Value::Null).await.unwrap();
    let first = &ideas[0];
    assert_eq!(first["id"], "listening", "the same ideas, in the same order");
    for part in ["name", "description", "question"] {
        assert!(arabic(first[part].as_str().unwrap()), "{part}: {first}");
    }
    let labels = run(&session, "rating_labels", Value::Null).await.unwrap();
    assert!(arabic(labels[0]["label"].as_str().unwrap()), "{labels}");
    let areas = run(&session, "areas", Value::Null).await.unwrap();
    assert!(arabic(areas[0]["label"].as_str().unwrap()), "{areas}");

    // A skill added from an idea is named in the language it was read in.
    let added = run(&session, "add_skill_from_prompt", json!({ "promptId": "listening", "story": "" }))
        .await
        .unwrap();
    assert_eq!(added["name"], first["name"]);

    // Polish chosen in Settings: the next words are Polish.
    let polish = Preferences { language: Some(Language::Polish), ..Preferences::default() };
    run(&session, "set_preferences", json!({ "preferences": polish })).await.unwrap();
    let said = refusal(&session, "add_skill", empty_skill.clone()).await;
    assert!(!arabic(&said) && !said.contains("Give the skill"), "{said}");
    let labels = run(&session, "rating_labels", Value::Null).await.unwrap();
    assert_eq!(labels[4]["label"], "Mogę tego uczyć");

    // English again, and the app opened afresh keeps it.
    let english = Preferences { language: Some(Language::English), ..Preferences::default() };
    run(&session, "set_preferences", json!({ "preferences": english })).await.unwrap();
    drop(session);
    let session = Session::open(journal);
    assert_eq!(refusal(&session, "add_skill", empty_skill).await, "Give the skill a name.");
}
