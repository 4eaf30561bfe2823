// Issue 14: nothing in ui/ decides what is valid. The old in-memory mock
// (src/mock) is gone: the vitest screens and the Chromium screenshots run
// against the real core through brim-dev, with scenarios made by real commands
// (tests/scenario.ts). This keeps it gone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ui = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('no second rulebook', () => {
  it('the old mock of the core is gone', () => {
    expect(existsSync(join(ui, 'src', 'mock'))).toBe(false);
  });

  it('nothing imports a mock of the core or installs a fake behind Tauri IPC outside its own argument-name test', () => {
    const users = [...files(join(ui, 'src')), ...files(join(ui, 'tests')), ...files(join(ui, 'scripts'))]
      .filter((path) => /\.(ts|mjs|svelte)$/.test(path))
      .filter((path) => /from ['"][./]*(?:src\/)?mock\/|\bmockIPC\(/.test(readFileSync(path, 'utf8')))
      .map((path) => relative(ui, path))
      .sort();
    // ipc.test.ts checks the argument names sent on the Tauri path with Tauri's own mockIPC (no rules there).
    expect(users).toEqual(['tests/ipc.test.ts']);
  });
});
