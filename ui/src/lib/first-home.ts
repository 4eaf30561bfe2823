//! The home screen's data as the app shell put it into the page before it
//! loaded (see `open_main_window` in src-tauri/src/lib.rs). It is taken once:
//! later visits to Home ask the backend.
import type { Home } from './types';

declare global {
  interface Window {
    __BRIM_FIRST_HOME__?: Home;
  }
}

export function takeFirstHome(): Home | null {
  const home = window.__BRIM_FIRST_HOME__ ?? null;
  delete window.__BRIM_FIRST_HOME__;
  return home;
}

/** Resolves once the page has loaded (at once if it already has). */
export function pageLoaded(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
