import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

// `vite build` empties dist/, but Tauri needs dist/ to exist at compile time
// and git keeps it through dist/.gitkeep: put it back after every build.
function keepGitkeep(): Plugin {
  let outDir = '';
  return {
    name: 'brim-keep-gitkeep',
    apply: 'build',
    configResolved(c) {
      outDir = resolve(c.root, c.build.outDir);
    },
    closeBundle() {
      if (outDir === resolve(here, 'dist') && existsSync(outDir)) writeFileSync(resolve(outDir, '.gitkeep'), '');
    },
  };
}

// The fake backend is for tests and screenshots only: the real build fails
// if anything pulls it (or Tauri's IPC mocks) in.
function noFakeBackend(): Plugin {
  return {
    name: 'brim-no-fake-backend',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'screens',
    load(id) {
      if (id.includes('/src/mock/') || id.includes('@tauri-apps/api/mocks')) {
        this.error(`${id} is test-only and must not be in the app build`);
      }
      return null;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [svelte(), keepGitkeep(), noFakeBackend()],
  resolve: {
    // The screenshot build installs the fake backend first; the real build never sees it.
    alias: mode === 'screens' ? [{ find: /^\.\/boot$/, replacement: resolve(here, 'src/boot-screens.ts') }] : [],
    conditions: process.env.VITEST ? ['browser'] : undefined,
  },
  // The screenshot preview serves the app under the same CSP as the Tauri window.
  preview: {
    headers: {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'",
    },
  },
  build: {
    outDir: mode === 'screens' ? 'dist-screens' : 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/setup.ts'],
    // The real core (brim-dev) for the screen tests; see tests/global-setup.ts.
    globalSetup: ['tests/global-setup.ts'],
    // Against the real core and group server: a test may wait on a passphrase
    // being stretched or on the background sync.
    testTimeout: 30_000,
  },
}));
