//! Dates as the journal keeps them ("YYYY-MM-DD", local calendar days) and
//! the plain words the screens use for them.
import type { CheckInStatus } from './types';
import { t, words } from './i18n.svelte';

/** The page's language as Intl knows it (British English for English: "25 November 2026"). */
const intlLanguage = () => (words.language === 'en' || words.language === 'en-XA' ? 'en-GB' : words.language);

/** The month's name, 1 to 12, in the page's language. */
export function monthName(month: number, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(intlLanguage(), { month: style, timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** Today as "YYYY-MM-DD" in the person's own time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The calendar day of "YYYY-MM-DD", or null for anything else. */
function day(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return Date.UTC(y, mo - 1, d);
}

/** "2026-11-25" → "25 November 2026" (in the page's language). Anything else is returned as it came. */
export function formatDate(date: string): string {
  const at = day(date);
  if (at === null) return date;
  return new Intl.DateTimeFormat(intlLanguage(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(at);
}

/** "2026-11-25" → "25 Nov 2026", short enough for a chart axis. */
export function shortDate(date: string): string {
  const at = day(date);
  if (at === null) return date;
  return new Intl.DateTimeFormat(intlLanguage(), { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(at);
}

/** "2026-Q4" → "October to December 2026": the months, not the quarter's code. */
export function quarterWords(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  const first = (Number(m[2]) - 1) * 3 + 1;
  return t('quarter-months', { first: monthName(first), last: monthName(first + 2), year: m[1] });
}

/** One short sentence about when the next check-in is. */
export function dueText(status: CheckInStatus): string {
  if (status.isDue) return t(status.lastCheckIn === null ? 'due-first' : 'due-now');
  const days = status.daysUntilDue;
  if (days === null) return t('due-first');
  if (days <= 0) return t('due-now');
  if (days === 1) return t('due-tomorrow');
  return t('due-in-days', { days });
}
