//! Boot step of the screenshot build: the page talks to the real core through
//! brim-dev (the address comes from scripts/screens.mjs as `window.__BRIM_SCREEN__`),
//! and its journal is made by calling real commands before the app mounts:
//! `?scenario=empty` (else the full journal), `?lock=on|locked`, `?draft=1`,
//! `?text=200` (the text size, in percent), `?lang=ar` (a language the
//! picker offers, kept by the core as a person's choice is; `en-XA`, the
//! pseudo-locale, is pinned in the page instead),
//! `?backup=1` (a backup file's contents kept in `__BRIM_SEEDED__.backup`, to restore),
//! a group joined when the script made one; `?fail=a,b` makes those calls fail
//! through the transport's fault switch. `{listen}` in the hash becomes that
//! skill's id. Then Object.prototype is frozen as Tauri's `freezePrototype: true`
//! does, so a library that patches built-ins fails here too.
import { faults } from './lib/ipc/dev';
import * as ipc from './lib/ipc';
import { setPreferences } from './lib/ipc/preferences';
import { pinLanguage } from './lib/i18n.svelte';
import type { Language } from './lib/bindings/Language';
import type { NewOpportunity } from './lib/types';
import { PASSPHRASE, seedGroup, seedScenario, type OtherMember, type Scenario } from '../tests/scenario';

declare global {
  interface Window {
    __BRIM_SCREEN__?: { dev: string; server?: string; code?: string; others?: OtherMember[]; post?: NewOpportunity };
    __BRIM_SEEDED__?: { memberId?: string; backup?: string };
  }
}

const screen = window.__BRIM_SCREEN__;
if (screen) {
  window.__BRIM_DEV__ = screen.dev;
  const q = new URLSearchParams(location.search);
  const lock = (q.get('lock') ?? undefined) as 'on' | 'locked' | undefined;
  // Told before any await, as the app tells the page before its scripts run.
  if (lock === 'locked') window.__BRIM_LOCKED__ = true;
  const ids = await seedScenario((q.get('scenario') as Scenario) ?? 'full', lock);
  const seeded: { memberId?: string; backup?: string } = {};
  if (q.get('backup') === '1') seeded.backup = (await ipc.exportBackup({ passphrase: lock ? PASSPHRASE : null })).contents;
  if (ids && q.get('draft') === '1') {
    const date = new Date().toISOString().slice(0, 10);
    await ipc.saveCheckInDraft({ draft: { date, note: '', ratings: [{ skillId: ids.skills.listen, rating: 4, note: '' }] } });
  }
  if (screen.server && screen.code) {
    seeded.memberId = (await seedGroup(screen.server, screen.code, screen.others ?? [], screen.dev, screen.post)).memberId;
  }
  if (ids) {
    const hash = decodeURIComponent(location.hash).replace(/\{(\w+)\}/g, (_, name: string) => ids.skills[name as keyof typeof ids.skills] ?? name);
    history.replaceState(null, '', location.pathname + location.search + hash);
    // The router may have read the hash already: tell it, as a link would.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
  const text = Number(q.get('text') ?? 100);
  const lang = q.get('lang');
  if (lang === 'en-XA') await pinLanguage(lang);
  const language = lang && lang !== 'en-XA' ? (lang as Language) : null;
  if (text !== 100 || language) {
    await setPreferences({ preferences: { textSize: text, sync: 'automatic', language, skillNudge: false } });
  }
  for (const cmd of (q.get('fail') ?? '').split(',').filter(Boolean)) faults.failing.add(cmd);
  faults.calls.length = 0;
  faults.answered.length = 0;
  window.__BRIM_SEEDED__ = seeded;
}
Object.freeze(Object.prototype);
