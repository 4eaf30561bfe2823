// Starts the real core and group server for the UI's tests and screenshots
// (tests/global-setup.ts, tests/seed.ts, scripts/screens.mjs): the built
// brim-dev and brim-server from $CARGO_TARGET_DIR (or ../target).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The path of a built binary (`brim-dev`, `brim-server`), or an error that says how to build it. */
export function binary(name) {
  const target = process.env.CARGO_TARGET_DIR ?? resolve(repo, 'target');
  const path = resolve(target, 'debug', name);
  if (!existsSync(path)) {
    throw new Error(
      `The UI tests and screenshots run against the real core and group server through ${path}, which is not built. ` +
        'Run `cargo build --workspace --bins` in the repository first (or set CARGO_TARGET_DIR to where it was built).',
    );
  }
  return path;
}

function listening(child, stream, pattern) {
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`${child.spawnfile} stopped before it listened (exit ${code})`)));
    createInterface({ input: child[stream] }).on('line', (line) => {
      const found = pattern.exec(line);
      if (found) done(found[1]);
    });
  });
}

/** brim-dev on 127.0.0.1, port 0: its child process and its `ws://` address. */
export async function startDev() {
  const child = spawn(binary('brim-dev'), ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return { child, url: await listening(child, 'stdout', /^(ws:\/\/\S+)/) };
}

/** brim-server on 127.0.0.1:0 over the SQLite file `database`: its child process and its `http://` address. */
export async function startServer(database, args = []) {
  const child = spawn(binary('brim-server'), ['serve', '--listen', '127.0.0.1:0', '--database', database, ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, RUST_LOG: 'info' },
  });
  return { child, url: `http://${await listening(child, 'stderr', /brim-server listening.*addr=(\S+)/)}` };
}
