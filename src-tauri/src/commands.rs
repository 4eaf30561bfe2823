//! The IPC commands: each one translates a call from the UI into one
//! brim-core call. Errors cross as `{ code, message }`. All run off the UI
//! thread (`async`), since every one of them touches SQLite. Every journal
//! command takes [`OpenJournal`] first, so while the journal is locked each
//! answers `locked` before reading anything else.

use brim_core::{
    AcceptAs, AreaInfo, BackupFile, Cadence, CheckIn, CheckInStatus, CommandError, DraftOf, Growth, Home,
    ImportSummary, Moment, MomentCursor, MomentPage, NewCheckIn, NewMoment, NewRecognition, NewSkill,
    RatingLabel, Recognition, Skill, SkillEdit, SkillPrompt, SkillQuery, StepBackAnswer, StepBackPrompt,
};
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime, State};
use uuid::Uuid;

use brim_app::Session;

use crate::open_journal::OpenJournal;

type Reply<T> = Result<T, CommandError>;

/// Hands a result to the UI. A storage failure is also written to standard
/// error for whoever is debugging: SQLite's own words name tables and
/// constraints, never what the person wrote.
fn reply<T>(result: brim_core::Result<T>) -> Reply<T> {
    result.map_err(|error| {
        if error.code() == brim_core::ErrorCode::Storage {
            eprintln!("brim: storage error: {error:?}");
        }
        CommandError::from(error)
    })
}

#[tauri::command]
pub fn areas() -> Vec<AreaInfo> {
    brim_core::Area::built_in()
}

#[tauri::command]
pub fn skill_prompts() -> Vec<SkillPrompt> {
    brim_core::skill_prompts().to_vec()
}

#[tauri::command]
pub fn step_back_prompts() -> Vec<StepBackPrompt> {
    brim_core::step_back_prompts().to_vec()
}

#[tauri::command]
pub fn rating_labels() -> Vec<RatingLabel> {
    brim_core::rating_labels()
}

#[tauri::command(async)]
pub fn list_skills(journal: OpenJournal, query: SkillQuery) -> Reply<Vec<Skill>> {
    reply(journal.skills(&query))
}

#[tauri::command(async)]
pub fn get_skill(journal: OpenJournal, id: Uuid) -> Reply<Skill> {
    reply(journal.skill(id))
}

#[tauri::command(async)]
pub fn add_skill(journal: OpenJournal, skill: NewSkill) -> Reply<Skill> {
    reply(journal.add_skill(skill))
}

#[tauri::command(async)]
pub fn add_skill_from_prompt(journal: OpenJournal, prompt_id: String, story: String) -> Reply<Skill> {
    reply(journal.add_skill_from_prompt(&prompt_id, &story))
}

#[tauri::command(async)]
pub fn edit_skill(journal: OpenJournal, id: Uuid, edit: SkillEdit) -> Reply<Skill> {
    reply(journal.edit_skill(id, edit))
}

#[tauri::command(async)]
pub fn archive_skill(journal: OpenJournal, id: Uuid) -> Reply<Skill> {
    reply(journal.archive_skill(id))
}

#[tauri::command(async)]
pub fn unarchive_skill(journal: OpenJournal, id: Uuid) -> Reply<Skill> {
    reply(journal.unarchive_skill(id))
}

#[tauri::command(async)]
pub fn list_moments(journal: OpenJournal, limit: u32, after: Option<MomentCursor>) -> Reply<MomentPage> {
    reply(journal.moments(limit, after.as_ref()))
}

#[tauri::command(async)]
pub fn list_moments_for_skill(
    journal: OpenJournal,
    skill_id: Uuid,
    limit: u32,
    after: Option<MomentCursor>,
) -> Reply<MomentPage> {
    reply(journal.moments_for_skill(skill_id, limit, after.as_ref()))
}

#[tauri::command(async)]
pub fn search_moments(journal: OpenJournal, query: String, limit: u32) -> Reply<Vec<Moment>> {
    reply(journal.search_moments(&query, limit))
}

#[tauri::command(async)]
pub fn add_moment(journal: OpenJournal, moment: NewMoment) -> Reply<Moment> {
    reply(journal.add_moment(moment))
}

#[tauri::command(async)]
pub fn edit_moment(journal: OpenJournal, id: Uuid, moment: NewMoment) -> Reply<Moment> {
    reply(journal.edit_moment(id, moment))
}

