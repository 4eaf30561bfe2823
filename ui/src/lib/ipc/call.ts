//! The one way a call reaches the backend. The typed wrappers (./journal.ts,
//! ./group.ts, ./lock.ts, generated from the command table) all go through
//! `call`; every rejection becomes a `CommandError` ({ code, message }).
//! In the app a call goes over Tauri's IPC; given a brim-dev address (see
//! ./dev.ts) it goes over a WebSocket to the same command table instead.
import { invoke } from '@tauri-apps/api/core';
import { devCall, devUrl } from './dev';
import { toCommandError } from './error';
import { showLocked } from '../lock.svelte';

// Each call leaves two user-timing marks (names only, never arguments), so the
// start-up benchmark can see how much of opening the app is waiting on IPC.
export async function call<T>(cmd: string, args?: object): Promise<T> {
  performance.mark?.(`ipc-sent:${cmd}`);
  try {
    // Folded away in the app's build: only vite dev, vitest and the screenshot build have it.
    if ((import.meta.env.DEV || import.meta.env.MODE === 'screens') && devUrl()) return await devCall<T>(cmd, args);
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
