//! The journal lock in the fake backend: same commands, shapes and error codes
//! as the app (crates/brim-app/src/session.rs). While locked, every journal
//! command answers `locked`; only the fixed lists and the lock's own commands work.
import type { LockStatus } from '../lib/types';
import { FakeChannels } from './channels';

type Fail = (code: any, message: string) => never;

export type LockScenario = 'off' | 'on' | 'locked';

/** The passphrase of a fake journal that starts with its lock on. */
export const FAKE_PASSPHRASE = 'tea and toast';

/** Commands that read nothing of the journal: the lists Brim ships. */
const SHIPPED = new Set(['areas', 'skill_prompts', 'step_back_prompts', 'rating_labels']);

export class FakeLock {
  passphrase: string | null;
  locked: boolean;
  autoLockMinutes = 5;
  watchers = new FakeChannels();

  constructor(scenario: LockScenario = 'off') {
    this.passphrase = scenario === 'off' ? null : FAKE_PASSPHRASE;
    this.locked = scenario === 'locked';
  }

  status(): LockStatus {
    return { lockOn: this.passphrase !== null, locked: this.locked, autoLockMinutes: this.autoLockMinutes };
  }

  /** Locks as the app does after time away: the page hears it on its channel. */
  lockNow(): void {
    this.locked = true;
    this.watchers.send(this.status());
  }

  /** Answers a lock command, refuses a journal command while locked, or leaves `cmd` to the journal. */
  handle(cmd: string, a: any, fail: Fail): { value: unknown } | null {
    const v = () => ({ value: this.status() });
    const newOne = (p: unknown) => {
      if (String(p ?? '').length < 6) fail('passphrase_too_short', 'Choose a passphrase of at least 6 characters. A few words you will remember work well.');
    };
    const check = (p: unknown) => {
      if (p !== this.passphrase) fail('wrong_passphrase', "That passphrase doesn't open this journal. Check it and try again.");
    };
    switch (cmd) {
      case 'lock_status': return v();
      case 'watch_lock': this.watchers.add(a.onChange, fail); return v();
      case 'unlock':
        if (this.locked) { check(a.passphrase); this.locked = false; this.watchers.send(this.status()); }
        return v();
      case 'lock_now':
        if (this.passphrase === null) fail('invalid_input', 'The lock is off, so there is nothing to lock. Turn it on first, with a passphrase of your own.');
        this.lockNow();
        return v();
    }
    if (SHIPPED.has(cmd)) return null;
    if (this.locked) fail('locked', 'Your journal is locked. Enter your passphrase to open it.');
    switch (cmd) {
      case 'turn_lock_on':
        if (this.passphrase !== null) fail('invalid_input', 'The lock is already on. To change the passphrase, use Change passphrase.');
        newOne(a.passphrase);
        this.passphrase = a.passphrase;
        return v();
      case 'turn_lock_off':
        if (this.passphrase === null) fail('invalid_input', 'The lock is already off.');
        check(a.passphrase);
        this.passphrase = null;
        return v();
      case 'change_passphrase':
        newOne(a.new);
        if (this.passphrase === null) fail('invalid_input', 'The lock is off. Turn it on to choose a passphrase.');
        check(a.old);
        this.passphrase = a.new;
        return v();
      case 'set_auto_lock':
        if (![1, 5, 15, 60].includes(a.minutes)) fail('invalid_input', 'Pick 1, 5, 15 or 60 minutes.');
        this.autoLockMinutes = a.minutes;
        return v();
      default: return null;
    }
  }
}
