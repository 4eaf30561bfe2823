//! The IPC commands: each one translates a call from the UI into one
//! brim-core call. Errors cross as `{ code, message }`. All run off the UI
//! thread (`async`), since every one of them touches SQLite.

use brim_core::{
    AcceptAs, AreaInfo, Cadence, CheckIn, CheckInStatus, CommandError, Growth, Home, ImportSummary, Journal,
    Moment, MomentCursor, MomentPage, NewCheckIn, NewMoment, NewRecognition, NewSkill, RatingLabel,
    Recognition, Skill, SkillEdit, SkillPrompt, SkillQuery, StepBackAnswer, StepBackPrompt,
};
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime, State};
use uuid::Uuid;

/// The journal, or why it could not be opened (shown by every command).
pub struct AppJournal(pub Result<Journal, CommandError>);

type Reply<T> = Result<T, CommandError>;

fn open<'a>(state: &'a State<'_, AppJournal>) -> Result<&'a Journal, CommandError> {
    state.0.as_ref().map_err(Clone::clone)
}

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
pub fn list_skills(state: State<'_, AppJournal>, query: SkillQuery) -> Reply<Vec<Skill>> {
    reply(open(&state)?.skills(&query))
}

#[tauri::command(async)]
pub fn get_skill(state: State<'_, AppJournal>, id: Uuid) -> Reply<Skill> {
    reply(open(&state)?.skill(id))
}

#[tauri::command(async)]
pub fn add_skill(state: State<'_, AppJournal>, skill: NewSkill) -> Reply<Skill> {
    reply(open(&state)?.add_skill(skill))
}

#[tauri::command(async)]
pub fn add_skill_from_prompt(state: State<'_, AppJournal>, prompt_id: String, story: String) -> Reply<Skill> {
    reply(open(&state)?.add_skill_from_prompt(&prompt_id, &story))
}

#[tauri::command(async)]
pub fn edit_skill(state: State<'_, AppJournal>, id: Uuid, edit: SkillEdit) -> Reply<Skill> {
    reply(open(&state)?.edit_skill(id, edit))
}

#[tauri::command(async)]
pub fn archive_skill(state: State<'_, AppJournal>, id: Uuid) -> Reply<Skill> {
    reply(open(&state)?.archive_skill(id))
}

#[tauri::command(async)]
pub fn unarchive_skill(state: State<'_, AppJournal>, id: Uuid) -> Reply<Skill> {
    reply(open(&state)?.unarchive_skill(id))
}

#[tauri::command(async)]
pub fn list_moments(
    state: State<'_, AppJournal>,
    limit: u32,
    after: Option<MomentCursor>,
) -> Reply<MomentPage> {
    reply(open(&state)?.moments(limit, after.as_ref()))
}

#[tauri::command(async)]
pub fn list_moments_for_skill(
    state: State<'_, AppJournal>,
    skill_id: Uuid,
    limit: u32,
    after: Option<MomentCursor>,
) -> Reply<MomentPage> {
    reply(open(&state)?.moments_for_skill(skill_id, limit, after.as_ref()))
}

#[tauri::command(async)]
pub fn search_moments(state: State<'_, AppJournal>, query: String, limit: u32) -> Reply<Vec<Moment>> {
    reply(open(&state)?.search_moments(&query, limit))
}

#[tauri::command(async)]
pub fn add_moment(state: State<'_, AppJournal>, moment: NewMoment) -> Reply<Moment> {
    reply(open(&state)?.add_moment(moment))
}

#[tauri::command(async)]
pub fn edit_moment(state: State<'_, AppJournal>, id: Uuid, moment: NewMoment) -> Reply<Moment> {
    reply(open(&state)?.edit_moment(id, moment))
}

#[tauri::command(async)]
pub fn delete_moment(state: State<'_, AppJournal>, id: Uuid) -> Reply<()> {
    reply(open(&state)?.delete_moment(id))
}

#[tauri::command(async)]
pub fn record_check_in(state: State<'_, AppJournal>, check_in: NewCheckIn) -> Reply<CheckIn> {
    reply(open(&state)?.record_check_in(check_in))
}

#[tauri::command(async)]
pub fn list_check_ins(state: State<'_, AppJournal>) -> Reply<Vec<CheckIn>> {
    reply(open(&state)?.check_ins())
}

/// Everything the home screen shows, in one call.
#[tauri::command(async)]
pub fn home(state: State<'_, AppJournal>) -> Reply<Home> {
    reply(open(&state)?.home())
}

