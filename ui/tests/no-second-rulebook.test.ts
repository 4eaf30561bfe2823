// Issue 14: nothing in ui/ decides what is valid; the screens are tested against
// the real core through brim-dev. The old in-memory mock (src/mock) still serves
// the screenshot build (src/boot-screens.ts) until it moves to brim-dev; this
// ratchet keeps it from growing or spreading meanwhile. No test reaches it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ui = join(import.meta.dirname, '..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const importsMock = (path: string) => /from ['"][./]*(?:src\/)?mock\//.test(readFileSync(path, 'utf8'));

describe('no second rulebook', () => {
  it('only the screenshot boot still uses the mock: every test runs against the real core', () => {
    const users = [...files(join(ui, 'src')), ...files(join(ui, 'tests')), ...files(join(ui, 'scripts'))]
      .filter((path) => !path.includes(`${join('src', 'mock')}/`) && /\.(ts|mjs|svelte)$/.test(path))
      .filter(importsMock)
      .map((path) => relative(ui, path))
      .sort();
    expect(users).toEqual(['src/boot-screens.ts']);
  });

  it('the mock holds no more files than it did, and is not growing', () => {
    const mock = join(ui, 'src', 'mock');
    const lines = Object.fromEntries(files(mock).map((path) => [relative(mock, path), readFileSync(path, 'utf8').split('\n').length]));
    expect(Object.keys(lines).sort()).toEqual(['backend.ts', 'channels.ts', 'data.ts', 'group.ts', 'install.ts', 'lock.ts']);
    // Lines as of the move to the real core: it may only shrink (then lower these).
    const most: Record<string, number> = { 'backend.ts': 401, 'channels.ts': 28, 'data.ts': 97, 'group.ts': 372, 'install.ts': 43, 'lock.ts': 85 };
    for (const [file, count] of Object.entries(lines)) expect(count, file).toBeLessThanOrEqual(most[file]);
  });
});
