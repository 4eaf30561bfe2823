//! Dates as the journal keeps them ("YYYY-MM-DD", local calendar days) and
//! the plain words the screens use for them.
import type { CheckInStatus } from './types';

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** Today as "YYYY-MM-DD" in the person's own time zone. */
export function today(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** "2026-11-25" → "25 November 2026". Anything else is returned as it came. */
export function formatDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : date;
}

/** "2026-11-25" → "Nov 2026", short enough for a chart axis. */
export function shortDate(date: string): string {
  const m = /^(\d{4})-(\d{2})/.exec(date);
  if (!m) return date;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(date.slice(8, 10))} ${month.slice(0, 3)} ${m[1]}` : date;
}

/** "2026-Q4" → "October to December 2026": the months, not the quarter's code. */
export function quarterWords(quarter: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  const first = (Number(m[2]) - 1) * 3;
  return `${MONTHS[first]} to ${MONTHS[first + 2]} ${m[1]}`;
}

/** One short sentence about when the next check-in is. */
export function dueText(status: CheckInStatus): string {
  if (status.isDue) {
    return status.lastCheckIn === null
      ? 'Your first check-in is ready whenever you are.'
      : "It's time for a check-in.";
  }
  const days = status.daysUntilDue;
  if (days === null) return 'Your first check-in is ready whenever you are.';
  if (days <= 0) return "It's time for a check-in.";
  if (days === 1) return 'Your next check-in is tomorrow.';
  return `Your next check-in is in ${days} days.`;
}
