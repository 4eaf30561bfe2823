// Sharing with a group, against the real core (brim-dev) and real group servers
// (brim-server on 127.0.0.1:0), with other phones as second journals: joining, the share flow
// (audience → preview → confirm, "changed since you shared it", update),
// "What my group can see" with take-back, the Group tab by role, and leaving.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { group } from '../src/lib/group/state.svelte';
import { forgetGroup } from '../src/lib/group/watch';
import { contributionLine, figureWords, releaseLines, statusLine } from '../src/lib/group/words';
import { useLanguage } from '../src/lib/i18n.svelte';
import Group from '../src/lib/screens/Group.svelte';
import GroupVisible from '../src/lib/screens/GroupVisible.svelte';
import Share from '../src/lib/screens/Share.svelte';
import SkillDetail from '../src/lib/screens/SkillDetail.svelte';
import BottomNav from '../src/lib/components/BottomNav.svelte';
import type { Membership, SyncStatus } from '../src/lib/types';
import * as groupIpc from '../src/lib/ipc/group';
import { eraseMember, invite, makeGroup, otherPhone, ownServer, seed, seedJoined } from './seed';
import * as ipc from '../src/lib/ipc';

afterEach(() => forgetGroup());


describe('Joining (a real brim-server on 127.0.0.1)', () => {
  async function join(address: string, code: string) {
    render(Group);
    await screen.findByRole('heading', { level: 1, name: 'Join a group' });
    await fireEvent.input(screen.getByLabelText("Your group's web address"), { target: { value: address } });
    await fireEvent.input(screen.getByLabelText('Invite code'), { target: { value: code } });
    await fireEvent.input(screen.getByLabelText('Your name in the group'), { target: { value: 'Sam' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Join the group' }));
  }

  it("joins with the group's web address and invite code, and sends nothing from the journal", async () => {
    await seed('full');
    const made = makeGroup();
    await join(made.serverUrl, invite(made.groupId, 'member'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Riverside Tuesday group' }, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByText(/You are a member, as Sam/)).toBeTruthy();
    const status = await groupIpc.syncStatus();
    expect(status.membership).toMatchObject({ groupName: 'Riverside Tuesday group', role: 'member' });
    expect(status.pending).toBe(0);
    expect(await groupIpc.visibleToGroup()).toEqual([]);
  });

  it('refuses a plain http address and says to use https', async () => {
    await seed('full');
    await join('http://groups.example.org', 'K7P-Q2M');
    expect(await screen.findByText(/secure connection, so the address must start with https:\/\//)).toBeTruthy();
    expect((await groupIpc.syncStatus()).membership).toBeNull();
  });

  it('says plainly when the server cannot be reached, and stays out of the group', async () => {
    await seed('full');
    // Nothing listens on port 1.
    await join('http://127.0.0.1:1', 'K7P-Q2M');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/could not reach the group server.*Your journal is safe/), { timeout: 25_000 });
    expect((await groupIpc.syncStatus()).membership).toBeNull();
  }, 30_000);
});

describe('Sharing a skill (a real brim-server on 127.0.0.1)', () => {
  const sharesOf = async (itemId: string) => groupIpc.sharesOfItem({ itemId });

  it('chooses who sees it, shows exactly what will be sent, then sends it', async () => {
    const ids = await seedJoined('member');
    render(Share, { props: { kind: 'skill', id: ids.skills.listen } });
    await screen.findByText('Listening');
    await fireEvent.click(await screen.findByRole('radio', { name: /The group lead/ }));
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Include my story' }));
    await fireEvent.click(screen.getByRole('button', { name: 'See what will be sent' }));
    await screen.findByRole('heading', { name: 'This is what will be sent' });
    expect(screen.getByText(/Only the group lead will see it, with your name/)).toBeTruthy();
    expect(screen.getByText(/They say I make them feel heard/, { selector: '.story' })).toBeTruthy();
    const exact = JSON.parse(screen.getByText(/"upsert_share"/).textContent!);
    expect(exact).toMatchObject({ audience: 'lead', content: { type: 'skill', skill: { name: 'Listening' } } });
    // A preview sends and keeps nothing.
    expect(await sharesOf(ids.skills.listen)).toEqual([]);
    expect((await groupIpc.syncStatus()).pending).toBe(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Share it' }));
    expect(await screen.findByText(/Shared with the group lead/)).toBeTruthy();
    expect((await sharesOf(ids.skills.listen)).map((x) => x.audience)).toEqual(['lead']);
    // The background sync, woken by the outbox, gets it to the server.
    await waitFor(async () => expect((await groupIpc.visibleToGroup()).map((v) => v.audience)).toEqual(['lead']), { timeout: 20_000 });
  }, 30_000);

  async function sharedThenChanged() {
    const ids = await seedJoined('member');
    const preview = await groupIpc.previewShare({ item: { type: 'skill', skillId: ids.skills.listen, includeStory: false }, audience: 'whole_group' });
    await groupIpc.confirmShare({ preview });
    await ipc.editSkill({ id: ids.skills.listen, edit: { name: 'Listening well', area: null, story: null } });
    return ids;
  }

  it('shows "changed since you shared it" after an edit, and updates the share', async () => {
    const ids = await sharedThenChanged();
    render(SkillDetail, { props: { id: ids.skills.listen } });
    expect(await screen.findByText(/Shared with the whole group · changed since you shared it/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Update what I shared' }).getAttribute('href')).toBe(`#/share/skill/${ids.skills.listen}`);
  });

  it('updates a changed share from the share screen, sending the new version', async () => {
    const ids = await sharedThenChanged();
    render(Share, { props: { kind: 'skill', id: ids.skills.listen } });
    expect(await screen.findByText('Changed since you shared it.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Update the share' }));
    await screen.findByRole('heading', { name: 'This is the new version' });
    expect(screen.getByText('Listening well', { selector: 'strong' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Send the update' }));
    await screen.findByText(/Updated/);
    const [share] = await sharesOf(ids.skills.listen);
    expect(share).toMatchObject({ version: 2, changedSinceShared: false, content: { skill: { name: 'Listening well' } } });
  });

  it('asks someone not in a group to join first, and shares nothing', async () => {
    const ids = await seed('full');
    render(Share, { props: { kind: 'skill', id: ids.skills.listen } });
    expect(await screen.findByRole('link', { name: 'Join a group' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'See what will be sent' })).toBeNull();
    expect(await sharesOf(ids.skills.listen)).toEqual([]);
  });
});

describe('Sharing a check-in, a moment or progress (a real brim-server on 127.0.0.1)', () => {
  it('shares only the ratings chosen from a check-in', async () => {
    const ids = await seedJoined('member');
    render(Share, { props: { kind: 'check-in', id: ids.checkIns.c3 } });
    await fireEvent.click(await screen.findByRole('checkbox', { name: /Making money last/ }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /Staying calm/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'See what will be sent' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Share it' }));
    await screen.findByText(/Shared with the group lead/);
    const [{ content }] = await groupIpc.sharesOfItem({ itemId: ids.checkIns.c3 });
    expect(content.type === 'check_in' && content.ratings.map((r) => r.skill.name).sort()).toEqual(
      ['Cooking on a budget', 'Listening', 'Speaking in a group'],
    );
  });

  it('shares a moment as it was written, with the skills it showed', async () => {
    const ids = await seedJoined('member');
    render(Share, { props: { kind: 'moment', id: ids.moments.m3 } });
    await fireEvent.click(await screen.findByRole('radio', { name: /The whole group/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'See what will be sent' }));
    await screen.findByRole('heading', { name: 'This is what will be sent' });
    expect(screen.getByText(/Everyone in your group will see it/)).toBeTruthy();
    expect(screen.getByText(/It showed: (Staying calm, Listening|Listening, Staying calm)/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Share it' }));
    await screen.findByText(/Shared with the whole group/);
    const shares = await groupIpc.sharesOfItem({ itemId: ids.moments.m3 });
    expect(shares).toMatchObject([{ audience: 'whole_group', item: { type: 'moment', momentId: ids.moments.m3 } }]);
  });

  it('shares progress in a skill, counted only in the summary', async () => {
    const ids = await seedJoined('member');
    render(Share, { props: { kind: 'progress', id: ids.skills.listen } });
    await fireEvent.click(await screen.findByRole('radio', { name: /Just count it in the group summary/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'See what will be sent' }));
    await screen.findByRole('heading', { name: 'This is what will be sent' });
    expect(screen.getByText(/Your name is not shown to anyone/)).toBeTruthy();
    expect(screen.getByText(/2 → 4/)).toBeTruthy();
    expect(screen.getByText(/This also counts in the group summary as: People, 4, went up\./)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Share it' }));
    await screen.findByText(/Counted in the group summary, without your name/);
    const shares = await groupIpc.sharesOfItem({ itemId: ids.skills.listen });
    expect(shares.map((x) => [x.item.type, x.audience])).toEqual([['progress', 'summary_only']]);
  });
});

/** Shares Cooking on a budget with the lead and waits until the server has it. */
async function shareCookingWithLead(ids: { skills: { cook: string } }) {
  const preview = await groupIpc.previewShare({ item: { type: 'skill', skillId: ids.skills.cook, includeStory: false }, audience: 'lead' });
  await groupIpc.confirmShare({ preview });
  await waitFor(async () => expect(await groupIpc.visibleToGroup()).toHaveLength(1), { timeout: 20_000 });
}

describe('What my group can see (a real brim-server on 127.0.0.1)', () => {
  it('lists what the server holds and takes a share back after asking', async () => {
    const ids = await seedJoined('member');
    await shareCookingWithLead(ids);
    render(GroupVisible);
    const item = (await screen.findByText('Cooking on a budget')).closest('li')!;
    expect(within(item).getByText('The group lead')).toBeTruthy();
    await fireEvent.click(within(item).getByRole('button', { name: 'Take it back: Cooking on a budget' }));
    expect((await groupIpc.sharesOfItem({ itemId: ids.skills.cook }))[0].revoked).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, take it back' }));
    await screen.findByText(/Taken back/);
    // The background sync tells the server; the list follows what the server holds.
    await waitFor(async () => expect(await groupIpc.visibleToGroup()).toEqual([]), { timeout: 20_000 });
    await waitFor(() => expect(screen.getByText(/Nothing shared yet/)).toBeTruthy(), { timeout: 20_000 });
  }, 60_000);
});

describe('The Group tab by role (real phones on a real brim-server)', () => {
  /** Joined as `role`, in a group where Jo shared one skill with everyone,
   * one with peer supporters and the lead, and one with the lead only. */
  async function groupWithJo(role: 'member' | 'peer_supporter') {
    const ids = await seedJoined(role);
    const jo = await otherPhone();
    await jo.join(ids.groupId, 'member', 'Jo');
    await jo.shareSkill('Fixing bikes', 'practical', 'whole_group');
    await jo.shareSkill('Speaking up at meetings', 'speaking_up', 'peer_supporters_and_lead');
    await jo.shareSkill('Helping a new member', 'people', 'lead');
    jo.close();
    await groupIpc.syncNow();
    return ids;
  }

  it('a member sees what the whole group shared, and nothing meant for others', async () => {
    await groupWithJo('member');
    render(Group);
    expect(await screen.findByText('Fixing bikes')).toBeTruthy();
    expect(screen.queryByText(/Speaking up at meetings/)).toBeNull();
    expect(screen.queryByText(/Helping a new member/)).toBeNull();
    // The group's summary, as every member sees it: what the group brings.
    expect(await screen.findByRole('heading', { name: 'What our group brings' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Group summary' })).toBeNull();
  });

  it('a member recognises someone too: anyone in the group may tell anyone what they noticed', async () => {
    await groupWithJo('member');
    render(Group);
    // From Jo's share (the first), as well as from People in your group.
    await fireEvent.click((await screen.findAllByRole('button', { name: 'Tell Jo what you noticed' }))[0]);
    await fireEvent.input(screen.getByLabelText(/A few words for Jo/), { target: { value: 'Those brakes work a treat.' } });
    await fireEvent.click(screen.getByRole('button', { name: /^Send: you're good at / }));
    expect(await screen.findByText('Your recognition for Jo is on its way.')).toBeTruthy();
    await waitFor(async () => expect((await groupIpc.syncStatus()).pending).toBe(0), { timeout: 20_000 });
  });

  it('a peer supporter also sees peer shares and sends a recognition', async () => {
    await groupWithJo('peer_supporter');
    render(Group);
    expect(await screen.findByText(/Speaking up at meetings/)).toBeTruthy();
    expect(screen.queryByText(/Helping a new member/)).toBeNull();
    await fireEvent.click(screen.getAllByRole('button', { name: 'Tell Jo what you noticed' })[0]);
    await fireEvent.input(screen.getByLabelText(/A few words for Jo/), { target: { value: 'You spoke up so well on Tuesday.' } });
    await fireEvent.click(screen.getByRole('button', { name: /^Send: you're good at / }));
    expect(await screen.findByText('Your recognition for Jo is on its way.')).toBeTruthy();
    // Queued in the core, then sent by the background sync.
    await waitFor(async () => expect((await groupIpc.syncStatus()).pending).toBe(0), { timeout: 20_000 });
  });

  it('a lead also sees what was shared with the lead, the summary, and the open-to-roles list', async () => {
    const ids = await seedJoined('lead');
    for (const [name, skills] of [['Jo', ['Fixing bikes']], ['Dee', ['Cooking on a budget', 'Fixing things']]] as const) {
      const phone = await otherPhone();
      await phone.join(ids.groupId, 'member', name);
      if (name === 'Jo') await phone.shareSkill('Helping a new member', 'people', 'lead');
      await phone.openToRoles(skills, name === 'Dee');
      phone.close();
    }
    await groupIpc.syncNow();
    render(Group);
    expect(await screen.findByText(/Helping a new member/)).toBeTruthy();
    expect(await screen.findByRole('heading', { name: 'Group summary' })).toBeTruthy();
    const list = await screen.findByRole('list', { name: 'Open to roles' });
    expect(within(list).getByText('Jo')).toBeTruthy();
    expect(within(list).getByText('Dee')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Find by skill'), { target: { value: 'cook' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Find' }));
    await waitFor(() => expect(within(screen.getByRole('list', { name: 'Open to roles' })).queryByText('Jo')).toBeNull());
    const found = screen.getByRole('list', { name: 'Open to roles' });
    expect(within(found).getByText('Dee')).toBeTruthy();
    expect(within(found).getByText(/Cooking on a budget, Fixing things/)).toBeTruthy();
    expect(within(found).getByText('Would like to help recruit')).toBeTruthy();
  });
});

describe('Sync status', () => {
  it('is told by the background sync and shows what the server did not accept', async () => {
    const ids = await seed('full');
    // A server that keeps one share per member: the second is refused, and set aside alone.
    const server = await ownServer(['--shares-per-member', '1']);
    try {
      await groupIpc.joinGroup({ details: { serverUrl: server.url, inviteCode: server.leadCode, displayName: 'Sam', deviceName: 'Test phone' } });
      render(Group);
      for (const skillId of [ids.skills.cook, ids.skills.listen]) {
        const preview = await groupIpc.previewShare({ item: { type: 'skill', skillId, includeStory: false }, audience: 'lead' });
        await groupIpc.confirmShare({ preview });
        await groupIpc.syncNow().catch(() => {});
      }
      const refused = await waitFor(async () => {
        const { quarantined } = await groupIpc.syncStatus();
        expect(quarantined).toHaveLength(1);
        return quarantined[0];
      }, { timeout: 20_000 });
      expect(await screen.findByText(/1 change your group could not take/, {}, { timeout: 20_000 })).toBeTruthy();
      expect(screen.getByText(refused.reason)).toBeTruthy();
      await fireEvent.click(screen.getByRole('button', { name: "I've read this, let it go" }));
      await waitFor(() => expect(screen.queryByText(refused.reason)).toBeNull(), { timeout: 20_000 });
      expect((await groupIpc.syncStatus()).quarantined).toEqual([]);
    } finally {
      server.stop();
    }
  });

  it('Send and fetch now says plainly when there is no connection (the real server stopped)', async () => {
    await seed('full');
    const server = await ownServer();
    try {
      await groupIpc.joinGroup({ details: { serverUrl: server.url, inviteCode: server.leadCode, displayName: 'Sam', deviceName: 'Test phone' } });
    } finally {
      server.stop();
    }
    render(Group);
    await fireEvent.click(await screen.findByRole('button', { name: 'Send and fetch now' }));
    await waitFor(() => expect(screen.getByText('No connection just now. Brim will try again by itself.')).toBeTruthy(), { timeout: 25_000 });
    expect((await groupIpc.syncStatus()).failures).toBeGreaterThan(0);
  });

  it('says plainly that a signed-out phone forgot what others shared, and that the journal is safe', async () => {
    const ids = await seedJoined('member');
    const jo = await otherPhone();
    await jo.join(ids.groupId, 'member', 'Jo');
    await jo.shareSkill('Fixing bikes', 'practical', 'whole_group');
    jo.close();
    await groupIpc.syncNow();
    render(Group);
    expect(await screen.findByText('Fixing bikes')).toBeTruthy();
    // The server's admin erases this member: the phone's next sync is refused.
    const me = (await groupIpc.syncStatus()).membership!;
    eraseMember(me.memberId);
    await fireEvent.click(screen.getByRole('button', { name: 'Send and fetch now' }));
    const note = await screen.findByText(/so Brim removed what others had shared with you from this phone/, {}, { timeout: 20_000 });
    expect(note.textContent).toContain('Your own journal is safe.');
    expect(note.textContent).toContain(me.groupName);
    expect(screen.getByRole('button', { name: 'Join the group' })).toBeTruthy();
    expect(screen.queryByText('Fixing bikes')).toBeNull();
    expect(await groupIpc.groupFeed()).toEqual([]);
    expect(statusLine(await groupIpc.syncStatus())).toMatch(/^You are no longer signed in to your group, so Brim removed what others had shared with you\. Your own journal is safe\.$/);
    expect(await ipc.listCheckIns()).toHaveLength(3);
  });

  it('reads as plain words', () => {
    const membership: Membership = {
      serverUrl: 'https://groups.example.org', groupId: 'g-1', groupName: 'Riverside Tuesday group', memberId: 'member-me',
      role: 'member', displayName: 'Sam', deviceId: 'device-1', joinedAt: '2026-09-01T10:00:00Z', status: 'active', openToRoles: false, openSkills: [], openRecruit: false,
    };
    const base: SyncStatus = { membership, lastSyncedAt: null, pending: 0, quarantined: [], failures: 0, nextSyncAt: null, lastError: null };
    expect(statusLine(base)).toBe('Not in touch with your group yet.');
    const t = Date.parse('2026-11-25T12:00:00Z');
    expect(statusLine({ ...base, lastSyncedAt: '2026-11-25T11:58:00Z', pending: 2 }, t)).toBe('In touch with your group 2 minutes ago · 2 changes still to send.');
    expect(statusLine({ ...base, lastSyncedAt: '2026-11-25T11:59:50Z', lastError: 'x' }, t)).toMatch(/^In touch with your group just now\. No connection just now/);
  });

  it('puts Group in the bottom navigation once joined', () => {
    render(BottomNav, { props: { active: 'group', joined: true } });
    expect(screen.getByRole('link', { name: 'Group' }).getAttribute('aria-current')).toBe('page');
    expect(screen.queryByRole('link', { name: 'More' })).toBeNull();
  });
});

describe('Leaving (a real brim-server on 127.0.0.1)', () => {
  it('warns first, then keeps the receipt of what the server erased', async () => {
    const ids = await seedJoined('member');
    await shareCookingWithLead(ids);
    render(Group);
    await fireEvent.click(await screen.findByRole('button', { name: 'Leave the group' }));
    expect(screen.getByText(/Everything you shared will be erased from the group server/)).toBeTruthy();
    expect((await groupIpc.syncStatus()).membership?.status).toBe('active');
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, leave and erase what I shared' }));
    await screen.findByText(/Leaving the group/);
    // The background sync, woken by the outbox, asks the server to erase and brings back its receipt.
    await waitFor(async () => expect(await groupIpc.erasureReceipts()).toHaveLength(1), { timeout: 20_000 });
    // Opening the Group tab again shows the receipt. (Left open: the page already
    // open sometimes missed the last status news under load; see devws-notes.md.)
    cleanup();
    forgetGroup();
    render(Group);
    expect(await screen.findByRole('heading', { level: 1, name: 'Join a group' }, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText(/The server erased 1 share, 0 recognitions and 1 phone/)).toBeTruthy();
    expect(group.status?.membership).toBeNull();
  }, 60_000);
});

describe('Summary words', () => {
  const base = {
    k: 5, members_counted: null, skill_areas: [],
    check_in_ratings: { total: null, cells: [] }, check_in_change: { total: null, cells: [] },
    release: {
      number: 0, released_at: null, epsilon: 1, period_days: 7, next_not_before: null, waiting_for_budget: false,
      budget: { year: 2026, yearly_epsilon: 12, spent_epsilon: 0, releases_left: 12 },
    },
  };

  it('says "about", "hidden", and when the next summary can come', () => {
    expect(figureWords(12, 5)).toBe('about 12');
    expect(figureWords(null, 5)).toBe('fewer than 5 — hidden');
    expect(releaseLines(base)).toEqual(['No summary yet. The first one comes once at least 5 people have shared something that counts in it.']);
    const spent = { ...base, release: { ...base.release, number: 12, released_at: '2026-11-02T10:00:00.000Z', next_not_before: '2027-01-01T00:00:00.000Z', waiting_for_budget: true } };
    expect(releaseLines(spent)[1]).toBe("This year's privacy limit for summaries is used up, so the next one can come on 1 January 2027 at the earliest.");
  });

  it('puts a contribution in plain words, and nothing when it adds nothing', () => {
    expect(contributionLine({ areas: ['people'], rating: 4, change: null })).toBe('This also counts in the group summary as: People, 4');
    expect(contributionLine({ areas: ['money', 'own'], rating: null, change: null })).toBe('This also counts in the group summary as: Money, an area of your own');
    expect(contributionLine(null)).toBeNull();
    expect(contributionLine({ areas: [], rating: null, change: null })).toBeNull();
  });

  it('puts the parts of a contribution in a list the way Arabic writes one', async () => {
    await useLanguage('ar');
    try {
      const line = contributionLine({ areas: ['people', 'money'], rating: 4, change: null })!;
      expect(line).toContain('،');
      expect(line).not.toContain(',');
    } finally {
      await useLanguage('en');
    }
  });
});
