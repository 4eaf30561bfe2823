//! The one command table: every command the UI can call, each an argument
//! struct and a function, listed once in [`table!`] below. From the table come
//! [`call`] (what a host, the Tauri shell or a dev server, hands each call to),
//! and [`COMMANDS`], from which the generated files are written: the shell's
//! command list and capability, the TypeScript wrappers in `ui/src/lib/ipc`,
//! and the hostile-input test's list (see `generated.rs` and its staleness test).
//!
//! Errors cross as `{ code, message }`. A journal command (`journal` or
//! `opened` in the table) answers `locked`, or why the journal could not open,
//! before its arguments are read.
//!
//! Adding a command: write its argument struct here and its line in the table
//! (with the call to the core on the line itself when that is all it does, or
//! a function of its name below), run `make bindings`, and call the generated
//! wrapper from the screen.

use brim_core::Role;
use brim_core::protocol::{GroupMember, InviteInfo, Opportunity};
use brim_core::{
    AcceptAs, AreaInfo, Audience, BackupFile, CachedBoard, CachedOpenToRoles, CachedSummary, Cadence,
    CheckIn, CheckInStatus, CommandError, DraftOf, ErasureRecord, Growth, Home, ImportSummary, Invite,
    JoinDetails, Journal, LanguageChoice, LockStatus, Membership, Moment, MomentCursor, MomentPage,
    NewCheckIn, NewInvite, NewMoment, NewOpportunity, NewRecognition, NewSkill, NotificationPermission,
    Preferences, RatingLabel, Recognition, SavedBackup, SavedPortfolio, SentRecognition, Share, ShareItem,
    SharePreview, SharedItem, Skill, SkillEdit, SkillPrompt, SkillQuery, SkillRef, StepBackAnswer,
    StepBackPrompt, SyncClient, SyncStatus, VisibleShare,
};
use chrono::NaiveDate;
use std::future::Future;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use ts_rs::TS;
use uuid::Uuid;
// Passphrases are wiped from this process's memory once used (the host's own
// copy of the request is out of reach).
use zeroize::Zeroizing;

use crate::Session;
use crate::backup_place::BackupPlace;
pub use crate::speech::Speak;

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

/// Why a call was refused: the command's own `{ code, message }`, or (as
/// Tauri answers a call it cannot read) plain words about malformed arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Refusal {
    Command(CommandError),
    Malformed(String),
}

impl From<CommandError> for Refusal {
    fn from(error: CommandError) -> Self {
        Refusal::Command(error)
    }
}

/// Who serves a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Served {
    /// [`call`] serves it, on any host.
    Here,
    /// The host serves it itself, since it needs the host (a folder only the
    /// host knows); its TypeScript wrapper is generated all the same.
    Host,
    /// The host serves it: it sends news on a channel the page made, so its
    /// TypeScript wrapper is written by hand (`ui/src/lib/ipc/watch.ts`).
    HostChannel,
}

/// One line of the table, as the generators and the tests see it.
#[derive(Debug, Clone, Copy)]
pub struct Command {
    pub name: &'static str,
    /// The UI module whose wrappers include it (`ui/src/lib/ipc/<module>.ts`).
    pub module: &'static str,
    pub served: Served,
    /// Its arguments' keys as the UI sends them (camelCase), in order.
    pub args: fn() -> Vec<&'static str>,
    /// True when a call with no arguments at all is well-formed.
    pub args_optional: fn() -> bool,
    /// The TypeScript declaration of its argument struct (none without arguments).
    pub args_ts: fn(&ts_rs::Config) -> Option<Ts>,
    /// The TypeScript type of what it answers.
    pub returns_ts: fn(&ts_rs::Config) -> Ts,
    /// The first line of its doc comment in the table, if any.
    pub doc: &'static str,
}

/// A TypeScript type: its name (or declaration) and the exported types it uses.
#[derive(Debug, Clone)]
pub struct Ts {
    pub text: String,
    pub uses: Vec<String>,
}

fn ts_of<T: TS + ?Sized + 'static>(cfg: &ts_rs::Config, decl: bool) -> Ts {
    let text = if decl { T::decl(cfg) } else { T::name(cfg) };
    // The exported types it names: each is a file in ui/src/lib/bindings.
    let mut uses: Vec<String> = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
        .filter(|word| word.starts_with(|c: char| c.is_ascii_uppercase()))
        .filter(|word| !["Array", "Record", "Partial"].contains(word))
        .map(str::to_owned)
        .collect();
    if decl {
        // Not the declared type itself.
        let own = T::ident(cfg);
        uses.retain(|word| *word != own);
    }
    uses.sort();
    uses.dedup();
    Ts { text, uses }
}

fn args_ts_of<A: TS + 'static>(cfg: &ts_rs::Config) -> Option<Ts> {
    (std::any::TypeId::of::<A>() != std::any::TypeId::of::<NoArgs>()).then(|| ts_of::<A>(cfg, true))
}

