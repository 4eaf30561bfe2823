//! An in-memory stand-in for the Rust core, answering the same commands with
//! the same shapes and error codes. Used only by tests and the screenshot
//! build; the real app never bundles it.
import type {
  AcceptAs, BackupFile, Cadence, CheckIn, CheckInStatus, DraftOf, Home, CommandError, Growth, Moment, MomentCursor, NewCheckIn, NewMoment,
  ImportSummary, NewRecognition, NewSkill, Recognition, Skill, SkillEdit, SkillQuery, StepBackAnswer,
} from '../lib/types';
import { AREAS, PROMPTS, STEP_BACK, sampleCheckIns, sampleMoments, sampleRecognitions, sampleSkills } from './data';
import { FakeGroup } from './group';
import { FakeLock } from './lock';

export type Scenario = 'full' | 'empty';

const LABELS = [
  { value: 1, label: 'Just starting' },
  { value: 2, label: 'Getting there' },
  { value: 3, label: 'I can do this' },
  { value: 4, label: 'I do this well' },
  { value: 5, label: 'I could teach this' },
];

function fail(code: CommandError['code'], message: string): never {
  throw { code, message } satisfies CommandError;
}

/** The `format` of a backup sealed with the journal's passphrase (the real core's encrypted backups). */
export const LOCKED_BACKUP_FORMAT = 'brim-backup-locked';

const toBase64 = (text: string) => btoa(Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join(''));
const fromBase64 = (b64: string) => new TextDecoder().decode(Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));

function isoToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const when = new Date(Date.UTC(y, m - 1 + months, d));
  return when.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

const draftKey = (of: DraftOf) => (typeof of === 'string' ? of : `change:${of.change}`);

let counter = 0;
const newId = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;
const now = () => new Date().toISOString();

export class FakeJournal {
  skills: Skill[];
  moments: Moment[];
  checkIns: CheckIn[];
  recognitions: Recognition[];
  cadence: Cadence = 3;
  draft: NewCheckIn | null = null;
  /** An unfinished step back's answers. */
  stepBackDraft: StepBackAnswer[] | null = null;
  /** Unsaved moment forms, by `draftKey`. */
  momentDrafts = new Map<string, NewMoment>();
  /** Commands that should reject with a storage error, to show failure screens. */
  failing = new Set<string>();
  /** Commands whose answer waits until the promise settles (the transport only: a slow phone). */
  held = new Map<string, Promise<void>>();
  /** Every command asked for, in order. */
  calls: string[] = [];
  /** The group side: membership, shares, feed (see ./group.ts). */
  group = new FakeGroup();
  /** The journal lock (see ./lock.ts). */
  lock = new FakeLock();

  constructor(scenario: Scenario = 'full') {
    const full = scenario === 'full';
    this.skills = full ? sampleSkills() : [];
    this.moments = full ? sampleMoments() : [];
    this.checkIns = full ? sampleCheckIns() : [];
    this.recognitions = full ? sampleRecognitions() : [];
  }

