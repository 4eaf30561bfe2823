//! One typed function per lock command (src-tauri/src/commands.rs).
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';
import type { LockStatus } from '../types';

export const lockStatus = () => call<LockStatus>('lock_status');
/** Calls `onChange` now and each time the journal locks (by itself, after time away) or opens. */
export function watchLock(onChange: (status: LockStatus) => void): Promise<LockStatus> {
  const channel = new Channel<LockStatus>();
  channel.onmessage = onChange;
  return call<LockStatus>('watch_lock', { onChange: channel });
}
export const unlock = (passphrase: string) => call<LockStatus>('unlock', { passphrase });
export const lockNow = () => call<LockStatus>('lock_now');
export const turnLockOn = (passphrase: string) => call<LockStatus>('turn_lock_on', { passphrase });
export const turnLockOff = (passphrase: string) => call<LockStatus>('turn_lock_off', { passphrase });
export const changePassphrase = (old: string, next: string) => call<LockStatus>('change_passphrase', { old, new: next });
export const setAutoLock = (minutes: number) => call<LockStatus>('set_auto_lock', { minutes });
