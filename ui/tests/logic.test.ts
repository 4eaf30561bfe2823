import { beforeAll, describe, expect, it } from 'vitest';
import { dueText, formatDate, today } from '../src/lib/dates';
import { areaLabel, groupByArea, momentCount, suggestSkills } from '../src/lib/skills';
import { changeNote, labelFor } from '../src/lib/growth';
import { typedList } from '../src/lib/group/words';
import { list, useLanguage } from '../src/lib/i18n.svelte';
import { sampleSkills } from './fixtures';
import { useRealCore } from './seed';
import { areas } from '../src/lib/ipc';
import type { AreaInfo, CheckInStatus } from '../src/lib/types';

/** The built-in areas, as the core lists them (area.rs). */
let AREAS: AreaInfo[] = [];
beforeAll(async () => {
  useRealCore();
  AREAS = await areas();
});

const status = (s: Partial<CheckInStatus>): CheckInStatus => ({
  cadenceMonths: 3, lastCheckIn: '2026-09-14', nextDue: '2026-12-14', isDue: false, daysUntilDue: 19, ...s,
});

describe('dates', () => {
  it('gives today as a local YYYY-MM-DD day', () => {
    expect(today(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });

  it('writes dates in plain words', () => {
    expect(formatDate('2026-11-25')).toBe('25 November 2026');
    expect(formatDate('2027-01-01')).toBe('1 January 2027');
    expect(formatDate('soon')).toBe('soon');
  });

  it('says when the next check-in is', () => {
    expect(dueText(status({}))).toBe('Your next check-in is in 19 days.');
    expect(dueText(status({ daysUntilDue: 1 }))).toBe('Your next check-in is tomorrow.');
    expect(dueText(status({ isDue: true, daysUntilDue: -3 }))).toBe("It's time for a check-in.");
    expect(dueText(status({ isDue: true, lastCheckIn: null, nextDue: null, daysUntilDue: null }))).toBe(
      'Your first check-in is ready whenever you are.',
    );
  });
});

describe('skills', () => {
  it('groups skills by area in the built-in order, own areas last', () => {
    const groups = groupByArea(sampleSkills().filter((s) => !s.archived), AREAS);
    expect(groups.map((g) => g.label)).toEqual(['People', 'Practical', 'Resilience', 'Money', 'Speaking up', 'Music']);
    expect(groups.find((g) => g.area === 'practical')!.skills.map((s) => s.name)).toEqual(['Cooking on a budget']);
  });

  it('sorts skills by name inside an area', () => {
    const groups = groupByArea(sampleSkills(), AREAS);
    expect(groups.find((g) => g.area === 'practical')!.skills.map((s) => s.name)).toEqual([
      'Cooking on a budget',
      'Driving the van',
    ]);
  });

  it("uses the person's own words for their own areas", () => {
    expect(areaLabel('speaking_up', AREAS)).toBe('Speaking up');
    expect(areaLabel('Music', AREAS)).toBe('Music');
  });

  it('counts moments in plain words', () => {
    expect(momentCount(0)).toBe('0 moments');
    expect(momentCount(1)).toBe('1 moment');
    expect(momentCount(4)).toBe('4 moments');
  });

  it('suggests skills whose name matches what was written, never put-away ones', () => {
    const skills = sampleSkills();
    expect(suggestSkills('I was listening to a friend all night', skills)).toEqual(['s-listen']);
    expect(suggestSkills('Cooked for everyone', skills)).toEqual(['s-cook']);
    expect(suggestSkills('I was driving all day', skills)).toEqual([]);
    expect(suggestSkills('', skills)).toEqual([]);
  });
});

describe('growth words', () => {
  it('notes a rise quietly and never calls a drop a failure', () => {
    expect(changeNote(2, 'last time')).toBe('Up 2 since last time');
    expect(changeNote(-1, 'last time')).toBe('Changed since last time');
    expect(changeNote(0, 'last time')).toBeNull();
    expect(changeNote(null, 'your first check-in')).toBeNull();
  });

  it('gives the plain label for a rating', () => {
    const labels = [{ value: 3, label: 'I can do this' }];
    expect(labelFor(3, labels)).toBe('I can do this');
    expect(labelFor(null, labels)).toBe('Not rated yet');
  });
});

describe('lists in the page language', () => {
  it('a typed list parts at commas, the Arabic comma too', () => {
    expect(typedList(' Speaking up, Listening ,, ')).toEqual(['Speaking up', 'Listening']);
    expect(typedList('الاستماع، الطبخ')).toEqual(['الاستماع', 'الطبخ']);
    expect(typedList('  ')).toEqual([]);
  });

  it('a list reads the way the page language writes one', async () => {
    expect(list(['Listening', 'Cooking'])).toBe('Listening, Cooking');
    await useLanguage('ar');
    try {
      const three = list(['الاستماع', 'الطبخ', 'التنظيم']);
      expect(three).toContain('،');
      expect(three).not.toContain(',');
    } finally {
      await useLanguage('en');
    }
  });
});
