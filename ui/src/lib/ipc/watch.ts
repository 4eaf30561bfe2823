//! The two commands that send news on a channel the page makes: written by
//! hand, since the channel is the host's (the table lists them as `host_channel`).
import { Channel } from '@tauri-apps/api/core';
import { call } from './call';
import { devChannel, devUrl } from './dev';
import type { LockStatus, SyncStatus } from '../types';

/** Calls `onStatus` now and whenever the sync status changes (the background sync tells). */
export function watchSync(onStatus: (status: SyncStatus) => void): Promise<SyncStatus> {
  if ((import.meta.env.DEV || import.meta.env.MODE === 'screens') && devUrl()) return call<SyncStatus>('watch_sync', { onStatus: devChannel(onStatus) });
  const channel = new Channel<SyncStatus>();
  channel.onmessage = onStatus;
  return call<SyncStatus>('watch_sync', { onStatus: channel });
}

/** Calls `onChange` now and each time the journal locks (by itself, after time away) or opens. */
export function watchLock(onChange: (status: LockStatus) => void): Promise<LockStatus> {
  if ((import.meta.env.DEV || import.meta.env.MODE === 'screens') && devUrl()) return call<LockStatus>('watch_lock', { onChange: devChannel(onChange) });
  const channel = new Channel<LockStatus>();
  channel.onmessage = onChange;
  return call<LockStatus>('watch_lock', { onChange: channel });
}