#[tauri::command(async)]
pub fn delete_moment(journal: OpenJournal, id: Uuid) -> Reply<()> {
    reply(journal.delete_moment(id))
}

#[tauri::command(async)]
pub fn moment_draft(journal: OpenJournal, of: DraftOf) -> Reply<Option<NewMoment>> {
    reply(journal.moment_draft(of))
}

#[tauri::command(async)]
pub fn save_moment_draft(journal: OpenJournal, of: DraftOf, draft: NewMoment) -> Reply<()> {
    reply(journal.save_moment_draft(of, &draft))
}

#[tauri::command(async)]
pub fn discard_moment_draft(journal: OpenJournal, of: DraftOf) -> Reply<()> {
    reply(journal.discard_moment_draft(of))
}

#[tauri::command(async)]
pub fn record_check_in(journal: OpenJournal, check_in: NewCheckIn) -> Reply<CheckIn> {
    reply(journal.record_check_in(check_in))
}

#[tauri::command(async)]
pub fn list_check_ins(journal: OpenJournal) -> Reply<Vec<CheckIn>> {
    reply(journal.check_ins())
}

/// Everything the home screen shows, in one call.
#[tauri::command(async)]
pub fn home(journal: OpenJournal) -> Reply<Home> {
    reply(journal.home())
}

#[tauri::command(async)]
pub fn check_in_status(journal: OpenJournal) -> Reply<CheckInStatus> {
    reply(journal.check_in_status())
}

#[tauri::command(async)]
pub fn set_cadence(journal: OpenJournal, months: u32) -> Reply<CheckInStatus> {
    journal.set_cadence(Cadence::from_months(months)?)?;
    Ok(journal.check_in_status()?)
}

#[tauri::command(async)]
pub fn check_in_draft(journal: OpenJournal) -> Reply<Option<NewCheckIn>> {
    reply(journal.check_in_draft())
}

#[tauri::command(async)]
pub fn save_check_in_draft(journal: OpenJournal, draft: NewCheckIn) -> Reply<()> {
    reply(journal.save_check_in_draft(&draft))
}

#[tauri::command(async)]
pub fn discard_check_in_draft(journal: OpenJournal) -> Reply<()> {
    reply(journal.discard_check_in_draft())
}

#[tauri::command(async)]
pub fn save_step_back(
    journal: OpenJournal,
    date: NaiveDate,
    answers: Vec<StepBackAnswer>,
) -> Reply<Vec<Moment>> {
    reply(journal.save_step_back(date, answers))
}

#[tauri::command(async)]
pub fn step_back_draft(journal: OpenJournal) -> Reply<Option<Vec<StepBackAnswer>>> {
    reply(journal.step_back_draft())
}

#[tauri::command(async)]
pub fn save_step_back_draft(journal: OpenJournal, answers: Vec<StepBackAnswer>) -> Reply<()> {
    reply(journal.save_step_back_draft(&answers))
}

#[tauri::command(async)]
pub fn discard_step_back_draft(journal: OpenJournal) -> Reply<()> {
    reply(journal.discard_step_back_draft())
}

#[tauri::command(async)]
pub fn list_recognitions(journal: OpenJournal) -> Reply<Vec<Recognition>> {
    reply(journal.recognitions())
}

#[tauri::command(async)]
pub fn add_recognition(journal: OpenJournal, recognition: NewRecognition) -> Reply<Recognition> {
    reply(journal.add_recognition(recognition))
}

#[tauri::command(async)]
pub fn accept_recognition(journal: OpenJournal, id: Uuid, accept: AcceptAs) -> Reply<Recognition> {
    reply(journal.accept_recognition(id, accept))
}

#[tauri::command(async)]
pub fn dismiss_recognition(journal: OpenJournal, id: Uuid) -> Reply<Recognition> {
    reply(journal.dismiss_recognition(id))
}

#[tauri::command(async)]
pub fn growth(journal: OpenJournal) -> Reply<Growth> {
    reply(journal.growth())
}

/// The backup file for the page to download: plain JSON with the lock off;
/// with it on, encrypted with `passphrase`, which must be the journal's.
#[tauri::command(async)]
pub fn export_backup(journal: OpenJournal, passphrase: Option<String>) -> Reply<BackupFile> {
    let passphrase = passphrase.map(Zeroizing::new);
    reply(journal.backup_file(passphrase.as_deref().map(String::as_str)))
}

