//! Moments seen on any screen are kept here by id, so "Change this moment"
//! can open one without another round trip; one opened from a link with
//! nothing kept (after a reload) is asked for by id.
import { getMoment } from './ipc';
import { t } from './i18n.svelte';
import type { Moment } from './types';

const seen = new Map<string, Moment>();

export function remember(moments: Moment[]): Moment[] {
  for (const m of moments) seen.set(m.id, m);
  return moments;
}

export function recall(id: string): Moment | undefined {
  return seen.get(id);
}

/** Makes sure the moment `id` is kept, if the journal has it (`recall` then finds it). */
export async function fetchMoment(id: string): Promise<void> {
  if (seen.has(id)) return;
  try {
    remember([await getMoment({ id })]);
  } catch {
    // Not there (deleted, or a bad link): the form says "Moment not found".
  }
}

export function forget(id: string): void {
  seen.delete(id);
}

/** Lets go of every moment kept (when the journal locks). */
export function forgetAllMoments(): void {
  seen.clear();
}

/** The first words of a moment, for lists. */
export function preview(text: string, max = 140): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}

/** What kind of moment, in words: "Step back". */
export const kindWords = (kind: Moment['kind']): string => t(`moment-kind-${kind}`);
