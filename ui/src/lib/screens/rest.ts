//! Every screen but Home and Growth, in one chunk of its own: the app opens on
//! Home, so these load just after it (when the page is idle) instead of
//! before it. Growth has its own chunk because it carries Chart.js.
import type { Component } from 'svelte';
import CheckIn from './CheckIn.svelte';
import Moments from './Moments.svelte';
import More from './More.svelte';
import Recognitions from './Recognitions.svelte';
import Search from './Search.svelte';
import Settings from './Settings.svelte';
import StepBack from './StepBack.svelte';

/** The screens a path opens by its first part alone, with nothing to pass them (`#/search`). */
export const byFirstPart: Record<string, Component> = {
  moments: Moments,
  search: Search,
  'check-in': CheckIn,
  more: More,
  'step-back': StepBack,
  recognitions: Recognitions,
  settings: Settings,
};
export { default as Skills } from './Skills.svelte';
export { default as SkillIdeas } from './SkillIdeas.svelte';
export { default as SkillNew } from './SkillNew.svelte';
export { default as SkillDetail } from './SkillDetail.svelte';
export { default as MomentForm } from './MomentForm.svelte';
export { default as Group } from './Group.svelte';
export { default as GroupVisible } from './GroupVisible.svelte';
export { default as GroupLead } from './GroupLead.svelte';
export { default as Share } from './Share.svelte';
export { default as SyncLine } from '../components/SyncLine.svelte';
export { forgetGroup, watchGroup } from '../group/watch';
