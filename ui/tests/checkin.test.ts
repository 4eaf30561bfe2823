import { describe, expect, it } from 'vitest';
import * as F from '../src/lib/checkin';
import { sampleSkills } from './fixtures';

const skills = sampleSkills(); // 6 active (Listening first), 1 put away

describe('check-in flow', () => {
  it('goes through active skills one at a time, then the summary', () => {
    let flow = F.startFlow(skills, '2026-11-25');
    expect(flow.skills).toHaveLength(6);
    expect(flow.skills.map((s) => s.name)).not.toContain('Driving the van');
    expect(F.current(flow)?.name).toBe('Listening');
    flow = F.next(F.rate(flow, 4));
    expect(F.current(flow)?.name).toBe('Making money last');
    flow = F.back(flow);
    expect(F.current(flow)?.name).toBe('Listening');
    expect(flow.answers['s-listen'].rating).toBe(4);
    for (let i = 0; i < 10; i++) flow = F.next(flow);
    expect(F.atSummary(flow)).toBe(true);
    expect(F.current(flow)).toBeNull();
    expect(F.back(F.back(flow)).index).toBe(4);
  });

  it('ignores ratings outside 1 to 5', () => {
    const flow = F.startFlow(skills, '2026-11-25');
    expect(F.rate(flow, 0).answers['s-listen'].rating).toBeNull();
    expect(F.rate(flow, 6).answers['s-listen'].rating).toBeNull();
  });

  it('keeps only rated skills, with their notes, in the check-in it records', () => {
    let flow = F.startFlow(skills, '2026-11-25');
    flow = F.next(F.setNote(F.rate(flow, 5), '  I listened a lot  '));
    flow = F.next(flow); // skipped
    flow = F.next(F.rate(flow, 2));
    expect(F.ratedCount(flow)).toBe(2);
    expect(F.toNewCheckIn(flow)).toEqual({
      date: '2026-11-25',
      note: '',
      ratings: [
        { skillId: 's-listen', rating: 5, note: 'I listened a lot' },
        { skillId: 's-cook', rating: 2, note: '' },
      ],
    });
  });

  it('resumes a draft after the last skill it rated', () => {
    let flow = F.startFlow(skills, '2026-11-20');
    flow = F.next(F.rate(flow, 3));
    flow = F.next(F.rate(flow, 4));
    const draft = F.toNewCheckIn(flow);
    const resumed = F.resumeFlow(skills, draft);
    expect(resumed.date).toBe('2026-11-20');
    expect(resumed.index).toBe(2);
    expect(resumed.answers['s-listen'].rating).toBe(3);
    expect(resumed.answers['s-budget'].rating).toBe(4);
    expect(F.toNewCheckIn(resumed)).toEqual(draft);
  });

  it('drops draft ratings of skills no longer active, and resumes at the summary when all are done', () => {
    const draft = {
      date: '2026-11-20',
      note: 'A good few months',
      ratings: [
        ...skills.filter((s) => !s.archived).map((s) => ({ skillId: s.id, rating: 3, note: '' })),
        { skillId: 's-drive', rating: 2, note: '' },
      ],
    };
    const resumed = F.resumeFlow(skills, draft);
    expect(F.atSummary(resumed)).toBe(true);
    expect(F.toNewCheckIn(resumed).ratings.map((r) => r.skillId)).not.toContain('s-drive');
    expect(resumed.note).toBe('A good few months');
  });
});