  handle(cmd: string, args: Record<string, unknown> = {}): unknown {
    this.calls.push(cmd);
    if (this.failing.has(cmd)) {
      fail('storage', 'Brim could not read your journal just now. Close Brim and open it again. Nothing you saved is lost.');
    }
    const a = args as any;
    const lockAnswer = this.lock.handle(cmd, a, fail);
    if (lockAnswer) return lockAnswer.value;
    switch (cmd) {
      case 'areas': return AREAS;
      case 'skill_prompts': return PROMPTS;
      case 'step_back_prompts': return STEP_BACK;
      case 'rating_labels': return LABELS;
      case 'list_skills': return this.listSkills(a.query as SkillQuery);
      case 'get_skill': return this.skill(a.id);
      case 'get_moment': return this.moments.find((m) => m.id === a.id) ?? fail('not_found', 'We could not find that moment. It may have been removed.');
      case 'add_skill': return this.addSkill(a.skill as NewSkill);
      case 'add_skill_from_prompt': {
        const p = PROMPTS.find((x) => x.id === a.promptId) ?? fail('not_found', 'That skill idea is not in the list.');
        return this.addSkill({ name: p.name, area: p.area, story: a.story ?? '', promptId: p.id });
      }
      case 'edit_skill': return this.editSkill(a.id, a.edit as SkillEdit);
      case 'archive_skill': return this.setArchived(a.id, true);
      case 'unarchive_skill': return this.setArchived(a.id, false);
      case 'list_moments': return this.page(this.moments, a.limit, a.after);
      case 'list_moments_for_skill':
        return this.page(this.moments.filter((m) => m.skillIds.includes(a.skillId)), a.limit, a.after);
      case 'search_moments': {
        const q = String(a.query ?? '').trim().toLowerCase();
        if (!q) return [];
        return this.sorted(this.moments).filter((m) => m.text.toLowerCase().includes(q)).slice(0, a.limit ?? 50);
      }
      case 'add_moment': {
        const m = this.addMoment(a.moment as NewMoment, 'note');
        this.momentDrafts.delete(draftKey('newMoment'));
        return m;
      }
      case 'edit_moment': {
        const m = this.moments.find((x) => x.id === a.id) ?? fail('not_found', 'That moment is not in your journal any more.');
        this.checkMoment(a.moment);
        Object.assign(m, { ...a.moment, text: a.moment.text.trim(), updatedAt: now() });
        this.momentDrafts.delete(draftKey({ change: m.id }));
        return m;
      }
      case 'delete_moment': {
        const before = this.moments.length;
        this.moments = this.moments.filter((x) => x.id !== a.id);
        if (this.moments.length === before) fail('not_found', 'That moment is not in your journal any more.');
        this.momentDrafts.delete(draftKey({ change: a.id }));
        this.recount();
        return null;
      }
      case 'moment_draft': return this.momentDrafts.get(draftKey(a.of)) ?? null;
      case 'save_moment_draft': {
        const of = a.of as DraftOf;
        if (typeof of !== 'string' && !this.moments.some((m) => m.id === of.change)) {
          fail('not_found', 'That moment is not in your journal any more.');
        }
        this.momentDrafts.set(draftKey(of), a.draft as NewMoment);
        return null;
      }
      case 'discard_moment_draft': this.momentDrafts.delete(draftKey(a.of)); return null;
      case 'record_check_in': return this.recordCheckIn(a.checkIn as NewCheckIn);
      case 'list_check_ins': return this.checkIns;
      case 'home': return this.home();
      case 'check_in_status': return this.status();
      case 'set_cadence': {
        if (![1, 3, 6, 12].includes(a.months)) fail('invalid_input', 'Pick 1, 3, 6 or 12 months.');
        this.cadence = a.months;
        return this.status();
      }
      case 'check_in_draft': return this.draft;
      case 'save_check_in_draft': this.draft = a.draft; return null;
      case 'discard_check_in_draft': this.draft = null; return null;
      case 'save_step_back': {
        const answers = (a.answers as StepBackAnswer[]).filter((x) => x.text.trim());
        if (answers.length === 0) fail('invalid_input', 'Write a few words for at least one question, then save.');
        this.stepBackDraft = null;
        return answers.map((x) => this.addMoment({ date: a.date, text: x.text, skillIds: x.skillIds }, 'reflection'));
      }
      case 'step_back_draft': return this.stepBackDraft;
      case 'save_step_back_draft': this.stepBackDraft = a.answers; return null;
      case 'discard_step_back_draft': this.stepBackDraft = null; return null;
      case 'list_recognitions': return this.recognitions;
      case 'add_recognition': {
        const r = a.recognition as NewRecognition;
        if (!r.text.trim()) fail('invalid_input', 'Write what they noticed, then save.');
        if (!r.from.trim()) fail('invalid_input', 'Write who noticed it, then save.');
        const rec: Recognition = { id: newId('r'), ...r, status: 'pending', skillId: null, momentId: null, createdAt: now(), decidedAt: null };
        this.recognitions.unshift(rec);
        return rec;
      }
      case 'accept_recognition': return this.accept(a.id, a.accept as AcceptAs);
      case 'dismiss_recognition': {
        const r = this.recognition(a.id);
        Object.assign(r, { status: 'dismissed', decidedAt: now() });
        return r;
      }
      case 'growth': return this.growth();
      case 'export_backup': return this.backupFile(a.passphrase);
      case 'save_backup': return `/home/you/Downloads/${this.backupFile(a.passphrase).name}`;
      case 'import_backup': return this.restore(String(a.contents ?? ''), a.passphrase ?? null);
      case 'portfolio_html': return this.portfolio(a.skillIds as string[]);
      default: {
        const answer = this.group.handle(cmd, a, this, fail);
        if (answer) return answer.value;
        fail('not_found', `Unknown command ${cmd}`);
      }
    }
  }