/// The keys a struct reads, as serde names them: asked of its `Deserialize`.
fn keys_of<A: DeserializeOwned>() -> Vec<&'static str> {
    struct Keys(Vec<&'static str>);
    impl<'de> serde::Deserializer<'de> for &mut Keys {
        type Error = serde::de::value::Error;
        fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
            Err(serde::de::Error::custom("only a struct's keys are read"))
        }
        fn deserialize_struct<V: serde::de::Visitor<'de>>(
            self,
            _: &'static str,
            fields: &'static [&'static str],
            _: V,
        ) -> Result<V::Value, Self::Error> {
            self.0.extend_from_slice(fields);
            Err(serde::de::Error::custom("keys read"))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
            unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    let mut keys = Keys(Vec::new());
    let _ = A::deserialize(&mut keys);
    keys.0
}

fn optional_only<A: DeserializeOwned>() -> bool {
    serde_json::from_value::<A>(Value::Object(Default::default())).is_ok()
}

/// Reads a call's arguments as its struct; a call without any reads as `{}`.
fn read<A: DeserializeOwned>(name: &str, payload: Value) -> Result<A, Refusal> {
    let payload = if payload.is_null() { Value::Object(Default::default()) } else { payload };
    serde_json::from_value(payload)
        .map_err(|e| Refusal::Malformed(format!("invalid args for command `{name}`: {e}")))
}

fn answer<T: Serialize>(result: Reply<T>) -> Result<Value, Refusal> {
    let value = result?;
    serde_json::to_value(value).map_err(|e| {
        eprintln!("brim: could not serialise an answer: {e}");
        Refusal::Command(CommandError::new(
            brim_core::ErrorCode::Storage,
            brim_core::id::ERROR_SOMETHING_WENT_WRONG,
        ))
    })
}

fn serve<A: DeserializeOwned, T: Serialize>(
    name: &str,
    payload: Value,
    run: fn(A) -> Reply<T>,
) -> Result<Value, Refusal> {
    answer(run(read(name, payload)?))
}

/// What a command's function gives back: the core's own result (handed on
/// through [`reply`]) or a reply already made.
trait IntoReply<T> {
    fn into_reply(self) -> Reply<T>;
}

impl<T> IntoReply<T> for brim_core::Result<T> {
    fn into_reply(self) -> Reply<T> {
        reply(self)
    }
}

impl<T> IntoReply<T> for Reply<T> {
    fn into_reply(self) -> Reply<T> {
        self
    }
}

/// The journal first (so a locked one answers `locked`), then the arguments.
fn serve_journal<A: DeserializeOwned, T: Serialize, R: IntoReply<T>>(
    session: &Session,
    name: &str,
    payload: Value,
    run: impl FnOnce(&Journal, A) -> R,
) -> Result<Value, Refusal> {
    let journal = session.journal()?;
    answer(run(&journal, read(name, payload)?).into_reply())
}

fn serve_session<A: DeserializeOwned, T: Serialize>(
    session: &Session,
    needs_open: bool,
    name: &str,
    payload: Value,
    run: fn(&Session, A) -> Reply<T>,
) -> Result<Value, Refusal> {
    if needs_open {
        session.journal()?;
    }
    answer(run(session, read(name, payload)?))
}

async fn serve_async<A: DeserializeOwned, T: Serialize, F: Future<Output = Reply<T>>>(
    session: &Session,
    name: &str,
    payload: Value,
    run: impl FnOnce(A) -> F,
) -> Result<Value, Refusal> {
    session.journal()?;
    answer(run(read(name, payload)?).await)
}

