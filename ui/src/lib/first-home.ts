//! The home screen's data as the app shell put it into the page before it
//! loaded (see `open_main_window` in src-tauri/src/lib.rs). It is taken once
//! per run of the app: later visits to Home, and a reloaded page, ask the backend.
import type { Home } from './types';

declare global {
  interface Window {
    __BRIM_FIRST_HOME__?: Home;
  }
}

const TAKEN = 'brim-first-home-taken';

export function takeFirstHome(): Home | null {
  const home = window.__BRIM_FIRST_HOME__ ?? null;
  delete window.__BRIM_FIRST_HOME__;
  // The shell puts the same data into every load of the page, and only the
  // first load's is fresh: a reload may come after the journal was locked (or
  // changed), so a reloaded page asks the backend instead.
  try {
    if (sessionStorage.getItem(TAKEN)) return null;
    sessionStorage.setItem(TAKEN, '1');
  } catch {
    // No session storage: the data is used once per page, as before.
  }
  return home;
}

/** Resolves once the page has loaded (at once if it already has). */
export function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