  /** As the core: plain with the lock off; with it on, "encrypted" (only wrapped, in the fake) once the passphrase is right. */
  private backupFile(passphrase: string | null): BackupFile {
    const json = JSON.stringify({ format: 'brim-backup', version: 1, skills: this.skills, moments: this.moments, checkIns: this.checkIns, recognitions: this.recognitions });
    const lock = this.lock.passphrase;
    if (lock === null) return { name: `brim-backup-${isoToday()}.json`, contents: json, encrypted: false };
    if (passphrase == null) fail('passphrase_needed', 'Your journal is locked with a passphrase, so your backup will be too. Type your passphrase to save it.');
    if (passphrase !== lock) fail('wrong_passphrase', "That passphrase doesn't open this journal. Check it and try again.");
    const contents = JSON.stringify({ format: LOCKED_BACKUP_FORMAT, version: 1, sealed: toBase64(JSON.stringify({ passphrase, json })) });
    return { name: `brim-backup-${isoToday()}-locked.json`, contents, encrypted: true };
  }

  /** As the core: opens a fake-encrypted file with its passphrase, then merges by id, keeping what is here. */
  private restore(contents: string, passphrase: string | null): ImportSummary {
    const notBackup = () => fail('invalid_backup', 'This file is not a Brim backup we can read (it is not valid JSON at line 1). Nothing was changed.');
    let json = contents;
    let envelope: any;
    try { envelope = JSON.parse(contents); } catch { notBackup(); }
    if (envelope?.format === LOCKED_BACKUP_FORMAT) {
      let sealed: { passphrase: string; json: string } | undefined;
      try { sealed = JSON.parse(fromBase64(envelope.sealed)); } catch { notBackup(); }
      if (passphrase == null) fail('passphrase_needed', 'This backup is protected with a passphrase. Type the passphrase your journal had when the backup was saved.');
      if (passphrase !== sealed!.passphrase) fail('wrong_passphrase', "That passphrase doesn't open this backup. Try the one your journal had when the backup was saved. Nothing was changed.");
      json = sealed!.json;
    }
    let data: any;
    try { data = JSON.parse(json); } catch { notBackup(); }
    if (data?.format !== 'brim-backup') notBackup();
    let alreadyThere = 0;
    const merge = <T extends { id: string }>(here: T[], theirs: T[] | undefined): number => {
      const ids = new Set(here.map((x) => x.id));
      const added = (theirs ?? []).filter((x) => !ids.has(x.id));
      alreadyThere += (theirs ?? []).length - added.length;
      here.push(...added);
      return added.length;
    };
    return {
      skills: merge(this.skills, data.skills), moments: merge(this.moments, data.moments),
      checkIns: merge(this.checkIns, data.checkIns), recognitions: merge(this.recognitions, data.recognitions), alreadyThere,
    };
  }

  private listSkills(q: SkillQuery): Skill[] {
    let list = this.skills.filter((s) => (q.includeArchived || !s.archived) && (q.area === null || s.area === q.area));
    const byName = (x: Skill, y: Skill) => x.name.localeCompare(y.name);
    if (q.order === 'by_evidence') list = list.sort((x, y) => y.evidenceCount - x.evidenceCount || byName(x, y));
    else if (q.order === 'by_area') list = list.sort((x, y) => x.area.localeCompare(y.area) || byName(x, y));
    else list = list.sort(byName);
    return list;
  }

