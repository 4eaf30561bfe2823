//! Keeps what a person is writing in a form, so it is still there after the
//! app locks, closes or is pushed aside: a moment after they stop typing, and
//! at once when the app goes to the background or the form closes.
//!
//! Writes go one at a time, in order, so an older copy never lands after a
//! newer one, or after the form was saved and its draft dropped.

export interface DraftKeeper<T> {
  /** What the form holds now (from the draft, or as it opened): not a change to keep. */
  known(value: T): void;
  /** The form changed: keep `value` after a short pause (or drop the draft, if it is blank). */
  changed(value: T): void;
  /** Keep the latest change now. */
  flush(): Promise<void>;
  /** Keep nothing more; resolves once earlier writes are done (before saving the form itself). */
  settle(): Promise<void>;
}

export interface DraftStore<T> {
  save(value: T): Promise<unknown>;
  drop(): Promise<unknown>;
  /** Nothing worth keeping: an empty form, or one just as it was saved. */
  blank(value: T): boolean;
}

/**
 * Keeps the latest words at once when the window loses focus or the app goes
 * to the background, and when the form closes (the returned clean-up, for
 * `onMount`).
 */
export function keepWhenAway(keeper: DraftKeeper<never>): () => void {
  const away = () => void keeper.flush();
  const hidden = () => {
    if (document.hidden) void keeper.flush();
  };
  window.addEventListener('blur', away);
  document.addEventListener('visibilitychange', hidden);
  return () => {
    window.removeEventListener('blur', away);
    document.removeEventListener('visibilitychange', hidden);
    void keeper.flush();
  };
}

/** How long after the last keystroke the draft is written. */
export const DRAFT_PAUSE_MS = 800;

export function keepDrafts<T>(store: DraftStore<T>, pauseMs = DRAFT_PAUSE_MS): DraftKeeper<T> {
  let kept = '';
  let pending: T | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes: Promise<void> = Promise.resolve();

  const stopTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  const flush = () => {
    stopTimer();
    if (pending === undefined) return writes;
    const value = pending;
    pending = undefined;
    const write = store.blank(value) ? () => store.drop() : () => store.save(value);
    // A draft that cannot be kept (the journal just locked) is still in the form.
    writes = writes.then(write).then(
      () => undefined,
      () => undefined,
    );
    return writes;
  };

  return {
    known(value) {
      kept = JSON.stringify(value);
      pending = undefined;
      stopTimer();
    },
    changed(value) {
      const text = JSON.stringify(value);
      if (text === kept) return;
      kept = text;
      pending = value;
      stopTimer();
      timer = setTimeout(flush, pauseMs);
    },
    flush,
    settle() {
      stopTimer();
      pending = undefined;
      // If saving the form fails, its next change is kept again.
      kept = '';
      return writes;
    },
  };
}
