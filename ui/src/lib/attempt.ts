//! Runs a backend call and hands back either its value or its CommandError,
//! so screens show `error.message` and branch on `error.code` without try/catch noise.
import { toCommandError } from './ipc/error';
import type { CommandError } from './types';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: CommandError };

export async function attempt<T>(p: Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await p };
  } catch (e) {
    return { ok: false, error: toCommandError(e) };
  }
}
