// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod lock` in the table.
import { call } from './call';
import type { LockStatus } from '../bindings/LockStatus';

export type Unlock = { passphrase: string, };

export type ChangePassphrase = { old: string, new: string, };

export type SetAutoLock = { minutes: number, };

/** Is the lock on, is the journal locked now, and after how long it locks itself. */
export const lockStatus = () => call<LockStatus>('lock_status');

// `watch_lock` sends news on a channel: its wrapper is in ./watch.ts.

/** Opens the locked journal. A wrong passphrase changes nothing. */
export const unlock = (args: Unlock) => call<LockStatus>('unlock', args);

/** Locks the journal now. Refused when the lock is off. */
export const lockNow = () => call<LockStatus>('lock_now');

export const turnLockOn = (args: Unlock) => call<LockStatus>('turn_lock_on', args);

export const turnLockOff = (args: Unlock) => call<LockStatus>('turn_lock_off', args);

export const changePassphrase = (args: ChangePassphrase) => call<LockStatus>('change_passphrase', args);

/** How many minutes in the background before the app locks itself (1, 5, 15 or 60). */
export const setAutoLock = (args: SetAutoLock) => call<LockStatus>('set_auto_lock', args);
