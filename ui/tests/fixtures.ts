// Plain inputs for the tests of pure UI functions (check-in flow, grouping,
// suggestions): skills as the core would hand them over. No rules live here;
// screens are tested against the real core (see ./seed.ts).
import type { Skill } from '../src/lib/types';

const t = (d: string) => `${d}T10:00:00Z`;

/** Six active skills (Listening first by name order of the check-in), one put away. */
export function sampleSkills(): Skill[] {
  const s = (id: string, name: string, area: string, promptId: string | null, evidenceCount: number, created: string, archived = false): Skill => ({
    id, name, area, story: '', promptId, archived, evidenceCount, createdAt: t(created), updatedAt: t(created),
  });
  return [
    s('s-listen', 'Listening', 'people', 'listening', 3, '2026-03-02'),
    s('s-budget', 'Making money last', 'money', 'budgeting', 2, '2026-03-02'),
    s('s-cook', 'Cooking on a budget', 'practical', 'cooking_with_little', 2, '2026-03-05'),
    s('s-calm', 'Staying calm', 'resilience', 'staying_calm', 1, '2026-03-05'),
    s('s-group', 'Speaking in a group', 'speaking_up', 'public_speaking', 1, '2026-06-10'),
    s('s-guitar', 'Playing guitar', 'Music', null, 0, '2026-07-01'),
    s('s-drive', 'Driving the van', 'practical', null, 0, '2026-01-10', true),
  ];
}
