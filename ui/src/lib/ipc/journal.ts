// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod journal` in the table.
import { call } from './call';
import type { AcceptAs } from '../bindings/AcceptAs';
import type { AreaInfo } from '../bindings/AreaInfo';
import type { BackupFile } from '../bindings/BackupFile';
import type { Cadence } from '../bindings/Cadence';
import type { CheckIn } from '../bindings/CheckIn';
import type { CheckInStatus } from '../bindings/CheckInStatus';
import type { DraftOf } from '../bindings/DraftOf';
import type { Growth } from '../bindings/Growth';
import type { Home } from '../bindings/Home';
import type { ImportSummary } from '../bindings/ImportSummary';
import type { Moment } from '../bindings/Moment';
import type { MomentCursor } from '../bindings/MomentCursor';
import type { MomentPage } from '../bindings/MomentPage';
import type { NewCheckIn } from '../bindings/NewCheckIn';
import type { NewMoment } from '../bindings/NewMoment';
import type { NewRecognition } from '../bindings/NewRecognition';
import type { NewSkill } from '../bindings/NewSkill';
import type { RatingLabel } from '../bindings/RatingLabel';
import type { Recognition } from '../bindings/Recognition';
import type { SavedBackup } from '../bindings/SavedBackup';
import type { SavedPortfolio } from '../bindings/SavedPortfolio';
import type { Skill } from '../bindings/Skill';
import type { SkillEdit } from '../bindings/SkillEdit';
import type { SkillPrompt } from '../bindings/SkillPrompt';
import type { SkillQuery } from '../bindings/SkillQuery';
import type { StepBackAnswer } from '../bindings/StepBackAnswer';
import type { StepBackPrompt } from '../bindings/StepBackPrompt';

export type ListSkills = { query: SkillQuery, };

export type ById = { id: string, };

export type AddSkill = { skill: NewSkill, };

export type AddSkillFromPrompt = { promptId: string, story: string, };

export type EditSkill = { id: string, edit: SkillEdit, };

export type ListMoments = { limit: number, after: MomentCursor | null, };

export type ListMomentsForSkill = { skillId: string, limit: number, after: MomentCursor | null, };

export type SearchMoments = { query: string, limit: number, };

export type AddMoment = { moment: NewMoment, };

export type EditMoment = { id: string, moment: NewMoment, };

export type MomentDraft = { of: DraftOf, };

export type SaveMomentDraft = { of: DraftOf, draft: NewMoment, };

export type RecordCheckIn = { checkIn: NewCheckIn, };

export type SetCadence = { months: Cadence, };

export type SaveCheckInDraft = { draft: NewCheckIn, };

export type SaveStepBack = { date: string, answers: Array<StepBackAnswer>, };

export type SaveStepBackDraft = { answers: Array<StepBackAnswer>, };

export type AddRecognition = { recognition: NewRecognition, };

export type AcceptRecognition = { id: string, accept: AcceptAs, };

export type Passphrase = { passphrase: string | null, };

export type ImportBackup = { contents: string, passphrase: string | null, };

export type Portfolio = { skillIds: Array<string>, };

export const areas = () => call<Array<AreaInfo>>('areas');

export const skillPrompts = () => call<Array<SkillPrompt>>('skill_prompts');

export const stepBackPrompts = () => call<Array<StepBackPrompt>>('step_back_prompts');

export const ratingLabels = () => call<Array<RatingLabel>>('rating_labels');

export const listSkills = (args: ListSkills) => call<Array<Skill>>('list_skills', args);

export const getSkill = (args: ById) => call<Skill>('get_skill', args);

export const addSkill = (args: AddSkill) => call<Skill>('add_skill', args);

export const addSkillFromPrompt = (args: AddSkillFromPrompt) => call<Skill>('add_skill_from_prompt', args);

export const editSkill = (args: EditSkill) => call<Skill>('edit_skill', args);

export const archiveSkill = (args: ById) => call<Skill>('archive_skill', args);

export const unarchiveSkill = (args: ById) => call<Skill>('unarchive_skill', args);

export const listMoments = (args: ListMoments) => call<MomentPage>('list_moments', args);

export const listMomentsForSkill = (args: ListMomentsForSkill) => call<MomentPage>('list_moments_for_skill', args);

export const searchMoments = (args: SearchMoments) => call<Array<Moment>>('search_moments', args);

/** One moment by its id (a moment opened from a link, with nothing kept after a reload). */
export const getMoment = (args: ById) => call<Moment>('get_moment', args);

export const addMoment = (args: AddMoment) => call<Moment>('add_moment', args);

export const editMoment = (args: EditMoment) => call<Moment>('edit_moment', args);

export const deleteMoment = (args: ById) => call<null>('delete_moment', args);

export const momentDraft = (args: MomentDraft) => call<NewMoment | null>('moment_draft', args);

export const saveMomentDraft = (args: SaveMomentDraft) => call<null>('save_moment_draft', args);

export const discardMomentDraft = (args: MomentDraft) => call<null>('discard_moment_draft', args);

export const recordCheckIn = (args: RecordCheckIn) => call<CheckIn>('record_check_in', args);

export const listCheckIns = () => call<Array<CheckIn>>('list_check_ins');

/** Everything the home screen shows, in one call. */
export const home = () => call<Home>('home');

export const checkInStatus = () => call<CheckInStatus>('check_in_status');

export const setCadence = (args: SetCadence) => call<CheckInStatus>('set_cadence', args);

export const checkInDraft = () => call<NewCheckIn | null>('check_in_draft');

export const saveCheckInDraft = (args: SaveCheckInDraft) => call<null>('save_check_in_draft', args);

export const discardCheckInDraft = () => call<null>('discard_check_in_draft');

export const saveStepBack = (args: SaveStepBack) => call<Array<Moment>>('save_step_back', args);

export const stepBackDraft = () => call<Array<StepBackAnswer> | null>('step_back_draft');

export const saveStepBackDraft = (args: SaveStepBackDraft) => call<null>('save_step_back_draft', args);

export const discardStepBackDraft = () => call<null>('discard_step_back_draft');

export const listRecognitions = () => call<Array<Recognition>>('list_recognitions');

export const addRecognition = (args: AddRecognition) => call<Recognition>('add_recognition', args);

export const acceptRecognition = (args: AcceptRecognition) => call<Recognition>('accept_recognition', args);

export const dismissRecognition = (args: ById) => call<Recognition>('dismiss_recognition', args);

export const growth = () => call<Growth>('growth');

/** The backup file to download. With the lock on, pass the journal's passphrase (else `passphrase_needed`). */
export const exportBackup = (args: Passphrase) => call<BackupFile>('export_backup', args);

/** Writes a backup file where the person can find it (see `backup_place`) and says where in plain words; the passphrase as for `exportBackup`. */
export const saveBackup = (args: Passphrase) => call<SavedBackup>('save_backup', args);

/** Restores a backup file's contents; an encrypted one needs its passphrase (else `passphrase_needed`). */
export const importBackup = (args: ImportBackup) => call<ImportSummary>('import_backup', args);

export const portfolioHtml = (args: Portfolio) => call<string>('portfolio_html', args);

/** Saves the portfolio as a PDF where the person chooses in the system's save window (null when they close it without saving) and says where in plain words. Nothing is sent anywhere. */
export const savePortfolioPdf = (args: Portfolio) => call<SavedPortfolio | null>('save_portfolio_pdf', args);
