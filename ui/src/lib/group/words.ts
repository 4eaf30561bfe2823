//! The group's words: who sees a share, roles, and the line that says how Brim
//! and the group are getting on (last in touch, what is still to send). The
//! words themselves are in locales/<language>/group.ftl.
import type { Audience, LeadSummary, Role, SummaryContribution, SyncStatus } from '../types';
import { list, t } from '../i18n.svelte';
import { formatDate } from '../dates';

const AUDIENCE_ORDER: Audience[] = ['summary_only', 'lead', 'peer_supporters_and_lead', 'whole_group'];

/** Who will see a share, in plain words: the choices, in the order offered. */
export function audiences(): { value: Audience; label: string; who: string }[] {
  return AUDIENCE_ORDER.map((value) => ({ value, label: audienceLabel(value), who: t(`audience-who-${value}`) }));
}

export function audienceLabel(a: Audience): string {
  return AUDIENCE_ORDER.includes(a) ? t(`audience-${a}`) : a;
}

export function roleLabel(r: Role): string {
  return t(`role-${r === 'lead' || r === 'peer_supporter' ? r : 'member'}`);
}

/** The items of a list someone typed: parted at commas (the Arabic comma too),
 *  each trimmed, blanks left out. */
export function typedList(text: string): string[] {
  return text
    .split(/[,\u060C]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** "3 minutes ago", "just now", or a date: kind and short. */
export function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return t('ago-not-yet');
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return t('ago-just-now');
  const minutes = Math.round(s / 60);
  if (minutes < 60) return t('ago-minutes', { minutes });
  const hours = Math.round(minutes / 60);
  if (hours < 24) return t('ago-hours', { hours });
  return formatDate(iso.slice(0, 10));
}

/** One line for the status: when Brim was last in touch with the group, what is still to send, and any trouble. */
export function statusLine(s: SyncStatus, now = Date.now()): string {
  const m = s.membership;
  if (!m) return '';
  if (m.status === 'needs_rejoin') return t('status-needs-rejoin');
  if (m.status === 'leaving') return t('status-leaving');
  const parts = [s.lastSyncedAt ? t('status-in-touch', { when: ago(s.lastSyncedAt, now) }) : t('status-not-yet')];
  if (s.pending > 0) parts.push(t('status-to-send', { count: s.pending }));
  if (s.quarantined.length > 0) parts.push(t('status-refused', { count: s.quarantined.length }));
  let line = t('status-line', { parts: parts.join(' · ') });
  if (s.lastError) line += ` ${t('status-no-connection')}`;
  return line;
}

const AREAS = ['people', 'organising', 'practical', 'creative', 'resilience', 'money', 'caring', 'speaking_up', 'learning', 'own'];

/** A summary area's name in plain words ("Speaking up"); an unknown one as it came. */
export function areaWords(area: string): string {
  return AREAS.includes(area) ? t(`summary-area-${area}`) : area;
}

/**
 * What a share also adds to the group summary, as the preview says it:
 * "This also counts in the group summary as: People, 4". Null when it adds nothing.
 */
export function contributionLine(c: SummaryContribution | null | undefined): string | null {
  if (!c) return null;
  const parts = c.areas.map((a) => (a === 'own' ? t('contribution-own-area') : areaWords(a)));
  if (c.rating !== null && c.rating !== undefined) parts.push(String(c.rating));
  if (c.change) parts.push(['up', 'same', 'down'].includes(c.change) ? t(`contribution-${c.change}`) : c.change);
  if (parts.length === 0) return null;
  return t('contribution-line', { parts: list(parts) });
}

/** A released figure: "about 12", or "fewer than 5 — hidden". */
export function figureWords(members: number | null, k: number): string {
  return members === null ? t('figure-hidden', { k }) : t('figure-about', { members });
}

const day = (iso: string) => formatDate(iso.slice(0, 10));

/** When this summary was made, and when the next one can come, in plain words. */
export function releaseLines(s: LeadSummary): string[] {
  const r = s.release;
  const k = s.k;
  if (r.number === 0 || !r.released_at) return [t('release-none', { k })];
  const lines = [t('release-made', { date: day(r.released_at) })];
  if (r.waiting_for_budget && r.next_not_before) {
    lines.push(t('release-budget-spent', { date: day(r.next_not_before) }));
  } else if (r.next_not_before) {
    lines.push(t('release-next', { date: day(r.next_not_before), k }));
  }
  return lines;
}
