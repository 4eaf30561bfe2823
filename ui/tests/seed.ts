// Scenario data for the screen tests, made by calling the real core's commands
// through brim-dev (never by building state by hand): each test gets a fresh
// journal on its own connection, then the scenario it asks for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import * as groupIpc from '../src/lib/ipc/group';
import { faults, freshJournal } from '../src/lib/ipc/dev';
import { startServer } from '../scripts/real-core.mjs';
import { phoneAt, seedScenario, type Scenario, type Seeded } from './scenario';

export { faults };

export { PASSPHRASE, type Scenario, type Seeded } from './scenario';

/** Points the page at brim-dev with a fresh, empty journal. */
export function useRealCore(): void {
  window.__BRIM_DEV__ = inject('brimDev');
  freshJournal();
}

/** A fresh journal on the real core in `scenario`; `lock: 'on'` turns its lock on, 'locked' locks it too. */
export async function seed(scenario: 'full', options?: { lock?: 'on' | 'locked' }): Promise<Seeded>;
export async function seed(scenario: 'empty', options?: { lock?: 'on' | 'locked' }): Promise<null>;
export async function seed(scenario: Scenario, options: { lock?: 'on' | 'locked' } = {}): Promise<Seeded | null> {
  useRealCore();
  const ids = await seedScenario(scenario, options.lock);
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
  const phone = await phoneAt(inject('brimDev'), inject('brimServer'));
  return {
    ...phone,
    /** Joins `groupId` as `name` with a new invite for `role`. */
    join: (groupId: string, role: 'lead' | 'peer_supporter' | 'member', name: string) => phone.joinWith(invite(groupId, role), name),
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
  const { child, url } = await startServer(database, args);
  return {
    url,
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
