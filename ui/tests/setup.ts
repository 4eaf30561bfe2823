import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { forgetCatalog } from '../src/lib/catalog';
import { forgetGroup } from '../src/lib/group/watch';
import { forgetAllMoments } from '../src/lib/moments';
import { freshJournal } from '../src/lib/ipc/dev';

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
