//! The page's IPC channels as the fake backend sees them: a command given a
//! `Channel` gets "__CHANNEL__:<id>", and the fake sends on it the way Tauri
//! does, through the mocked internals' callbacks, each message numbered.

type Fail = (code: any, message: string) => never;

export class FakeChannels {
  private ids: number[] = [];
  private told = new Map<number, number>();

  /** Keeps the channel a command was given. */
  add(raw: unknown, fail: Fail): void {
    const id = Number(String(raw ?? '').replace('__CHANNEL__:', ''));
    if (!Number.isFinite(id)) fail('invalid_input', 'bad channel');
    this.ids.push(id);
  }

  /** Sends `value` on every channel kept. */
  send(value: unknown): void {
    const internals = (globalThis as any).window?.__TAURI_INTERNALS__;
    for (const id of this.ids) {
      const index = this.told.get(id) ?? 0;
      this.told.set(id, index + 1);
      internals?.runCallback?.(id, { message: JSON.parse(JSON.stringify(value)), index });
    }
  }
}
