import { describe, expect, it } from 'vitest';
import { mockIPC } from '@tauri-apps/api/mocks';
import * as ipc from '../src/lib/ipc';
import { speak, stopSpeaking } from '../src/lib/ipc/speech';

describe('ipc', () => {
  it('calls each command by its Rust name with camelCase arguments', async () => {
    const calls: [string, unknown][] = [];
    mockIPC((cmd, args) => {
      calls.push([cmd, args]);
      return cmd === 'list_moments_for_skill' ? { moments: [], next: null } : null;
    });
    await ipc.addSkillFromPrompt({ promptId: 'listening', story: 'At the drop-in' });
    await ipc.listMomentsForSkill({ skillId: 's-1', limit: 10, after: null });
    await ipc.recordCheckIn({ checkIn: { date: '2026-11-25', note: '', ratings: [] } });
    await ipc.acceptRecognition({ id: 'r-1', accept: { skill: { skillId: 's-1' } } });
    await ipc.portfolioHtml({ skillIds: ['s-1'] });
    // The shell's own `speak` reads `text` and `language` by these names.
    await speak({ text: 'Listening.', language: 'en' });
    await stopSpeaking();
    expect(calls).toEqual([
      ['add_skill_from_prompt', { promptId: 'listening', story: 'At the drop-in' }],
      ['list_moments_for_skill', { skillId: 's-1', limit: 10, after: null }],
      ['record_check_in', { checkIn: { date: '2026-11-25', note: '', ratings: [] } }],
      ['accept_recognition', { id: 'r-1', accept: { skill: { skillId: 's-1' } } }],
      ['portfolio_html', { skillIds: ['s-1'] }],
      ['speak', { text: 'Listening.', language: 'en' }],
      ['stop_speaking', {}],
    ]);
  });

  it('rejects with the backend error as it came', async () => {
    mockIPC(() => {
      throw { code: 'invalid_input', message: 'Give your skill a name.' };
    });
    await expect(ipc.addSkill({ skill: { name: '', area: 'people', story: '', promptId: null } })).rejects.toEqual({
      code: 'invalid_input',
      message: 'Give your skill a name.',
    });
  });

  it('keeps the lock codes, so a locked journal can be told from a broken one', async () => {
    mockIPC(() => {
      throw { code: 'locked', message: 'Your journal is locked. Enter your passphrase to open it.' };
    });
    await expect(ipc.growth()).rejects.toEqual({
      code: 'locked',
      message: 'Your journal is locked. Enter your passphrase to open it.',
    });
  });

  it('turns anything else into a storage error with words a person can read', async () => {
    mockIPC(() => {
      throw 'Command list_skills not allowed';
    });
    await expect(ipc.growth()).rejects.toEqual({
      code: 'storage',
      message: 'Something went wrong: Command list_skills not allowed',
    });
  });
});