#[tauri::command(async)]
pub fn check_in_status(state: State<'_, AppJournal>) -> Reply<CheckInStatus> {
    reply(open(&state)?.check_in_status())
}

#[tauri::command(async)]
pub fn set_cadence(state: State<'_, AppJournal>, months: u32) -> Reply<CheckInStatus> {
    let journal = open(&state)?;
    journal.set_cadence(Cadence::from_months(months)?)?;
    Ok(journal.check_in_status()?)
}

#[tauri::command(async)]
pub fn check_in_draft(state: State<'_, AppJournal>) -> Reply<Option<NewCheckIn>> {
    reply(open(&state)?.check_in_draft())
}

#[tauri::command(async)]
pub fn save_check_in_draft(state: State<'_, AppJournal>, draft: NewCheckIn) -> Reply<()> {
    reply(open(&state)?.save_check_in_draft(&draft))
}

#[tauri::command(async)]
pub fn discard_check_in_draft(state: State<'_, AppJournal>) -> Reply<()> {
    reply(open(&state)?.discard_check_in_draft())
}

#[tauri::command(async)]
pub fn save_step_back(
    state: State<'_, AppJournal>,
    date: NaiveDate,
    answers: Vec<StepBackAnswer>,
) -> Reply<Vec<Moment>> {
    reply(open(&state)?.save_step_back(date, answers))
}

#[tauri::command(async)]
pub fn list_recognitions(state: State<'_, AppJournal>) -> Reply<Vec<Recognition>> {
    reply(open(&state)?.recognitions())
}

#[tauri::command(async)]
pub fn add_recognition(state: State<'_, AppJournal>, recognition: NewRecognition) -> Reply<Recognition> {
    reply(open(&state)?.add_recognition(recognition))
}

#[tauri::command(async)]
pub fn accept_recognition(state: State<'_, AppJournal>, id: Uuid, accept: AcceptAs) -> Reply<Recognition> {
    reply(open(&state)?.accept_recognition(id, accept))
}

#[tauri::command(async)]
pub fn dismiss_recognition(state: State<'_, AppJournal>, id: Uuid) -> Reply<Recognition> {
    reply(open(&state)?.dismiss_recognition(id))
}

#[tauri::command(async)]
pub fn growth(state: State<'_, AppJournal>) -> Reply<Growth> {
    reply(open(&state)?.growth())
}

#[tauri::command(async)]
pub fn export_backup(state: State<'_, AppJournal>) -> Reply<String> {
    reply(open(&state)?.export_backup())
}

/// Saves a backup file where the person can find it (Downloads, else
/// Documents) and returns where it went.
#[tauri::command(async)]
pub fn save_backup<R: Runtime>(app: AppHandle<R>, state: State<'_, AppJournal>) -> Reply<String> {
    let paths = app.path();
    let dir =
        paths.download_dir().or_else(|_| paths.document_dir()).or_else(|_| paths.app_data_dir()).map_err(
            |_| CommandError {
                code: brim_core::ErrorCode::Storage,
                message: "Brim could not find a folder to save the backup in.".into(),
            },
        )?;
    Ok(open(&state)?.write_backup_file(&dir)?.display().to_string())
}

#[tauri::command(async)]
pub fn import_backup(state: State<'_, AppJournal>, json: String) -> Reply<ImportSummary> {
    reply(open(&state)?.import_backup(&json))
}

#[tauri::command(async)]
pub fn portfolio_html(state: State<'_, AppJournal>, skill_ids: Vec<Uuid>) -> Reply<String> {
    reply(open(&state)?.portfolio_html(&skill_ids))
}

// ---- Sharing with a group (issue D). Each command is one brim-core call; those
// that queue something for the group wake the background sync (group_sync.rs).

use brim_core::{
    Audience, CachedOpenToRoles, CachedSummary, ErasureRecord, JoinDetails, Membership, SentRecognition,
    Share, ShareItem, SharePreview, SharedItem, SkillRef, SyncStatus, VisibleShare,
};
use tauri::ipc::Channel;

use crate::group_sync::GroupSync;

/// Runs a change the group should hear about, then wakes the background sync.
fn queued<T>(group: &GroupSync, result: brim_core::Result<T>) -> Reply<T> {
    let value = reply(result)?;
    group.wake();
    Ok(value)
}

#[tauri::command(async)]
pub fn sync_status(state: State<'_, AppJournal>) -> Reply<SyncStatus> {
    reply(open(&state)?.sync_status())
}

