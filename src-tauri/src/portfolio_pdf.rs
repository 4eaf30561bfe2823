//! "Save as a PDF": the portfolio's PDF goes where the person chooses, in the
//! system's own save window (tauri-plugin-dialog), opened here in the shell so
//! the page stays one button and never reaches the file system itself.
//!
//! - The PDF is made first, so "choose at least one skill" is said before any
//!   window opens.
//! - The window offers the catalogue's dated name ("Brim skills portfolio
//!   2026-12-04.pdf") and a PDF filter, starting where backups go.
//! - Closing the window saves nothing and is no error: the page hears `None`.
//! - Only when no save window can open at all does the PDF go where backups
//!   go (`backup_place`), as before the window existed, and the page is told where.
//!
//! Phones (not tested here: there is no phone on this machine): Android
//! answers a `content://` address (it has already made the empty file) and
//! iOS a `file://` one outside the app's sandbox. `std::fs` cannot write
//! either as it is, so both are written through tauri-plugin-fs's `open`,
//! the way the dialog plugin expects. On Android the folder has no name Brim
//! can read, so the page says "the place you chose" and the offered file name.

use std::path::Path;

use brim_app::backup_place::{self, Folders};
use brim_app::commands::{self, Portfolio};
use brim_core::{CommandError, Journal, SavedPortfolio, id};
use tauri::{AppHandle, Manager, Runtime, WebviewWindow};
use tauri_plugin_dialog::{Dialog, FilePath};

type Reply<T> = Result<T, CommandError>;

/// What the save window answered.
enum Answer {
    /// Where the person chose to save.
    Chosen(FilePath),
    /// They closed it without choosing.
    Closed,
    /// No window could open (the plugin is not there, or the window never came).
    NoWindow,
}

/// Makes the PDF of `skill_ids`, asks where to save it and saves it there.
/// `Ok(None)`: the person closed the window, and nothing was written.
pub async fn save<R: Runtime>(
    journal: &Journal,
    app: &AppHandle<R>,
    window: &WebviewWindow<R>,
    folders: Folders,
    skill_ids: Vec<uuid::Uuid>,
) -> Reply<Option<SavedPortfolio>> {
    let pdf = journal.portfolio_pdf(&skill_ids).map_err(CommandError::from)?;
    let backups = backup_place::choose(&folders);
    let start = backups.as_ref().ok().map(|place| place.dir.as_path());
    match ask_where(app, window, start).await {
        Answer::Chosen(chosen) => write_chosen(app, chosen, &pdf).map(Some),
        Answer::Closed => Ok(None),
        Answer::NoWindow => {
            commands::save_portfolio_pdf_in(journal, &backups?, Portfolio { skill_ids }).map(Some)
        }
    }
}

/// Opens the system's save window and waits, without holding a thread, for
/// the person to choose or close it.
async fn ask_where<R: Runtime>(
    app: &AppHandle<R>,
    window: &WebviewWindow<R>,
    start: Option<&Path>,
) -> Answer {
    let Some(dialog) = app.try_state::<Dialog<R>>() else {
        return Answer::NoWindow;
    };
    let mut file = dialog
        .file()
        .set_title(id::PORTFOLIO_SAVE_TITLE.to_string())
        .set_file_name(brim_core::portfolio_file_name())
        .add_filter(id::PORTFOLIO_SAVE_FILTER.to_string(), &["pdf"])
        .set_can_create_directories(true);
    if let Some(dir) = start.filter(|dir| dir.is_dir()) {
        file = file.set_directory(dir);
    }
    // Above the app's window on Windows and macOS (GTK places it by itself).
    #[cfg(desktop)]
    {
        file = file.set_parent(window);
    }
    #[cfg(mobile)]
    let _ = window;
    let (answer, answered) = tokio::sync::oneshot::channel();
    file.save_file(move |chosen| {
        let _ = answer.send(chosen);
    });
    // The plugin drops its callback unanswered when it cannot reach the UI thread.
    match answered.await {
        Ok(Some(chosen)) => Answer::Chosen(chosen),
        Ok(None) => Answer::Closed,
        Err(_) => Answer::NoWindow,
    }
}

