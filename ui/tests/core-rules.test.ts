// The six places the old in-memory mock's rules drifted from brim-core (issue 14),
// each checked through the screens against the real core (brim-dev): tests
// like these, run against the mock, would have failed.
import { describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import * as ipc from '../src/lib/ipc';
import { PASSPHRASE, inAnotherJournal, seed } from './seed';
import { pickDate } from './date-field';
import type { ImportSummary } from '../src/lib/types';
import MomentForm from '../src/lib/screens/MomentForm.svelte';
import Moments from '../src/lib/screens/Moments.svelte';
import Search from '../src/lib/screens/Search.svelte';
import Settings from '../src/lib/screens/Settings.svelte';
import SkillIdeas from '../src/lib/screens/SkillIdeas.svelte';
import SkillNew from '../src/lib/screens/SkillNew.svelte';

/** A local YYYY-MM-DD `days` from today. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('what the core allows and refuses, not a copy of it', () => {
  it("saves a moment dated tomorrow (it is already tomorrow somewhere) and refuses one a week ahead", async () => {
    await seed('empty');
    render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Helped set up the hall.' } });
    await pickDate('When?', dayFromToday(1));
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(async () => expect((await ipc.listMoments({ limit: 10, after: null })).moments.map((m) => m.date)).toEqual([dayFromToday(1)]));
    expect(screen.queryByRole('alert')?.textContent ?? '').toBe('');

    await expect(ipc.addMoment({ moment: { date: dayFromToday(7), text: 'Not yet.', skillIds: [] } })).rejects.toMatchObject({ code: 'date_in_future' });
  });

  it('searches each word as the start of a word, every word needed', async () => {
    await seed('full');
    render(Search);
    const search = async (words: string) => {
      await fireEvent.input(screen.getByLabelText('Words to look for'), { target: { value: words } });
      await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    };
    await search('kep cal');
    expect(await screen.findByRole('heading', { name: '1 moment found' })).toBeTruthy();
    expect(screen.getByText(/I kept calm and talked them down/)).toBeTruthy();
    // Inside a word is not the start of one; the words need not be side by side, but all must be there.
    await search('alm');
    expect(await screen.findByRole('heading', { name: 'Nothing found for “alm”' })).toBeTruthy();
    await search('calm soup');
    expect(await screen.findByRole('heading', { name: 'Nothing found for “calm soup”' })).toBeTruthy();
  });

  it("follows the core's next-page rule: a full last page still offers more, and more brings nothing twice", async () => {
    await seed('empty');
    for (let i = 0; i < 20; i++) {
      await ipc.addMoment({ moment: { date: '2026-05-01', text: `Same day, moment ${i}`, skillIds: [] } });
    }
    // The rule in moment.rs: a page as long as the limit always carries a cursor; the page after it may be empty.
    const first = await ipc.listMoments({ limit: 20, after: null });
    expect(first.moments).toHaveLength(20);
    expect(first.next).not.toBeNull();
    expect(await ipc.listMoments({ limit: 20, after: first.next })).toEqual({ moments: [], next: null });

    render(Moments);
    expect(await screen.findAllByRole('listitem')).toHaveLength(20);
    await fireEvent.click(screen.getByRole('button', { name: 'Show more moments' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Show more moments' })).toBeNull());
    const shown = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(shown).toHaveLength(20);
    expect(new Set(shown).size).toBe(20);
  });

  it('counts a month on from 31 January as the end of February, not March', async () => {
    await seed('empty');
    const skill = await ipc.addSkill({ skill: { name: 'Listening', area: 'people', story: '', promptId: null } });
    await ipc.recordCheckIn({ checkIn: { date: '2026-01-31', note: '', ratings: [{ skillId: skill.id, rating: 3, note: '' }] } });
    const status = await ipc.setCadence({ months: 1 });
    expect(status.nextDue).toBe('2026-02-28');
    // Three months on from 30 November is the end of February too.
    await ipc.recordCheckIn({ checkIn: { date: '2026-11-30', note: '', ratings: [{ skillId: skill.id, rating: 3, note: '' }] } });
    expect((await ipc.setCadence({ months: 3 })).nextDue).toBe('2027-02-28');
  });

  it('saves a backup from Settings, says where in words, and the core brings it back into another journal', async () => {
    await seed('full', { lock: 'on' });
    const counts = {
      skills: (await ipc.listSkills({ query: { area: null, includeArchived: true, order: 'by_name' } })).length,
      checkIns: (await ipc.listCheckIns()).length,
    };
    render(Settings);
    await fireEvent.click(await screen.findByRole('button', { name: 'Save a backup file' }));
    await fireEvent.input(await screen.findByLabelText('Your passphrase'), { target: { value: PASSPHRASE } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save a backup file' }));
    const said = await screen.findByText(/^Saved\. Your backup is in/, {}, { timeout: 15_000 });
    // Where it went, in words: a folder by its name and the file's name, never a path.
    expect(said.textContent).toMatch(/^Saved\. Your backup is in your Downloads folder, named brim-backup-\d{4}-\d{2}-\d{2}-locked\.json\.$/);
    expect(said.textContent).not.toMatch(/[/\\]/);
    // One way to save: no second button, no "ready… Save" link after it is saved.
    expect(screen.queryByRole('button', { name: /Download/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /brim-backup/ })).toBeNull();
    const contents = (await ipc.exportBackup({ passphrase: PASSPHRASE })).contents;

    // Restored by the core itself, in another, empty journal.
    const restore = (passphrase: string | null) => inAnotherJournal<ImportSummary>('import_backup', { contents, passphrase });
    await expect(restore(null)).rejects.toMatchObject({ code: 'passphrase_needed' });
    const brought = await restore(PASSPHRASE);
    expect(brought).toMatchObject({ skills: counts.skills, checkIns: counts.checkIns, alreadyThere: 0 });
  });

  it("shows the core's catalogue and words: skill ideas from prompts.toml, areas and messages from area.rs", async () => {
    await seed('empty');
    render(SkillIdeas);
    // Ideas only the core's data/prompts.toml has (the mock's list had "Cooking on a budget").
    expect(await screen.findByRole('heading', { name: 'Cooking with little' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Sorting out paperwork' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Cooking on a budget' })).toBeNull();
    const ideas = await ipc.skillPrompts();
    expect(screen.getAllByRole('heading', { level: 2 }).length).toBeGreaterThanOrEqual(Math.min(ideas.length, 10));
    screen.getByRole('heading', { name: 'Skill ideas' });

    cleanup();
    render(SkillNew);
    const areas = await ipc.areas();
    await screen.findByRole('option', { name: areas[0].label });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    for (const area of areas) expect(options).toContain(area.label);
    await fireEvent.click(screen.getByRole('button', { name: 'Save skill' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Give the skill a name.'));
  });
});
