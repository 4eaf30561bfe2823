// Scenario data for the screen tests, made by calling the real core's commands
// through brim-dev (never by building state by hand): each test gets a fresh
// journal on its own connection, then the scenario it asks for.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { inject } from 'vitest';
import * as ipc from '../src/lib/ipc';
import * as groupIpc from '../src/lib/ipc/group';
import * as lockIpc from '../src/lib/ipc/lock';
import { faults, freshJournal } from '../src/lib/ipc/dev';
import type { NewSkill } from '../src/lib/types';

export { faults };

/** The passphrase of a seeded journal with its lock on. */
export const PASSPHRASE = 'tea and toast';

export type Scenario = 'full' | 'empty';

/** The ids the core gave the seeded journal, by the names tests use. */
export type Seeded = Awaited<ReturnType<typeof seedFull>>;

/** Points the page at brim-dev with a fresh, empty journal. */
export function useRealCore(): void {
  window.__BRIM_DEV__ = inject('brimDev');
  freshJournal();
}

async function skill(s: NewSkill) {
  return (await ipc.addSkill({ skill: s })).id;
}

/** A person a few months in: skills, moments, three check-ins, a recognition waiting. */
async function seedFull() {
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

/** A fresh journal on the real core in `scenario`; `lock: 'on'` turns its lock on, 'locked' locks it too. */
export async function seed(scenario: 'full', options?: { lock?: 'on' | 'locked' }): Promise<Seeded>;
export async function seed(scenario: 'empty', options?: { lock?: 'on' | 'locked' }): Promise<null>;
export async function seed(scenario: Scenario, options: { lock?: 'on' | 'locked' } = {}): Promise<Seeded | null> {
  useRealCore();
  const ids = scenario === 'full' ? await seedFull() : null;
  if (options.lock) await lockIpc.turnLockOn({ passphrase: PASSPHRASE });
  if (options.lock === 'locked') await lockIpc.lockNow();
  faults.calls.length = 0;
  faults.answered.length = 0;
  return ids;
}

/** One call to the real core in another, fresh journal of its own, whatever
 * transport the page uses (so a check cannot be answered by the page's own backend). */
export async function inAnotherJournal<T>(cmd: string, args: object): Promise<T> {
  const socket = new WebSocket(inject('brimDev'));
  try {
    await new Promise((opened, failed) => {
      socket.addEventListener('open', opened, { once: true });
      socket.addEventListener('error', failed, { once: true });
    });
    const reply = await new Promise<{ ok?: T; err?: unknown }>((answered) => {
      socket.addEventListener('message', (e) => answered(JSON.parse(String(e.data))), { once: true });
      socket.send(JSON.stringify({ id: 1, cmd, args }));
    });
    if ('err' in reply) throw reply.err;
    return reply.ok as T;
  } finally {
    socket.close();
  }
}

/** Runs the group server's CLI on its database; answers its --json output. */
function serverCli(args: string[]): unknown {
  const out = execFileSync(inject('brimServerBin'), [...args, '--json', '--database', inject('brimServerDb')], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out.toString());
}

/** A new group on the real brim-server: its id, the server's address and the lead's invite code. */
export function makeGroup(name = 'Riverside Tuesday group'): { groupId: string; serverUrl: string; leadCode: string } {
  const made = serverCli(['group', 'create', '--name', name]) as { group_id: string; lead_invite: { code: string } };
  return { groupId: made.group_id, serverUrl: inject('brimServer'), leadCode: made.lead_invite.code };
}

/** An invite code to `groupId` for `role`. */
export function invite(groupId: string, role: 'lead' | 'peer_supporter' | 'member', uses = 1): string {
  return (serverCli(['invite', 'create', '--group', groupId, '--role', role, '--uses', String(uses)]) as { code: string }).code;
}

/** The full journal, joined to a new group on the real brim-server as `role` (named Sam). */
export async function seedJoined(role: 'lead' | 'peer_supporter' | 'member' = 'member'): Promise<Seeded & { groupId: string }> {
  const ids = await seed('full');
  const made = makeGroup();
  const code = role === 'lead' ? made.leadCode : invite(made.groupId, role);
  await groupIpc.joinGroup({ details: { serverUrl: made.serverUrl, inviteCode: code, displayName: 'Sam', deviceName: 'Test phone' } });
  faults.calls.length = 0;
  faults.answered.length = 0;
  return { ...ids, groupId: made.groupId };
}

/** Another phone: a second journal on its own brim-dev connection, called
 * directly (not through the page's transport), to act as someone else in a group. */
export async function otherPhone() {
  const socket = new WebSocket(inject('brimDev'));
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
    /** Joins `groupId` as `name` with a new invite for `role`. */
    async join(groupId: string, role: 'lead' | 'peer_supporter' | 'member', name: string) {
      const details = { serverUrl: inject('brimServer'), inviteCode: invite(groupId, role), displayName: name, deviceName: `${name}'s phone` };
      return call('join_group', { details });
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

/** A group server of the test's own (brim-server on 127.0.0.1:0 over a temp file), to stop mid-test. */
export async function ownServer(args: string[] = []): Promise<{ url: string; groupId: string; leadCode: string; database: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'brim-ui-own-server-'));
  const database = join(dir, 'server.db');
  const bin = inject('brimServerBin');
  const made = JSON.parse(
    execFileSync(bin, ['group', 'create', '--name', 'Riverside Tuesday group', '--json', '--database', database], { stdio: ['ignore', 'pipe', 'ignore'] }).toString(),
  ) as { group_id: string; lead_invite: { code: string } };
  const child = spawn(bin, ['serve', '--listen', '127.0.0.1:0', '--database', database, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, RUST_LOG: 'info' },
  });
  const address = await new Promise<string>((done, fail) => {
    child.once('exit', (code) => fail(new Error(`brim-server stopped before it listened (exit ${code})`)));
    createInterface({ input: child.stderr! }).on('line', (line) => {
      const found = /brim-server listening.*addr=(\S+)/.exec(line);
      if (found) done(found[1]);
    });
  });
  return {
    url: `http://${address}`,
    groupId: made.group_id,
    leadCode: made.lead_invite.code,
    database,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The group server erases a member (as its admin would, with the CLI). */
export function eraseMember(memberId: string): void {
  serverCli(['member', 'erase', '--member', memberId]);
}
