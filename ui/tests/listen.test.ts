// "Listen": each button sends the words a person sees to the device's voice,
// through the real command table. brim-dev's voice makes no sound: it writes
// down what it was asked to say (`spoken`), after brim-app's rules, as in the app.
import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import * as ipc from '../src/lib/ipc';
import { spoken } from '../src/lib/ipc/dev';
import { seed } from './seed';
import CheckIn from '../src/lib/screens/CheckIn.svelte';
import Moments from '../src/lib/screens/Moments.svelte';
import SkillIdeas from '../src/lib/screens/SkillIdeas.svelte';
import StepBack from '../src/lib/screens/StepBack.svelte';

afterEach(() => {
  document.documentElement.lang = 'en';
});

const lastSaid = () => spoken.said.at(-1);

describe('Listen', () => {
  it("reads a skill idea's name, question and description aloud in English, and stops when pressed again", async () => {
    await seed('empty');
    render(SkillIdeas);
    const [idea, other] = await ipc.skillPrompts();
    const listen = await screen.findByRole('button', { name: `Listen to the idea: ${idea.name}` });
    await fireEvent.click(listen);
    await waitFor(() => expect(lastSaid()).toEqual({ text: `${idea.name}. ${idea.question} ${idea.description}`, language: 'en' }));
    expect(listen.textContent).toBe('Stop');
    expect(listen.getAttribute('aria-pressed')).toBe('true');
    expect(listen.getAttribute('aria-label')).toBe(`Stop reading the idea: ${idea.name} aloud`);

    // Another idea's Listen takes over: the first button says Listen again.
    await fireEvent.click(screen.getByRole('button', { name: `Listen to the idea: ${other.name}` }));
    await waitFor(() => expect(lastSaid()?.text).toContain(other.question));
    expect(listen.textContent).toBe('Listen');

    // Pressed again, the voice stops.
    const stop = screen.getByRole('button', { name: `Stop reading the idea: ${other.name} aloud` });
    expect(spoken.stops).toBe(0);
    await fireEvent.click(stop);
    await waitFor(() => expect(spoken.stops).toBe(1));
    expect(stop.textContent).toBe('Listen');
    expect(spoken.said).toHaveLength(2);
  });

  it('stops reading when the screen changes', async () => {
    await seed('empty');
    render(SkillIdeas);
    const [idea] = await ipc.skillPrompts();
    await fireEvent.click(await screen.findByRole('button', { name: `Listen to the idea: ${idea.name}` }));
    await waitFor(() => expect(spoken.said).toHaveLength(1));
    location.hash = '#/skills';
    await waitFor(() => expect(spoken.stops).toBe(1));
    expect(screen.getByRole('button', { name: `Listen to the idea: ${idea.name}` }).textContent).toBe('Listen');
  });

  it("reads a person's own moment aloud, all of it, in the page's language", async () => {
    await seed('full');
    document.documentElement.lang = 'pl';
    render(Moments);
    const [first] = (await ipc.listMoments({ limit: 1, after: null })).moments;
    // One Listen for each moment shown.
    const shown = await screen.findAllByRole('listitem');
    const buttons = screen.getAllByRole('button', { name: /^Listen to your moment from / });
    expect(buttons).toHaveLength(shown.length);
    await fireEvent.click(buttons[0]);
    await waitFor(() => expect(lastSaid()).toEqual({ text: first.text.trim(), language: 'pl' }));
  });

  it('goes back to Listen by itself once the words have surely been said', async () => {
    await seed('empty');
    const today = new Date().toISOString().slice(0, 10);
    await ipc.addMoment({ moment: { date: today, text: 'Fixed the tap.', skillIds: [] } });
    render(Moments);
    const listen = (await screen.findAllByRole('button', { name: /^Listen to your moment from / }))[0];
    await fireEvent.click(listen);
    await waitFor(() => expect(listen.textContent).toBe('Stop'));
    // Three words: under four seconds.
    await waitFor(() => expect(listen.textContent).toBe('Listen'), { timeout: 6_000 });
    expect(spoken.stops).toBe(0);
  }, 15_000);

  it('reads the skill being rated and every rating label in a check-in', async () => {
    await seed('full');
    render(CheckIn);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start my check-in' }));
    const skill = screen.getByRole('heading', { level: 2 }).textContent ?? '';
    await fireEvent.click(screen.getByRole('button', { name: 'Listen to the skill and its choices' }));
    await waitFor(() => expect(spoken.said).toHaveLength(1));
    const { text } = spoken.said[0];
    expect(text.startsWith(`${skill}. How well can you do this now?`)).toBe(true);
    const labels = await ipc.ratingLabels();
    expect(labels.length).toBe(5);
    for (const l of labels) expect(text).toContain(`${l.value}: ${l.label}.`);

    // The next skill: whatever was being read stops.
    await fireEvent.click(screen.getByRole('button', { name: 'Skip this one' }));
    await waitFor(() => expect(spoken.stops).toBe(1));
  });

  it('reads a step-back question aloud', async () => {
    await seed('full');
    render(StepBack);
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    const [question] = await ipc.stepBackPrompts();
    await fireEvent.click(screen.getByRole('button', { name: 'Listen to the question' }));
    await waitFor(() => expect(lastSaid()).toEqual({ text: question.prompt, language: 'en' }));
  });

  it("says so beside the button when the core refuses, and nothing reaches the voice", async () => {
    await seed('empty');
    document.documentElement.lang = 'not a language';
    render(SkillIdeas);
    const [idea] = await ipc.skillPrompts();
    const listen = await screen.findByRole('button', { name: `Listen to the idea: ${idea.name}` });
    await fireEvent.click(listen);
    expect((await screen.findByRole('status')).textContent).toBe('Brim does not know that language.');
    expect(listen.textContent).toBe('Listen');
    expect(spoken.said).toHaveLength(0);
  });
});
