//! The one way a call reaches the backend. The typed wrappers (./journal.ts,
//! ./group.ts, ./lock.ts, generated from the command table) all go through
//! `call`; every rejection becomes a `CommandError` ({ code, message }).
import { invoke } from '@tauri-apps/api/core';
import { toCommandError } from './error';
import { showLocked } from '../lock.svelte';

// Each call leaves two user-timing marks (names only, never arguments), so the
// start-up benchmark can see how much of opening the app is waiting on IPC.
export async function call<T>(cmd: string, args?: object): Promise<T> {
  performance.mark?.(`ipc-sent:${cmd}`);
  try {
    return await invoke<T>(cmd, args as Record<string, unknown> | undefined);
  } catch (e) {
    const error = toCommandError(e);
    // The app locked itself (after time away) before the page heard: show the unlock screen.
    if (error.code === 'locked') showLocked();
    throw error;
  } finally {
    performance.mark?.(`ipc-answered:${cmd}`);
  }
}
