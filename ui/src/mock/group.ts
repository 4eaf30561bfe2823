//! The group side of the fake backend: membership, shares (preview → confirm),
//! revoke, the feed, the lead's summary and list, leaving with a receipt, and
//! a "sync" that acts as an always-reachable server would. Same shapes and
//! error codes as brim-core; used only by tests and the screenshot build.
import { FakeChannels } from './channels';
import type {
  Audience, CachedOpenToRoles, CachedSummary, ErasureRecord, JoinDetails, Membership, QuarantinedOperation, Role,
  Share, ShareContent, ShareItem, SharePreview, SharedItem, Skill, SkillRef, SyncStatus, VisibleShare, CheckIn,
  Moment, Recognition, SummaryContribution,
} from '../lib/types';
import type { RatingChange } from '../lib/bindings/RatingChange';
import type { SummaryArea } from '../lib/bindings/SummaryArea';

type Fail = (code: any, message: string) => never;

const SUMMARY_AREAS: Record<string, SummaryArea> = {
  people: 'people', organising: 'organising', organizing: 'organising', practical: 'practical', creative: 'creative',
  resilience: 'resilience', money: 'money', caring: 'caring', speakingup: 'speaking_up', learning: 'learning',
};

/** The fake's copy of brim-core's `contribution_of` (the real one is tested in Rust). */
function contributionOf(content: ShareContent): SummaryContribution | null {
  const areas: SummaryArea[] = [];
  const add = (s: SkillRef) => {
    const a = SUMMARY_AREAS[s.area.toLowerCase().replace(/[^a-z0-9]/g, '')] ?? 'own';
    if (!areas.includes(a)) areas.push(a);
  };
  let rating: number | null = null;
  let change: RatingChange | null = null;
  switch (content.type) {
    case 'skill': add(content.skill); break;
    case 'moment': content.skills.forEach(add); break;
    case 'check_in': {
      content.ratings.forEach((r) => add(r.skill));
      const n = content.ratings.length;
      const sum = content.ratings.reduce((t, r) => t + r.rating, 0);
      if (n > 0) rating = Math.min(5, Math.max(1, Math.floor((2 * sum + n) / (2 * n))));
      break;
    }
    case 'progress':
      add(content.skill);
      rating = content.to_rating;
      change = content.to_rating > content.from_rating ? 'up' : content.to_rating < content.from_rating ? 'down' : 'same';
      break;
  }
  if (areas.length === 0 && rating === null && change === null) return null;
  return { areas, rating, change };
}

export type GroupScenario = 'none' | 'member' | 'peer' | 'lead';

const now = () => new Date().toISOString();
let counter = 0;
const uuid = () => `0190f0e0-0000-7000-8000-${(Date.now() % 1e12).toString(16).padStart(8, '0')}${(counter++ % 65536).toString(16).padStart(4, '0')}`;

const ROLE: Record<Exclude<GroupScenario, 'none'>, Role> = { member: 'member', peer: 'peer_supporter', lead: 'lead' };

function membership(role: Role, name = 'Sam'): Membership {
  return {
    serverUrl: 'https://groups.example.org', groupId: 'g-1', groupName: 'Riverside Tuesday group', memberId: 'member-me',
    role, displayName: name, deviceId: 'device-1', joinedAt: '2026-09-01T10:00:00Z', status: 'active',
    openToRoles: false, openSkills: [],
  };
}

