//! The group's sync status, shared by every screen: the background sync in the
//! app tells the page each change through `watch_sync`, so the status line and
//! the Group tab never have to ask again. Nothing here blocks a screen.
//! (The watcher itself, in ./watch.ts, loads with the screens after Home.)
import type { SyncStatus } from '../types';

export const group = $state<{ status: SyncStatus | null }>({ status: null });
