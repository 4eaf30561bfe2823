//! Is the journal locked? Shared by every screen. While it is, the app shows
//! only the unlock screen, and what the screens kept of the journal in memory
//! is let go. The app shell says so before any script runs
//! (`window.__BRIM_LOCKED__`, see src-tauri/src/lib.rs); after that the app
//! tells the page through `watch_lock`, and any call answered `locked` counts too.
import type { LockStatus } from './types';
import { group } from './group/state.svelte';
import { forgetAllMoments } from './moments';

declare global {
  interface Window {
    __BRIM_LOCKED__?: boolean;
  }
}

export const lock = $state<{ locked: boolean; status: LockStatus | null }>({
  locked: typeof window !== 'undefined' && window.__BRIM_LOCKED__ === true,
  status: null,
});

/** The journal is locked: show the unlock screen and keep nothing of the journal. */
export function showLocked(): void {
  lock.locked = true;
  if (lock.status) lock.status = { ...lock.status, locked: true };
  group.status = null;
  forgetAllMoments();
}

/** The lock's status as the app told it: locked or open. */
export function lockChanged(status: LockStatus): void {
  if (status.locked) showLocked();
  lock.status = status;
  lock.locked = status.locked;
}