  private skill(id: string): Skill {
    return this.skills.find((s) => s.id === id) ?? fail('not_found', 'That skill is not in your journal any more.');
  }

  private recognition(id: string): Recognition {
    return this.recognitions.find((r) => r.id === id) ?? fail('not_found', 'That recognition is not in your journal any more.');
  }

  private addSkill(n: NewSkill): Skill {
    const name = n.name.trim();
    if (!name) fail('invalid_input', 'Give your skill a name, like “Listening” or “Cooking”.');
    if (!n.area.trim()) fail('invalid_input', 'Pick an area for your skill, or write your own.');
    const s: Skill = { id: newId('s'), name, area: n.area.trim(), story: n.story.trim(), promptId: n.promptId, archived: false, evidenceCount: 0, createdAt: now(), updatedAt: now() };
    this.skills.push(s);
    return s;
  }

  private editSkill(id: string, e: SkillEdit): Skill {
    const s = this.skill(id);
    if (e.name !== null && !e.name.trim()) fail('invalid_input', 'Give your skill a name, like “Listening” or “Cooking”.');
    if (e.name !== null) s.name = e.name.trim();
    if (e.area !== null) s.area = e.area;
    if (e.story !== null) s.story = e.story.trim();
    s.updatedAt = now();
    return s;
  }

  private setArchived(id: string, archived: boolean): Skill {
    const s = this.skill(id);
    s.archived = archived;
    s.updatedAt = now();
    return s;
  }

  private checkMoment(m: NewMoment) {
    if (!m.text.trim()) fail('invalid_input', 'Write a few words about what happened, then save.');
    if (m.date > isoToday()) fail('date_in_future', 'That date has not happened yet. Pick today or a day before.');
    for (const id of m.skillIds) {
      if (this.skill(id).archived) fail('skill_archived', 'One of those skills is put away. Bring it back first, or pick another.');
    }
  }

  private addMoment(n: NewMoment, kind: Moment['kind']): Moment {
    this.checkMoment(n);
    const m: Moment = { id: newId('m'), kind, date: n.date, text: n.text.trim(), skillIds: n.skillIds, createdAt: now(), updatedAt: now() };
    this.moments.push(m);
    this.recount();
    return m;
  }

  private recount() {
    for (const s of this.skills) s.evidenceCount = this.moments.filter((m) => m.skillIds.includes(s.id)).length;
  }

  private sorted(list: Moment[]): Moment[] {
    return [...list].sort((x, y) => y.date.localeCompare(x.date) || y.id.localeCompare(x.id));
  }

  private page(list: Moment[], limit = 20, after: MomentCursor | null = null) {
    let all = this.sorted(list);
    if (after) all = all.filter((m) => m.date < after.date || (m.date === after.date && m.id < after.id));
    const moments = all.slice(0, limit);
    const last = moments[moments.length - 1];
    return { moments, next: all.length > limit && last ? { date: last.date, id: last.id } : null };
  }

  private home(): Home {
    const skills = this.listSkills({ area: null, includeArchived: false, order: 'by_name' });
    const mine = new Set(skills.map((x) => x.promptId));
    const fresh = PROMPTS.filter((x) => !mine.has(x.id));
    const pool = fresh.length ? fresh : PROMPTS;
    return {
      skills,
      recentMoments: this.page(this.moments, 3).moments,
      checkIn: this.status(),
      idea: pool[Math.floor(Date.now() / 86_400_000) % pool.length] ?? null,
      waitingRecognitions: this.recognitions.filter((r) => r.status === 'pending').length,
    };
  }

  private status(): CheckInStatus {
    const last = this.checkIns[this.checkIns.length - 1]?.date ?? null;
    if (!last) return { cadenceMonths: this.cadence, lastCheckIn: null, nextDue: null, isDue: this.skills.some((s) => !s.archived), daysUntilDue: null };
    const nextDue = addMonths(last, this.cadence);
    const days = daysBetween(isoToday(), nextDue);
    return { cadenceMonths: this.cadence, lastCheckIn: last, nextDue, isDue: days <= 0, daysUntilDue: days };
  }

