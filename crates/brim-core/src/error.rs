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
    /// A skill that is archived was used where an active one is needed.
    SkillArchived,
    /// The thing asked for does not exist (or no longer does).
    NotFound,
    /// A backup can only go into an empty journal.
    JournalNotEmpty,
    /// The backup file could not be read.
    InvalidBackup,
    /// The journal file was written by a newer Brim.
    NewerJournal,
    /// The file is not a Brim journal or is damaged.
    Storage,
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
    #[error("That skill is archived. Bring it back from the archive first.")]
    SkillArchived,
    /// Nothing with that id.
    #[error("We could not find that {0}. It may have been removed.")]
    NotFound(&'static str),
    /// Import into a journal that already holds something.
    #[error(
        "A backup can only be brought into an empty journal. This journal already has entries, so nothing was changed."
    )]
    JournalNotEmpty,
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
}

impl Error {
    /// The stable code for this error.
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::InvalidInput,
            Error::DateInFuture => ErrorCode::DateInFuture,
            Error::SkillArchived => ErrorCode::SkillArchived,
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::JournalNotEmpty => ErrorCode::JournalNotEmpty,
            Error::InvalidBackup(_) => ErrorCode::InvalidBackup,
            Error::NewerJournal { .. } => ErrorCode::NewerJournal,
            Error::Storage(_) | Error::Migration(_) => ErrorCode::Storage,
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
