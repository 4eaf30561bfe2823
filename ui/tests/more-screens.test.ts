// More screens against the real core (brim-dev, seeded by real commands):
// moments, step back, recognitions, settings.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import * as ipc from '../src/lib/ipc';
import { faults, seed } from './seed';
import { remember } from '../src/lib/moments';
import { formatDate, today } from '../src/lib/dates';
import { pickDate, shownDate } from './date-field';
import { DRAFT_PAUSE_MS } from '../src/lib/draft';
import MomentForm from '../src/lib/screens/MomentForm.svelte';
import StepBack from '../src/lib/screens/StepBack.svelte';
import Recognitions from '../src/lib/screens/Recognitions.svelte';
import Settings from '../src/lib/screens/Settings.svelte';
import Search from '../src/lib/screens/Search.svelte';
import Moments from '../src/lib/screens/Moments.svelte';
import Growth from '../src/lib/screens/Growth.svelte';

const ALL = { query: { area: null, includeArchived: true, order: 'by_name' as const } };
/** Every moment in the journal, newest first. */
const allMoments = async () => (await ipc.listMoments({ limit: 1000, after: null })).moments;

describe('Moment', () => {
  it('saves what happened, dated today, with the skills ticked', async () => {
    const ids = await seed('full');
    const before = (await allMoments()).length;
    render(MomentForm, { props: { id: null, skill: ids.skills.cook } });
    expect(shownDate('When?')).toBe(formatDate(today()));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Listened to Jo at the bus stop.' } });
    expect(await screen.findByText('sounds like this')).toBeTruthy();
    const cook = await screen.findByRole('checkbox', { name: 'Cooking on a budget' });
    expect((cook as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox', { name: /Listening/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(async () => expect(await allMoments()).toHaveLength(before + 1));
    const saved = (await allMoments()).find((m) => m.text === 'Listened to Jo at the bus stop.')!;
    expect(saved).toMatchObject({ date: today(), kind: 'note' });
    expect([...saved.skillIds].sort()).toEqual([ids.skills.cook, ids.skills.listen].sort());
  });

  it('writes the date as the rest of the app does (3 March 2026, never 03/03/2026) and saves the day picked', async () => {
    await seed('empty');
    render(MomentForm, { props: { id: null, skill: null } });
    expect(screen.queryByLabelText('When?')).toBeNull(); // no browser date box, whose order is the system's
    await pickDate('When?', '2026-01-31');
    expect(shownDate('When?')).toBe('31 January 2026');
    // A day past the month's end becomes its last day.
    await fireEvent.change(within(screen.getByRole('group', { name: 'When?' })).getByLabelText('Month'), { target: { value: '2' } });
    expect(shownDate('When?')).toBe('28 February 2026');
    await pickDate('When?', '2026-03-03');
    expect(shownDate('When?')).toBe('3 March 2026');
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Ran the stall at the fair.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(async () => expect((await allMoments()).map((m) => m.date)).toEqual(['2026-03-03']));
  });

  it('shows the backend message for an empty moment and saves nothing', async () => {
    await seed('full');
    const before = await allMoments();
    render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Write a few words about the moment.'));
    expect(await allMoments()).toEqual(before);
  });

  it('changes and deletes a moment, asking first', async () => {
    const ids = await seed('full');
    remember(await allMoments());
    const before = (await allMoments()).length;
    render(MomentForm, { props: { id: ids.moments.m2, skill: null } });
    expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toMatch(/big pot of soup/);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete this moment' }));
    expect(await allMoments()).toHaveLength(before);
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(async () => expect((await allMoments()).map((m) => m.id)).not.toContain(ids.moments.m2));
  });
});

describe('Moment drafts', () => {
  it('keeps words not yet saved and puts them back next time, until the moment is saved', async () => {
    const ids = await seed('full');
    const before = (await allMoments()).length;
    const first = render(MomentForm, { props: { id: null, skill: null } });
    await waitFor(() => expect(faults.answered).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Sat with Dee while she wait' } });
    first.unmount();
    // Closing the form sends the words at once, not after the typing pause
    // (the real core's answer may take longer on a busy machine: that is not
    // what this checks).
    await waitFor(() => expect(faults.calls).toContain('save_moment_draft'), { timeout: DRAFT_PAUSE_MS / 4 });
    await waitFor(async () => expect((await ipc.momentDraft({ of: 'newMoment' }))?.text).toBe('Sat with Dee while she wait'));

    render(MomentForm, { props: { id: null, skill: ids.skills.cook } });
    expect(await screen.findByText('Here is what you were writing. It was kept for you.')).toBeTruthy();
    expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toBe('Sat with Dee while she wait');
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(async () => expect(await allMoments()).toHaveLength(before + 1));
    expect(await ipc.momentDraft({ of: 'newMoment' })).toBeNull();
    expect((await allMoments()).find((m) => m.text === 'Sat with Dee while she wait')!.skillIds).toEqual([ids.skills.cook]);
  });

  it('keeps words typed before it has heard about an earlier draft (a slow phone)', async () => {
    await seed('full');
    let answer = () => {};
    faults.held.set('moment_draft', new Promise<void>((done) => (answer = done)));
    const first = render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Walked Sam to his interview' } });
    first.unmount();
    answer();
    await waitFor(async () => expect((await ipc.momentDraft({ of: 'newMoment' }))?.text).toBe('Walked Sam to his interview'));
  });

  it('does not drop an earlier draft unread when the form goes back to blank before hearing of it', async () => {
    await seed('full');
    await ipc.saveMomentDraft({ of: 'newMoment', draft: { date: today(), text: 'An old start', skillIds: [] } });
    let answer = () => {};
    faults.held.set('moment_draft', new Promise<void>((done) => (answer = done)));
    const first = render(MomentForm, { props: { id: null, skill: null } });
    const field = screen.getByLabelText('What happened?');
    await fireEvent.input(field, { target: { value: 'A' } });
    await fireEvent.input(field, { target: { value: '' } });
    first.unmount();
    answer();
    await new Promise((r) => setTimeout(r, DRAFT_PAUSE_MS * 2));
    expect((await ipc.momentDraft({ of: 'newMoment' }))?.text).toBe('An old start');
  });

  it('leaves no draft behind when saved straight after typing', async () => {
    await seed('full');
    const before = (await allMoments()).length;
    render(MomentForm, { props: { id: null, skill: null } });
    await waitFor(() => expect(faults.answered).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Fixed the gate' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save moment' }));
    await waitFor(async () => expect(await allMoments()).toHaveLength(before + 1));
    await new Promise((r) => setTimeout(r, DRAFT_PAUSE_MS * 2));
    expect(await ipc.momentDraft({ of: 'newMoment' })).toBeNull();
  });

  it('starts again from a blank form when asked', async () => {
    await seed('full');
    await ipc.saveMomentDraft({ of: 'newMoment', draft: { date: today(), text: 'An old start', skillIds: [] } });
    render(MomentForm, { props: { id: null, skill: null } });
    await fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect((screen.getByLabelText('What happened?') as HTMLTextAreaElement).value).toBe(''));
    await waitFor(async () => expect(await ipc.momentDraft({ of: 'newMoment' })).toBeNull());
    expect(screen.queryByText('Here is what you were writing. It was kept for you.')).toBeNull();
  });

  it('keeps a change to a moment apart from a new one', async () => {
    const ids = await seed('full');
    remember(await allMoments());
    const form = render(MomentForm, { props: { id: ids.moments.m2, skill: null } });
    await waitFor(() => expect(faults.answered).toContain('moment_draft'));
    await fireEvent.input(screen.getByLabelText('What happened?'), { target: { value: 'Made soup for twenty' } });
    form.unmount();
    const change = { of: { change: ids.moments.m2 } };
    await waitFor(async () => expect((await ipc.momentDraft(change))?.text).toBe('Made soup for twenty'), {
      timeout: DRAFT_PAUSE_MS / 4,
    });
    expect(await ipc.momentDraft({ of: 'newMoment' })).toBeNull();
  });
});

