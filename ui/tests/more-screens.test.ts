// More screens against the fake backend: moments, step back, recognitions, settings.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { FakeJournal } from '../src/mock/backend';
import { installFake } from '../src/mock/install';
import { remember } from '../src/lib/moments';
import { today } from '../src/lib/dates';
import { DRAFT_PAUSE_MS } from '../src/lib/draft';
import MomentForm from '../src/lib/screens/MomentForm.svelte';
import StepBack from '../src/lib/screens/StepBack.svelte';
import Recognitions from '../src/lib/screens/Recognitions.svelte';
import Settings from '../src/lib/screens/Settings.svelte';
import Search from '../src/lib/screens/Search.svelte';
import Moments from '../src/lib/screens/Moments.svelte';

const journal = (scenario: 'full' | 'empty' = 'full') => installFake(new FakeJournal(scenario));

describe('Moment', () => {
  it('saves what happened, dated today, with the skills ticked', async () => {
    const j = journal();
    render(MomentForm, { props: { id: null, skill: 's-cook' } });
    expect((screen.getByLabelText('When?') as HTMLInputElement).value).toBe(today());
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Listened to Jo at the bus stop.' } });
    expect(await screen.findByText('sounds like this')).toBeTruthy();
    const cook = await screen.findByRole('checkbox', { name: 'Cooking on a budget' });
    expect((cook as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox', { name: /Listening/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(() => expect(j.moments).toHaveLength(8));
    const saved = j.moments.at(-1)!;
    expect(saved).toMatchObject({ text: 'Listened to Jo at the bus stop.', date: today(), kind: 'note' });
    expect([...saved.skillIds].sort()).toEqual(['s-cook', 's-listen']);
  });

  it('shows the backend message for an empty moment and saves nothing', async () => {
    const j = journal();
    render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Write a few words about what happened, then save.'));
    expect(j.moments).toHaveLength(7);
  });

  it('changes and deletes a moment, asking first', async () => {
    const j = journal();
    remember(j.moments);
    render(MomentForm, { props: { id: 'm-2', skill: null } });
    expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toMatch(/big pot of soup/);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete this moment' }));
    expect(j.moments).toHaveLength(7);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(j.moments.map((m) => m.id)).not.toContain('m-2'));
  });
});

describe('Moment drafts', () => {
  it('keeps words not yet saved and puts them back next time, until the moment is saved', async () => {
    const j = journal();
    const first = render(MomentForm, { props: { id: null, skill: null } });
    await waitFor(() => expect(j.calls).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Sat with Dee while she wait' } });
    first.unmount();
    // Closing the form keeps the words at once, not after the typing pause.
    await waitFor(() => expect(j.momentDrafts.get('newMoment')?.text).toBe('Sat with Dee while she wait'), {
      timeout: DRAFT_PAUSE_MS / 4,
    });

    render(MomentForm, { props: { id: null, skill: 's-cook' } });
    expect(await screen.findByText('Here is what you were writing. It was kept for you.')).toBeTruthy();
    expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toBe('Sat with Dee while she wait');
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(() => expect(j.moments).toHaveLength(8));
    expect(j.momentDrafts.size).toBe(0);
    expect(j.moments.at(-1)!.skillIds).toEqual(['s-cook']);
  });

  it('leaves no draft behind when saved straight after typing', async () => {
    const j = journal();
    render(MomentForm, { props: { id: null, skill: null } });
    await waitFor(() => expect(j.calls).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Fixed the gate' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(() => expect(j.moments).toHaveLength(8));
    await new Promise((r) => setTimeout(r, DRAFT_PAUSE_MS * 2));
    expect(j.momentDrafts.size).toBe(0);
  });

  it('starts again from a blank form when asked', async () => {
    const j = journal();
    j.momentDrafts.set('newMoment', { date: today(), text: 'An old start', skillIds: [] });
    render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toBe(''));
    expect(j.momentDrafts.size).toBe(0);
    expect(screen.queryByText('Here is what you were writing. It was kept for you.')).toBeNull();
  });

  it('keeps a change to a moment apart from a new one', async () => {
    const j = journal();
    remember(j.moments);
    const form = render(MomentForm, { props: { id: 'm-2', skill: null } });
    await waitFor(() => expect(j.calls).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Made soup for twenty' } });
    form.unmount();
    await waitFor(() => expect(j.momentDrafts.get('change:m-2')?.text).toBe('Made soup for twenty'), {
      timeout: DRAFT_PAUSE_MS / 4,
    });
    expect(j.momentDrafts.has('newMoment')).toBe(false);
  });
});

describe('All moments', () => {
  it('pages through a long journal, newest first', async () => {
    const j = journal();
    for (let i = 0; i < 38; i++) {
      j.handle('add_moment', { moment: { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, text: `Old moment ${i}`, skillIds: [] } });
    }
    render(Moments);
    expect(await screen.findAllByRole('listitem')).toHaveLength(20);
    expect(screen.getAllByRole('listitem')[0].textContent).toMatch(/Sat with a new lad/);
    await fireEvent.click(screen.getByRole('button', { name: 'Show more moments' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(40));
    await fireEvent.click(screen.getByRole('button', { name: 'Show more moments' }));
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(45));
    expect(screen.queryByRole('button', { name: 'Show more moments' })).toBeNull();
  });
});

describe('Search', () => {
  it('finds moments by their words', async () => {
    journal();
    render(Search);
    await fireEvent.input(screen.getByLabelText('Words to look for'), { target: { value: 'calm' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: '1 moment found' })).toBeTruthy();
    expect(screen.getByText(/I kept calm and talked them down/)).toBeTruthy();
  });
});

describe('Step back', () => {
  it('asks one question at a time and saves answers as reflection moments', async () => {
    const j = journal();
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByText('Question 1 of 4')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText(/Think of a day last week/), { target: { value: 'They cooked for six people.' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Cooking on a budget' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Question 2 of 4')).toBeTruthy();
    for (let i = 0; i < 3; i++) await fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText(/Your answer is saved as a moment/)).toBeTruthy();
    expect(j.moments.at(-1)).toMatchObject({ kind: 'reflection', text: 'They cooked for six people.', skillIds: ['s-cook'] });
    expect(j.stepBackDraft).toBeNull();
  });

  it('keeps answers not yet saved, and carries on from the first one left', async () => {
    const j = journal();
    const first = render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.input(screen.getByLabelText(/Think of a day last week/), { target: { value: 'They kept calm in the queue.' } });
    first.unmount();
    await waitFor(() => expect(j.stepBackDraft?.[0]?.text).toBe('They kept calm in the queue.'), {
      timeout: DRAFT_PAUSE_MS / 4,
    });

    render(StepBack);
    expect(await screen.findByText('You started a step back before. Your answers were kept for you.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(screen.getByText('Question 2 of 4')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByLabelText(/Think of a day last week/) as HTMLTextAreaElement).value).toBe('They kept calm in the queue.');
  });

  it('starts again with no answers when asked', async () => {
    const j = journal();
    j.stepBackDraft = [{ promptId: 'hard-bit', text: 'An old answer', skillIds: [] }];
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(screen.getByText('Question 1 of 4')).toBeTruthy());
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('');
    expect(j.stepBackDraft).toBeNull();
  });
});

describe('Recognitions', () => {
  it('adds what someone noticed, then accepts it as a new skill', async () => {
    const j = journal('empty');
    render(Recognitions);
    expect(await screen.findByText('Nothing here yet.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add what someone noticed' }));
    await fireEvent.input(screen.getByLabelText(/Who said it/), { target: { value: 'Sam' } });
    await fireEvent.input(screen.getByLabelText('What did they say?'), { target: { value: 'You always make people laugh.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save it' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to my skills: what Sam said' }));
    await fireEvent.input(screen.getByLabelText(/Skill name/), { target: { value: 'Making people laugh' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add to my skills' }));
    expect(await screen.findByText('Added to Making people laugh, as a moment.')).toBeTruthy();
    expect(j.skills.map((s) => [s.name, s.area])).toEqual([['Making people laugh', 'people']]);
  });

  it('keeps a recognition waiting when its new skill has no name, and says why beside the button', async () => {
    const j = journal('empty');
    j.handle('add_recognition', { recognition: { from: 'Sam', text: 'You listen well.', receivedOn: '2026-11-01' } });
    render(Recognitions);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to my skills: what Sam said' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add to my skills' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/Give your skill a name/));
    const alert = screen.getAllByRole('alert').find((a) => a.textContent)!;
    expect(alert.closest('li')).not.toBeNull();
    expect(j.skills).toHaveLength(0);
    expect(j.recognitions[0].status).toBe('pending');
  });

  it('puts one to one side', async () => {
    const j = journal();
    render(Recognitions);
    await fireEvent.click(await screen.findByRole('button', { name: /^Not for me: what Dee/ }));
    await waitFor(() => expect(j.recognitions.find((r) => r.id === 'r-1')?.status).toBe('dismissed'));
  });
});

describe('Settings', () => {
  it('changes how often check-ins come round', async () => {
    const j = journal();
    render(Settings);
    await fireEvent.click(await screen.findByRole('radio', { name: 'Every 6 months' }));
    await waitFor(() => expect(j.cadence).toBe(6));
    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
  });

  it('brings a backup into a journal that has things in it, and says what was already there', async () => {
    const j = journal();
    const from = new FakeJournal('full');
    from.handle('add_moment', { moment: { date: '2026-11-01', text: 'Fixed the bike for Jo.', skillIds: [] } });
    const contents = (from.handle('export_backup', {}) as { contents: string }).contents;
    render(Settings);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([contents], 'brim-backup.json', { type: 'application/json' })] });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring back my journal' }));
    const done = (await screen.findByText(/^Welcome back\./)).textContent!.replace(/\s+/g, ' ');
    expect(done).toBe(
      'Welcome back. Brought back 0 skills, 1 moment, 0 check-ins and 0 recognitions. 19 things were already in your journal and stayed as they are.',
    );
    expect(j.moments.filter((m) => m.text === 'Fixed the bike for Jo.')).toHaveLength(1);
    // A plain backup never asks for a passphrase.
    expect(screen.queryByLabelText('Passphrase for this backup')).toBeNull();
  });

  it('says a file that is not a backup is not one, next to the button', async () => {
    const j = journal();
    render(Settings);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' })] });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring back my journal' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/not a Brim backup/));
    // The message sits next to the button that was pressed.
    const alert = screen.getAllByRole('alert').find((a) => a.textContent)!;
    expect(alert.nextElementSibling?.textContent).toBe('Bring back my journal');
    expect(j.moments).toHaveLength(7);
  });

  it('makes a printable page of the chosen skills', async () => {
    journal();
    render(Settings);
    await screen.findByRole('checkbox', { name: 'Listening' });
    for (const name of ['Cooking on a budget', 'Staying calm', 'Making money last', 'Speaking in a group', 'Playing guitar']) {
      await fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    await fireEvent.click(screen.getByRole('button', { name: 'Make my skills page' }));
    const frame = (await screen.findByTitle('Your skills page, ready to print')) as HTMLIFrameElement;
    expect(frame.getAttribute('srcdoc')).toMatch(/<h2>Listening<\/h2>/);
    expect(frame.getAttribute('srcdoc')).not.toMatch(/Cooking/);
    expect(frame.getAttribute('sandbox')).toBe('allow-same-origin allow-modals');
  });
});
