import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { FakeJournal } from '../src/mock/backend';
import { installFake } from '../src/mock/install';
import { go } from '../src/lib/router.svelte';
import App from '../src/App.svelte';

describe('App', () => {
  it('moves between screens by the hash and marks the place in the navigation', async () => {
    installFake(new FakeJournal('full'));
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello again' })).toBeTruthy();
    go('/more');
    expect(await screen.findByRole('heading', { level: 1, name: 'More' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'More' }).getAttribute('aria-current')).toBe('page');
    go('/growth');
    expect(await screen.findByRole('heading', { level: 1, name: 'Your growth' })).toBeTruthy();
    expect(await screen.findByRole('table')).toBeTruthy();
    go('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'This page is not here' })).toBeTruthy();
  });
});