function sampleFeed(role: Role): SharedItem[] {
  const items: SharedItem[] = [
    {
      share_id: 'f-1', owner_member_id: 'member-dee', owner_display_name: 'Dee', audience: 'whole_group', version: 1,
      content: { type: 'skill', skill: { name: 'Cooking on a budget', area: 'Practical' }, story: 'I fed six of us on a tenner.' },
      updated_at: '2026-11-20T18:00:00Z',
    },
    {
      share_id: 'f-2', owner_member_id: 'member-jo', owner_display_name: 'Jo', audience: 'peer_supporters_and_lead', version: 1,
      content: { type: 'progress', skill: { name: 'Speaking in a group', area: 'Speaking up' }, from_rating: 2, to_rating: 4, since: '2026-03-10' },
      updated_at: '2026-11-18T12:00:00Z',
    },
    {
      share_id: 'f-3', owner_member_id: 'member-kai', owner_display_name: 'Kai', audience: 'lead', version: 2,
      content: { type: 'moment', happened_on: '2026-11-15', text: 'Helped a new member find the food bank.', skills: [{ name: 'Looking after others', area: 'Caring' }] },
      updated_at: '2026-11-16T09:30:00Z',
    },
  ];
  return items.filter((i) => i.audience === 'whole_group' || (i.audience === 'peer_supporters_and_lead' ? role !== 'member' : role === 'lead'));
}

function sampleSummary(): CachedSummary {
  return {
    fetchedAt: '2026-11-24T10:00:00Z',
    summary: {
      k: 5, members_counted: 14,
      skill_areas: [
        { area: 'people', members: 9 }, { area: 'practical', members: 7 }, { area: 'resilience', members: 6 },
        { area: 'money', members: null }, { area: 'speaking_up', members: null },
      ],
      check_in_ratings: { total: null, cells: [{ label: '1', members: null }, { label: '2', members: null }, { label: '3', members: 5 }, { label: '4', members: null }, { label: '5', members: null }] },
      check_in_change: { total: null, cells: [{ label: 'up', members: 6 }, { label: 'same', members: null }, { label: 'down', members: null }] },
      release: {
        number: 3, released_at: '2026-11-20T09:00:00.000Z', epsilon: 1, period_days: 7,
        next_not_before: '2026-11-27T09:00:00.000Z', waiting_for_budget: false,
        budget: { year: 2026, yearly_epsilon: 12, spent_epsilon: 3, releases_left: 9 },
      },
    },
  };
}

type Row = { share: Share; acked: { version: number; audience: Audience; content: ShareContent; at: string } | null; item: ShareItem };

export class FakeGroup {
  membership: Membership | null = null;
  lastSyncedAt: string | null = null;
  pending: { id: string; kind: string; shareId: string | null }[] = [];
  quarantined: QuarantinedOperation[] = [];
  rows: Row[] = [];
  feed: SharedItem[] = [];
  receipts: ErasureRecord[] = [];
  summary: CachedSummary | null = null;
  roles: CachedOpenToRoles | null = null;
  lastError: string | null = null;
  /** When true, sync and join fail as with no network. */
  offline = false;
  watchers = new FakeChannels();

  constructor(scenario: GroupScenario = 'none') {
    if (scenario === 'none') return;
    const role = ROLE[scenario];
    this.membership = membership(role);
    this.lastSyncedAt = new Date(Date.now() - 3 * 60_000).toISOString();
    this.feed = sampleFeed(role);
    if (role === 'lead') {
      this.summary = sampleSummary();
      this.roles = { fetchedAt: '2026-11-24T10:00:00Z', list: { members: [
        { member_id: 'member-dee', display_name: 'Dee', skills: ['Cooking on a budget', 'Fixing things'] },
        { member_id: 'member-jo', display_name: 'Jo', skills: ['Speaking in a group'] },
      ] } };
    }
  }

  status(): SyncStatus {
    return {
      membership: this.membership, lastSyncedAt: this.lastSyncedAt, pending: this.pending.length,
      quarantined: this.quarantined, failures: this.lastError ? 1 : 0, nextSyncAt: null, lastError: this.lastError,
    };
  }

  /** What the core does when the server answers 401 (erased, removed or
   *  this device signed out): forget what others shared, keep the rest. */
  signedOut(): void {
    if (!this.membership) return;
    this.membership = { ...this.membership, status: 'needs_rejoin' };
    this.feed = [];
    this.summary = null;
    this.roles = null;
    this.tell();
  }

  /** Tells every watcher the status, as the app's background sync does. */
  tell(): void {
    this.watchers.send(this.status());
  }

