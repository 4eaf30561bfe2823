// Issue 16, "The skills audit closes its loop", against the real core: the
// check-in ends by asking about new skills and offering a step back; Home
// offers a step back too and keeps to what the person wrote; a step-back
// answer becomes a skill in one step; growth shows each area's average over
// time and every past check-in with its notes.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import * as ipc from '../src/lib/ipc';
import { go, router } from '../src/lib/router.svelte';
import { seed } from './seed';
import CheckIn from '../src/lib/screens/CheckIn.svelte';
import Home from '../src/lib/screens/Home.svelte';
import StepBack from '../src/lib/screens/StepBack.svelte';
import SkillNew from '../src/lib/screens/SkillNew.svelte';
import Growth from '../src/lib/screens/Growth.svelte';

const ALL = { query: { area: null, includeArchived: true, order: 'by_name' as const } };

describe('the skills audit', () => {
  it('ends a check-in with "Any new skills since last time?", leading to skill ideas, and a step back', async () => {
    await seed('full');
    render(CheckIn);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start my check-in' }));
    await fireEvent.click(screen.getByRole('radio', { name: /I could teach this/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    for (let i = 0; i < 5; i++) await fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save my check-in' }));
    const ask = await screen.findByRole('region', { name: 'Any new skills since last time?' });
    expect(within(ask).getByRole('link', { name: 'Look at skill ideas' }).getAttribute('href')).toBe('#/skills/ideas');
    expect(within(ask).getByRole('link', { name: 'Write your own skill' }).getAttribute('href')).toBe('#/skills/new');
    expect(screen.getByRole('link', { name: 'Take a step back' }).getAttribute('href')).toBe('#/step-back');
  });

  it('offers a step back on Home, and its answers do not push the person’s own moments off Home', async () => {
    await seed('full');
    const before = render(Home);
    expect((await screen.findByRole('link', { name: 'Take a step back' })).getAttribute('href')).toBe('#/step-back');
    const recent = () => within(screen.getByRole('region', { name: 'Recent moments' })).getAllByRole('listitem').map((li) => li.textContent ?? '');
    const own = recent();
    before.unmount();
    const prompts = await ipc.stepBackPrompts();
    const today = new Date();
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    await ipc.saveStepBack({ date, answers: prompts.map((p) => ({ promptId: p.id, text: `Step-back answer ${p.id}`, skillIds: [] })) });
    render(Home);
    await screen.findByRole('link', { name: 'Take a step back' });
    await waitFor(() => expect(recent()).toEqual(own));
    expect(document.body.textContent).not.toMatch(/Step-back answer/);
  });

  it('turns a step-back answer into a new skill in one step, the answer its first moment', async () => {
    await seed('full');
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Fixed the wobbly table at the drop-in.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    while (!screen.queryByRole('button', { name: 'Save my answers' })) await fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    const make = await screen.findByRole('link', { name: 'Make this a skill (answer 1)' });
    const hash = make.getAttribute('href')!;
    expect(hash).toMatch(/^#\/skills\/new\?moment=/);
    const momentId = hash.split('moment=')[1];

    go(hash.slice(1));
    await waitFor(() => expect(router.route.query.get('moment')).toBe(momentId));
    render(SkillNew);
    await waitFor(() => expect((screen.getByLabelText(/Your story/) as HTMLTextAreaElement).value).toBe('Fixed the wobbly table at the drop-in.'));
    await screen.findByRole('option', { name: 'Practical' });
    await fireEvent.input(screen.getByLabelText(/Skill name/), { target: { value: 'Mending furniture' } });
    await fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'practical' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save skill' }));
    await waitFor(async () => expect((await ipc.listSkills(ALL)).some((s) => s.name === 'Mending furniture')).toBe(true));
    const skill = (await ipc.listSkills(ALL)).find((s) => s.name === 'Mending furniture')!;
    await waitFor(async () => expect((await ipc.getMoment({ id: momentId })).skillIds).toContain(skill.id));
    expect(skill.story).toBe('Fixed the wobbly table at the drop-in.');
    go('/');
  });

  it('shows each area’s average over time, and every past check-in with its notes, readable', async () => {
    const ids = await seed('full');
    await ipc.recordCheckIn({ checkIn: { date: '2026-11-30', note: 'A good few months. The hostel move helped.', ratings: [{ skillId: ids.skills.listen, rating: 5, note: 'Ran the listening circle.' }] } });
    render(Growth);
    const people = await screen.findByRole('list', { name: 'People: average at each check-in' });
    const points = within(people).getAllByRole('listitem').map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(points[0]).toBe('10 March 2026: 2.0 from 1 skill');
    expect(points.at(-1)).toBe('30 November 2026: 5.0 from 1 skill');
    const past = screen.getByRole('region', { name: 'Your check-ins' });
    const newest = within(past).getAllByRole('group')[0];
    expect(newest.querySelector('summary')?.textContent).toBe('30 November 2026 · with a note');
    expect(newest.textContent).toContain('A good few months. The hostel move helped.');
    expect(newest.textContent).toContain('Ran the listening circle.');
    expect(within(past).getAllByRole('group')).toHaveLength(4);
  });
});
