import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/svelte';
import { clearMocks } from '@tauri-apps/api/mocks';
import { forgetCatalog } from '../src/lib/catalog';

afterEach(() => {
  cleanup();
  clearMocks();
  forgetCatalog();
  location.hash = '';
});
