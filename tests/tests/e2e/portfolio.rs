//! The portfolio as a PDF in the real app: Settings → Print my skills →
//! "Save as a PDF" opens the system's own save window (GTK's, from
//! tauri-plugin-dialog), offering a dated name. The test answers that window
//! as a person would, with keys through xdotool: a path in a folder of its
//! own and Return, then poppler's pdftotext finds the skill, its story and a
//! moment in the file, Polish letters whole; or Escape, and nothing is
//! written and the screen stays calm.
//!
//! Xvfb has no window manager, so the test gives the save window the keyboard
//! focus itself (`xdotool windowfocus`), as `auto_lock` does.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::App;
use crate::app::PATIENCE;
use crate::hostile::invoke;

/// The save window's title (the core's `portfolio-save-title`).
const SAVE_WINDOW: &str = "Save your skills page";

fn xdotool(args: &[&str]) -> String {
    let out =
        Command::new("xdotool").args(args).output().expect("xdotool is installed (make test installs it)");
    assert!(out.status.success(), "xdotool {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The save window's id, if it is on screen.
fn save_window_on_screen() -> Option<String> {
    // (xdotool answers 1, and no window, while there is none.)
    let out = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", &format!("^{SAVE_WINDOW}$")])
        .output()
        .expect("xdotool is installed (make test installs it)");
    String::from_utf8(out.stdout).unwrap().split_whitespace().next().map(str::to_owned)
}

/// Saves the whole X screen (the save window is not the WebView's to screenshot).
fn save_x_screen(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../target/e2e-artifacts/{name}.png"));
    let _ = std::fs::create_dir_all(path.parent().unwrap());
    let _ = Command::new("/usr/bin/import").args(["-window", "root"]).arg(&path).status();
    path.display().to_string()
}

/// Waits for the save window to be on screen and gives it the keyboard focus.
async fn the_save_window(app: &App) {
    let started = Instant::now();
    loop {
        if let Some(id) = save_window_on_screen() {
            xdotool(&["windowfocus", "--sync", &id]);
            // GTK puts the offered name in the name field once the window is drawn.
            tokio::time::sleep(Duration::from_millis(500)).await;
            return;
        }
        if started.elapsed() > PATIENCE {
            let saved = app.save_screen_as("no-save-window").await;
            panic!("no save window titled {SAVE_WINDOW:?} opened (the screen is saved in {saved})");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Waits until the save window has left the screen.
/// "Save as a PDF", then `key` in the save window (Return keeps the offered
/// name and folder, Escape closes it), until the window is gone.
async fn save_as_pdf_and_press(app: &App, key: &str) {
    app.press("Save as a PDF").await;
    the_save_window(app).await;
    xdotool(&["key", key]);
    gone().await;
}

async fn gone() {
    let started = Instant::now();
    while save_window_on_screen().is_some() {
        if started.elapsed() > PATIENCE {
            panic!(
                "the save window is still open (the screen is saved in {})",
                save_x_screen("save-window-still-open")
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Every PDF under `dir`, however deep.
fn pdfs_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(pdfs_under(&path));
        } else if path.extension().is_some_and(|e| e == "pdf") {
            found.push(path);
        }
    }
    found
}

/// An app with a skill and a moment to put in the portfolio, on Settings.
async fn on_settings_with_a_skill(data: &Path) -> App {
    let app = App::start(data).await;
    let skill = json!({ "name": "Gotowanie dla wielu", "area": "practical", "story": "Gotowałam żurek dla całej świetlicy", "promptId": null });
    let skill = invoke(&app, "add_skill", json!({ "skill": skill })).await.unwrap();
    let moment =
        json!({ "date": "2026-03-01", "text": "Ugotowałam pierogi z łososiem", "skillIds": [skill["id"]] });
    invoke(&app, "add_moment", json!({ "moment": moment })).await.unwrap();
    app.go_to("More").await;
    app.open_link("Settings").await;
    app
}

#[tokio::test]
#[ignore = "needs Xvfb, xdotool, tauri-driver, poppler-utils and the built app: run by `make test`"]
async fn the_portfolio_is_saved_as_a_pdf_where_the_person_chooses_and_its_words_can_be_copied() {
    let data = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let folder = elsewhere.path().join("Job forms");
    std::fs::create_dir(&folder).unwrap();
    let app = on_settings_with_a_skill(data.path()).await;

    app.press("Save as a PDF").await;
    the_save_window(&app).await;
    // The offered name is selected: typing replaces it (a whole path goes to that folder).
    let chosen = folder.join("My skills.pdf");
    xdotool(&["key", "--clearmodifiers", "ctrl+a"]);
    xdotool(&["type", "--delay", "30", chosen.to_str().unwrap()]);
    xdotool(&["key", "Return"]);
    gone().await;

    app.sees("Saved. Your skills page is in the folder “Job forms”, named My skills.pdf.").await;
    app.sees("It stays on this device until you send it yourself.").await;
    app.save_screen_as("portfolio-pdf-saved").await;
    app.close().await;

    // There, and only there: nothing went to the journal's folder as well.
    assert_eq!(pdfs_under(elsewhere.path()), vec![chosen.clone()]);
    assert!(pdfs_under(data.path()).is_empty(), "{:?}", pdfs_under(data.path()));
    let bytes = std::fs::read(&chosen).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "not a PDF: {:?}", &bytes[..bytes.len().min(16)]);
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&chosen)
        .arg("-")
        .output()
        .expect("pdftotext runs (make deps installs poppler-utils)");
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap().split_whitespace().collect::<Vec<_>>().join(" ");
    for words in [
        "Gotowanie dla wielu",
        "Gotowałam żurek dla całej świetlicy",
        "1 March 2026",
        "Ugotowałam pierogi z łososiem",
    ] {
        assert!(text.contains(words), "{words:?} is not in the PDF's text: {text}");
    }
}

#[tokio::test]
#[ignore = "needs Xvfb, xdotool, tauri-driver and the built app: run by `make test`"]
async fn closing_the_save_window_writes_nothing_and_the_screen_stays_calm() {
    let data = tempfile::tempdir().unwrap();
    let app = on_settings_with_a_skill(data.path()).await;

    save_as_pdf_and_press(&app, "Escape").await;

    app.sees("Nothing was saved. You can save your skills page whenever you like.").await;
    // No error, no "Saved.", and the button is ready to be pressed again.
    let said = app
        .client
        .find_all(fantoccini::Locator::XPath("//*[@role='alert' and normalize-space(.)!='']"))
        .await;
    assert!(said.unwrap().is_empty(), "an alert is on screen after closing the save window");
    let saved = app
        .client
        .find_all(fantoccini::Locator::XPath("//*[starts-with(normalize-space(.), 'Saved.')]"))
        .await;
    assert!(saved.unwrap().is_empty(), "the screen says Saved. after closing the save window");
    app.save_screen_as("portfolio-pdf-not-saved").await;
    save_as_pdf_and_press(&app, "Escape").await;
    app.close().await;

    assert!(pdfs_under(data.path()).is_empty(), "{:?}", pdfs_under(data.path()));
    assert!(!data.path().join("Backups").exists());
}

#[tokio::test]
#[ignore = "needs Xvfb, xdotool, tauri-driver, poppler-utils and the built app: run by `make test`"]
async fn pressing_return_saves_under_the_offered_name_in_the_folder_backups_go_to() {
    let data = tempfile::tempdir().unwrap();
    // Where backups of a journal in BRIM_DATA_DIR go: the window starts there when it is there.
    std::fs::create_dir(data.path().join("Backups")).unwrap();
    let app = on_settings_with_a_skill(data.path()).await;

    save_as_pdf_and_press(&app, "Return").await;

    app.sees("Saved. Your skills page is in the folder “Backups”, named Brim skills portfolio 20").await;
    app.close().await;
    let pdfs = pdfs_under(data.path());
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    assert_eq!(pdfs[0].parent().unwrap(), data.path().join("Backups"));
    let name = pdfs[0].file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("Brim skills portfolio 20") && name.ends_with(".pdf"), "{name}");
    assert!(std::fs::read(&pdfs[0]).unwrap().starts_with(b"%PDF"));
}