  private active(fail: Fail): Membership {
    if (!this.membership) fail('not_in_group', "You're not in a group yet. Join one with an invite code from your group's lead.");
    if (this.membership.status === 'needs_rejoin') fail('needs_rejoin', "You are no longer signed in to your group, so Brim removed what others had shared with you. Your own journal is safe. To join again, ask your group's lead for a new invite code.");
    if (this.membership.status !== 'active') fail('not_in_group', "You're leaving this group, so nothing new can be shared.");
    return this.membership;
  }

  handle(cmd: string, a: any, journal: { skills: Skill[]; moments: Moment[]; checkIns: CheckIn[]; recognitions: Recognition[] }, fail: Fail): { value: unknown } | null {
    const v = (value: unknown) => ({ value });
    switch (cmd) {
      case 'sync_status': return v(this.status());
      case 'watch_sync': {
        this.watchers.add(a.onStatus, fail);
        return v(this.status());
      }
      case 'sync_now': {
        if (!this.membership) fail('not_in_group', "You're not in a group yet. Join one with an invite code from your group's lead.");
        this.sync(fail);
        return v(this.status());
      }
      case 'join_group': return v(this.join(a.details as JoinDetails, fail));
      case 'leave_group': {
        const m = this.active(fail);
        m.status = 'leaving';
        this.pending = [{ id: uuid(), kind: 'leave_group', shareId: null }];
        for (const r of this.rows) r.share.revoked = true;
        this.tell();
        return v(this.status());
      }
      case 'erasure_receipts': return v(this.receipts);
      case 'preview_share': return v(this.preview(uuid(), a.item as ShareItem, a.audience as Audience, 1, journal, fail));
      case 'preview_share_update': {
        const row = this.rows.find((r) => r.share.id === a.shareId && !r.share.revoked) ?? fail('not_found', 'We could not find that share. It may have been removed.');
        return v(this.preview(row.share.id, row.item, a.audience ?? row.share.audience, row.share.version + 1, journal, fail));
      }
      case 'confirm_share': return v(this.confirm(a.preview as SharePreview, journal, fail));
      case 'revoke_share': {
        this.active(fail);
        const row = this.rows.find((r) => r.share.id === a.shareId) ?? fail('not_found', 'We could not find that share. It may have been removed.');
        row.share.revoked = true;
        this.pending = this.pending.filter((p) => !(p.shareId === row.share.id && p.kind === 'upsert_share'));
        this.pending.push({ id: uuid(), kind: 'revoke_share', shareId: row.share.id });
        this.tell();
        return v(null);
      }
      case 'shares_of_item': return v(this.shares(journal).filter((s) => sourceId(s.item) === a.itemId));
      case 'visible_to_group':
        return v(this.rows.filter((r) => r.acked).map((r): VisibleShare => ({
          shareId: r.share.id, item: r.item, audience: r.acked!.audience, version: r.acked!.version, content: r.acked!.content,
          acknowledgedAt: r.acked!.at, updatePending: r.share.version > r.acked!.version && !r.share.revoked,
          revokePending: r.share.revoked, changedSinceShared: this.changed(r, journal),
        })));
      case 'group_feed': return v(this.membership ? this.feed : []);
      case 'group_summary': return v(this.summary);
      case 'open_to_roles_list': {
        if (!this.roles) return v(null);
        const needle = String(a.skill ?? '').trim().toLowerCase();
        return v({ ...this.roles, list: { members: this.roles.list.members.filter((m) => !needle || m.skills.some((s) => s.toLowerCase().includes(needle))) } });
      }
      case 'set_open_to_roles': {
        const m = this.active(fail);
        m.openToRoles = Boolean(a.openToRoles);
        m.openSkills = (a.skills as string[]).map((s) => s.trim()).filter(Boolean);
        this.pending.push({ id: uuid(), kind: 'set_open_to_roles', shareId: null });
        this.tell();
        return v(m);
      }
      case 'send_recognition': {
        const m = this.active(fail);
        if (m.role === 'member') fail('not_allowed', 'Only peer supporters and the lead can send recognitions.');
        const skill = a.skill as SkillRef;
        this.pending.push({ id: uuid(), kind: 'send_recognition', shareId: null });
        this.tell();
        return v({ id: uuid(), toMemberId: a.toMemberId, skill, message: a.message ?? null, sentAt: now(), delivered: false });
      }
      case 'discard_quarantined': {
        const before = this.quarantined.length;
        this.quarantined = this.quarantined.filter((q) => q.operationId !== a.operationId);
        if (before === this.quarantined.length) fail('not_found', 'We could not find that operation. It may have been removed.');
        this.tell();
        return v(null);
      }
      default: return null;
    }
  }

