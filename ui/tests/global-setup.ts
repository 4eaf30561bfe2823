// Starts the real core for the screen tests: the brim-dev binary (crates/brim-dev)
// on 127.0.0.1, port 0. Each test opens its own connection, so its own journal.
// The group screens get a real group server too: brim-server on 127.0.0.1:0 over
// a temp SQLite file; tests make groups and invites with its CLI (see seed.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    brimDev: string;
    /** The group server's address, `http://127.0.0.1:PORT`. */
    brimServer: string;
    /** Its binary and database, for the CLI (groups, invites). */
    brimServerBin: string;
    brimServerDb: string;
  }
}

let dev: ChildProcess | null = null;
let server: ChildProcess | null = null;

function binary(target: string, name: string): string {
  const path = resolve(target, 'debug', name);
  if (!existsSync(path)) {
    throw new Error(
      `The UI tests run against the real core and group server through ${path}, which is not built. ` +
        'Run `cargo build --workspace --bins` in the repository first (or set CARGO_TARGET_DIR to where it was built).',
    );
  }
  return path;
}

export default async function setup(project: TestProject) {
  const target = process.env.CARGO_TARGET_DIR ?? resolve(import.meta.dirname, '../../target');
  dev = spawn(binary(target, 'brim-dev'), ['--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done, fail) => {
    dev!.once('error', fail);
    dev!.once('exit', (code) => fail(new Error(`brim-dev stopped before it listened (exit ${code})`)));
    createInterface({ input: dev!.stdout! }).once('line', (line) => done(line.trim()));
  });
  project.provide('brimDev', url);

  const serverBin = binary(target, 'brim-server');
  const dir = mkdtempSync(join(tmpdir(), 'brim-ui-server-'));
  const db = join(dir, 'server.db');
  // Every test joins from 127.0.0.1: limits high enough for a whole run.
  const limits = ['--address-limit', '100000', '--join-limit', '100000', '--device-limit', '100000'];
  server = spawn(serverBin, ['serve', '--listen', '127.0.0.1:0', '--database', db, ...limits], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, RUST_LOG: 'info' },
  });
  const address = await new Promise<string>((done, fail) => {
    server!.once('error', fail);
    server!.once('exit', (code) => fail(new Error(`brim-server stopped before it listened (exit ${code})`)));
    createInterface({ input: server!.stderr! }).on('line', (line) => {
      const found = /brim-server listening.*addr=(\S+)/.exec(line);
      if (found) done(found[1]);
    });
  });
  project.provide('brimServer', `http://${address}`);
  project.provide('brimServerBin', serverBin);
  project.provide('brimServerDb', db);
  return () => {
    dev?.kill();
    dev = null;
    server?.kill();
    server = null;
    rmSync(dir, { recursive: true, force: true });
  };
}