/// The table. Each line: who it needs, its name (the function's), its argument
/// struct, and what it answers. Who it needs:
/// - `none`: nothing (works while locked): `fn(Args) -> Reply<T>`;
/// - `journal`: the open journal: `fn(&Journal, Args) -> Reply<T>`, or, after
///   `=`, a closure on the line itself that gives the core's result
///   (`= |journal, args| journal.skill(args.id)`) when the command only hands
///   its arguments on;
/// - `session`: the session, open or locked: `fn(&Session, Args) -> Reply<T>`;
/// - `opened`: the session, once the journal is open: `fn(&Session, Args) -> Reply<T>`;
/// - `opened_async`: as `opened`, but `async` (it waits on the network);
/// - `host`, `host_channel`: served by the host (see [`Served`]).
macro_rules! table {
    ($( mod $module:ident { $(
        $(#[doc = $doc:literal])* $kind:ident $name:ident($args:ty) -> $ret:ty $(= $run:expr)?;
    )* } )*) => {
        /// Every command, in the table's order.
        pub const COMMANDS: &[Command] = &[$($(
            Command {
                name: stringify!($name),
                module: stringify!($module),
                served: table!(@served $kind),
                args: keys_of::<$args>,
                args_optional: optional_only::<$args>,
                args_ts: args_ts_of::<$args>,
                returns_ts: |cfg| ts_of::<$ret>(cfg, false),
                doc: table!(@doc $($doc)*),
            },
        )*)*];

        /// Serves one call: `None` when the command is not the table's to
        /// serve here (unknown, or the host's own).
        pub async fn call(session: &Session, name: &str, payload: Value) -> Option<Result<Value, Refusal>> {
            match name {
                $($( stringify!($name) => table!(@call $kind $name, $args, $ret, session, payload $(, $run)?), )*)*
                _ => None,
            }
        }
    };
    (@doc) => { "" };
    (@doc $first:literal $($rest:literal)*) => { $first };
    (@served host) => { Served::Host };
    (@served host_channel) => { Served::HostChannel };
    (@served $other:ident) => { Served::Here };
    (@call none $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => {
        Some(serve::<$args, $ret>(stringify!($name), $payload, $name))
    };
    (@call journal $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => {
        Some(serve_journal::<$args, $ret, _>($session, stringify!($name), $payload, $name))
    };
    (@call journal $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident, $run:expr) => {
        Some(serve_journal::<$args, $ret, _>($session, stringify!($name), $payload, $run))
    };
    (@call session $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => {
        Some(serve_session::<$args, $ret>($session, false, stringify!($name), $payload, $name))
    };
    (@call opened $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => {
        Some(serve_session::<$args, $ret>($session, true, stringify!($name), $payload, $name))
    };
    (@call opened_async $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => {
        Some(serve_async::<$args, $ret, _>($session, stringify!($name), $payload, |args| $name($session, args)).await)
    };
    (@call host $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => { None };
    (@call host_channel $name:ident, $args:ty, $ret:ty, $session:ident, $payload:ident) => { None };
}

table! {
    mod journal {
        none areas(NoArgs) -> Vec<AreaInfo>;
        none skill_prompts(NoArgs) -> Vec<SkillPrompt>;
        none step_back_prompts(NoArgs) -> Vec<StepBackPrompt>;
        none rating_labels(NoArgs) -> Vec<RatingLabel>;
        journal list_skills(ListSkills) -> Vec<Skill> = |journal, args| journal.skills(&args.query);
        journal get_skill(ById) -> Skill = |journal, args| journal.skill(args.id);
        journal add_skill(AddSkill) -> Skill = |journal, args| journal.add_skill(args.skill);
        journal add_skill_from_prompt(AddSkillFromPrompt) -> Skill
            = |journal, args| journal.add_skill_from_prompt(&args.prompt_id, &args.story);
        journal edit_skill(EditSkill) -> Skill = |journal, args| journal.edit_skill(args.id, args.edit);
        journal archive_skill(ById) -> Skill = |journal, args| journal.archive_skill(args.id);
        journal unarchive_skill(ById) -> Skill = |journal, args| journal.unarchive_skill(args.id);
        journal list_moments(ListMoments) -> MomentPage
            = |journal, args| journal.moments(args.limit, args.after.as_ref());
        journal list_moments_for_skill(ListMomentsForSkill) -> MomentPage
            = |journal, args| journal.moments_for_skill(args.skill_id, args.limit, args.after.as_ref());
        journal search_moments(SearchMoments) -> Vec<Moment>
            = |journal, args| journal.search_moments(&args.query, args.limit);
        /// One moment by its id (a moment opened from a link, with nothing kept after a reload).
        journal get_moment(ById) -> Moment = |journal, args| journal.moment(args.id);
        journal add_moment(AddMoment) -> Moment = |journal, args| journal.add_moment(args.moment);
        journal edit_moment(EditMoment) -> Moment = |journal, args| journal.edit_moment(args.id, args.moment);
        journal delete_moment(ById) -> () = |journal, args| journal.delete_moment(args.id);
        journal moment_draft(MomentDraft) -> Option<NewMoment>
            = |journal, args| journal.moment_draft(args.of);
        journal save_moment_draft(SaveMomentDraft) -> ()
            = |journal, args| journal.save_moment_draft(args.of, &args.draft);
        journal discard_moment_draft(MomentDraft) -> ()
            = |journal, args| journal.discard_moment_draft(args.of);
        journal record_check_in(RecordCheckIn) -> CheckIn
            = |journal, args| journal.record_check_in(args.check_in);
        journal list_check_ins(NoArgs) -> Vec<CheckIn> = |journal, _| journal.check_ins();
        /// Everything the home screen shows, in one call.
        journal home(NoArgs) -> Home = |journal, _| journal.home();
        journal check_in_status(NoArgs) -> CheckInStatus = |journal, _| journal.check_in_status();
        journal set_cadence(SetCadence) -> CheckInStatus;
        journal check_in_draft(NoArgs) -> Option<NewCheckIn> = |journal, _| journal.check_in_draft();
        journal save_check_in_draft(SaveCheckInDraft) -> ()
            = |journal, args| journal.save_check_in_draft(&args.draft);
        journal discard_check_in_draft(NoArgs) -> () = |journal, _| journal.discard_check_in_draft();
        journal save_step_back(SaveStepBack) -> Vec<Moment>
            = |journal, args| journal.save_step_back(args.date, args.answers);
        journal step_back_draft(NoArgs) -> Option<Vec<StepBackAnswer>>
            = |journal, _| journal.step_back_draft();
        journal save_step_back_draft(SaveStepBackDraft) -> ()
            = |journal, args| journal.save_step_back_draft(&args.answers);
        journal discard_step_back_draft(NoArgs) -> () = |journal, _| journal.discard_step_back_draft();
        journal list_recognitions(NoArgs) -> Vec<Recognition> = |journal, _| journal.recognitions();
        journal add_recognition(AddRecognition) -> Recognition
            = |journal, args| journal.add_recognition(args.recognition);
        journal accept_recognition(AcceptRecognition) -> Recognition
            = |journal, args| journal.accept_recognition(args.id, args.accept);
        journal dismiss_recognition(ById) -> Recognition
            = |journal, args| journal.dismiss_recognition(args.id);
        journal growth(NoArgs) -> Growth = |journal, _| journal.growth();
        /// The backup file to download. With the lock on, pass the journal's passphrase (else `passphrase_needed`).
        journal export_backup(Passphrase) -> BackupFile;
        /// Writes a backup file where the person can find it (see `backup_place`) and says where in plain words; the passphrase as for `exportBackup`.
        host save_backup(Passphrase) -> SavedBackup;
        /// Restores a backup file's contents; an encrypted one needs its passphrase (else `passphrase_needed`).
        journal import_backup(ImportBackup) -> ImportSummary;
        journal portfolio_html(Portfolio) -> String
            = |journal, args| journal.portfolio_html(&args.skill_ids);
        /// Saves the portfolio as a PDF where the person chooses in the system's save window (null when they close it without saving) and says where in plain words. Nothing is sent anywhere.
        host save_portfolio_pdf(Portfolio) -> Option<SavedPortfolio>;
    }
    mod group {
        journal sync_status(NoArgs) -> SyncStatus = |journal, _| journal.sync_status();
        /// Calls `onStatus` now and whenever the sync status changes (the background sync tells).
        host_channel watch_sync(WatchSync) -> SyncStatus;
        /// "Sync now": syncs at once, back-off or not, and says why if it could not.
        opened_async sync_now(NoArgs) -> SyncStatus;
        /// Joins a group with an invite code; needs the network. Nothing in the journal is sent.
        opened_async join_group(JoinGroup) -> Membership;
        journal leave_group(NoArgs) -> SyncStatus;
        journal erasure_receipts(NoArgs) -> Vec<ErasureRecord> = |journal, _| journal.erasure_receipts();
        journal preview_share(PreviewShare) -> SharePreview
            = |journal, args| journal.preview_share(args.item, args.audience);
        journal preview_share_update(PreviewShareUpdate) -> SharePreview
            = |journal, args| journal.preview_share_update(args.share_id, args.audience);
        journal confirm_share(ConfirmShare) -> Share = |journal, args| journal.confirm_share(&args.preview);
        journal revoke_share(ByShareId) -> () = |journal, args| journal.revoke_share(args.share_id);
        journal shares_of_item(SharesOfItem) -> Vec<Share>
            = |journal, args| journal.shares_of_item(args.item_id);
        /// "What my group can see": each share as the server last acknowledged it.
        journal visible_to_group(NoArgs) -> Vec<VisibleShare> = |journal, _| journal.visible_to_group();
        journal group_feed(NoArgs) -> Vec<SharedItem> = |journal, _| journal.group_feed();
        journal group_summary(NoArgs) -> Option<CachedSummary> = |journal, _| journal.group_summary();
        /// The lead's open-to-roles list, narrowed to a skill (an empty `skill` shows everyone).
        journal open_to_roles_list(OpenToRolesList) -> Option<CachedOpenToRoles>
            = |journal, args| journal.open_to_roles_list(Some(args.skill.as_str()));
        /// Opt in to (or out of) the lead's "open to roles" list with skills picked from the journal.
        journal set_open_to_roles(SetOpenToRoles) -> Membership
            = |journal, args| journal.set_open_to_roles(args.open_to_roles, &args.skill_ids, args.recruit);
        /// Everyone in the group and the lead's open opportunities, as last fetched. Works offline.
        journal group_board(NoArgs) -> Option<CachedBoard> = |journal, _| journal.group_board();
        journal send_recognition(SendRecognition) -> SentRecognition
            = |journal, args| journal.send_recognition(args.to_member_id, args.skill, args.message);
        // The watchers hear the shorter list from the background sync, which the discard wakes.
        journal discard_quarantined(DiscardQuarantined) -> ()
            = |journal, args| journal.discard_quarantined(args.operation_id);
    }
    mod lead {
        /// A new invite for a member or a peer supporter: its code, join link and QR code. Lead only; needs the network.
        opened_async create_invite(CreateInvite) -> Invite;
        /// The group's invites, newest first, without their codes. Lead only; needs the network.
        opened_async list_invites(NoArgs) -> Vec<InviteInfo>;
        opened_async revoke_invite(ByInviteId) -> ();
        /// Everyone in the group, in the order they joined. Lead only; needs the network.
        opened_async list_members(NoArgs) -> Vec<GroupMember>;
        /// Makes a member a peer supporter, or back. Lead only; needs the network.
        opened_async set_member_role(SetMemberRole) -> GroupMember;
        /// Removes a member: the server erases them as if they had left. Lead only; needs the network.
        opened_async remove_member(ByMemberId) -> ();
        /// Posts a co-production opportunity on the group's board. Lead only; needs the network.
        opened_async post_opportunity(PostOpportunity) -> Opportunity;
        /// Takes an opportunity down; answers stay until each person takes theirs back. Lead only; needs the network.
        opened_async take_down_opportunity(ByOpportunityId) -> ();
    }
    mod lock {
        /// Is the lock on, is the journal locked now, and after how long it locks itself.
        session lock_status(NoArgs) -> LockStatus;
        /// Calls `onChange` now and each time the journal locks (by itself, after time away) or opens.
        host_channel watch_lock(WatchLock) -> LockStatus;
        /// Opens the locked journal. A wrong passphrase changes nothing.
        session unlock(Unlock) -> LockStatus;
        /// Locks the journal now. Refused when the lock is off.
        session lock_now(NoArgs) -> LockStatus;
        opened turn_lock_on(Unlock) -> LockStatus;
        opened turn_lock_off(Unlock) -> LockStatus;
        opened change_passphrase(ChangePassphrase) -> LockStatus;
        /// How many minutes in the background before the app locks itself (1, 5, 15 or 60).
        opened set_auto_lock(SetAutoLock) -> LockStatus;
    }
    mod preferences {
        /// The text sizes the app offers, in percent of the phone's own.
        none text_sizes(NoArgs) -> Vec<u16>;
        /// The languages the app's words come in, each named in its own words.
        none languages(NoArgs) -> Vec<LanguageChoice>;
        /// This phone's text size and when it syncs. Works while the journal is locked.
        session preferences(NoArgs) -> Preferences;
        /// Keeps new preferences on this phone (a text size not offered is refused).
        session set_preferences(SetPreferences) -> Preferences;
        /// May reminders arrive as notifications? (A phone asks the person once; a desktop always may.)
        host reminder_permission(NoArgs) -> NotificationPermission;
        /// Asks the phone to let reminders arrive: it shows its own question the first time.
        host ask_reminder_permission(NoArgs) -> NotificationPermission;
    }
    mod speech {
        /// "Listen": reads the text aloud with the device's own voice, offline, in `language` (English when left out).
        host speak(Speak) -> ();
        /// Stops reading aloud (Listen pressed again, or the screen changed).
        host stop_speaking(NoArgs) -> ();
    }
}

// ---- The argument structs. Keys cross in camelCase, as the UI names them.

/// A command without arguments.
#[derive(Debug, Deserialize, TS)]
pub struct NoArgs {}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ById {
    pub id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListSkills {
    pub query: SkillQuery,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddSkill {
    pub skill: NewSkill,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddSkillFromPrompt {
    pub prompt_id: String,
    pub story: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EditSkill {
    pub id: Uuid,
    pub edit: SkillEdit,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListMoments {
    pub limit: u32,
    pub after: Option<MomentCursor>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ListMomentsForSkill {
    pub skill_id: Uuid,
    pub limit: u32,
    pub after: Option<MomentCursor>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SearchMoments {
    pub query: String,
    pub limit: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddMoment {
    pub moment: NewMoment,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct EditMoment {
    pub id: Uuid,
    pub moment: NewMoment,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct MomentDraft {
    pub of: DraftOf,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveMomentDraft {
    pub of: DraftOf,
    pub draft: NewMoment,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordCheckIn {
    pub check_in: NewCheckIn,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetPreferences {
    pub preferences: Preferences,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetCadence {
    #[ts(as = "Cadence")]
    pub months: u32,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveCheckInDraft {
    pub draft: NewCheckIn,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveStepBack {
    pub date: NaiveDate,
    pub answers: Vec<StepBackAnswer>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SaveStepBackDraft {
    pub answers: Vec<StepBackAnswer>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AddRecognition {
    pub recognition: NewRecognition,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct AcceptRecognition {
    pub id: Uuid,
    pub accept: AcceptAs,
}

/// A passphrase where the lock may be off (then none is needed).
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Passphrase {
    pub passphrase: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportBackup {
    pub contents: String,
    pub passphrase: Option<String>,
}

/// The skills to put in the portfolio (its page or its PDF), in the order chosen.
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Portfolio {
    pub skill_ids: Vec<Uuid>,
}

/// A channel the page made: the host reads it (its wrapper is written by hand).
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WatchSync {
    #[ts(type = "unknown")]
    pub on_status: Value,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CreateInvite {
    pub invite: NewInvite,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PostOpportunity {
    pub opportunity: NewOpportunity,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ByOpportunityId {
    pub opportunity_id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ByInviteId {
    pub invite_id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ByMemberId {
    pub member_id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetMemberRole {
    pub member_id: Uuid,
    pub role: Role,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct JoinGroup {
    pub details: JoinDetails,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewShare {
    pub item: ShareItem,
    pub audience: Audience,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewShareUpdate {
    pub share_id: Uuid,
    pub audience: Option<Audience>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConfirmShare {
    pub preview: SharePreview,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ByShareId {
    pub share_id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SharesOfItem {
    pub item_id: Uuid,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OpenToRolesList {
    pub skill: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetOpenToRoles {
    pub open_to_roles: bool,
    // The skills picked from the journal, and "I would like to help recruit".
    pub skill_ids: Vec<Uuid>,
    pub recruit: bool,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SendRecognition {
    pub to_member_id: Uuid,
    pub skill: SkillRef,
    pub message: Option<String>,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DiscardQuarantined {
    pub operation_id: Uuid,
}

/// A channel the page made: the host reads it (its wrapper is written by hand).
#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WatchLock {
    #[ts(type = "unknown")]
    pub on_change: Value,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Unlock {
    pub passphrase: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangePassphrase {
    pub old: String,
    pub new: String,
}

#[derive(Debug, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SetAutoLock {
    pub minutes: u32,
}

// ---- The commands. Each is one call into brim-core or the session.

fn areas(_: NoArgs) -> Reply<Vec<AreaInfo>> {
    Ok(brim_core::Area::built_in())
}

fn skill_prompts(_: NoArgs) -> Reply<Vec<SkillPrompt>> {
    Ok(brim_core::skill_prompts().to_vec())
}

fn step_back_prompts(_: NoArgs) -> Reply<Vec<StepBackPrompt>> {
    Ok(brim_core::step_back_prompts().to_vec())
}

fn rating_labels(_: NoArgs) -> Reply<Vec<RatingLabel>> {
    Ok(brim_core::rating_labels())
}

fn set_cadence(journal: &Journal, args: SetCadence) -> Reply<CheckInStatus> {
    journal.set_cadence(Cadence::from_months(args.months)?)?;
    Ok(journal.check_in_status()?)
}

/// The backup file for the page to download: plain JSON with the lock off;
/// with it on, encrypted with `passphrase`, which must be the journal's.
fn export_backup(journal: &Journal, args: Passphrase) -> Reply<BackupFile> {
    let passphrase = args.passphrase.map(Zeroizing::new);
    reply(journal.backup_file(passphrase.as_deref().map(String::as_str)))
}

/// Saves a backup file in `place` (chosen by [`crate::backup_place::choose`]
/// from the folders the host found) and says where it went in plain words,
/// never as a path; encrypted as for `export_backup`.
pub fn save_backup_in(journal: &Journal, place: &BackupPlace, args: Passphrase) -> Reply<SavedBackup> {
    let passphrase = args.passphrase.map(Zeroizing::new);
    let path = reply(journal.write_backup_file(&place.dir, passphrase.as_deref().map(String::as_str)))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(SavedBackup { file_name, place: place.words.clone(), encrypted: journal.lock_is_on() })
}

/// Restores a backup file's `contents` (plain JSON, or encrypted with a
/// passphrase: then `passphrase` opens it), merging into the journal.
fn import_backup(journal: &Journal, args: ImportBackup) -> Reply<ImportSummary> {
    let passphrase = args.passphrase.map(Zeroizing::new);
    reply(journal.restore_backup(args.contents.as_bytes(), passphrase.as_deref().map(String::as_str)))
}

/// Saves the portfolio as a PDF in `place` (where backups go: chosen by
/// [`crate::backup_place::choose`]) and says where it went in plain words,
/// never as a path. The file stays on the device.
pub fn save_portfolio_pdf_in(
    journal: &Journal,
    place: &BackupPlace,
    args: Portfolio,
) -> Reply<SavedPortfolio> {
    let path = reply(journal.write_portfolio_pdf(&place.dir, &args.skill_ids))?;
    let file_name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(SavedPortfolio { file_name, place: place.words.clone() })
}

// ---- Sharing with a group (issue D). What queues something for the group
// wakes the background sync by itself (the outbox tells it).

async fn sync_now(session: &Session, _: NoArgs) -> Reply<SyncStatus> {
    session.sync_now().await
}

async fn join_group(session: &Session, args: JoinGroup) -> Reply<Membership> {
    session.join_group(&args.details).await
}

/// A request of the lead's to the group server, made with the group's client
/// and the open journal; a lock meanwhile drops it.
async fn as_lead<T>(
    session: &Session,
    request: impl AsyncFnOnce(&SyncClient, &Journal) -> brim_core::Result<T>,
) -> Reply<T> {
    let (journal, client) = (session.journal()?, session.sync().client()?.clone());
    let done = session
        .until_locked(request(&client, &journal))
        .await
        .ok_or_else(|| CommandError::from(brim_core::Error::Locked))?;
    reply(done)
}

async fn create_invite(session: &Session, args: CreateInvite) -> Reply<Invite> {
    as_lead(session, async |client, journal| client.create_invite(journal, &args.invite).await).await
}

async fn list_invites(session: &Session, _: NoArgs) -> Reply<Vec<InviteInfo>> {
    as_lead(session, async |client, journal| client.list_invites(journal).await).await
}

async fn revoke_invite(session: &Session, args: ByInviteId) -> Reply<()> {
    as_lead(session, async |client, journal| client.revoke_invite(journal, args.invite_id).await).await
}

async fn list_members(session: &Session, _: NoArgs) -> Reply<Vec<GroupMember>> {
    as_lead(session, async |client, journal| client.list_members(journal).await).await
}

async fn set_member_role(session: &Session, args: SetMemberRole) -> Reply<GroupMember> {
    as_lead(session, async |client, journal| client.set_member_role(journal, args.member_id, args.role).await)
        .await
}

async fn remove_member(session: &Session, args: ByMemberId) -> Reply<()> {
    as_lead(session, async |client, journal| client.remove_member(journal, args.member_id).await).await?;
    // The removed member's shares leave the lead's feed with the next sync: now.
    session.sync().wake();
    Ok(())
}

async fn post_opportunity(session: &Session, args: PostOpportunity) -> Reply<Opportunity> {
    as_lead(session, async |client, journal| client.post_opportunity(journal, &args.opportunity).await).await
}

async fn take_down_opportunity(session: &Session, args: ByOpportunityId) -> Reply<()> {
    as_lead(session, async |client, journal| client.take_down_opportunity(journal, args.opportunity_id).await)
        .await
}

fn leave_group(journal: &Journal, _: NoArgs) -> Reply<SyncStatus> {
    reply(journal.leave_group())?;
    reply(journal.sync_status())
}

// ---- The journal lock (issue E). `session` ones work while locked; `opened`
// ones change the lock of an open journal, one at a time with locking and unlocking.

fn lock_status(session: &Session, _: NoArgs) -> Reply<LockStatus> {
    session.status()
}

fn unlock(session: &Session, args: Unlock) -> Reply<LockStatus> {
    session.unlock(&Zeroizing::new(args.passphrase))
}

fn lock_now(session: &Session, _: NoArgs) -> Reply<LockStatus> {
    session.lock()
}

fn turn_lock_on(session: &Session, args: Unlock) -> Reply<LockStatus> {
    let passphrase = Zeroizing::new(args.passphrase);
    session.change(|journal| journal.turn_lock_on(&passphrase))
}

fn turn_lock_off(session: &Session, args: Unlock) -> Reply<LockStatus> {
    let passphrase = Zeroizing::new(args.passphrase);
    session.change(|journal| journal.turn_lock_off(&passphrase))
}

fn change_passphrase(session: &Session, args: ChangePassphrase) -> Reply<LockStatus> {
    let (old, new) = (Zeroizing::new(args.old), Zeroizing::new(args.new));
    session.change(|journal| journal.change_passphrase(&old, &new))
}

fn set_auto_lock(session: &Session, args: SetAutoLock) -> Reply<LockStatus> {
    session.change(|journal| journal.set_auto_lock_minutes(args.minutes))
}

fn text_sizes(_: NoArgs) -> Reply<Vec<u16>> {
    Ok(brim_core::TEXT_SIZES.to_vec())
}

fn languages(_: NoArgs) -> Reply<Vec<LanguageChoice>> {
    Ok(brim_core::Language::ALL.map(LanguageChoice::from).to_vec())
}

fn preferences(session: &Session, _: NoArgs) -> Reply<Preferences> {
    Ok(session.preferences())
}

fn set_preferences(session: &Session, args: SetPreferences) -> Reply<Preferences> {
    session.set_preferences(args.preferences)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use brim_core::ErrorCode;
    use serde_json::json;

    const PASS: &str = "tea and toast";

    async fn run(session: &Session, name: &str, args: Value) -> Result<Value, Refusal> {
        call(session, name, args).await.expect("a command the table serves")
    }

    fn skill(name: &str) -> Value {
        json!({ "skill": { "name": name, "area": "people", "story": "", "promptId": null } })
    }

    #[tokio::test]
    async fn a_call_reads_camel_case_arguments_and_answers_json() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::open(dir.path().join("journal.db"));
        let added = run(&session, "add_skill", skill("Listening")).await.unwrap();
        assert_eq!(added["name"], "Listening");
        let page = run(&session, "list_moments_for_skill", json!({ "skillId": added["id"], "limit": 10 }))
            .await
            .unwrap();
        assert_eq!(page["moments"], json!([]), "a missing Option reads as none");
        assert!(!run(&session, "areas", Value::Null).await.unwrap().as_array().unwrap().is_empty());
        // A moment by its id, as a link opened after a reload asks for it; one not there is `not_found`.
        let moment = json!({ "moment": { "date": "2026-01-02", "text": "Heard them out", "skillIds": [added["id"]] } });
        let moment = run(&session, "add_moment", moment).await.unwrap();
        assert_eq!(run(&session, "get_moment", json!({ "id": moment["id"] })).await.unwrap(), moment);
        let gone = json!({ "id": "01900000-0000-7000-8000-000000000000" });
        let err = run(&session, "get_moment", gone).await.unwrap_err();
        assert!(matches!(err, Refusal::Command(CommandError { code: ErrorCode::NotFound, .. })), "{err:?}");
        assert_eq!(run(&session, "discard_check_in_draft", json!({})).await.unwrap(), Value::Null);
    }

    #[tokio::test]
    async fn malformed_arguments_are_refused_in_words_and_a_core_refusal_keeps_its_code() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::open(dir.path().join("journal.db"));
        let err = run(&session, "get_skill", json!({ "id": -1 })).await.unwrap_err();
        assert!(matches!(&err, Refusal::Malformed(words) if words.contains("get_skill")), "{err:?}");
        let err = run(&session, "get_skill", json!({})).await.unwrap_err();
        assert!(matches!(err, Refusal::Malformed(_)), "a missing key is malformed: {err:?}");
        let err = run(&session, "add_skill", skill("")).await.unwrap_err();
        assert!(
            matches!(err, Refusal::Command(CommandError { code: ErrorCode::InvalidInput, .. })),
            "{err:?}"
        );
        // As `{ code, message }` on the wire, the way the UI branches on it.
        let wire = serde_json::to_value(&err).unwrap();
        assert_eq!(wire["code"], "invalid_input");
        assert!(wire["message"].is_string());
    }

    #[tokio::test]
    async fn a_locked_journal_answers_locked_before_the_arguments_are_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("journal.db");
        Journal::open(&path).unwrap().turn_lock_on(PASS).unwrap();
        let session = Session::open(path);
        assert!(session.is_locked());
        for name in ["get_skill", "list_moments", "turn_lock_off", "join_group", "sync_now"] {
            let err =
                run(&session, name, json!({ "id": -1, "limit": "x", "passphrase": 3 })).await.unwrap_err();
            assert!(
                matches!(&err, Refusal::Command(CommandError { code: ErrorCode::Locked, .. })),
                "{name}: {err:?}"
            );
        }
        // What works while locked: the lists Brim ships and the lock's own.
        run(&session, "areas", json!({})).await.unwrap();
        assert_eq!(run(&session, "lock_status", json!({})).await.unwrap()["locked"], true);
        let err = run(&session, "unlock", json!({ "passphrase": "wrong one here" })).await.unwrap_err();
        assert!(matches!(err, Refusal::Command(CommandError { code: ErrorCode::WrongPassphrase, .. })));
        assert_eq!(run(&session, "unlock", json!({ "passphrase": PASS })).await.unwrap()["locked"], false);
        run(&session, "list_moments", json!({ "limit": 5 })).await.unwrap();
    }

    #[tokio::test]
    async fn the_hosts_commands_and_unknown_names_are_not_served_here() {
        let dir = tempfile::tempdir().unwrap();
        let session = Session::open(dir.path().join("journal.db"));
        for name in [
            "save_backup",
            "save_portfolio_pdf",
            "watch_sync",
            "watch_lock",
            "reminder_permission",
            "no_such_command",
        ] {
            assert!(call(&session, name, json!({})).await.is_none(), "{name}");
        }
        for command in COMMANDS {
            let here = call(&session, command.name, json!({})).await.is_some();
            assert_eq!(here, command.served == Served::Here, "{}", command.name);
        }
    }
}