/// Saves a backup file where the person can find it (Downloads, else
/// Documents) and returns where it went. With the lock on it is encrypted
/// with `passphrase`, as `export_backup`.
#[tauri::command(async)]
pub fn save_backup<R: Runtime>(
    journal: OpenJournal,
    app: AppHandle<R>,
    passphrase: Option<String>,
) -> Reply<String> {
    let passphrase = passphrase.map(Zeroizing::new);
    let paths = app.path();
    let dir =
        paths.download_dir().or_else(|_| paths.document_dir()).or_else(|_| paths.app_data_dir()).map_err(
            |_| CommandError {
                code: brim_core::ErrorCode::Storage,
                message: "Brim could not find a folder to save the backup in.".into(),
            },
        )?;
    let path = reply(journal.write_backup_file(&dir, passphrase.as_deref().map(String::as_str)))?;
    Ok(path.display().to_string())
}

/// Restores a backup file's `contents` (plain JSON, or encrypted with a
/// passphrase: then `passphrase` opens it), merging into the journal.
#[tauri::command(async)]
pub fn import_backup(
    journal: OpenJournal,
    contents: String,
    passphrase: Option<String>,
) -> Reply<ImportSummary> {
    let passphrase = passphrase.map(Zeroizing::new);
    reply(journal.restore_backup(contents.as_bytes(), passphrase.as_deref().map(String::as_str)))
}

#[tauri::command(async)]
pub fn portfolio_html(journal: OpenJournal, skill_ids: Vec<Uuid>) -> Reply<String> {
    reply(journal.portfolio_html(&skill_ids))
}

// ---- Sharing with a group (issue D). Each command is one brim-core call; what
// queues something for the group wakes the background sync by itself (brim-app).

use brim_core::{
    Audience, CachedOpenToRoles, CachedSummary, ErasureRecord, JoinDetails, Membership, SentRecognition,
    Share, ShareItem, SharePreview, SharedItem, SkillRef, SyncStatus, VisibleShare,
};
use tauri::ipc::Channel;

use crate::watchers::Watchers;

#[tauri::command(async)]
pub fn sync_status(journal: OpenJournal) -> Reply<SyncStatus> {
    reply(journal.sync_status())
}

/// Sends the sync status on `on_status` now and whenever it changes.
#[tauri::command(async)]
pub fn watch_sync(
    journal: OpenJournal,
    watchers: State<'_, Watchers<SyncStatus>>,
    on_status: Channel<SyncStatus>,
) -> Reply<SyncStatus> {
    let status = reply(journal.sync_status())?;
    watchers.add(on_status, &status);
    Ok(status)
}

/// "Sync now": syncs at once, back-off or not, and says why if it could not.
#[tauri::command]
pub async fn sync_now(_open: OpenJournal, session: State<'_, Session>) -> Reply<SyncStatus> {
    session.sync_now().await
}

/// Joins a group with an invite code; needs the network. Nothing in the journal is sent.
#[tauri::command]
pub async fn join_group(
    _open: OpenJournal,
    session: State<'_, Session>,
    details: JoinDetails,
) -> Reply<Membership> {
    session.join_group(&details).await
}

#[tauri::command(async)]
pub fn leave_group(journal: OpenJournal) -> Reply<SyncStatus> {
    reply(journal.leave_group())?;
    reply(journal.sync_status())
}

#[tauri::command(async)]
pub fn erasure_receipts(journal: OpenJournal) -> Reply<Vec<ErasureRecord>> {
    reply(journal.erasure_receipts())
}

#[tauri::command(async)]
pub fn preview_share(journal: OpenJournal, item: ShareItem, audience: Audience) -> Reply<SharePreview> {
    reply(journal.preview_share(item, audience))
}

#[tauri::command(async)]
pub fn preview_share_update(
    journal: OpenJournal,
    share_id: Uuid,
    audience: Option<Audience>,
) -> Reply<SharePreview> {
    reply(journal.preview_share_update(share_id, audience))
}

#[tauri::command(async)]
pub fn confirm_share(journal: OpenJournal, preview: SharePreview) -> Reply<Share> {
    reply(journal.confirm_share(&preview))
}

#[tauri::command(async)]
pub fn revoke_share(journal: OpenJournal, share_id: Uuid) -> Reply<()> {
    reply(journal.revoke_share(share_id))
}

#[tauri::command(async)]
pub fn shares_of_item(journal: OpenJournal, item_id: Uuid) -> Reply<Vec<Share>> {
    reply(journal.shares_of_item(item_id))
}

