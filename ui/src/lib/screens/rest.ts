//! Every screen but Home and Growth, in one chunk of its own: the app opens on
//! Home, so these load just after it (when the page is idle) instead of
//! before it. Growth has its own chunk because it carries Chart.js.
export { default as Skills } from './Skills.svelte';
export { default as SkillIdeas } from './SkillIdeas.svelte';
export { default as SkillNew } from './SkillNew.svelte';
export { default as SkillDetail } from './SkillDetail.svelte';
export { default as MomentForm } from './MomentForm.svelte';
export { default as Search } from './Search.svelte';
export { default as Moments } from './Moments.svelte';
export { default as CheckIn } from './CheckIn.svelte';
export { default as More } from './More.svelte';
export { default as StepBack } from './StepBack.svelte';
export { default as Recognitions } from './Recognitions.svelte';
export { default as Settings } from './Settings.svelte';
export { default as Group } from './Group.svelte';
export { default as GroupVisible } from './GroupVisible.svelte';
export { default as GroupLead } from './GroupLead.svelte';
export { default as Share } from './Share.svelte';
export { default as SyncLine } from '../components/SyncLine.svelte';
export { forgetGroup, watchGroup } from '../group/watch';
