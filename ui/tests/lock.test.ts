// The journal lock against the real core (brim-dev): the unlock screen, the
// Settings section in both states, and Lock now leaving no journal content in the page.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import * as ipc from '../src/lib/ipc';
import * as lockIpc from '../src/lib/ipc/lock';
import { PASSPHRASE as FAKE_PASSPHRASE, faults, seed } from './seed';
import { go } from '../src/lib/router.svelte';
import { lock } from '../src/lib/lock.svelte';
import App from '../src/App.svelte';
import Settings from '../src/lib/screens/Settings.svelte';

type LockScenario = 'off' | 'on' | 'locked';

async function journal(scenario: LockScenario) {
  const ids = await seed('full', { lock: scenario === 'off' ? undefined : scenario });
  // As the app shell tells the page before its scripts run.
  lock.locked = scenario === 'locked';
  lock.status = null;
  return ids;
}

const status = () => lockIpc.lockStatus();
const allMoments = async () => (await ipc.listMoments({ limit: 1000, after: null })).moments;

const SOUP = /big pot of soup/;

async function unlockWith(passphrase: string) {
  await fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: passphrase } });
  await fireEvent.click(screen.getByRole('button', { name: 'Open my journal' }));
}

describe('Unlock', () => {
  it('shows only the unlock screen while locked: no navigation, no journal', async () => {
    await journal('locked');
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' })).toBeTruthy();
    expect(screen.queryByRole('navigation')).toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    expect(document.body.textContent).not.toMatch(SOUP);
    expect(faults.calls.filter((c) => c === 'home')).toEqual([]);
  });

  it('a wrong passphrase says so and changes nothing; the right one opens the journal', async () => {
    await journal('locked');
    render(App);
    await unlockWith('tea and jam');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe("That passphrase didn't open it. Check it and try again."));
    expect((await status()).locked).toBe(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Your journal is locked' })).toBeTruthy();
    await unlockWith(FAKE_PASSPHRASE);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello again' })).toBeTruthy();
    expect(await screen.findByText(SOUP)).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  });
});

