// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod speech` in the table.
import { call } from './call';

export type Speak = { text: string, language?: string, };

/** "Listen": reads the text aloud with the device's own voice, offline, in `language` (English when left out). */
export const speak = (args: Speak) => call<null>('speak', args);

/** Stops reading aloud (Listen pressed again, or the screen changed). */
export const stopSpeaking = () => call<null>('stop_speaking');
