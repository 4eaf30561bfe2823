//! The check-in flow as plain data: one skill at a time, then a summary.
//! `index` runs from 0 to skills.length; at skills.length the summary shows.
//! The flow turns into a `NewCheckIn` both for the saved draft and for the
//! final record, so leaving and coming back loses nothing.
import type { NewCheckIn, Skill } from './types';

export type Answer = { rating: number | null; note: string };
export type SkillRef = { id: string; name: string };

export type Flow = {
  skills: SkillRef[];
  index: number;
  answers: Record<string, Answer>;
  date: string;
  note: string;
};

export function startFlow(skills: Skill[], date: string): Flow {
  const active = skills.filter((s) => !s.archived).map((s) => ({ id: s.id, name: s.name }));
  return {
    skills: active,
    index: 0,
    answers: Object.fromEntries(active.map((s) => [s.id, { rating: null, note: '' }])),
    date,
    note: '',
  };
}

/**
 * Picks up a saved draft: its answers, and the step after the last skill it
 * rated. Ratings for skills no longer active are dropped.
 */
export function resumeFlow(skills: Skill[], draft: NewCheckIn): Flow {
  const flow = startFlow(skills, draft.date);
  flow.note = draft.note ?? '';
  let last = -1;
  for (const r of draft.ratings) {
    const i = flow.skills.findIndex((s) => s.id === r.skillId);
    if (i === -1) continue;
    flow.answers[r.skillId] = { rating: r.rating, note: r.note ?? '' };
    last = Math.max(last, i);
  }
  flow.index = Math.min(last + 1, flow.skills.length);
  return flow;
}

export function current(flow: Flow): SkillRef | null {
  return flow.skills[flow.index] ?? null;
}

export function atSummary(flow: Flow): boolean {
  return flow.index >= flow.skills.length;
}

export function rate(flow: Flow, rating: number): Flow {
  const skill = current(flow);
  if (!skill || rating < 1 || rating > 5) return flow;
  return { ...flow, answers: { ...flow.answers, [skill.id]: { ...flow.answers[skill.id], rating } } };
}

export function setNote(flow: Flow, note: string): Flow {
  const skill = current(flow);
  if (!skill) return { ...flow, note };
  return { ...flow, answers: { ...flow.answers, [skill.id]: { ...flow.answers[skill.id], note } } };
}

export function next(flow: Flow): Flow {
  return { ...flow, index: Math.min(flow.index + 1, flow.skills.length) };
}

export function back(flow: Flow): Flow {
  return { ...flow, index: Math.max(flow.index - 1, 0) };
}

export function goTo(flow: Flow, index: number): Flow {
  return { ...flow, index: Math.max(0, Math.min(index, flow.skills.length)) };
}

/** How many skills have a rating so far. */
export function ratedCount(flow: Flow): number {
  return flow.skills.filter((s) => flow.answers[s.id]?.rating != null).length;
}

/** The flow as the backend keeps it: only rated skills, in the flow's order. */
export function toNewCheckIn(flow: Flow): NewCheckIn {
  return {
    date: flow.date,
    note: flow.note.trim(),
    ratings: flow.skills
      .filter((s) => flow.answers[s.id]?.rating != null)
      .map((s) => ({
        skillId: s.id,
        rating: flow.answers[s.id].rating as number,
        note: flow.answers[s.id].note.trim(),
      })),
  };
}
