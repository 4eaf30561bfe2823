// Starts the real core for the screen tests: the brim-dev binary (crates/brim-dev)
// on 127.0.0.1, port 0. Each test opens its own connection, so its own journal.
// The group screens get a real group server too: brim-server on 127.0.0.1:0 over
// a temp SQLite file; tests make groups and invites with its CLI (see seed.ts).
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { binary, startDev, startServer } from '../scripts/real-core.mjs';

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

export default async function setup(project: TestProject) {
  const started = await startDev();
  dev = started.child;
  project.provide('brimDev', started.url);

  const dir = mkdtempSync(join(tmpdir(), 'brim-ui-server-'));
  const db = join(dir, 'server.db');
  // Every test joins from 127.0.0.1: limits high enough for a whole run.
  const limits = ['--address-limit', '100000', '--join-limit', '100000', '--device-limit', '100000'];
  const group = await startServer(db, limits);
  server = group.child;
  project.provide('brimServer', group.url);
  project.provide('brimServerBin', binary('brim-server'));
  project.provide('brimServerDb', db);
  return () => {
    dev?.kill();
    dev = null;
    server?.kill();
    server = null;
    rmSync(dir, { recursive: true, force: true });
  };
}