  private recordCheckIn(c: NewCheckIn): CheckIn {
    if (c.ratings.length === 0) fail('invalid_input', 'Rate at least one skill, then save your check-in.');
    if (c.date > isoToday()) fail('date_in_future', 'That date has not happened yet. Pick today or a day before.');
    const checkIn: CheckIn = {
      id: newId('c'), date: c.date, note: c.note, createdAt: now(),
      ratings: c.ratings.map((r) => {
        if (r.rating < 1 || r.rating > 5) fail('invalid_input', 'Ratings go from 1 to 5.');
        return { ...r, skillName: this.skill(r.skillId).name };
      }),
    };
    this.checkIns.push(checkIn);
    this.checkIns.sort((x, y) => x.date.localeCompare(y.date));
    this.draft = null;
    return checkIn;
  }

  private accept(id: string, how: AcceptAs): Recognition {
    const r = this.recognition(id);
    const skill = 'skill' in how ? this.skill(how.skill.skillId) : this.addSkill(how.newSkill);
    const m = this.addMoment({ date: r.receivedOn, text: `${r.from}: “${r.text}”`, skillIds: [skill.id] }, 'recognition');
    Object.assign(r, { status: 'accepted', skillId: skill.id, momentId: m.id, decidedAt: now() });
    return r;
  }

  private growth(): Growth {
    const checkIns = this.checkIns.map((c) => ({ id: c.id, date: c.date }));
    const skills = this.skills
      .map((s) => {
        const points = this.checkIns.flatMap((c) => c.ratings.filter((r) => r.skillId === s.id).map((r) => ({ checkInId: c.id, date: c.date, rating: r.rating })));
        const first = points[0]?.rating ?? null;
        const latest = points[points.length - 1]?.rating ?? null;
        const previous = points.length > 1 ? points[points.length - 2].rating : null;
        return {
          skillId: s.id, name: s.name, area: s.area, archived: s.archived, points, first, previous, latest,
          changeSinceFirst: points.length > 1 && latest !== null && first !== null ? latest - first : null,
          changeSincePrevious: previous !== null && latest !== null ? latest - previous : null,
        };
      })
      .filter((g) => g.points.length > 0);
    const areaIds = [...new Set(skills.map((g) => g.area))];
    const areas = areaIds.map((area) => ({
      area,
      label: AREAS.find((x) => x.id === area)?.label ?? area,
      points: this.checkIns.flatMap((c) => {
        const rs = c.ratings.filter((r) => this.skills.find((s) => s.id === r.skillId)?.area === area);
        return rs.length ? [{ checkInId: c.id, date: c.date, average: rs.reduce((n, r) => n + r.rating, 0) / rs.length, rated: rs.length }] : [];
      }),
    }));
    const evidence = this.skills.map((s) => {
      const counts = new Map<string, number>();
      for (const m of this.moments.filter((x) => x.skillIds.includes(s.id))) {
        const q = `${m.date.slice(0, 4)}-Q${Math.floor((Number(m.date.slice(5, 7)) - 1) / 3) + 1}`;
        counts.set(q, (counts.get(q) ?? 0) + 1);
      }
      return { skillId: s.id, quarters: [...counts.entries()].sort().map(([quarter, count]) => ({ quarter, count })) };
    });
    return { checkIns, skills, areas, evidence };
  }

  private portfolio(ids: string[]): string {
    if (ids.length === 0) fail('invalid_input', 'Pick at least one skill for your portfolio.');
    const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
    const items = ids.map((id) => this.skill(id)).map((s) => {
      const ms = this.sorted(this.moments.filter((m) => m.skillIds.includes(s.id))).slice(0, 3);
      return `<section><h2>${esc(s.name)}</h2><p>${esc(s.story)}</p>${ms.length ? `<ul>${ms.map((m) => `<li>${esc(m.date)}: ${esc(m.text)}</li>`).join('')}</ul>` : ''}</section>`;
    });
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My skills</title><style>body{font:17px/1.5 system-ui,sans-serif;margin:2rem;color:#222}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:1.5rem}</style></head><body><h1>My skills</h1>${items.join('')}</body></html>`;
  }
}
