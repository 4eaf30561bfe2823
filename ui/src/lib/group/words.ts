//! The group's words: who sees a share, roles, and the sync status line.
import type { Audience, Role, SyncStatus } from '../types';

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

/** One line for the status: last synced, what is waiting, and any trouble. */
export function statusLine(s: SyncStatus, now = Date.now()): string {
  const m = s.membership;
  if (!m) return '';
  if (m.status === 'needs_rejoin') return 'You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe.';
  if (m.status === 'leaving') return 'Leaving the group. Brim will finish this the next time it reaches the server.';
  const parts = [s.lastSyncedAt ? `Synced ${ago(s.lastSyncedAt, now)}` : 'Not synced yet'];
  if (s.pending > 0) parts.push(`${s.pending} waiting to send`);
  if (s.quarantined.length > 0) parts.push(`${s.quarantined.length} not accepted`);
  let line = parts.join(' · ') + '.';
  if (s.lastError) line += ' No connection just now: Brim will try again by itself.';
  return line;
}
