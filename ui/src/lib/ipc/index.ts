//! One typed function per backend command, generated from the command table
//! (crates/brim-app/src/commands.rs). Components call these, never `invoke`
//! itself; every rejection is a `CommandError` ({ code, message }).
//!
//! The group's and the lock's commands are in ./group.ts and ./lock.ts,
//! imported from there by the screens that use them, so the first screen's
//! chunk stays light; the two that send news on a channel are in ./watch.ts.
export { call } from './call';
export { toCommandError, isCommandError } from './error';
export * from './journal';
