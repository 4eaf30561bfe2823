// Scenario data made by calling the real core's commands (never by building
// state by hand). Browser-safe: used by the vitest seed (tests/seed.ts) and by
// the screenshot build (src/boot-screens.ts), both through the dev transport.
import * as ipc from '../src/lib/ipc';
import * as groupIpc from '../src/lib/ipc/group';
import * as leadIpc from '../src/lib/ipc/lead';
import * as lockIpc from '../src/lib/ipc/lock';
import type { NewOpportunity, NewSkill } from '../src/lib/types';

/** The passphrase of a seeded journal with its lock on. */
export const PASSPHRASE = 'tea and toast';

export type Scenario = 'full' | 'empty';

async function skill(s: NewSkill) {
  return (await ipc.addSkill({ skill: s })).id;
}

/** A person a few months in: skills, moments, three check-ins, a recognition waiting. */
export async function seedFull() {
  const s = {
    listen: await skill({ name: 'Listening', area: 'people', story: 'I listen to the people at the drop-in. They say I make them feel heard.', promptId: 'listening' }),
    budget: await skill({ name: 'Making money last', area: 'money', story: 'I made my money last for years with almost nothing. That is budgeting.', promptId: 'budgeting' }),
    cook: await skill({ name: 'Cooking on a budget', area: 'practical', story: 'I cook for the Friday group. Soup for twenty from one bag of veg.', promptId: 'cooking_with_little' }),
    calm: await skill({ name: 'Staying calm', area: 'resilience', story: 'When it kicks off, I am the one who keeps my head.', promptId: 'staying_calm' }),
    group: await skill({ name: 'Speaking in a group', area: 'speaking_up', story: 'I spoke at the co-production meeting in June.', promptId: 'public_speaking' }),
    guitar: await skill({ name: 'Playing guitar', area: 'Music', story: 'Taught myself from videos at the library.', promptId: null }),
    drive: await skill({ name: 'Driving the van', area: 'practical', story: 'Drove the food bank van last winter.', promptId: null }),
  };
  const moment = async (date: string, text: string, skillIds: string[]) =>
    (await ipc.addMoment({ moment: { date, text, skillIds } })).id;
  const m = {
    m7: await moment('2026-06-12', 'Spoke at the co-production meeting about the drop-in hours. They are changing them.', [s.group]),
    m6: await moment('2026-08-05', 'Cooked for the summer barbecue.', [s.cook]),
    m5: await moment('2026-09-18', 'Worked out my bills for the month on paper. Everything paid.', [s.budget]),
    m4: (await ipc.saveStepBack({ date: '2026-10-02', answers: [{ promptId: 'who_they_helped', text: 'She listened to a friend on the phone for an hour and helped her make a plan.', skillIds: [s.listen] }] }))[0].id,
    m3: await moment('2026-10-30', 'Two people started shouting at the hostel. I kept calm and talked them down.', [s.calm, s.listen]),
    m2: await moment('2026-11-14', 'Made a big pot of soup for the Friday group for under £8.', [s.cook, s.budget]),
    m1: await moment('2026-11-20', 'Sat with a new lad at the drop-in who was having a rough day. Just listened. He came back the next day.', [s.listen]),
  };
  await ipc.archiveSkill({ id: s.drive });
  const checkIn = async (date: string, ratings: [string, number][]) =>
    (await ipc.recordCheckIn({ checkIn: { date, note: '', ratings: ratings.map(([skillId, rating]) => ({ skillId, rating, note: '' })) } })).id;
  const c = {
    c1: await checkIn('2026-03-10', [[s.listen, 2], [s.budget, 3], [s.cook, 2], [s.calm, 2]]),
    c2: await checkIn('2026-06-12', [[s.listen, 3], [s.budget, 3], [s.cook, 3], [s.calm, 3], [s.group, 1]]),
    c3: await checkIn('2026-09-14', [[s.listen, 4], [s.budget, 3], [s.cook, 4], [s.calm, 2], [s.group, 2]]),
  };
  const r2 = await ipc.addRecognition({ recognition: { from: 'Sam at the Friday group', text: 'Your soup is the best thing about Fridays. You feed everyone on nothing.', receivedOn: '2026-08-20' } });
  await ipc.acceptRecognition({ id: r2.id, accept: { skill: { skillId: s.cook } } });
  const r1 = await ipc.addRecognition({ recognition: { from: 'Dee, my support worker', text: 'You are really good at keeping things calm when people are upset.', receivedOn: '2026-11-18' } });
  return { skills: s, moments: m, checkIns: c, recognitions: { r1: r1.id, r2: r2.id } };
}

export type Seeded = Awaited<ReturnType<typeof seedFull>>;

/** The journal on the current connection in `scenario`, its lock 'on' or 'locked' if asked. */
export async function seedScenario(scenario: Scenario, lock?: 'on' | 'locked'): Promise<Seeded | null> {
  const ids = scenario === 'full' ? await seedFull() : null;
  if (lock) await lockIpc.turnLockOn({ passphrase: PASSPHRASE });
  if (lock === 'locked') await lockIpc.lockNow();
  return ids;
}

