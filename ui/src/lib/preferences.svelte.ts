//! This phone's preferences as the page holds them: the text size (applied to
//! the whole page by setting the root font size, which every size in app.css
//! is relative to), the language (see i18n.svelte.ts) and when to sync. The core keeps them, beside the journal,
//! so they hold on the unlock screen and after a restart.
import { attempt } from './attempt';
import { preferences as askPreferences, setPreferences } from './ipc/preferences';
import type { Preferences } from './bindings/Preferences';
import { useLanguage } from './i18n.svelte';

export const phone = $state<{ preferences: Preferences | null }>({ preferences: null });

/** Makes the page's text `percent` of the phone's own size. */
export function applyTextSize(percent: number) {
  document.documentElement.style.fontSize = `${percent}%`;
}

/** Asks the core for this phone's preferences and applies them. Called once, as the app starts. */
export async function loadPreferences() {
  const r = await attempt(askPreferences());
  // Without an answer the page keeps the phone's own text size.
  if (!r.ok) return;
  phone.preferences = r.value;
  applyTextSize(r.value.textSize);
  await useLanguage(r.value.language);
}

/** Keeps a change, then applies what the core kept; the answer says why if it was refused. */
export async function changePreferences(change: Partial<Preferences>) {
  const now: Preferences = phone.preferences ?? { textSize: 100, sync: 'automatic', language: null, skillNudge: false };
  const r = await attempt(setPreferences({ preferences: { ...now, ...change } }));
  if (r.ok) {
    phone.preferences = r.value;
    applyTextSize(r.value.textSize);
    await useLanguage(r.value.language);
  }
  return r;
}
