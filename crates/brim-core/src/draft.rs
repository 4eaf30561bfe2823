//! Drafts: a form left half-way (a moment, a check-in, a step back) kept as
//! JSON in a setting, so it is still there after the app locks or closes.
//!
//! Invariants: a draft that no longer reads as its type counts as none; a
//! draft the person throws away leaves the file's bytes too ([`erase_draft`]),
//! while one a save replaces is simply removed ([`remove_draft`]).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::Tx;
use crate::error::{Error, Result};
use crate::setting::{remove_setting, set_setting, setting};
use crate::words::id;

/// A kept draft (JSON in a setting). One that no longer reads as `T` (an
/// older shape) counts as none, rather than blocking the screen it belongs to.
pub(crate) fn read_draft<T: DeserializeOwned>(tx: &Tx<'_>, key: &str) -> Result<Option<T>> {
    Ok(setting(tx, key)?.and_then(|json| serde_json::from_str(&json).ok()))
}

/// Keeps a draft (of a check-in, a moment…) as JSON in a setting.
pub(crate) fn keep_draft<T: Serialize>(tx: &Tx<'_>, key: &str, draft: &T) -> Result<()> {
    let json = serde_json::to_string(draft).map_err(|_| Error::invalid(id::ERROR_DRAFT_NOT_KEPT))?;
    set_setting(tx, key, &json)
}

/// Drops the draft a save has just replaced: an everyday overwrite, so it
/// stays cheap (the write-ahead log is left alone).
pub(crate) fn remove_draft(tx: &Tx<'_>, key: &str) -> Result<()> {
    remove_setting(tx, key).map(drop)
}

/// Throws away a kept draft the person asked to throw away ("Start again"):
/// unlike the draft a save replaces, its words must leave the file's bytes
/// too, so the write-ahead log is emptied after (see [`Tx::erased`]).
pub(crate) fn erase_draft(tx: &Tx<'_>, key: &str) -> Result<()> {
    if remove_setting(tx, key)? {
        tx.erased();
    }
    Ok(())
}