/** Another phone: a second journal on its own brim-dev connection at `url`,
 * called directly (not through the page's transport), to act as someone else in a group. */
export async function phoneAt(url: string, serverUrl: string) {
  const socket = new WebSocket(url);
  await new Promise((opened, failed) => {
    socket.addEventListener('open', opened, { once: true });
    socket.addEventListener('error', failed, { once: true });
  });
  let next = 0;
  const waiting = new Map<number, { ok: (v: unknown) => void; err: (e: unknown) => void }>();
  socket.addEventListener('message', (e) => {
    const reply = JSON.parse(String(e.data));
    const w = waiting.get(reply.id);
    if (!w) return;
    waiting.delete(reply.id);
    if ('err' in reply) w.err(reply.err);
    else w.ok(reply.ok);
  });
  const call = <T = any>(cmd: string, args: object = {}) =>
    new Promise<T>((ok, err) => {
      const id = ++next;
      waiting.set(id, { ok: ok as (v: unknown) => void, err });
      socket.send(JSON.stringify({ id, cmd, args }));
    });
  return {
    call,
    close: () => socket.close(),
    /** Joins with `inviteCode` as `name`. */
    async joinWith(inviteCode: string, name: string) {
      return call('join_group', { details: { serverUrl, inviteCode, displayName: name, deviceName: `${name}'s phone` } });
    },
    /** Adds these skills and is open to roles with them (and would help recruit), then syncs. */
    async openToRoles(names: readonly string[], recruit = false) {
      // Picked from this journal: a skill already there (a shared one), or added now.
      const kept = await call<{ id: string; name: string }[]>('list_skills', { query: { area: null, includeArchived: false, order: 'by_name' } });
      const skillIds: string[] = [];
      for (const name of names) {
        const found = kept.find((s) => s.name === name);
        skillIds.push(found?.id ?? (await call<{ id: string }>('add_skill', { skill: { name, area: 'practical', story: '', promptId: null } })).id);
      }
      await call('set_open_to_roles', { openToRoles: true, skillIds, recruit });
      await call('sync_now');
    },
    /** Adds a skill and shares it with `audience`, then syncs. */
    async shareSkill(name: string, area: string, audience: string) {
      const skill = await call<{ id: string }>('add_skill', { skill: { name, area, story: '', promptId: null } });
      const preview = await call('preview_share', { item: { type: 'skill', skillId: skill.id, includeStory: false }, audience });
      await call('confirm_share', { preview });
      await call('sync_now');
    },
  };
}

/** Someone else in the group, for a screen: their invite, the skills they share, what they are open to. */
export type OtherMember = {
  name: string;
  code: string;
  shares?: [string, string, string][];
  openToRoles?: string[];
  /** A way to take part this person posts (they must be a lead). */
  opportunity?: NewOpportunity;
  /** Skills this person adds and answers the group's first opportunity with. */
  answer?: string[];
};

/** A closing day `days` from today, as the core takes it. */
export const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Joins this journal with `code` (as Sam; a lead posts `post`), then the others join, share, post
 * and answer, then this phone syncs. */
export async function seedGroup(serverUrl: string, code: string, others: OtherMember[], devUrl: string, post?: NewOpportunity) {
  const membership = await groupIpc.joinGroup({ details: { serverUrl, inviteCode: code, displayName: 'Sam', deviceName: 'Test phone' } });
  if (post) await leadIpc.postOpportunity({ opportunity: post });
  for (const other of others) {
    const phone = await phoneAt(devUrl, serverUrl);
    await phone.joinWith(other.code, other.name);
    for (const [name, area, audience] of other.shares ?? []) await phone.shareSkill(name, area, audience);
    if (other.openToRoles) await phone.openToRoles(other.openToRoles);
    if (other.opportunity) await phone.call('post_opportunity', { opportunity: other.opportunity });
    if (other.answer) {
      await phone.call('sync_now');
      const board = await phone.call<{ board: { opportunities: { opportunity_id: string }[] } }>('group_board');
      const kept = await phone.call<{ id: string; name: string }[]>('list_skills', { query: { area: null, includeArchived: false, order: 'by_name' } });
      const skillIds: string[] = [];
      for (const name of other.answer) {
        const found = kept.find((s) => s.name === name);
        skillIds.push(found?.id ?? (await phone.call<{ id: string }>('add_skill', { skill: { name, area: 'people', story: `${name} at the drop-in.`, promptId: null } })).id);
      }
      const item = { type: 'answer', opportunityId: board.board.opportunities[0].opportunity_id, skillIds, includeStories: true, note: 'Happy to help.' };
      await phone.call('confirm_share', { preview: await phone.call('preview_share', { item, audience: 'lead' }) });
      await phone.call('sync_now');
    }
    phone.close();
  }
  if (others.length) await groupIpc.syncNow();
  return membership;
}
