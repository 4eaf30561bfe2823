import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { forgetCatalog } from '../src/lib/catalog';
import { forgetGroup } from '../src/lib/group/watch';
import { forgetAllMoments } from '../src/lib/moments';
import { freshJournal } from '../src/lib/ipc/dev';

// The real core answers in milliseconds, but turning the lock on or sealing a
// backup stretches a passphrase (Argon2id), slower on a busy machine: screens
// get a few seconds to show what the core answered.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  clearMocks();
  forgetCatalog();
  forgetGroup();
  forgetAllMoments();
  // The test's connection to brim-dev closes, and its journal with it.
  delete window.__BRIM_DEV__;
  freshJournal();
  location.hash = '';
  sessionStorage.clear();
});
