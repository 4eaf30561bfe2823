//! The open journal as a command argument: the one piece of the session that
//! is Tauri's business, since only Tauri decides how a command's arguments are read.

use std::ops::Deref;
use std::sync::Arc;

use brim_app::Session;
use brim_core::Journal;
use tauri::ipc::{CommandArg, CommandItem, InvokeError};
use tauri::{Runtime, State};

/// The open journal, taken for one command. Named as a command's first
/// argument, it answers `locked` (or why the journal could not open) before
/// any other argument is read, so no journal command can forget to.
pub struct OpenJournal(Arc<Journal>);

impl Deref for OpenJournal {
    type Target = Journal;
    fn deref(&self) -> &Journal {
        &self.0
    }
}

impl<'de, R: Runtime> CommandArg<'de, R> for OpenJournal {
    fn from_command(command: CommandItem<'de, R>) -> Result<Self, InvokeError> {
        let session: State<'_, Session> = CommandArg::from_command(command)?;
        session.journal().map(OpenJournal).map_err(InvokeError::from)
    }
}