/// Sends the sync status on `on_status` now and whenever it changes.
#[tauri::command(async)]
pub fn watch_sync(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    on_status: Channel<SyncStatus>,
) -> Reply<SyncStatus> {
    let status = reply(open(&state)?.sync_status())?;
    group.watch(on_status, &status);
    Ok(status)
}

/// "Sync now": syncs at once, back-off or not, and says why if it could not.
#[tauri::command]
pub async fn sync_now(state: State<'_, AppJournal>, group: State<'_, GroupSync>) -> Reply<SyncStatus> {
    let journal = open(&state)?;
    group.sync(journal).await?;
    reply(journal.sync_status())
}

/// Joins a group with an invite code; needs the network. Nothing in the journal is sent.
#[tauri::command]
pub async fn join_group(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    details: JoinDetails,
) -> Reply<Membership> {
    let journal = open(&state)?;
    let joined = reply(group.client()?.join(journal, &details).await)?;
    group.wake();
    Ok(joined)
}

#[tauri::command(async)]
pub fn leave_group(state: State<'_, AppJournal>, group: State<'_, GroupSync>) -> Reply<SyncStatus> {
    let journal = open(&state)?;
    queued(&group, journal.leave_group())?;
    reply(journal.sync_status())
}

#[tauri::command(async)]
pub fn erasure_receipts(state: State<'_, AppJournal>) -> Reply<Vec<ErasureRecord>> {
    reply(open(&state)?.erasure_receipts())
}

#[tauri::command(async)]
pub fn preview_share(
    state: State<'_, AppJournal>,
    item: ShareItem,
    audience: Audience,
) -> Reply<SharePreview> {
    reply(open(&state)?.preview_share(item, audience))
}

#[tauri::command(async)]
pub fn preview_share_update(
    state: State<'_, AppJournal>,
    share_id: Uuid,
    audience: Option<Audience>,
) -> Reply<SharePreview> {
    reply(open(&state)?.preview_share_update(share_id, audience))
}

#[tauri::command(async)]
pub fn confirm_share(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    preview: SharePreview,
) -> Reply<Share> {
    queued(&group, open(&state)?.confirm_share(&preview))
}

#[tauri::command(async)]
pub fn revoke_share(state: State<'_, AppJournal>, group: State<'_, GroupSync>, share_id: Uuid) -> Reply<()> {
    queued(&group, open(&state)?.revoke_share(share_id))
}

#[tauri::command(async)]
pub fn shares_of_item(state: State<'_, AppJournal>, item_id: Uuid) -> Reply<Vec<Share>> {
    reply(open(&state)?.shares_of_item(item_id))
}

/// "What my group can see": each share as the server last acknowledged it.
#[tauri::command(async)]
pub fn visible_to_group(state: State<'_, AppJournal>) -> Reply<Vec<VisibleShare>> {
    reply(open(&state)?.visible_to_group())
}

#[tauri::command(async)]
pub fn group_feed(state: State<'_, AppJournal>) -> Reply<Vec<SharedItem>> {
    reply(open(&state)?.group_feed())
}

#[tauri::command(async)]
pub fn group_summary(state: State<'_, AppJournal>) -> Reply<Option<CachedSummary>> {
    reply(open(&state)?.group_summary())
}

/// The lead's open-to-roles list, narrowed to a skill (an empty `skill` shows everyone).
#[tauri::command(async)]
pub fn open_to_roles_list(state: State<'_, AppJournal>, skill: String) -> Reply<Option<CachedOpenToRoles>> {
    reply(open(&state)?.open_to_roles_list(Some(skill.as_str())))
}

#[tauri::command(async)]
pub fn set_open_to_roles(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    open_to_roles: bool,
    skills: Vec<String>,
) -> Reply<Membership> {
    queued(&group, open(&state)?.set_open_to_roles(open_to_roles, &skills))
}

#[tauri::command(async)]
pub fn send_recognition(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    to_member_id: Uuid,
    skill: SkillRef,
    message: Option<String>,
) -> Reply<SentRecognition> {
    queued(&group, open(&state)?.send_recognition(to_member_id, skill, message))
}

#[tauri::command(async)]
pub fn discard_quarantined(
    state: State<'_, AppJournal>,
    group: State<'_, GroupSync>,
    operation_id: Uuid,
) -> Reply<()> {
    let journal = open(&state)?;
    reply(journal.discard_quarantined(operation_id))?;
    group.tell(journal);
    Ok(())
}
