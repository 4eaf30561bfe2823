//! The fixed lists the backend ships (areas, skill ideas, step-back prompts,
//! rating labels): asked for once, then kept.
import * as ipc from './ipc';
import type { AreaInfo, RatingLabel, SkillPrompt, StepBackPrompt } from './types';

let areasP: Promise<AreaInfo[]> | null = null;
let promptsP: Promise<SkillPrompt[]> | null = null;
let stepBackP: Promise<StepBackPrompt[]> | null = null;
let labelsP: Promise<RatingLabel[]> | null = null;

function keep<T>(get: () => Promise<T>, set: (p: Promise<T> | null) => void): Promise<T> {
  const p = get();
  // A failed load is not kept, so the next visit asks again.
  p.catch(() => set(null));
  set(p);
  return p;
}

export const loadAreas = () => areasP ?? keep(ipc.areas, (p) => (areasP = p));
export const loadPrompts = () => promptsP ?? keep(ipc.skillPrompts, (p) => (promptsP = p));
export const loadStepBack = () => stepBackP ?? keep(ipc.stepBackPrompts, (p) => (stepBackP = p));
export const loadLabels = () => labelsP ?? keep(ipc.ratingLabels, (p) => (labelsP = p));

/** Forgets everything kept (after an import, and between tests). */
export function forgetCatalog(): void {
  areasP = promptsP = stepBackP = labelsP = null;
}