describe('All moments', () => {
  it('pages through a long journal, newest first', async () => {
    await seed('full');
    const seeded = (await allMoments()).length;
    for (let i = 0; i < 45 - seeded; i++) {
      await ipc.addMoment({ moment: { date: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`, text: `Old moment ${i}`, skillIds: [] } });
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
    await seed('full');
    render(Search);
    await fireEvent.input(screen.getByLabelText('Words to look for'), { target: { value: 'calm' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    expect(await screen.findByRole('heading', { name: '1 moment found' })).toBeTruthy();
    expect(screen.getByText(/I kept calm and talked them down/)).toBeTruthy();
  });
});

describe('Step back', () => {
  it('asks one question at a time and saves answers as reflection moments', async () => {
    const ids = await seed('full');
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    expect(screen.getByText('Question 1 of 6')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText(/Think of a recent day/), { target: { value: 'They cooked for six people.' } });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Cooking on a budget' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Question 2 of 6')).toBeTruthy();
    for (let i = 0; i < 5; i++) await fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save my answers' }));
    expect(await screen.findByText(/Your answer is saved as a moment/)).toBeTruthy();
    const saved = (await allMoments()).find((m) => m.text === 'They cooked for six people.');
    expect(saved).toMatchObject({ kind: 'reflection', skillIds: [ids.skills.cook] });
    expect(await ipc.stepBackDraft()).toBeNull();
  });

  it('keeps answers not yet saved, and carries on from the first one left', async () => {
    await seed('full');
    const first = render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.input(screen.getByLabelText(/Think of a recent day/), { target: { value: 'They kept calm in the queue.' } });
    first.unmount();
    await waitFor(async () => expect((await ipc.stepBackDraft())?.[0]?.text).toBe('They kept calm in the queue.'), {
      timeout: DRAFT_PAUSE_MS / 4,
    });

    render(StepBack);
    expect(await screen.findByText('You started a step back before. Your answers were kept for you.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Carry on' }));
    expect(screen.getByText('Question 2 of 6')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((screen.getByLabelText(/Think of a recent day/) as HTMLTextAreaElement).value).toBe('They kept calm in the queue.');
  });

  it('starts again with no answers when asked', async () => {
    await seed('full');
    await ipc.saveStepBackDraft({ answers: [{ promptId: 'what_they_faced', text: 'An old answer', skillIds: [] }] });
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    await waitFor(() => expect(screen.getByText('Question 1 of 6')).toBeTruthy());
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('');
    await waitFor(async () => expect(await ipc.stepBackDraft()).toBeNull());
  });
});

describe('Recognitions', () => {
  it('adds what someone noticed, then accepts it as a new skill', async () => {
    await seed('empty');
    render(Recognitions);
    expect(await screen.findByText('Nothing here yet.')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Add what someone noticed' }));
    await fireEvent.input(screen.getByLabelText(/Who said it/), { target: { value: 'Sam' } });
    await fireEvent.input(screen.getByLabelText('What did they say?'), { target: { value: 'You always make people laugh.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save it' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to my skills: what Sam said' }));
    await fireEvent.input(screen.getByLabelText(/Skill name/), { target: { value: 'Making people laugh' } });
    // The area is the person's choice: none is picked for them.
    await fireEvent.click(screen.getByRole('button', { name: 'Add to my skills' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toBe('Pick an area, or type your own.'));
    await fireEvent.change(screen.getByLabelText('Area'), { target: { value: 'people' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Add to my skills' }));
    expect(await screen.findByText('Added to Making people laugh, as a moment.')).toBeTruthy();
    expect((await ipc.listSkills(ALL)).map((s) => [s.name, s.area])).toEqual([['Making people laugh', 'people']]);
  });

  it('keeps a recognition waiting when its new skill has no name, and says why beside the button', async () => {
    await seed('empty');
    await ipc.addRecognition({ recognition: { from: 'Sam', text: 'You listen well.', receivedOn: '2026-11-01' } });
    render(Recognitions);
    await fireEvent.click(await screen.findByRole('button', { name: 'Add to my skills: what Sam said' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Add to my skills' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/Give the skill a name/));
    const alert = screen.getAllByRole('alert').find((a) => a.textContent)!;
    expect(alert.closest('li')).not.toBeNull();
    expect(await ipc.listSkills(ALL)).toHaveLength(0);
    expect((await ipc.listRecognitions())[0].status).toBe('pending');
  });

  it('puts one to one side', async () => {
    const ids = await seed('full');
    render(Recognitions);
    await fireEvent.click(await screen.findByRole('button', { name: /^Not for me: what Dee/ }));
    await waitFor(async () => expect((await ipc.listRecognitions()).find((r) => r.id === ids.recognitions.r1)?.status).toBe('dismissed'));
    // Both now under "Already kept", each saying where it went.
    expect(await screen.findByText('Dee, my support worker, 18 November 2026 · put to one side')).toBeTruthy();
    expect(screen.getByText('Sam at the Friday group, 20 August 2026 · in Cooking on a budget')).toBeTruthy();
  });
});

describe('Settings', () => {
  it('changes how often check-ins come round', async () => {
    await seed('full');
    render(Settings);
    await fireEvent.click(await screen.findByRole('radio', { name: 'Every 6 months' }));
    await waitFor(async () => expect((await ipc.checkInStatus()).cadenceMonths).toBe(6));
    expect(await screen.findByText(/^Saved\./)).toBeTruthy();
  });

  it('brings a backup into a journal that has things in it, and says what was already there', async () => {
    // A backup made with one moment more than the journal now has.
    await seed('full');
    const extra = await ipc.addMoment({ moment: { date: '2026-11-01', text: 'Fixed the bike for Jo.', skillIds: [] } });
    const { contents } = await ipc.exportBackup({ passphrase: null });
    await ipc.deleteMoment({ id: extra.id });
    const there = (await ipc.listSkills(ALL)).length + (await allMoments()).length + (await ipc.listCheckIns()).length + (await ipc.listRecognitions()).length;
    render(Settings);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([contents], 'brim-backup.json', { type: 'application/json' })] });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring back my journal' }));
    const done = (await screen.findByText(/^Welcome back\./)).textContent!.replace(/\s+/g, ' ');
    expect(done).toBe(
      `Welcome back. Brought back 0 skills, 1 moment, 0 check-ins and 0 recognitions. ${there} things were already in your journal and stayed as they are.`,
    );
    expect((await allMoments()).filter((m) => m.text === 'Fixed the bike for Jo.')).toHaveLength(1);
    // A plain backup never asks for a passphrase.
    expect(screen.queryByLabelText('Passphrase for this backup')).toBeNull();
  });

  it('says a file that is not a backup is not one, next to the button', async () => {
    await seed('full');
    const before = await allMoments();
    render(Settings);
    const input = screen.getByLabelText('Backup file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' })] });
    await fireEvent.click(screen.getByRole('button', { name: 'Bring back my journal' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/not a Brim backup/));
    // The message sits next to the button that was pressed.
    const alert = screen.getAllByRole('alert').find((a) => a.textContent)!;
    expect(alert.nextElementSibling?.textContent).toBe('Bring back my journal');
    expect(await allMoments()).toEqual(before);
  });

  it('makes a printable page of the chosen skills', async () => {
    await seed('full');
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

  it('saves the chosen skills as a PDF and says where it went, in words, with no path', async () => {
    await seed('full');
    render(Settings);
    await screen.findByRole('checkbox', { name: 'Listening' });
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Playing guitar' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Save as a PDF' }));
    const said = await screen.findByText(/^Saved\. Your skills page is in/, {}, { timeout: 15_000 });
    expect(said.textContent).toMatch(
      /^Saved\. Your skills page is in your Downloads folder, named Brim skills portfolio \d{4}-\d{2}-\d{2}\.pdf\. It stays on this device until you send it yourself\.$/,
    );
    expect(said.getAttribute('role')).toBe('status');
    expect(screen.getByRole('button', { name: 'Save as a PDF' })).not.toHaveProperty('disabled', true);
  });

  it('with no skill ticked, says so next to the PDF button and saves nothing', async () => {
    await seed('full');
    render(Settings);
    await screen.findByRole('checkbox', { name: 'Listening' });
    for (const box of within(screen.getByRole('group', { name: 'Skills to print' })).getAllByRole('checkbox')) {
      if ((box as HTMLInputElement).checked) await fireEvent.click(box);
    }
    await fireEvent.click(screen.getByRole('button', { name: 'Save as a PDF' }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent).join('')).toMatch(/Choose at least one skill/));
    const alert = screen.getAllByRole('alert').find((a) => a.textContent)!;
    expect(alert.nextElementSibling?.textContent).toBe('Save as a PDF');
    expect(screen.queryByText(/Your skills page is in/)).toBeNull();
  });
});

describe('Growth', () => {
  it('with fewer than three skills rated shows them in a table, not a star chart squashed to a line', async () => {
    await seed('empty');
    const a = await ipc.addSkill({ skill: { name: 'Listening', area: 'people', story: '', promptId: null } });
    const b = await ipc.addSkill({ skill: { name: 'Cooking', area: 'practical', story: '', promptId: null } });
    await ipc.recordCheckIn({ checkIn: { date: '2026-11-01', note: '', ratings: [{ skillId: a.id, rating: 3, note: '' }, { skillId: b.id, rating: 4, note: '' }] } });
    render(Growth);
    expect(await screen.findByRole('heading', { name: 'Your skills now' })).toBeTruthy();
    expect(screen.queryByRole('img', { name: /Star chart/ })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Listening' })).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Cooking' })).toBeTruthy();
  });

  it('with three skills rated shows the star chart, and the table under its own heading', async () => {
    await seed('full');
    render(Growth);
    expect(await screen.findByRole('img', { name: /Star chart/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The numbers' })).toBeTruthy();
  });

  it('counts evidence by months a person reads, not by quarter codes', async () => {
    await seed('full');
    render(Growth);
    const cooking = await screen.findByRole('list', { name: 'Moments for Cooking on a budget, three months at a time' });
    expect(cooking.textContent).toContain('October to December 2026: 1 moment');
    expect(cooking.textContent).toContain('July to September 2026: 2 moments');
    expect(document.body.textContent).not.toMatch(/\bQ[1-4]\b/);
  });
});
