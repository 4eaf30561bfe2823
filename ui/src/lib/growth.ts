//! Quiet words about change. A rise gets a small note; anything else is
//! "changed since last time" at most — never a drop shown as failure.
import { t } from './i18n.svelte';

/** A short note for a change in rating, or null when there is nothing to say. */
export function changeNote(change: number | null, since: 'last time' | 'your first check-in'): string | null {
  if (change === null || change === 0) return null;
  const first = since === 'your first check-in' ? 'first' : 'last';
  return change > 0 ? t(`growth-up-since-${first}`, { change }) : t(`growth-changed-since-${first}`);
}

/** The plain label for a rating, e.g. 3 → "I can do this". */
export function labelFor(value: number | null, labels: { value: number; label: string }[]): string {
  if (value === null) return t('growth-not-rated');
  return labels.find((l) => l.value === value)?.label ?? String(value);
}
