//! Every rejected call becomes a `CommandError`: the UI shows its `message`
//! and branches only on its `code`, never on the words.
import type { CommandError, ErrorCode } from '../types';
import { t } from '../i18n.svelte';

const CODES: readonly ErrorCode[] = [
  'invalid_input',
  'date_in_future',
  'skill_archived',
  'not_found',
  'invalid_backup',
  'newer_journal',
  'storage',
  'offline',
  'server_unavailable',
  'invite_refused',
  'not_in_group',
  'already_in_group',
  'needs_rejoin',
  'not_allowed',
  'preview_stale',
  'server_refused',
  'locked',
  'wrong_passphrase',
  'passphrase_too_short',
  'passphrase_needed',
  'no_voice',
];

export function isCommandError(e: unknown): e is CommandError {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as CommandError).message === 'string' &&
    CODES.includes((e as CommandError).code)
  );
}

/** Turns whatever a call rejected with into a `CommandError`. */
export function toCommandError(e: unknown): CommandError {
  if (isCommandError(e)) return e;
  // Not from our commands (e.g. the shell itself failed): keep its words if any.
  const text = typeof e === 'string' ? e : e instanceof Error ? e.message : '';
  return {
    code: 'storage',
    message: text ? t('error-unknown-said', { text }) : t('error-unknown'),
  };
}
