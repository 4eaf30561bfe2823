//! Arranging skills for the screens: grouped by area in the order of the
//! built-in areas (the person's own areas after them, A to Z), and the skills
//! a moment's words seem to show.
import type { AreaInfo, Skill } from './types';
import { t } from './i18n.svelte';

export type AreaGroup = { area: string; label: string; skills: Skill[] };

/** The words to show for an area id: its label if built in, else the person's own words. */
export function areaLabel(area: string, areas: AreaInfo[]): string {
  return areas.find((a) => a.id === area)?.label ?? area;
}

export function groupByArea(skills: Skill[], areas: AreaInfo[]): AreaGroup[] {
  const groups = new Map<string, Skill[]>();
  for (const s of skills) {
    const list = groups.get(s.area);
    if (list) list.push(s);
    else groups.set(s.area, [s]);
  }
  const builtIn = areas.map((a) => a.id);
  const rank = (area: string) => {
    const i = builtIn.indexOf(area);
    return i === -1 ? builtIn.length : i;
  };
  return [...groups.entries()]
    .map(([area, list]) => ({
      area,
      label: areaLabel(area, areas),
      skills: [...list].sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => rank(a.area) - rank(b.area) || a.label.localeCompare(b.label));
}

/** "1 moment", "3 moments". */
export function momentCount(count: number): string {
  return t('moment-count', { count });
}

// Common words that say nothing about a skill on their own.
const SMALL = new Set(['with', 'from', 'that', 'this', 'good', 'being', 'your', 'other', 'others', 'things', 'last', 'make', 'making', 'made', 'keep', 'keeping', 'well', 'doing', 'have', 'having', 'time', 'over']);

function stems(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z']+/)
    .filter((w) => w.length >= 4 && !SMALL.has(w))
    .map((w) => w.slice(0, 4));
}

/**
 * Skills whose name shares a word with what was written, so the person can
 * tick them in one tap. A hint only: every skill stays in the list.
 */
export function suggestSkills(text: string, skills: Skill[]): string[] {
  const said = new Set(stems(text));
  if (said.size === 0) return [];
  return skills.filter((s) => !s.archived && stems(s.name).some((w) => said.has(w))).map((s) => s.id);
}
