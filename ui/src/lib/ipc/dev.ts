//! The second transport: the command table over a WebSocket to `brim-dev`
//! (crates/brim-dev), a dev/test-only server of the real core with a
//! throwaway journal per connection. Used when a dev URL is given
//! (`window.__BRIM_DEV__ = 'ws://127.0.0.1:PORT'`, or `VITE_BRIM_DEV` when
//! vite starts); the app itself always uses Tauri's IPC.
//!
//! `faults` is a switch for tests and screenshots: it makes named calls fail
//! as a storage error would, holds calls back until a promise settles, and
//! logs every call's name. It knows no rules: every answer is the core's.

declare global {
  interface Window {
    /** The address of a running brim-dev (`ws://127.0.0.1:PORT`): the page talks to it instead of Tauri. */
    __BRIM_DEV__?: string;
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** Injected failures, for tests: the transport's own, never the core's rules. */
export const faults = {
  /** Commands that fail as a storage error would. */
  failing: new Set<string>(),
  /** Commands whose call waits until the promise settles (a slow phone). */
  held: new Map<string, Promise<void>>(),
  /** Every command asked for, in order. */
  calls: [] as string[],
  /** Every command the core has answered (or refused), in order. */
  answered: [] as string[],
  /** News on the page's channels is lost (the page does not hear the app lock itself). */
  deaf: false,
};

/** What brim-dev's voice would have said (it makes no sound), in order: for
 * tests of the Listen buttons. `stops` counts calls to stop speaking. */
export const spoken = {
  said: [] as { text: string; language: string }[],
  stops: 0,
};

const STORAGE_FAULT = {
  code: 'storage',
  message: 'Brim could not read or save your journal. Nothing was changed. Try again, or restart the app.',
} as const;

/** The brim-dev address to use, or null in the app (Tauri's IPC). Never in
 * the app's own build: only under `vite` (dev, vitest) and the screenshot build. */
export function devUrl(): string | null {
  if (!(import.meta.env.DEV || import.meta.env.MODE === 'screens')) return null;
  const given = typeof window !== 'undefined' ? window.__BRIM_DEV__ : undefined;
  return given ?? (import.meta.env?.VITE_BRIM_DEV as string | undefined) ?? null;
}

class Connection {
  private socket: WebSocket;
  private opened: Promise<void>;
  private next = 0;
  private pending = new Map<number, Pending>();
  private channels = new Map<number, (message: unknown) => void>();
  private nextChannel = 0;
  private closed = false;

  constructor(readonly url: string) {
    this.socket = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => {
      this.socket.addEventListener('open', () => resolve(), { once: true });
      this.socket.addEventListener(
        'error',
        () => reject(`Brim could not reach brim-dev at ${url}. Start it with: cargo run -p brim-dev`),
        { once: true },
      );
    });
    this.opened.catch(() => {});
    this.socket.addEventListener('message', (event) => this.heard(String(event.data)));
    this.socket.addEventListener('close', () => {
      for (const p of this.pending.values()) p.reject('The connection to brim-dev closed.');
      this.pending.clear();
    });
  }

  private heard(text: string) {
    // A closed connection's late news must not reach the next journal's page.
    if (this.closed) return;
    const reply = JSON.parse(text);
    if (reply.voice !== undefined) {
      if (reply.voice === 'stopped') spoken.stops += 1;
      else spoken.said.push(reply.voice.said);
      return;
    }
    if (typeof reply.channel === 'number') {
      if (!faults.deaf) this.channels.get(reply.channel)?.(reply.message);
      return;
    }
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if ('err' in reply) waiting.reject(reply.err);
    else waiting.resolve(reply.ok);
  }

  async call<T>(cmd: string, args: unknown): Promise<T> {
    await this.opened;
    const id = ++this.next;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.socket.send(JSON.stringify({ id, cmd, args: args ?? {} }));
    });
  }

  /** A channel number for news (`watch_sync`, `watch_lock`), heard by `onMessage`. */
  channel(onMessage: (message: unknown) => void): number {
    const id = ++this.nextChannel;
    this.channels.set(id, onMessage);
    return id;
  }

  close() {
    this.closed = true;
    this.channels.clear();
    for (const p of this.pending.values()) p.reject('The connection to brim-dev closed.');
    this.pending.clear();
    this.socket.close();
  }
}

let connection: Connection | null = null;

function current(): Connection {
  const url = devUrl();
  if (!url) throw new Error('No brim-dev address is set.');
  if (!connection || connection.url !== url) {
    connection?.close();
    connection = new Connection(url);
  }
  return connection;
}

/** Closes the connection (its journal goes with it); the next call opens a fresh, empty journal. */
export function freshJournal(): void {
  connection?.close();
  connection = null;
  faults.failing.clear();
  faults.held.clear();
  faults.calls.length = 0;
  faults.answered.length = 0;
  faults.deaf = false;
  spoken.said.length = 0;
  spoken.stops = 0;
}

/** One call over the socket, through the fault switch. */
export async function devCall<T>(cmd: string, args?: unknown): Promise<T> {
  faults.calls.push(cmd);
  const held = faults.held.get(cmd);
  if (held) await held;
  if (faults.failing.has(cmd)) throw { ...STORAGE_FAULT };
  try {
    return await current().call<T>(cmd, args);
  } finally {
    faults.answered.push(cmd);
  }
}

/** A channel for `watch_sync` / `watch_lock` on the socket: its number goes as the argument. */
export function devChannel<T>(onMessage: (message: T) => void): number {
  return current().channel(onMessage as (message: unknown) => void);
}
