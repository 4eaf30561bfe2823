//! The one error type of brim-core. Every variant says what a person can do,
//! in a message from the catalogues (`locales/<language>/core/errors.ftl`),
//! and carries a stable [`ErrorCode`] the UI branches on. Messages never
//! quote journal content: they may end up in logs or on a shared screen.

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use crate::words::{MessageId, Words, id};

/// A short, stable name for each kind of error, sent to the UI next to the
/// message so it can react (highlight a field, offer a retry) without ever
/// matching on words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input that breaks a rule: empty name, too long, rating out of range…
    InvalidInput,
    /// A date later than tomorrow.
    DateInFuture,
    /// A skill that is put away (archived) was used where an active one is needed.
    SkillArchived,
    /// The thing asked for does not exist (or no longer does).
    NotFound,
    /// The backup file could not be read.
    InvalidBackup,
    /// The journal file was written by a newer Brim.
    NewerJournal,
    /// The file is not a Brim journal or is damaged.
    Storage,
    /// The group server could not be reached (no network, wrong address, timed out).
    Offline,
    /// The group server is having trouble (5xx, or too busy); Brim retries by itself.
    ServerUnavailable,
    /// Joining needs a different invite code (unknown, expired, used up or cancelled).
    InviteRefused,
    /// This device is not in a group.
    NotInGroup,
    /// This device is already in a group.
    AlreadyInGroup,
    /// The server no longer knows this device: join again with a new invite code.
    NeedsRejoin,
    /// The person's role in the group does not allow this.
    NotAllowed,
    /// The item changed since its preview was made: look at the preview again.
    PreviewStale,
    /// The group server refused a request; the message says what to do.
    ServerRefused,
    /// The journal is locked: it needs its passphrase.
    Locked,
    /// The passphrase given does not open this journal.
    WrongPassphrase,
    /// A new passphrase is shorter than the minimum.
    PassphraseTooShort,
    /// This needs the passphrase: saving a backup of a locked journal, or
    /// restoring an encrypted backup. Ask for it and try again.
    PassphraseNeeded,
    /// Read aloud found no voice to speak with (no speech service, or none turned on).
    NoVoice,
}

/// Everything that can go wrong in the private journal. What a person is
/// told about each is a message in the core's catalogues (see [`Error::words`]).
#[derive(Debug)]
pub enum Error {
    /// Input that breaks a rule; the message says which and what to do.
    Invalid(Words),
    /// A date more than a day ahead of today.
    DateInFuture,
    /// An archived skill was given a rating or new evidence.
    SkillArchived,
    /// Nothing with that id; the message names what was looked for.
    NotFound(MessageId),
    /// The backup document is not one Brim can read; the words say why.
    InvalidBackup(Words),
    /// The file's schema is newer than this build knows.
    NewerJournal { found: usize, known: usize },
    /// SQLite said no. Its text goes to logs only through `Debug`.
    Storage(rusqlite::Error),
    /// Running migrations failed.
    Migration(rusqlite_migration::Error),
    /// The group server could not be reached.
    Offline,
    /// The group server answered with a failure of its own.
    ServerUnavailable,
    /// The invite code was not accepted; the words say why (by the server's code).
    InviteRefused(Words),
    /// Sharing needs a group first.
    NotInGroup,
    /// One group at a time.
    AlreadyInGroup,
    /// The server answered 401.
    NeedsRejoin,
    /// The person's role does not allow this; the message says whose it is.
    NotAllowed(MessageId),
    /// The source changed between the preview and the confirmation.
    PreviewStale,
    /// The server refused a request; the words say why, by the code it sent
    /// (never the server's own sentence).
    ServerRefused(Words),
    /// The journal is encrypted and was not opened with its passphrase.
    Locked,
    /// The passphrase does not unwrap the journal's key. Nothing was changed.
    WrongPassphrase,
    /// A new passphrase is too short to protect the journal.
    PassphraseTooShort,
    /// A backup of a locked journal is encrypted with its passphrase, which
    /// was not given.
    ExportNeedsPassphrase,
    /// An encrypted backup was given to restore without a passphrase.
    BackupNeedsPassphrase,
    /// The passphrase does not open the encrypted backup. Nothing was changed.
    BackupWrongPassphrase,
    /// The key file beside an encrypted journal (or the folder) could not be
    /// read or written.
    KeyFile,
    /// The system gave no randomness for a new key.
    NoRandomness,
    /// The preferences file beside the journal could not be written.
    PreferencesFile(std::io::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        Error::Storage(e)
    }
}

impl From<rusqlite_migration::Error> for Error {
    fn from(e: rusqlite_migration::Error) -> Self {
        Error::Migration(e)
    }
}

/// The message in the app's language.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.words().fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Storage(e) => Some(e),
            Error::Migration(e) => Some(e),
            Error::PreferencesFile(e) => Some(e),
            _ => None,
        }
    }
}

