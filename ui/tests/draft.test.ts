// Keeping what is being written: after a pause, at once when asked, in order, never after saving.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DRAFT_PAUSE_MS, keepDrafts } from '../src/lib/draft';

type Draft = { text: string };

function store() {
  const log: string[] = [];
  let kept: string | null = null;
  return {
    log,
    kept: () => kept,
    save: async (d: Draft) => {
      await Promise.resolve();
      log.push(`save ${d.text}`);
      kept = d.text;
    },
    drop: async () => {
      log.push('drop');
      kept = null;
    },
    blank: (d: Draft) => d.text.trim() === '',
  };
}

describe('keepDrafts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once, a pause after the last change', async () => {
    const s = store();
    const keeper = keepDrafts<Draft>(s);
    keeper.changed({ text: 'S' });
    keeper.changed({ text: 'Sat' });
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS - 1);
    expect(s.log).toEqual([]);
    keeper.changed({ text: 'Sat with Dee' });
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS);
    expect(s.log).toEqual(['save Sat with Dee']);
  });

  it('keeps the latest words at once when the app goes away, and nothing twice', async () => {
    const s = store();
    const keeper = keepDrafts<Draft>(s);
    keeper.changed({ text: 'Fixed the gate' });
    await keeper.flush();
    expect(s.kept()).toBe('Fixed the gate');
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS * 2);
    await keeper.flush();
    expect(s.log).toEqual(['save Fixed the gate']);
  });

  it('drops the draft when the words are all gone', async () => {
    const s = store();
    const keeper = keepDrafts<Draft>(s);
    keeper.changed({ text: 'Fixed' });
    await keeper.flush();
    keeper.changed({ text: '  ' });
    await keeper.flush();
    expect(s.log).toEqual(['save Fixed', 'drop']);
    expect(s.kept()).toBeNull();
  });

  it('does not write what the form opened with', async () => {
    const s = store();
    const keeper = keepDrafts<Draft>(s);
    keeper.known({ text: 'From last time' });
    keeper.changed({ text: 'From last time' });
    await keeper.flush();
    expect(s.log).toEqual([]);
  });

  it('lets no waiting change land after the form is saved, and keeps changes after a failed save', async () => {
    const s = store();
    const keeper = keepDrafts<Draft>(s);
    keeper.changed({ text: 'first' });
    const writing = keeper.flush();
    keeper.changed({ text: 'second' });
    await keeper.settle();
    await writing;
    expect(s.log).toEqual(['save first']);
    await vi.advanceTimersByTimeAsync(DRAFT_PAUSE_MS * 2);
    expect(s.log, 'the change waiting at save time is not written').toEqual(['save first']);
    keeper.changed({ text: 'second' });
    await keeper.flush();
    expect(s.log, 'after settling, the same words count as a change').toEqual(['save first', 'save second']);
  });

  it('goes on after a write fails (the journal locked)', async () => {
    const s = store();
    let fail = true;
    const keeper = keepDrafts<Draft>({ ...s, save: (d) => (fail ? Promise.reject(new Error('locked')) : s.save(d)) });
    keeper.changed({ text: 'one' });
    await keeper.flush();
    fail = false;
    keeper.changed({ text: 'two' });
    await keeper.flush();
    expect(s.kept()).toBe('two');
  });
});
