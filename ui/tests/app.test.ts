import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { FakeJournal } from '../src/mock/backend';
import { FakeGroup } from '../src/mock/group';
import { installFake } from '../src/mock/install';
import { faults, seed } from './seed';
import { go } from '../src/lib/router.svelte';
import { forgetAllMoments } from '../src/lib/moments';
import { deleteMoment } from '../src/lib/ipc';
import App from '../src/App.svelte';
import Share from '../src/lib/screens/Share.svelte';

describe('App', () => {
  it('moves between screens by the hash and marks the place in the navigation', async () => {
    await seed('full');
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello again' })).toBeTruthy();
    go('/more');
    // The first visit loads the chunk of every other screen (a cold transform under vitest).
    expect(await screen.findByRole('heading', { level: 1, name: 'More' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'More' }).getAttribute('aria-current')).toBe('page');
    go('/growth');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your growth' })).toBeTruthy();
    expect(await screen.findByRole('table')).toBeTruthy();
    go('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page is not here' })).toBeTruthy();
  });

  it('in a group, shows Group in the navigation and the sync status on every screen', async () => {
    const j = new FakeJournal('full');
    j.group = new FakeGroup('member');
    installFake(j);
    render(App);
    go('/skills');
    const line = await screen.findByRole('link', { name: /^Riverside Tuesday group: Synced 3 minutes ago\./ }, { timeout: 5000 });
    expect(line.getAttribute('href')).toBe('#/group');
    expect(screen.getByRole('link', { name: 'Group' }).getAttribute('href')).toBe('#/group');
    expect(screen.queryByRole('link', { name: 'More' })).toBeNull();
    j.group.pending.push({ id: 'op', kind: 'upsert_share', shareId: null });
    j.group.tell();
    expect(await screen.findByRole('link', { name: /1 waiting to send/ })).toBeTruthy();
  });

  it('opens a moment from a link after a reload, asking for it by id, and says plainly when it is gone', async () => {
    const ids = await seed('full');
    // After a reload nothing is kept in memory: the link is all there is.
    forgetAllMoments();
    go(`/moment/${ids.moments.m7}`);
    render(App);
    expect(await screen.findByDisplayValue(/Spoke at the co-production meeting/, {}, { timeout: 5000 })).toBeTruthy();
    expect(faults.calls).toContain('get_moment');
    await deleteMoment({ id: ids.moments.m6 });
    go(`/moment/${ids.moments.m6}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Moment not found' })).toBeTruthy();
  });

  it('shares a moment opened from a link after a reload, naming it by its date', async () => {
    const ids = await seed('full');
    forgetAllMoments();
    render(Share, { props: { kind: 'moment', id: ids.moments.m1 } });
    expect(await screen.findByText('Your moment on 20 November 2026')).toBeTruthy();
    expect(faults.calls).toContain('get_moment');
  });
});
