//! Installs the fake backend behind Tauri's IPC. Only the screenshot build
//! (`vite build --mode screens`) and tests load this file.
//! The page's query picks the journal: `?scenario=empty`, and `?fail=a,b`
//! makes those commands fail as storage errors would; `?group=lead` (or member,
//! peer) puts the journal in a group; `?lock=on` or `?lock=locked` locks it.
import { mockIPC } from '@tauri-apps/api/mocks';
import { FakeJournal, type Scenario } from './backend';
import { FakeGroup, type GroupScenario } from './group';
import { FakeLock, type LockScenario } from './lock';

export function installFake(journal: FakeJournal): FakeJournal {
  // Round-trip through JSON like the real IPC, so the UI never shares objects with the fake.
  mockIPC((cmd, args) => {
    const answer = () => {
      const out = journal.handle(cmd, JSON.parse(JSON.stringify(args ?? {})));
      return out === undefined ? null : JSON.parse(JSON.stringify(out));
    };
    // Answered at once unless a test holds this command back.
    const held = journal.held.get(cmd);
    return held ? held.then(answer) : answer();
  });
  return journal;
}

export function installFromQuery(search: string): FakeJournal {
  const q = new URLSearchParams(search);
  const journal = new FakeJournal((q.get('scenario') as Scenario) ?? 'full');
  for (const cmd of (q.get('fail') ?? '').split(',').filter(Boolean)) journal.failing.add(cmd);
  // `?group=member|peer|lead` joins the fake journal to a group in that role; `&offline=1` cuts the network.
  journal.group = new FakeGroup((q.get('group') as GroupScenario) ?? 'none');
  journal.group.offline = q.get('offline') === '1';
  // `&signedout=1`: the server has signed this phone out, and the core forgot what others shared.
  if (q.get('signedout') === '1') journal.group.signedOut();
  // `?lock=on` turns the lock on (passphrase "tea and toast"); `?lock=locked` starts locked,
  // and then, as the app does, the page is told so before its scripts run.
  journal.lock = new FakeLock((q.get('lock') as LockScenario) ?? 'off');
  if (journal.lock.locked) window.__BRIM_LOCKED__ = true;
  if (q.get('draft') === '1') {
    journal.draft = { date: new Date().toISOString().slice(0, 10), note: '', ratings: [{ skillId: 's-listen', rating: 4, note: '' }] };
  }
  return installFake(journal);
}