describe('Lock now', () => {
  it('from More, shows the unlock screen with no journal content left in the page', async () => {
    await journal('on');
    render(App);
    expect(await screen.findByText(SOUP)).toBeTruthy();
    go('/more');
    await fireEvent.click(await screen.findByRole('button', { name: 'Lock now' }, { timeout: 5000 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' })).toBeTruthy();
    expect((await status()).locked).toBe(true);
    expect(document.body.textContent).not.toMatch(SOUP);
    expect(document.body.innerHTML).not.toMatch(SOUP);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('when the app locks by itself, the page hears it and shows the unlock screen', async () => {
    await journal('on');
    render(App);
    expect(await screen.findByText(SOUP)).toBeTruthy();
    await waitFor(() => expect(faults.answered).toContain('watch_lock'));
    // The core locks (as after time away); the page only hears it on its channel.
    await lockIpc.lockNow();
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' })).toBeTruthy();
    expect(document.body.innerHTML).not.toMatch(SOUP);
  });

  it('a call answered "locked" shows the unlock screen too', async () => {
    await journal('on');
    render(App);
    expect(await screen.findByText(SOUP)).toBeTruthy();
    faults.deaf = true; // locked without the page hearing it
    await lockIpc.lockNow();
    lock.locked = false;
    go('/moments');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your journal is locked' }, { timeout: 5000 })).toBeTruthy();
    expect(document.body.innerHTML).not.toMatch(SOUP);
  });
});

describe('Settings › Lock with a passphrase', () => {
  async function turnOn(first: string, again: string) {
    await fireEvent.input(await screen.findByLabelText(/^New passphrase/), { target: { value: first } });
    await fireEvent.input(screen.getByLabelText('Type it again'), { target: { value: again } });
    await fireEvent.click(screen.getByRole('button', { name: 'Turn the lock on' }));
  }
  const lockAlert = () => screen.getByRole('region', { name: 'Lock with a passphrase' }).querySelector('form [role=alert]')!;

  it('warns first, with the backup button right there', async () => {
    await journal('off');
    render(Settings);
    const section = await screen.findByRole('region', { name: 'Lock with a passphrase' });
    await waitFor(() => expect(section.textContent).toMatch(/If you forget this passphrase, nobody can open your journal — not us, not your group\. Save a backup first\./));
    expect(section.querySelector('button')?.textContent).toBe('Save a backup file');
  });

  it('refuses two passphrases that differ, and one too short', async () => {
    await journal('off');
    render(Settings);
    await turnOn('river stones', 'river stone');
    await waitFor(() => expect(lockAlert().textContent).toBe('The two passphrases are not the same. Type the same one in both.'));
    expect(faults.calls).not.toContain('turn_lock_on');
    await turnOn('abc', 'abc');
    await waitFor(() => expect(lockAlert().textContent).toMatch(/at least 6 characters/));
    expect((await status()).lockOn).toBe(false);
  });

  it('turns the lock on, then offers lock now, timing, change and off', async () => {
    await journal('off');
    render(Settings);
    await turnOn('river stones', 'river stones');
    expect(await screen.findByText(/The lock is on\./)).toBeTruthy();
    expect((await status()).lockOn).toBe(true);
    expect(screen.getByRole('button', { name: 'Lock now' })).toBeTruthy();
    await fireEvent.click(screen.getByRole('radio', { name: 'After 15 minutes away' }));
    await waitFor(async () => expect((await status()).autoLockMinutes).toBe(15));

    await fireEvent.input(screen.getByLabelText('Current passphrase'), { target: { value: 'wrong one' } });
    await fireEvent.input(screen.getByLabelText(/^New passphrase/), { target: { value: 'sea and sky' } });
    await fireEvent.input(screen.getByLabelText('Type the new one again'), { target: { value: 'sea and sky' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    expect(await screen.findByText(/doesn't open this journal/)).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('Current passphrase'), { target: { value: 'river stones' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Change passphrase' }));
    await waitFor(() => expect(faults.answered.filter((c) => c === 'change_passphrase')).toHaveLength(2), { timeout: 15_000 });

    await fireEvent.input(screen.getByLabelText('Passphrase to turn it off'), { target: { value: 'sea and sky' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Turn the lock off' }));
    expect(await screen.findByRole('button', { name: 'Turn the lock on' }, { timeout: 15_000 })).toBeTruthy();
    // Only the new passphrase turned it off.
    expect((await status()).lockOn).toBe(false);
  });
});

describe('Backups with the lock on', () => {
  async function typePassphrase(label: string, value: string) {
    await fireEvent.input(await screen.findByLabelText(label), { target: { value } });
  }

  it('asks for the passphrase to save a backup, refuses a wrong one, and saves a locked file with the right one', async () => {
    await journal('on');
    render(Settings);
    const save = () => fireEvent.click(screen.getAllByRole('button', { name: 'Save a backup file' })[0]);
    await save();
    expect(await screen.findByText('Your journal is locked with a passphrase, so your backup will be too. Type your passphrase to save it.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Your passphrase')));
    expect(screen.queryByText(/Your backup is in/)).toBeNull();

    await typePassphrase('Your passphrase', 'tea and jam');
    await save();
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/doesn't open this journal/));
    expect(screen.queryByText(/Your backup is in/)).toBeNull();

    await typePassphrase('Your passphrase', FAKE_PASSPHRASE);
    await save();
    expect((await screen.findByText(/Your backup is in/, {}, { timeout: 15_000 })).textContent).toMatch(/brim-backup-\d{4}-\d{2}-\d{2}-locked\.json/);
    expect(screen.getByText(/It is locked with your passphrase, like your journal\./)).toBeTruthy();
    expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toBe('');
    expect(faults.calls.filter((c) => c === 'save_backup')).toHaveLength(3);
  });

  it('says it is saving while a locked backup takes its time, and the buttons wait for it', async () => {
    await journal('on');
    let answer!: () => void;
    render(Settings);
    const save = () => fireEvent.click(screen.getAllByRole('button', { name: 'Save a backup file' })[0]);
    await save();
    await typePassphrase('Your passphrase', FAKE_PASSPHRASE);
    faults.held.set('save_backup', new Promise<void>((done) => (answer = done)));
    await save();
    expect(await screen.findByText('Saving your backup…')).toBeTruthy();
    const button = screen.getAllByRole('button', { name: 'Save a backup file' })[0] as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    await save();
    answer();
    expect((await screen.findByText(/Your backup is in/, {}, { timeout: 15_000 })).textContent).toMatch(/-locked\.json/);
    expect(screen.queryByText('Saving your backup…')).toBeNull();
    expect(button.disabled).toBe(false);
    expect(faults.calls.filter((c) => c === 'save_backup')).toHaveLength(2);
  });

  it('asks for the passphrase of a locked backup, says plainly when it is wrong, and brings it back with the right one', async () => {
    // A backup locked with its passphrase, holding one moment the journal no longer has.
    await journal('on');
    const extra = await ipc.addMoment({ moment: { date: '2026-11-01', text: 'Fixed the bike for Jo.', skillIds: [] } });
    const file = await ipc.exportBackup({ passphrase: FAKE_PASSPHRASE });
    expect(file.contents).not.toMatch(/bike/);
    await ipc.deleteMoment({ id: extra.id });
    await lockIpc.turnLockOff({ passphrase: FAKE_PASSPHRASE });

    render(Settings);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([file.contents], file.name)] });
    const bringBack = () => fireEvent.click(screen.getByRole('button', { name: 'Bring back my journal' }));
    await bringBack();
    expect(await screen.findByText(/This backup is protected with a passphrase\./)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Passphrase for this backup')));

    await typePassphrase('Passphrase for this backup', 'tea and jam');
    await bringBack();
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toBe(
        "That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed.",
      ),
    );
    expect((await allMoments()).some((m) => m.text === 'Fixed the bike for Jo.')).toBe(false);

    await typePassphrase('Passphrase for this backup', FAKE_PASSPHRASE);
    await bringBack();
    expect((await screen.findByText(/^Welcome back\./, {}, { timeout: 15_000 })).textContent).toMatch(/Brought back 0 skills, 1 moment,/);
    expect((await allMoments()).filter((m) => m.text === 'Fixed the bike for Jo.')).toHaveLength(1);
    expect(screen.queryByLabelText('Passphrase for this backup')).toBeNull();
  });
});
