// Starts the real core for the screen tests: the brim-dev binary (crates/brim-dev)
// on 127.0.0.1, port 0. Each test opens its own connection, so its own journal.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    brimDev: string;
  }
}

let dev: ChildProcess | null = null;

export default async function setup(project: TestProject) {
  const target = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, '../../target');
  const binary = resolve(target, 'debug', 'brim-dev');
  if (!existsSync(binary)) {
    throw new Error(
      `The UI tests run against the real core through ${binary}, which is not built. ` +
        'Run `cargo build --workspace --bins` in the repository first (or set CARGO_TARGET_DIR to where it was built).',
    );
  }
  dev = spawn(binary, ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    dev!.once('error', fail);
    dev!.once('exit', (code) => fail(new Error(`brim-dev stopped before it listened (exit ${code})`)));
    createInterface({ input: dev!.stdout! }).once('line', (line) => done(line.trim()));
  });
  project.provide('brimDev', url);
  return () => {
    dev?.kill();
    dev = null;
  };
}
