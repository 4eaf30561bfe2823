//! brim-app: the app without Tauri. One [`Session`] holds the journal (open,
//! locked, or failed to open), locks it after time away ([`auto_lock`]), and
//! syncs with the group in the background ([`GroupSync`]), woken by the
//! journal's outbox whenever a committed write queued something to send.
//!
//! A host (the Tauri shell in `src-tauri`, or a dev server) only translates:
//! it hands calls to the session, spawns the futures it is given on its own
//! tokio runtime, and forwards the news ([`Session::lock_changes`],
//! [`GroupSync::status_changes`]) to its pages. Nothing here knows about
//! windows, IPC or notifications.

#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod auto_lock;
pub mod backup_place;
pub mod commands;
#[cfg(test)]
mod generated;
mod group_sync;
mod session;
pub mod speech;

pub use group_sync::{GroupSync, SyncSchedule};
pub use session::Session;
