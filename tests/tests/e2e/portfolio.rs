//! The portfolio as a PDF in the real app: Settings → Print my skills →
//! "Save as a PDF" writes the file beside the journal (the app runs with
//! `BRIM_DATA_DIR`, so backups and the PDF go to its `Backups` folder), says
//! so in words, and poppler's pdftotext finds the skill, its story and a
//! moment in it, Polish letters whole.

use std::process::Command;

use serde_json::json;

use crate::App;
use crate::hostile::invoke;

#[tokio::test]
#[ignore = "needs Xvfb, tauri-driver, poppler-utils and the built app: run by `make test`"]
async fn the_portfolio_is_saved_as_a_pdf_whose_words_can_be_copied() {
    let dir = tempfile::tempdir().unwrap();
    let app = App::start(dir.path()).await;
    let skill = json!({ "name": "Gotowanie dla wielu", "area": "practical", "story": "Gotowałam żurek dla całej świetlicy", "promptId": null });
    let skill = invoke(&app, "add_skill", json!({ "skill": skill })).await.unwrap();
    let moment =
        json!({ "date": "2026-03-01", "text": "Ugotowałam pierogi z łososiem", "skillIds": [skill["id"]] });
    invoke(&app, "add_moment", json!({ "moment": moment })).await.unwrap();

    app.go_to("More").await;
    app.open_link("Settings").await;
    app.press("Save as a PDF").await;
    app.sees("Saved. Your skills page is in the Backups folder beside your journal, named Brim skills portfolio 20")
        .await;
    app.sees("It stays on this device until you send it yourself.").await;
    app.save_screen_as("portfolio-pdf-saved").await;
    app.close().await;

    let pdfs: Vec<_> = std::fs::read_dir(dir.path().join("Backups"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "pdf"))
        .collect();
    assert_eq!(pdfs.len(), 1, "{pdfs:?}");
    let name = pdfs[0].file_name().unwrap().to_str().unwrap();
    assert!(name.starts_with("Brim skills portfolio 20"), "{name}");
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&pdfs[0])
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
