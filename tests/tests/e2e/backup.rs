//! Backups in the real app, with the lock on: the backup asks for the
//! journal's passphrase and holds no journal text in its bytes; restoring it
//! on another journal that has entries of its own asks for the passphrase,
//! says plainly when it is wrong, and brings everything in beside what is
//! there.

use serde_json::{Value, json};

use crate::App;
use crate::hostile::invoke;
use crate::lock::turn_the_lock_on;

const PASSPHRASE: &str = "river stones at dusk";

async fn moment_texts(app: &App, words: &str) -> Vec<String> {
    let found = invoke(app, "search_moments", json!({ "query": words, "limit": 50 })).await.unwrap();
    found.as_array().unwrap().iter().map(|m| m["text"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_locked_journal_backs_up_encrypted_and_restores_into_another_journal() {
    let marker = "MKR-e2e-5b20 mended the fence";
    let first = tempfile::tempdir().unwrap();
    let app = App::start(first.path()).await;
    turn_the_lock_on(&app).await;
    app.go_to("Home").await;
    app.press("Add a moment").await;
    app.type_into("What happened?", marker).await;
    app.press("Save moment").await;
    app.go_to("Home").await;
    app.sees(marker).await;

    // Through the real IPC: no passphrase, a wrong one, then the journal's own.
    let none = invoke(&app, "export_backup", json!({})).await.expect_err("the lock is on");
    assert_eq!(none["code"], "passphrase_needed", "{none}");
    let wrong = invoke(&app, "export_backup", json!({ "passphrase": "river stones at dawn" })).await;
    assert_eq!(wrong.expect_err("a typo makes no backup")["code"], "wrong_passphrase");
    let file = invoke(&app, "export_backup", json!({ "passphrase": PASSPHRASE })).await.unwrap();
    assert_eq!(file["encrypted"], Value::Bool(true));
    let contents = file["contents"].as_str().unwrap().to_owned();
    assert!(contents.starts_with("{\"format\":\"brim-backup-locked\""), "a sealed backup");
    assert!(!contents.contains("MKR-e2e-5b20") && !contents.contains("fence"), "no journal text in the file");
    let name = file["name"].as_str().unwrap().to_owned();
    assert!(name.starts_with("brim-backup-") && name.ends_with("-locked.json"), "{name}");

    // In Settings, the same: saving asks for the passphrase in plain words.
    app.go_to("More").await;
    app.open_link("Settings").await;
    app.press("Save a backup file").await;
    app.sees("so your backup will be too. Type your passphrase to save it.").await;
    app.close().await;

    // Another journal, with a moment of its own, restores it through Settings.
    let second = tempfile::tempdir().unwrap();
    let path = second.path().join(&name);
    std::fs::write(&path, &contents).unwrap();
    let other = App::start(second.path()).await;
    other.press("Add a moment").await;
    other.type_into("What happened?", "Cooked for the group").await;
    other.press("Save moment").await;
    other.go_to("Home").await;
    other.sees("Cooked for the group").await;
    other.go_to("More").await;
    other.open_link("Settings").await;
    let picker = other.field("Backup file").await;
    picker.send_keys(&path.display().to_string()).await.unwrap();
    other.press("Bring back my journal").await;
    other.sees("This backup is protected with a passphrase.").await;
    other.type_into("Passphrase for this backup", "river stones at dawn").await;
    other.press("Bring back my journal").await;
    assert_eq!(
        other.alert().await,
        "That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed."
    );
    assert!(moment_texts(&other, "fence").await.is_empty(), "nothing came in");
    other.type_into("Passphrase for this backup", PASSPHRASE).await;
    other.press("Bring back my journal").await;
    other.sees("Welcome back.").await;
    other.save_screen_as("backup-restored").await;

    // Both sets are there, and a second restore brings nothing twice.
    assert_eq!(moment_texts(&other, "fence").await, [marker]);
    assert_eq!(moment_texts(&other, "Cooked").await, ["Cooked for the group"]);
    let again = invoke(&other, "import_backup", json!({ "contents": contents, "passphrase": PASSPHRASE }))
        .await
        .unwrap();
    assert_eq!(again["moments"], 0);
    assert_eq!(again["alreadyThere"], 1);
    assert_eq!(moment_texts(&other, "fence").await.len(), 1);
    other.close().await;
}
