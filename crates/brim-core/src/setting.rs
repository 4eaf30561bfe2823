//! Settings: the journal's small key-value table (the check-in cadence, the
//! auto-lock choice, kept drafts, reminders already shown).
//!
//! Invariant: only this module reads or writes the `setting` table; each
//! feature owns its own keys and calls these functions.

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, params};

use crate::Tx;
use crate::error::Result;

/// The value stored under `key`, if any.
pub(crate) fn setting(tx: &Tx<'_>, key: &str) -> Result<Option<String>> {
    Ok(tx.query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Stores `value` under `key`, replacing what was there.
pub(crate) fn set_setting(tx: &Tx<'_>, key: &str, value: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Removes `key`; returns whether there was one.
pub(crate) fn remove_setting(tx: &Tx<'_>, key: &str) -> Result<bool> {
    Ok(tx.prepare_cached("DELETE FROM setting WHERE key = ?1")?.execute([key])? > 0)
}

/// Every setting, by key (what a backup carries).
pub(crate) fn all_settings(tx: &Tx<'_>) -> Result<BTreeMap<String, String>> {
    let settings = tx
        .prepare("SELECT key, value FROM setting ORDER BY key")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(settings)
}

/// Stores each setting the journal has not set yet; the journal's own stay.
pub(crate) fn fill_in_settings(tx: &Tx<'_>, settings: &BTreeMap<String, String>) -> Result<()> {
    let mut insert =
        tx.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING")?;
    for (key, value) in settings {
        insert.execute(params![key, value])?;
    }
    Ok(())
}