/// Writes the PDF where the person chose and says where in words.
fn write_chosen<R: Runtime>(app: &AppHandle<R>, chosen: FilePath, pdf: &[u8]) -> Reply<SavedPortfolio> {
    match chosen.as_path() {
        Some(path) => {
            brim_core::write_pdf_at(path, pdf).map_err(CommandError::from)?;
            Ok(SavedPortfolio::chosen(path))
        }
        None => write_at_address(app, chosen, pdf),
    }
}

fn not_saved() -> CommandError {
    CommandError::new(brim_core::ErrorCode::InvalidInput, id::ERROR_PORTFOLIO_NOT_SAVED)
}

/// A phone's answer, an address: written through tauri-plugin-fs (not tested here).
#[cfg(mobile)]
fn write_at_address<R: Runtime>(app: &AppHandle<R>, chosen: FilePath, pdf: &[u8]) -> Reply<SavedPortfolio> {
    use std::io::Write as _;
    use tauri_plugin_fs::{FsExt, OpenOptions};

    // iOS: a file:// address, a real file whose folder has a name.
    let path = chosen.clone().into_path().ok();
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    let mut file = app.fs().open(chosen, options).map_err(|_| not_saved())?;
    file.write_all(pdf).and_then(|()| file.sync_all()).map_err(|_| not_saved())?;
    Ok(match path {
        Some(path) => SavedPortfolio::chosen(&path),
        None => SavedPortfolio {
            file_name: brim_core::portfolio_file_name(),
            place: id::PORTFOLIO_PLACE_CHOSEN.to_string(),
        },
    })
}

/// A desktop's save window answers a path; a `file://` address would be one too.
#[cfg(desktop)]
fn write_at_address<R: Runtime>(_: &AppHandle<R>, chosen: FilePath, pdf: &[u8]) -> Reply<SavedPortfolio> {
    let path = chosen.into_path().map_err(|_| not_saved())?;
    brim_core::write_pdf_at(&path, pdf).map_err(CommandError::from)?;
    Ok(SavedPortfolio::chosen(&path))
}

#[cfg(test)]
mod tests {
    use brim_core::{Area, NewSkill};

    use super::*;

    /// With no dialog plugin there is no save window to open: the PDF goes
    /// where backups go, as before the window existed, and the person is told where.
    #[test]
    fn with_no_save_window_the_pdf_goes_where_backups_go_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path().join("journal.db")).unwrap();
        let skill = journal.add_skill(NewSkill::new("Listening", Area::People)).unwrap();
        let app =
            tauri::test::mock_builder().build(tauri::test::mock_context(tauri::test::noop_assets())).unwrap();
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        let folders = Folders { data_dir: Some(dir.path().to_path_buf()), ..Folders::default() };

        let saved =
            tauri::async_runtime::block_on(save(&journal, app.handle(), &window, folders, vec![skill.id]))
                .unwrap()
                .expect("saved, not cancelled");
        assert_eq!(saved.place, "the Backups folder beside your journal");
        let file = dir.path().join("Backups").join(&saved.file_name);
        assert!(std::fs::read(&file).unwrap().starts_with(b"%PDF"), "{}", file.display());
    }

    #[test]
    fn no_skill_chosen_is_said_before_any_window_opens_and_nothing_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::open(dir.path().join("journal.db")).unwrap();
        let app =
            tauri::test::mock_builder().build(tauri::test::mock_context(tauri::test::noop_assets())).unwrap();
        let window = tauri::WebviewWindowBuilder::new(&app, "main", Default::default()).build().unwrap();
        let folders = Folders { data_dir: Some(dir.path().to_path_buf()), ..Folders::default() };

        let refused = tauri::async_runtime::block_on(save(&journal, app.handle(), &window, folders, vec![]));
        assert_eq!(refused.unwrap_err().code, brim_core::ErrorCode::InvalidInput);
        assert!(!dir.path().join("Backups").exists());
    }
}