impl Error {
    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::InvalidInput,
            Error::DateInFuture => ErrorCode::DateInFuture,
            Error::SkillArchived => ErrorCode::SkillArchived,
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::InvalidBackup(_) => ErrorCode::InvalidBackup,
            Error::NewerJournal { .. } => ErrorCode::NewerJournal,
            Error::Storage(_) | Error::Migration(_) | Error::PreferencesFile(_) => ErrorCode::Storage,
            Error::Offline => ErrorCode::Offline,
            Error::ServerUnavailable => ErrorCode::ServerUnavailable,
            Error::InviteRefused(_) => ErrorCode::InviteRefused,
            Error::NotInGroup => ErrorCode::NotInGroup,
            Error::AlreadyInGroup => ErrorCode::AlreadyInGroup,
            Error::NeedsRejoin => ErrorCode::NeedsRejoin,
            Error::NotAllowed(_) => ErrorCode::NotAllowed,
            Error::PreviewStale => ErrorCode::PreviewStale,
            Error::ServerRefused(_) => ErrorCode::ServerRefused,
            Error::Locked => ErrorCode::Locked,
            Error::WrongPassphrase => ErrorCode::WrongPassphrase,
            Error::PassphraseTooShort => ErrorCode::PassphraseTooShort,
            Error::ExportNeedsPassphrase | Error::BackupNeedsPassphrase => ErrorCode::PassphraseNeeded,
            Error::BackupWrongPassphrase => ErrorCode::WrongPassphrase,
            Error::KeyFile | Error::NoRandomness => ErrorCode::Storage,
        }
    }

    /// What a person is told.
    pub fn words(&self) -> Words {
        match self {
            Error::Invalid(words) => words.clone(),
            Error::DateInFuture => id::ERROR_DATE_IN_FUTURE.into(),
            Error::SkillArchived => id::ERROR_SKILL_ARCHIVED.into(),
            Error::NotFound(what) | Error::NotAllowed(what) => (*what).into(),
            Error::InvalidBackup(why) => Words::from(id::ERROR_INVALID_BACKUP).with("reason", why.clone()),
            Error::NewerJournal { .. } => id::ERROR_NEWER_JOURNAL.into(),
            Error::Storage(_) => id::ERROR_STORAGE.into(),
            Error::Migration(_) => id::ERROR_MIGRATION.into(),
            Error::Offline => id::ERROR_OFFLINE.into(),
            Error::ServerUnavailable => id::ERROR_SERVER_UNAVAILABLE.into(),
            Error::InviteRefused(words) | Error::ServerRefused(words) => words.clone(),
            Error::NotInGroup => id::ERROR_NOT_IN_GROUP.into(),
            Error::AlreadyInGroup => id::ERROR_ALREADY_IN_GROUP.into(),
            Error::NeedsRejoin => id::ERROR_NEEDS_REJOIN.into(),
            Error::PreviewStale => id::ERROR_PREVIEW_STALE.into(),
            Error::Locked => id::ERROR_LOCKED.into(),
            Error::WrongPassphrase => id::ERROR_WRONG_PASSPHRASE.into(),
            Error::PassphraseTooShort => id::ERROR_PASSPHRASE_TOO_SHORT.into(),
            Error::ExportNeedsPassphrase => id::ERROR_EXPORT_NEEDS_PASSPHRASE.into(),
            Error::BackupNeedsPassphrase => id::ERROR_BACKUP_NEEDS_PASSPHRASE.into(),
            Error::BackupWrongPassphrase => id::ERROR_BACKUP_WRONG_PASSPHRASE.into(),
            Error::KeyFile => id::ERROR_KEY_FILE.into(),
            Error::NoRandomness => id::ERROR_NO_RANDOMNESS.into(),
            Error::PreferencesFile(_) => id::ERROR_PREFERENCES_FILE.into(),
        }
    }

    pub(crate) fn invalid(words: impl Into<Words>) -> Self {
        Error::Invalid(words.into())
    }

    /// Something Brim itself got wrong (a value that would not turn into
    /// JSON). What it was stays out of the message: it could quote the journal.
    pub(crate) fn internal(_: impl fmt::Debug) -> Self {
        Error::invalid(id::ERROR_INTERNAL)
    }
}

/// Result with brim-core's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as it crosses to the UI: a code to branch on and a message to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    pub code: ErrorCode,
    pub message: String,
}

impl CommandError {
    /// An error the app layer finds itself, with words from the catalogues.
    pub fn new(code: ErrorCode, words: impl Into<Words>) -> Self {
        CommandError { code, message: words.into().to_string() }
    }
}

impl From<Error> for CommandError {
    fn from(error: Error) -> Self {
        CommandError { code: error.code(), message: error.to_string() }
    }
}
