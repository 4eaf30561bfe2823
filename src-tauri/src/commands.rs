//! The IPC: every call goes to the command table in brim-app
//! (`brim_app::commands`), which reads its arguments and answers; this file
//! only hands calls over (and, on phones, reschedules the reminders after a
//! call that may move them), and serves the commands that need the shell
//! itself (`host` and `host_channel` in the table): the folder a backup is
//! saved in, the save window for the portfolio's PDF, the channels the page
//! listens on, the phone's permission for notifications, and the voice that
//! reads aloud. Errors cross as
//! `{ code, message }`. Every call runs off the UI thread, since each touches SQLite.

use brim_app::Session;
use brim_app::backup_place::{self, Folders};
use brim_app::commands::{self, Passphrase, Refusal};
use brim_app::speech::{self, Speak};
use brim_core::{CommandError, LockStatus, NotificationPermission, SavedBackup, SavedPortfolio, SyncStatus};
use tauri::ipc::{Channel, Invoke, InvokeBody, InvokeError};
use tauri::{AppHandle, Manager, Runtime, State, WebviewWindow};
use tauri_plugin_notification::NotificationExt;

use crate::open_journal::OpenJournal;
use crate::reminders::{self, PhoneReminders};
use crate::speech::PlatformVoice;
use crate::watchers::Watchers;

type Reply<T> = Result<T, CommandError>;

/// The invoke handler: a command of the table is served by brim-app; the
/// shell's own by `shell` (Tauri's generated handler for them). Tauri checked
/// the capability before the call arrives here.
pub fn handler<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    let shell = shell::<R>();
    move |invoke: Invoke<R>| {
        let name = invoke.message.command();
        let Some(command) = commands::COMMANDS.iter().find(|c| c.name == name) else {
            return false;
        };
        if command.served != commands::Served::Here {
            return shell(invoke);
        }
        let payload = match invoke.message.payload() {
            InvokeBody::Json(value) => value.clone(),
            InvokeBody::Raw(_) => {
                invoke.resolver.reject(format!("invalid args for command `{name}`: expected JSON"));
                return true;
            }
        };
        let session = invoke.message.webview().state::<Session>().inner().clone();
        let name = command.name;
        let app = invoke.message.webview().app_handle().clone();
        invoke.resolver.respond_async(async move {
            let answer = commands::call(&session, name, payload).await;
            // On a phone, a reminder this call moved is rescheduled before the
            // page hears back (a desktop has no PhoneReminders).
            let moved = matches!(answer, Some(Ok(_))) && reminders::RESCHEDULE_AFTER.contains(&name);
            if moved && app.try_state::<PhoneReminders>().is_some() {
                let _ = tauri::async_runtime::spawn_blocking(move || reminders::reschedule(&app)).await;
            }
            match answer {
                Some(Ok(value)) => Ok(value),
                Some(Err(Refusal::Command(error))) => Err(InvokeError::from(error)),
                Some(Err(Refusal::Malformed(words))) => Err(InvokeError::from(words)),
                None => Err(InvokeError::from(format!("command {name} not found"))),
            }
        });
        true
    }
}

/// The shell's own commands, as Tauri's generated handler serves them.
fn shell<R: Runtime>() -> impl Fn(Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        save_backup,
        save_portfolio_pdf,
        watch_sync,
        watch_lock,
        reminder_permission,
        ask_reminder_permission,
        speak,
        stop_speaking
    ]
}

/// Saves a backup file where the person can find it and says where in
/// plain words. The shell only looks the folders up; brim-app chooses
/// (`backup_place::choose`: `BRIM_DATA_DIR`, Downloads, Documents, home;
/// never the app's hidden data folder). With the lock on it is encrypted
/// with `passphrase`, as `export_backup`.
#[tauri::command(async)]
fn save_backup<R: Runtime>(
    journal: OpenJournal,
    app: AppHandle<R>,
    passphrase: Option<String>,
) -> Reply<SavedBackup> {
    let place = backup_place::choose(&folders(&app))?;
    commands::save_backup_in(&journal, &place, Passphrase { passphrase })
}

/// The folders the device has, for `backup_place::choose`.
fn folders<R: Runtime>(app: &AppHandle<R>) -> Folders {
    let paths = app.path();
    Folders {
        data_dir: None,
        downloads: paths.download_dir().ok(),
        documents: paths.document_dir().ok(),
        home: paths.home_dir().ok(),
    }
    .with_data_dir_from_env()
}

/// Saves the portfolio as a PDF where the person chooses, in the system's
/// save window, and says where in plain words; `None` when they close the
/// window (nothing is written). See `portfolio_pdf`. Nothing is sent anywhere.
#[tauri::command]
async fn save_portfolio_pdf<R: Runtime>(
    journal: OpenJournal,
    app: AppHandle<R>,
    window: WebviewWindow<R>,
    skill_ids: Vec<uuid::Uuid>,
) -> Reply<Option<SavedPortfolio>> {
    crate::portfolio_pdf::save(&journal, &app, &window, folders(&app), skill_ids).await
}

/// Sends the sync status on `on_status` now and whenever it changes.
#[tauri::command(async)]
fn watch_sync(
    journal: OpenJournal,
    watchers: State<'_, Watchers<SyncStatus>>,
    on_status: Channel<SyncStatus>,
) -> Reply<SyncStatus> {
    Ok(watchers.add(on_status, journal.sync_status()?))
}

/// Sends the lock status on `on_change` now and each time the journal locks or opens.
#[tauri::command(async)]
fn watch_lock(
    session: State<'_, Session>,
    watchers: State<'_, Watchers<LockStatus>>,
    on_change: Channel<LockStatus>,
) -> Reply<LockStatus> {
    Ok(watchers.add(on_change, session.status()?))
}

/// May reminders arrive as notifications? A phone that cannot say counts as not allowed.
#[tauri::command(async)]
fn reminder_permission<R: Runtime>(app: AppHandle<R>) -> Reply<NotificationPermission> {
    Ok(app
        .notification()
        .permission_state()
        .map_or(NotificationPermission::NotAllowed, reminders::permission_of))
}

/// Asks the phone to let reminders arrive (it shows its own question the
/// first time; the page explains why before calling this). Once allowed, the
/// reminders are scheduled straight away.
#[tauri::command(async)]
fn ask_reminder_permission<R: Runtime>(app: AppHandle<R>) -> Reply<NotificationPermission> {
    let answer = app
        .notification()
        .request_permission()
        .map_or(NotificationPermission::NotAllowed, reminders::permission_of);
    if answer == NotificationPermission::Allowed {
        reminders::reschedule(&app);
    }
    Ok(answer)
}

/// "Listen": the device's own voice reads `text` aloud in `language`
/// (brim-app checks both first); nothing leaves the device.
#[tauri::command(async)]
fn speak(voice: State<'_, PlatformVoice>, text: String, language: Option<String>) -> Reply<()> {
    speech::speak(voice.inner(), Speak { text, language })
}

/// Stops reading aloud.
#[tauri::command(async)]
fn stop_speaking(voice: State<'_, PlatformVoice>) -> Reply<()> {
    speech::stop_speaking(voice.inner())
}