  private join(d: JoinDetails, fail: Fail): Membership {
    if (this.membership && this.membership.status !== 'needs_rejoin') fail('already_in_group', 'This device is already in a group. Leave it first if you want to join another one.');
    if (!d.serverUrl.trim()) fail('invalid_input', "That server address doesn't look right. It looks like https://groups.example.org.");
    // As the core: plain http only to this device itself.
    if (/^http:\/\//i.test(d.serverUrl.trim()) && !/^http:\/\/(localhost|127\.[\d.]+|\[::1\])(:\d+)?(\/|$)/i.test(d.serverUrl.trim())) {
      fail('invalid_input', "Brim only talks to a group server over a secure connection, so the address must start with https:// (like https://groups.example.org). Ask your group's lead for the https address.");
    }
    if (!d.displayName.trim()) fail('invalid_input', 'Please give the name your group will see.');
    if (!d.inviteCode.trim()) fail('invalid_input', "Type the invite code your group's lead gave you.");
    if (this.offline) fail('offline', "We couldn't reach the group server. Check that you're online and the server address is right, then try again.");
    if (d.inviteCode.trim().toUpperCase() === 'USED-UP') fail('invite_refused', 'That invite code has been used up. Ask your lead for a new one.');
    const role: Role = d.inviteCode.toLowerCase().startsWith('lead') ? 'lead' : d.inviteCode.toLowerCase().startsWith('peer') ? 'peer_supporter' : 'member';
    this.membership = { ...membership(role, d.displayName.trim()), serverUrl: d.serverUrl.trim(), joinedAt: now() };
    this.tell();
    return this.membership;
  }

  /** What an always-reachable server would do with the outbox. */
  sync(fail: Fail): void {
    if (this.offline) {
      this.lastError = "We couldn't reach the group server. Check that you're online and the server address is right, then try again.";
      this.tell();
      fail('offline', this.lastError);
    }
    const at = now();
    for (const op of this.pending) {
      const row = this.rows.find((r) => r.share.id === op.shareId);
      if (op.kind === 'upsert_share' && row) {
        row.acked = { version: row.share.version, audience: row.share.audience, content: row.share.content, at };
        row.share.onServer = row.share.upToDate = true;
      }
      if (op.kind === 'revoke_share' && row) this.rows = this.rows.filter((r) => r !== row);
    }
    if (this.membership?.status === 'leaving') {
      const m = this.membership;
      this.receipts.unshift({
        id: uuid(), groupName: m.groupName, serverUrl: m.serverUrl, fromServer: true, recordedAt: at,
        receipt: { member_id: m.memberId, group_id: m.groupId, erased_at: at, shares_erased: this.rows.map((r) => r.share.id), recognitions_erased: 0, devices_erased: 1, open_to_roles_erased: m.openToRoles },
      });
      this.membership = null;
      this.rows = [];
      this.feed = [];
    }
    this.pending = [];
    this.lastSyncedAt = at;
    this.lastError = null;
    this.tell();
  }

  private shares(journal: Parameters<FakeGroup['handle']>[2]): Share[] {
    return this.rows.map((r) => ({ ...r.share, changedSinceShared: this.changed(r, journal) }));
  }

  private changed(r: Row, journal: Parameters<FakeGroup['handle']>[2]): boolean {
    try {
      return JSON.stringify(snapshot(r.item, journal, () => { throw new Error('gone'); })) !== JSON.stringify(r.share.content);
    } catch {
      return true;
    }
  }

