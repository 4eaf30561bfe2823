import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import * as groupIpc from '../src/lib/ipc/group';
import { faults, seed, seedJoined } from './seed';
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
    // A name every object has (the router looks screens up by name) is not a screen either.
    go('/more');
    await screen.findByRole('heading', { level: 1, name: 'More' });
    go('/constructor');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page is not here' })).toBeTruthy();
  });

  it('in a group, shows Group in the navigation and the sync status on every screen', async () => {
    const ids = await seedJoined('member');
    render(App);
    go('/skills');
    const line = await screen.findByRole('link', { name: /^Riverside Tuesday group: / }, { timeout: 5000 });
    expect(line.getAttribute('href')).toBe('#/group');
    expect(screen.getByRole('link', { name: 'Group' }).getAttribute('href')).toBe('#/group');
    expect(screen.queryByRole('link', { name: 'More' })).toBeNull();
    // A share wakes the background sync; the page hears each new status on its channel.
    const preview = await groupIpc.previewShare({ item: { type: 'skill', skillId: ids.skills.cook, includeStory: false }, audience: 'lead' });
    await groupIpc.confirmShare({ preview });
    expect(await screen.findByRole('link', { name: /^Riverside Tuesday group: In touch with your group just now\.$/ }, { timeout: 20_000 })).toBeTruthy();
    expect((await groupIpc.visibleToGroup()).length).toBe(1);
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
