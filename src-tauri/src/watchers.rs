//! Pages listening for news from the app (sync status, the lock), each through
//! an IPC channel. brim-app announces the news on watch channels; this passes
//! each piece on to the pages. A reloaded page registers again, so only the
//! newest few channels are kept; one that no longer answers is let go.

use std::sync::Mutex;

use tauri::ipc::{Channel, IpcResponse};
use tauri::{AppHandle, Manager, Runtime};
use tokio::sync::watch;

/// A reloaded page registers again; old channels beyond this are let go.
const MAX_WATCHERS: usize = 4;

pub struct Watchers<T> {
    channels: Mutex<Vec<Channel<T>>>,
}

impl<T: IpcResponse + Clone> Watchers<T> {
    pub fn new() -> Self {
        Watchers { channels: Mutex::new(Vec::new()) }
    }

    /// Adds a watcher and tells it `now` straight away; gives `now` back,
    /// the answer to the command that asked to watch.
    pub fn add(&self, channel: Channel<T>, now: T) -> T {
        let _ = channel.send(now.clone());
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels.push(channel);
        let extra = channels.len().saturating_sub(MAX_WATCHERS);
        channels.drain(..extra);
        now
    }

    /// Tells every watcher `value`.
    pub fn tell(&self, value: &T) {
        let mut channels = self.channels.lock().unwrap_or_else(|p| p.into_inner());
        channels.retain(|c| c.send(value.clone()).is_ok());
    }
}

impl<T: IpcResponse + Clone> Default for Watchers<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// Passes each value `news` carries (as `pick` makes of it) to the app's
/// `Watchers<T>`, for as long as the news lasts.
pub fn forward<R, N, T>(app: &AppHandle<R>, mut news: watch::Receiver<N>, pick: fn(&N) -> Option<T>)
where
    R: Runtime,
    N: Send + Sync + 'static,
    T: IpcResponse + Clone + Send + Sync + 'static,
{
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        while news.changed().await.is_ok() {
            let value = pick(&news.borrow_and_update());
            if let Some(value) = value {
                app.state::<Watchers<T>>().tell(&value);
            }
        }
    });
}
