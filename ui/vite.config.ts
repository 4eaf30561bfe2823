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

// Tauri's IPC mocks are for ipc.test.ts only (no fake backend remains: tests and
// screenshots use the real core through brim-dev): the real build fails if
// anything pulls them in.
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
    // The screenshot build first seeds a journal on brim-dev by real commands (src/boot-screens.ts).
    alias: mode === 'screens' ? [{ find: /^\.\/boot$/, replacement: resolve(here, 'src/boot-screens.ts') }] : [],
    conditions: process.env.VITEST ? ['browser'] : undefined,
  },
  // The words are in ../locales, shared with the core: `npm run dev` may read them.
  server: { fs: { allow: ['..'] } },
  // The screenshot preview serves the app under the same CSP as the Tauri window.
  preview: {
    // scripts/screens.mjs: the page reaches brim-dev through the preview server
    // (same origin, so the CSP below stays the app's own).
    proxy: process.env.BRIM_DEV_TARGET
      ? { '/brim-dev': { target: process.env.BRIM_DEV_TARGET, ws: true, rewrite: () => '/' } }
      : undefined,
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