  private preview(shareId: string, item: ShareItem, audience: Audience, version: number, journal: Parameters<FakeGroup['handle']>[2], fail: Fail): SharePreview {
    const content = snapshot(item, journal, fail);
    const operationId = uuid();
    const contribution = contributionOf(content);
    const json = JSON.stringify({ id: operationId, kind: 'upsert_share', share_id: shareId, version, audience, content, ...(contribution ? { contribution } : {}) });
    return { shareId, operationId, item, audience, version, content, contribution, json };
  }

  private confirm(p: SharePreview, journal: Parameters<FakeGroup['handle']>[2], fail: Fail): Share {
    this.active(fail);
    if (JSON.stringify(snapshot(p.item, journal, fail)) !== JSON.stringify(p.content)) {
      fail('preview_stale', 'This changed since you looked at the preview, so nothing was shared. Look at the preview again.');
    }
    let row = this.rows.find((r) => r.share.id === p.shareId);
    const at = now();
    if (!row) {
      row = { item: p.item, acked: null, share: { id: p.shareId, item: p.item, audience: p.audience, version: p.version, content: p.content, revoked: false, onServer: false, upToDate: false, changedSinceShared: false, createdAt: at, updatedAt: at } };
      this.rows.unshift(row);
    } else {
      Object.assign(row.share, { audience: p.audience, version: p.version, content: p.content, upToDate: false, updatedAt: at });
    }
    this.pending = this.pending.filter((x) => !(x.shareId === p.shareId && x.kind === 'upsert_share'));
    this.pending.push({ id: p.operationId, kind: 'upsert_share', shareId: p.shareId });
    this.tell();
    return { ...row.share };
  }
}

function sourceId(item: ShareItem): string {
  return item.type === 'skill' || item.type === 'progress' ? item.skillId : item.type === 'moment' ? item.momentId : item.checkInId;
}

const AREA_LABEL: Record<string, string> = {
  people: 'People', organising: 'Organising', practical: 'Practical', creative: 'Creative', resilience: 'Resilience',
  money: 'Money', caring: 'Caring', speaking_up: 'Speaking up', learning: 'Learning',
};

function snapshot(item: ShareItem, j: Parameters<FakeGroup['handle']>[2], fail: Fail): ShareContent {
  const skillRef = (id: string): SkillRef => {
    const s = j.skills.find((x) => x.id === id) ?? fail('not_found', 'We could not find that skill. It may have been removed.');
    return { name: s.name, area: AREA_LABEL[s.area] ?? s.area };
  };
  switch (item.type) {
    case 'skill': {
      const s = j.skills.find((x) => x.id === item.skillId) ?? fail('not_found', 'We could not find that skill. It may have been removed.');
      return { type: 'skill', skill: skillRef(s.id), story: item.includeStory && s.story.trim() ? s.story : null };
    }
    case 'moment': {
      const m = j.moments.find((x) => x.id === item.momentId) ?? fail('not_found', 'We could not find that moment. It may have been removed.');
      return { type: 'moment', happened_on: m.date, text: m.text, skills: m.skillIds.map(skillRef) };
    }
    case 'check_in': {
      const c = j.checkIns.find((x) => x.id === item.checkInId) ?? fail('not_found', 'We could not find that check-in. It may have been removed.');
      if (item.skillIds.length === 0) fail('invalid_input', 'Choose at least one rating to share.');
      return { type: 'check_in', taken_on: c.date, ratings: c.ratings.filter((r) => item.skillIds.includes(r.skillId)).map((r) => ({ skill: skillRef(r.skillId), rating: r.rating })) };
    }
    case 'progress': {
      const points = j.checkIns.flatMap((c) => c.ratings.filter((r) => r.skillId === item.skillId).map((r) => ({ date: c.date, rating: r.rating })));
      if (points.length < 2) fail('invalid_input', 'Progress needs two check-ins that rated this skill.');
      return { type: 'progress', skill: skillRef(item.skillId), from_rating: points[0].rating, to_rating: points[points.length - 1].rating, since: points[0].date };
    }
  }
}
