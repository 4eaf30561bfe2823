//! Starts listening to the app's background sync, once: every status it tells
//! lands in the shared `group` state.
import { watchSync } from '../ipc/watch';
import { group } from './state.svelte';

let watching: Promise<unknown> | null = null;

/** Starts listening once; later calls do nothing. */
export function watchGroup(): void {
  watching ??= watchSync((s) => (group.status = s))
    .then((s) => (group.status = s))
    .catch(() => {
      // A journal that could not open: the screens say so themselves.
      watching = null;
    });
}

/** For tests: forget what was heard. */
export function forgetGroup(): void {
  group.status = null;
  watching = null;
}
