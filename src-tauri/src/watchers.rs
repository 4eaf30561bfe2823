//! Pages listening for news from the app (sync status, the lock), each through
//! an IPC channel. A reloaded page registers again, so only the newest few
//! channels are kept; one that no longer answers is let go.

use std::sync::Mutex;

use tauri::ipc::{Channel, IpcResponse};

/// A reloaded page registers again; old channels beyond this are let go.
const MAX_WATCHERS: usize = 4;

pub struct Watchers<T> {
    channels: Mutex<Vec<Channel<T>>>,
}

impl<T: IpcResponse + Clone> Watchers<T> {
    pub fn new() -> Self {
        Watchers { channels: Mutex::new(Vec::new()) }
    }

    /// Adds a watcher and tells it `now` straight away.
    pub fn add(&self, channel: Channel<T>, now: &T) {
        let _ = channel.send(now.clone());
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels.push(channel);
        let extra = channels.len().saturating_sub(MAX_WATCHERS);
        channels.drain(..extra);
    }

    /// Tells every watcher `value`.
    pub fn tell(&self, value: &T) {
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels.retain(|c| c.send(value.clone()).is_ok());
    }

    pub fn len(&self) -> usize {
        self.channels.lock().map(|c| c.len()).unwrap_or_default()
    }
}

impl<T: IpcResponse + Clone> Default for Watchers<T> {
    fn default() -> Self {
        Self::new()
    }
}
