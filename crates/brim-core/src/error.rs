//! The one error type of brim-core. Every variant carries a message a person
//! can act on, and a stable [`ErrorCode`] the UI branches on. Messages never
//! quote journal content: they may end up in logs or on a shared screen.

use serde::Serialize;
use ts_rs::TS;

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

/// Everything that can go wrong in the private journal.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input that breaks a rule; the message says which and what to do.
    #[error("{0}")]
    Invalid(String),
    /// A date more than a day ahead of today.
    #[error("That date is in the future. Pick today or a day before.")]
    DateInFuture,
    /// An archived skill was given a rating or new evidence.
    #[error("That skill is put away. Open it and choose \"Bring it back\" first.")]
    SkillArchived,
    /// Nothing with that id.
    #[error("We could not find that {0}. It may have been removed.")]
    NotFound(&'static str),
    /// The backup document is not one Brim can read.
    #[error("This file is not a Brim backup we can read ({0}). Nothing was changed.")]
    InvalidBackup(String),
    /// The file's schema is newer than this build knows.
    #[error(
        "This journal was saved by a newer version of Brim. Please update Brim to open it. Nothing was changed."
    )]
    NewerJournal { found: usize, known: usize },
    /// SQLite said no. Its text goes to logs only through `Debug`.
    #[error("Brim could not read or save your journal. Nothing was changed. Try again, or restart the app.")]
    Storage(#[from] rusqlite::Error),
    /// Running migrations failed.
    #[error("Brim could not update your journal file. Nothing was changed.")]
    Migration(#[from] rusqlite_migration::Error),
    /// The group server could not be reached.
    #[error(
        "We couldn't reach the group server. Check that you're online and your group's web address is right, then try again."
    )]
    Offline,
    /// The group server answered with a failure of its own.
    #[error("The group server is having trouble right now. Brim will try again by itself; nothing was lost.")]
    ServerUnavailable,
    /// The invite code was not accepted; the server's message says why.
    #[error("{0}")]
    InviteRefused(String),
    /// Sharing needs a group first.
    #[error("You're not in a group yet. Join one with an invite code from your group's lead.")]
    NotInGroup,
    /// One group at a time.
    #[error("This device is already in a group. Leave it first if you want to join another one.")]
    AlreadyInGroup,
    /// The server answered 401.
    #[error(
        "You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe. To join again, ask your group's lead for a new invite code."
    )]
    NeedsRejoin,
    /// The person's role does not allow this.
    #[error("{0}")]
    NotAllowed(&'static str),
    /// The source changed between the preview and the confirmation.
    #[error(
        "This changed since you looked at the preview, so nothing was shared. Look at the preview again."
    )]
    PreviewStale,
    /// The server refused a request for a reason of its own (its message is plain words, never content).
    #[error("{0}")]
    ServerRefused(String),
    /// The journal is encrypted and was not opened with its passphrase.
    #[error("Your journal is locked. Enter your passphrase to open it.")]
    Locked,
    /// The passphrase does not unwrap the journal's key. Nothing was changed.
    #[error("That passphrase doesn't open this journal. Check it and try again.")]
    WrongPassphrase,
    /// A new passphrase is too short to protect the journal.
    #[error("Choose a passphrase of at least 6 characters. A few words you will remember work well.")]
    PassphraseTooShort,
    /// A backup of a locked journal is encrypted with its passphrase, which
    /// was not given.
    #[error(
        "Your journal is locked with a passphrase, so your backup will be too. Type your passphrase to save it."
    )]
    ExportNeedsPassphrase,
    /// An encrypted backup was given to restore without a passphrase.
    #[error(
        "This backup is protected with a passphrase. Type the passphrase your journal had when the backup was saved."
    )]
    BackupNeedsPassphrase,
    /// The passphrase does not open the encrypted backup. Nothing was changed.
    #[error(
        "That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed."
    )]
    BackupWrongPassphrase,
    /// The key file beside an encrypted journal (or the folder) could not be
    /// read or written.
    #[error(
        "Brim could not read or save the key file kept beside your journal, so the lock could not be used. Nothing in your journal was changed."
    )]
    KeyFile,
    /// The system gave no randomness for a new key.
    #[error(
        "Brim could not make a new key on this device. Nothing was changed. Try again, or restart the app."
    )]
    NoRandomness,
    /// The preferences file beside the journal could not be written.
    #[error("Brim could not keep that setting on this device. Your journal is safe. Try again.")]
    PreferencesFile(#[source] std::io::Error),
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

    pub(crate) fn invalid(message: impl Into<String>) -> Self {
        Error::Invalid(message.into())
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

impl From<Error> for CommandError {
    fn from(error: Error) -> Self {
        CommandError { code: error.code(), message: error.to_string() }
    }
}