/// "What my group can see": each share as the server last acknowledged it.
#[tauri::command(async)]
pub fn visible_to_group(journal: OpenJournal) -> Reply<Vec<VisibleShare>> {
    reply(journal.visible_to_group())
}

#[tauri::command(async)]
pub fn group_feed(journal: OpenJournal) -> Reply<Vec<SharedItem>> {
    reply(journal.group_feed())
}

#[tauri::command(async)]
pub fn group_summary(journal: OpenJournal) -> Reply<Option<CachedSummary>> {
    reply(journal.group_summary())
}

/// The lead's open-to-roles list, narrowed to a skill (an empty `skill` shows everyone).
#[tauri::command(async)]
pub fn open_to_roles_list(journal: OpenJournal, skill: String) -> Reply<Option<CachedOpenToRoles>> {
    reply(journal.open_to_roles_list(Some(skill.as_str())))
}

#[tauri::command(async)]
pub fn set_open_to_roles(
    journal: OpenJournal,
    open_to_roles: bool,
    skills: Vec<String>,
) -> Reply<Membership> {
    reply(journal.set_open_to_roles(open_to_roles, &skills))
}

#[tauri::command(async)]
pub fn send_recognition(
    journal: OpenJournal,
    to_member_id: Uuid,
    skill: SkillRef,
    message: Option<String>,
) -> Reply<SentRecognition> {
    reply(journal.send_recognition(to_member_id, skill, message))
}

/// The watchers hear the shorter list from the background sync, which the discard wakes.
#[tauri::command(async)]
pub fn discard_quarantined(journal: OpenJournal, operation_id: Uuid) -> Reply<()> {
    reply(journal.discard_quarantined(operation_id))
}

// ---- The journal lock (issue E). The first four take the session, not an open
// journal: they work while it is locked, or open and lock it.

use brim_core::LockStatus;
// Passphrases are wiped from this process's memory once used (the IPC layer's
// own copy of the request is out of reach).
use zeroize::Zeroizing;

/// Is the lock on, is the journal locked now, and after how long it locks itself.
#[tauri::command(async)]
pub fn lock_status(session: State<'_, Session>) -> Reply<LockStatus> {
    session.status()
}

/// Sends the lock status on `on_change` now and each time the journal locks or opens.
#[tauri::command(async)]
pub fn watch_lock(
    session: State<'_, Session>,
    watchers: State<'_, Watchers<LockStatus>>,
    on_change: Channel<LockStatus>,
) -> Reply<LockStatus> {
    let status = session.status()?;
    watchers.add(on_change, &status);
    Ok(status)
}

/// Opens the locked journal. A wrong passphrase changes nothing.
#[tauri::command(async)]
pub fn unlock(session: State<'_, Session>, passphrase: String) -> Reply<LockStatus> {
    session.unlock(&Zeroizing::new(passphrase))
}

/// Locks the journal now. Refused when the lock is off.
#[tauri::command(async)]
pub fn lock_now(session: State<'_, Session>) -> Reply<LockStatus> {
    session.lock()
}

// These four change the lock of an open journal: `OpenJournal` first, so while
// locked they answer `locked` like every journal command; the change itself
// takes the journal again, one at a time with locking and unlocking.

#[tauri::command(async)]
pub fn turn_lock_on(
    _open: OpenJournal,
    session: State<'_, Session>,
    passphrase: String,
) -> Reply<LockStatus> {
    let passphrase = Zeroizing::new(passphrase);
    session.change(|journal| journal.turn_lock_on(&passphrase))
}

#[tauri::command(async)]
pub fn turn_lock_off(
    _open: OpenJournal,
    session: State<'_, Session>,
    passphrase: String,
) -> Reply<LockStatus> {
    let passphrase = Zeroizing::new(passphrase);
    session.change(|journal| journal.turn_lock_off(&passphrase))
}

#[tauri::command(async)]
pub fn change_passphrase(
    _open: OpenJournal,
    session: State<'_, Session>,
    old: String,
    new: String,
) -> Reply<LockStatus> {
    let (old, new) = (Zeroizing::new(old), Zeroizing::new(new));
    session.change(|journal| journal.change_passphrase(&old, &new))
}

/// How many minutes in the background before the app locks itself (1, 5, 15 or 60).
#[tauri::command(async)]
pub fn set_auto_lock(_open: OpenJournal, session: State<'_, Session>, minutes: u32) -> Reply<LockStatus> {
    session.change(|journal| journal.set_auto_lock_minutes(minutes))
}
