//! "Listen": one thing read aloud at a time, by the device's own voice (the
//! `speak` command; nothing leaves the device). The button that started it
//! shows "Stop"; pressing it again, pressing another Listen, or moving to
//! another screen stops it.
import { attempt } from './attempt';
import { speak, stopSpeaking } from './ipc/speech';

export const listening = $state({
  /** The Listen button reading aloud now, if any. */
  now: null as number | null,
  /** Why the last Listen could not be heard, in words to show beside it. */
  error: null as string | null,
  /** The button that error belongs to. */
  errorFor: null as number | null,
});

let next = 0;
/** Counts Listen presses, so an old press's timer leaves a newer one alone. */
let turn = 0;
/** A number for each Listen button. */
export const listenId = (): number => ++next;

/** The page's language, as the language setting sets it (English until then). */
function language(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || 'en';
}

/** Listen pressed: reads `text` aloud, or stops if this button is reading. */
export async function listen(id: number, text: string): Promise<void> {
  listening.error = null;
  listening.errorFor = null;
  if (listening.now === id) {
    await stopListening();
    return;
  }
  listening.now = id;
  const r = await attempt(speak({ text, language: language() }));
  if (!r.ok) {
    if (listening.now === id) listening.now = null;
    listening.error = r.error.message;
    listening.errorFor = id;
    return;
  }
  // The voice does not say when it has finished: the button goes back to
  // "Listen" once the words have surely been said (about 150 a minute, with
  // room to spare). Pressing it sooner stops the voice.
  const words = text.split(/\s+/).filter(Boolean).length;
  const heard = ++turn;
  setTimeout(() => {
    if (listening.now === id && turn === heard) listening.now = null;
  }, 2_000 + words * 600);
}

/** Stops reading aloud, if anything is being read. */
export async function stopListening(): Promise<void> {
  if (listening.now === null) return;
  listening.now = null;
  await attempt(stopSpeaking());
}

// A new screen: whatever was being read belongs to the old one.
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => void stopListening());
}
