//! The group's words: who sees a share, roles, and the line that says how Brim
//! and the group are getting on (last in touch, what is still to send).
import type { Audience, LeadSummary, Role, SummaryContribution, SyncStatus } from '../types';

/** Who will see a share, in plain words. */
export const AUDIENCES: { value: Audience; label: string; who: string }[] = [
  {
    value: 'summary_only',
    label: 'Just count it in the group summary',
    who: 'Your name is not shown to anyone. The lead sees only totals, like "6 people shared a People skill".',
  },
  { value: 'lead', label: 'The group lead', who: 'Only the group lead will see it, with your name.' },
  {
    value: 'peer_supporters_and_lead',
    label: 'Peer supporters and the lead',
    who: 'The peer supporters and the group lead will see it, with your name.',
  },
  { value: 'whole_group', label: 'The whole group', who: 'Everyone in your group will see it, with your name.' },
];

export function audienceLabel(a: Audience): string {
  return AUDIENCES.find((x) => x.value === a)?.label ?? a;
}

export function roleLabel(r: Role): string {
  return r === 'lead' ? 'the group lead' : r === 'peer_supporter' ? 'a peer supporter' : 'a member';
}

/** "3 minutes ago", "just now", or a date: kind and short. */
export function ago(iso: string | null, now = Date.now()): string {
  if (!iso) return 'not yet';
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return 'just now';
  const m = Math.round(s / 60);
  if (m < 60) return `${m} minute${m === 1 ? '' : 's'} ago`;
  const h = Math.round(m / 60);
  if (h < 24) return `${h} hour${h === 1 ? '' : 's'} ago`;
  return new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'long' });
}

/** One line for the status: when Brim was last in touch with the group, what is still to send, and any trouble. */
export function statusLine(s: SyncStatus, now = Date.now()): string {
  const m = s.membership;
  if (!m) return '';
  if (m.status === 'needs_rejoin') return 'You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe.';
  if (m.status === 'leaving') return 'Leaving the group. Brim will finish this the next time it reaches your group.';
  const parts = [s.lastSyncedAt ? `In touch with your group ${ago(s.lastSyncedAt, now)}` : 'Not in touch with your group yet'];
  const things = (n: number) => (n === 1 ? '1 change' : `${n} changes`);
  if (s.pending > 0) parts.push(`${things(s.pending)} still to send`);
  if (s.quarantined.length > 0) parts.push(`${things(s.quarantined.length)} your group could not take`);
  let line = parts.join(' · ') + '.';
  if (s.lastError) line += ' No connection just now: Brim will try again by itself.';
  return line;
}

/** The summary's area names, in plain words. */
export const AREA_WORDS: Record<string, string> = {
  people: 'People', organising: 'Organising', practical: 'Practical', creative: 'Creative', resilience: 'Resilience',
  money: 'Money', caring: 'Caring', speaking_up: 'Speaking up', learning: 'Learning', own: 'Their own areas',
};

const CONTRIBUTION_CHANGE: Record<string, string> = { up: 'went up', same: 'stayed the same', down: 'changed down' };

/**
 * What a share also adds to the group summary, as the preview says it:
 * "This also counts in the group summary as: People, 4". Null when it adds nothing.
 */
export function contributionLine(c: SummaryContribution | null | undefined): string | null {
  if (!c) return null;
  const parts = c.areas.map((a) => (a === 'own' ? 'an area of your own' : (AREA_WORDS[a] ?? a)));
  if (c.rating !== null && c.rating !== undefined) parts.push(String(c.rating));
  if (c.change) parts.push(CONTRIBUTION_CHANGE[c.change] ?? c.change);
  if (parts.length === 0) return null;
  return `This also counts in the group summary as: ${parts.join(', ')}`;
}

/** A released figure: "about 12", or "fewer than 5 — hidden". */
export function figureWords(members: number | null, k: number): string {
  return members === null ? `fewer than ${k} — hidden` : `about ${members}`;
}

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** When this summary was made, and when the next one can come, in plain words. */
export function releaseLines(s: LeadSummary): string[] {
  const r = s.release;
  const k = s.k;
  if (r.number === 0 || !r.released_at) {
    return [
      `No summary yet. The first one comes once at least ${k} people have shared something that counts in it.`,
    ];
  }
  const lines = [`This summary was made on ${day(r.released_at)}. It stays the same until the next one.`];
  if (r.waiting_for_budget && r.next_not_before) {
    lines.push(
      `This year's privacy limit for summaries is used up, so the next one can come on ${day(r.next_not_before)} at the earliest.`,
    );
  } else if (r.next_not_before) {
    lines.push(
      `The next one can come on ${day(r.next_not_before)} or later, once at least ${k} people's shares have changed.`,
    );
  }
  return lines;
}
