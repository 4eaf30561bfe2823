//! A new person's first steps, and a mistake that costs nothing.

use brim_core::Journal;

use crate::App;

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn a_new_person_names_a_skill_logs_a_moment_checks_in_and_sees_growth() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;

    // Find a skill in the ideas library.
    app.go_to("Skills").await;
    app.sees("Everyone has skills").await;
    app.press("Find a skill in the ideas list").await;
    app.press("Yes, this is me: Listening").await;
    app.type_into("Your story", "People at the drop-in talk to me.").await;
    app.press("Add to my skills").await;
    app.sees("People at the drop-in talk to me.").await;

    // Keep a moment that shows it.
    app.go_to("Home").await;
    app.press("Add a moment").await;
    app.type_into("What happened?", "Sat with a new lad who was having a rough day.").await;
    app.tick("Listening").await;
    app.press("Save moment").await;
    app.go_to("Home").await;
    app.sees("Sat with a new lad who was having a rough day.").await;

    // A first check-in.
    app.go_to("Check-in").await;
    app.press("Start my check-in").await;
    app.tick("4 · I do this well").await;
    app.press("Next").await;
    app.press("Save my check-in").await;

    // Growth shows the numbers; with one skill rated, no star chart yet (it
    // needs three points to draw a shape), and it says when one will come.
    app.go_to("Growth").await;
    app.sees("Once you rate three skills or more, a star chart shows them together here.").await;
    app.no_longer_sees("//*[@role='img' and starts-with(@aria-label, 'Star chart')]").await;
    app.wait_for("//table//tr[.//*[normalize-space(.)='Listening']]/td[normalize-space(.)='4']").await;
    app.save_screen_as("growth").await;
    app.close().await;

    // Closed and opened again on the same journal: everything is still there.
    let app = App::start(data.path()).await;
    app.sees("Sat with a new lad who was having a rough day.").await;
    app.go_to("Skills").await;
    app.wait_for(
        "//a[contains(normalize-space(.), 'Listening') and contains(normalize-space(.), '1 moment')]",
    )
    .await;
    app.go_to("Growth").await;
    app.wait_for("//table//tr[.//*[normalize-space(.)='Listening']]/td[normalize-space(.)='4']").await;
    app.close().await;

    let journal = Journal::open(data.path().join("journal.db")).unwrap();
    assert_eq!(journal.check_ins().unwrap().len(), 1);
    assert_eq!(journal.moments(10, None).unwrap().moments.len(), 1);
}

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver and the built app: run by `make test`"]
async fn an_empty_skill_name_shows_the_clear_error_and_saves_nothing() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path()).await;
    app.go_to("Skills").await;
    app.press("Write my own skill").await;
    app.type_into("Skill name", "   ").await;
    app.press("Save skill").await;
    assert_eq!(app.alert().await, "Give the skill a name.");

    // Read the app's journal file directly, without disturbing the running app.
    let file = rusqlite::Connection::open_with_flags(
        data.path().join("journal.db"),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    )
    .unwrap();
    let skills: i64 = file.query_row("SELECT count(*) FROM skill", [], |r| r.get(0)).unwrap();
    assert_eq!(skills, 0, "nothing was saved");
    app.close().await;
}
