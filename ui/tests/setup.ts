import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { forgetCatalog } from '../src/lib/catalog';
import { forgetGroup } from '../src/lib/group/watch';

afterEach(() => {
  cleanup();
  clearMocks();
  forgetCatalog();
  forgetGroup();
  location.hash = '';
  sessionStorage.clear();
});
