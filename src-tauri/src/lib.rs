//! The Tauri shell: opens the session (the journal, or its lock), registers
//! the command table's handler, tells brim-app when the window goes away and comes back,
//! passes the lock and sync news on to the page, and sends the check-in
//! reminder: on a desktop while the app runs, on a phone scheduled with the
//! phone's system (see `reminders`), so it arrives with Brim closed. No logic
//! of its own: the journal and what to schedule are brim-core, the session,
//! auto-lock and background sync are brim-app.

mod commands;
mod open_journal;
mod portfolio_pdf;
mod reminders;
pub mod speech;
mod watchers;

use std::path::PathBuf;

use brim_app::{Session, SyncSchedule};
use brim_core::{CommandError, ErrorCode, Home, LockStatus, SyncStatus};
use tauri::{App, AppHandle, Builder, Manager, Runtime, WebviewWindowBuilder, WindowEvent};
use watchers::Watchers;

/// Set this to keep the journal somewhere other than the app's data folder
/// (the end-to-end tests give each app instance its own).
pub const DATA_DIR_ENV: &str = "BRIM_DATA_DIR";

fn data_dir<R: Runtime>(app: &App<R>) -> Option<PathBuf> {
    match std::env::var_os(DATA_DIR_ENV) {
        Some(dir) => Some(PathBuf::from(dir)),
        None => app.path().app_data_dir().ok(),
    }
}

/// The session: the journal opened now, or locked until its passphrase is given.
fn open_session<R: Runtime>(app: &App<R>) -> Session {
    let Some(dir) = data_dir(app) else {
        return Session::failed(CommandError::new(
            ErrorCode::Storage,
            brim_core::id::ERROR_NO_JOURNAL_FOLDER,
        ));
    };
    if std::fs::create_dir_all(&dir).is_err() {
        return Session::failed(CommandError::new(ErrorCode::Storage, brim_core::id::ERROR_JOURNAL_FOLDER));
    }
    Session::open(dir.join("journal.db"))
}

/// Replaces the phone's scheduled reminders, off the UI thread (it reads the journal).
#[cfg(mobile)]
fn reschedule_in_background<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || reminders::reschedule(&app));
}

/// What the page is told before any of its scripts run.
enum FirstScreen {
    /// The home screen's data, so the app opens without waiting on its first
    /// IPC call: in WebKitGTK that round trip took over 100 ms while the page
    /// was loading. The home screen still asks for fresh data straight after.
    Home(Box<Home>),
    /// The journal is locked: the page opens on the unlock screen, and has no
    /// journal content at all until the passphrase is given.
    Locked,
    /// Nothing to tell (the journal could not open): the screens say why.
    Nothing,
}

/// Opens the main window (`create: false` in tauri.conf.json keeps Tauri from
/// opening it first), with the first screen's data already in the page.
fn open_main_window<R: Runtime>(app: &App<R>, first: &FirstScreen) -> tauri::Result<()> {
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == "main").cloned() else {
        return Err(tauri::Error::WindowNotFound);
    };
    let mut window = WebviewWindowBuilder::from_config(app.handle(), &config)?;
    match first {
        FirstScreen::Home(home) => {
            if let Ok(json) = serde_json::to_string(home) {
                window = window.initialization_script(format!("window.__BRIM_FIRST_HOME__ = {json};"));
            }
        }
        FirstScreen::Locked => window = window.initialization_script("window.__BRIM_LOCKED__ = true;"),
        FirstScreen::Nothing => {}
    }
    window.build()?;
    Ok(())
}

/// The window lost focus, or the app went to the background: brim-app hands
/// back the auto-lock timer, which runs here.
fn went_away<R: Runtime>(app: &AppHandle<R>) {
    if let Some(timer) = app.state::<Session>().went_away() {
        tauri::async_runtime::spawn(timer);
    }
}

/// Builds the app on any runtime, so tests can use the mock runtime.
pub fn run_app<R: Runtime>(builder: Builder<R>) -> tauri::Result<()> {
    // The system's save window for the portfolio's PDF, opened from the shell
    // only: the page is granted none of the plugin's commands.
    let builder = builder.plugin(tauri_plugin_notification::init()).plugin(tauri_plugin_dialog::init());
    // A phone's save window answers an address only tauri-plugin-fs can write.
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_fs::init());
    builder
        .setup(|app| {
            let session = open_session(app);
            let first = match session.journal() {
                Ok(open) => {
                    open.home().map(|home| FirstScreen::Home(Box::new(home))).unwrap_or(FirstScreen::Nothing)
                }
                Err(_) if session.is_locked() => FirstScreen::Locked,
                Err(_) => FirstScreen::Nothing,
            };
            app.manage(session.clone());
            app.manage(speech::PlatformVoice::default());
            app.manage(Watchers::<LockStatus>::new());
            app.manage(Watchers::<SyncStatus>::new());
            watchers::forward(app.handle(), session.lock_changes(), |status| Some(status.clone()));
            watchers::forward(app.handle(), session.sync().status_changes(), Option::clone);
            open_main_window(app, &first)?;
            #[cfg(desktop)]
            reminders::remind_while_open(app.handle().clone());
            #[cfg(mobile)]
            {
                let phone = reminders::Plugin(app.handle().clone());
                app.manage(reminders::PhoneReminders(std::sync::Arc::new(phone)));
                reschedule_in_background(app.handle());
            }
            tauri::async_runtime::spawn(session.sync_in_background(SyncSchedule::default()));
            Ok(())
        })
        .on_window_event(|window, event| match event {
            WindowEvent::Focused(false) => went_away(window.app_handle()),
            WindowEvent::Focused(true) => window.state::<Session>().came_back(),
            #[cfg(mobile)]
            WindowEvent::Suspended => went_away(window.app_handle()),
            #[cfg(mobile)]
            WindowEvent::Resumed => {
                window.state::<Session>().came_back();
                // A day may have passed: what is due, and so what is scheduled, may have changed.
                reschedule_in_background(window.app_handle());
            }
            _ => {}
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
}

#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    if let Err(error) = run_app(Builder::default()) {
        eprintln!("Brim could not start: {error}");
        std::process::exit(1);
    }
}
