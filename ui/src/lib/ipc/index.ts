//! One typed function per backend command. Components call these, never
//! `invoke` itself; every rejection is a `CommandError` ({ code, message }).
import { invoke } from '@tauri-apps/api/core';
import { toCommandError } from './error';
import { showLocked } from '../lock.svelte';
import type {
  AcceptAs,
  AreaInfo,
  BackupFile,
  Cadence,
  CheckIn,
  CheckInStatus,
  DraftOf,
  Growth,
  Home,
  ImportSummary,
  Moment,
  MomentCursor,
  MomentPage,
  NewCheckIn,
  NewMoment,
  NewRecognition,
  NewSkill,
  RatingLabel,
  Recognition,
  Skill,
  SkillEdit,
  SkillPrompt,
  SkillQuery,
  StepBackAnswer,
  StepBackPrompt,
} from '../types';

export { toCommandError, isCommandError } from './error';

// Each call leaves two user-timing marks (names only, never arguments), so the
// start-up benchmark can see how much of opening the app is waiting on IPC.
export async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  performance.mark?.(`ipc-sent:${cmd}`);
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    const error = toCommandError(e);
    // The app locked itself (after time away) before the page heard: show the unlock screen.
    if (error.code === 'locked') showLocked();
    throw error;
  } finally {
    performance.mark?.(`ipc-answered:${cmd}`);
  }
}

export const areas = () => call<AreaInfo[]>('areas');
export const skillPrompts = () => call<SkillPrompt[]>('skill_prompts');
export const stepBackPrompts = () => call<StepBackPrompt[]>('step_back_prompts');
export const ratingLabels = () => call<RatingLabel[]>('rating_labels');

export const listSkills = (query: SkillQuery) => call<Skill[]>('list_skills', { query });
export const getSkill = (id: string) => call<Skill>('get_skill', { id });
export const addSkill = (skill: NewSkill) => call<Skill>('add_skill', { skill });
export const addSkillFromPrompt = (promptId: string, story: string) =>
  call<Skill>('add_skill_from_prompt', { promptId, story });
export const editSkill = (id: string, edit: SkillEdit) => call<Skill>('edit_skill', { id, edit });
export const archiveSkill = (id: string) => call<Skill>('archive_skill', { id });
export const unarchiveSkill = (id: string) => call<Skill>('unarchive_skill', { id });

export const listMoments = (limit: number, after: MomentCursor | null = null) =>
  call<MomentPage>('list_moments', { limit, after });
export const listMomentsForSkill = (skillId: string, limit: number, after: MomentCursor | null = null) =>
  call<MomentPage>('list_moments_for_skill', { skillId, limit, after });
export const searchMoments = (query: string, limit: number) =>
  call<Moment[]>('search_moments', { query, limit });
export const addMoment = (moment: NewMoment) => call<Moment>('add_moment', { moment });
export const editMoment = (id: string, moment: NewMoment) => call<Moment>('edit_moment', { id, moment });
export const deleteMoment = (id: string) => call<null>('delete_moment', { id });
export const momentDraft = (of: DraftOf) => call<NewMoment | null>('moment_draft', { of });
export const saveMomentDraft = (of: DraftOf, draft: NewMoment) => call<null>('save_moment_draft', { of, draft });
export const discardMomentDraft = (of: DraftOf) => call<null>('discard_moment_draft', { of });

export const recordCheckIn = (checkIn: NewCheckIn) => call<CheckIn>('record_check_in', { checkIn });
export const listCheckIns = () => call<CheckIn[]>('list_check_ins');
/** Everything the home screen shows, in one call. */
export const home = () => call<Home>('home');
export const checkInStatus = () => call<CheckInStatus>('check_in_status');
export const setCadence = (months: Cadence) => call<CheckInStatus>('set_cadence', { months });
export const checkInDraft = () => call<NewCheckIn | null>('check_in_draft');
export const saveCheckInDraft = (draft: NewCheckIn) => call<null>('save_check_in_draft', { draft });
export const discardCheckInDraft = () => call<null>('discard_check_in_draft');

export const saveStepBack = (date: string, answers: StepBackAnswer[]) =>
  call<Moment[]>('save_step_back', { date, answers });
export const stepBackDraft = () => call<StepBackAnswer[] | null>('step_back_draft');
export const saveStepBackDraft = (answers: StepBackAnswer[]) => call<null>('save_step_back_draft', { answers });
export const discardStepBackDraft = () => call<null>('discard_step_back_draft');

export const listRecognitions = () => call<Recognition[]>('list_recognitions');
export const addRecognition = (recognition: NewRecognition) =>
  call<Recognition>('add_recognition', { recognition });
export const acceptRecognition = (id: string, accept: AcceptAs) =>
  call<Recognition>('accept_recognition', { id, accept });
export const dismissRecognition = (id: string) => call<Recognition>('dismiss_recognition', { id });

export const growth = () => call<Growth>('growth');
/** The backup file to download. With the lock on, pass the journal's passphrase (else `passphrase_needed`). */
export const exportBackup = (passphrase: string | null = null) => call<BackupFile>('export_backup', { passphrase });
/** Writes a backup file into Downloads (or Documents) and returns its path; the passphrase as for `exportBackup`. */
export const saveBackup = (passphrase: string | null = null) => call<string>('save_backup', { passphrase });
/** Restores a backup file's contents; an encrypted one needs its passphrase (else `passphrase_needed`). */
export const importBackup = (contents: string, passphrase: string | null = null) =>
  call<ImportSummary>('import_backup', { contents, passphrase });
export const portfolioHtml = (skillIds: string[]) => call<string>('portfolio_html', { skillIds });


// The group's commands are in ./group.ts, imported from there by the screens
// that use them, so the first screen's chunk stays light.
