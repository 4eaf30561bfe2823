// Every screen of Brim in headless Chromium at 360×800, on the screenshot
// build, against the real core: brim-dev (the command table over a WebSocket,
// a fresh journal per page) and a real brim-server for the group screens, with
// the app's CSP as a header. Each page's journal is made by real commands
// before the app mounts (src/boot-screens.ts, tests/scenario.ts).
// Each runs twice: at the phone's text size and at the largest text size the
// app offers (200%). For each: a PNG in test-artifacts/screens/, an axe-core
// audit (any serious or critical violation fails), no script errors, and no
// text beyond the screen's edge or cut off by its box. Ends with "N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { binary, startDev, startServer } from './real-core.mjs';
import { chromium, devices } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'test-artifacts', 'screens');
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

function run(cmd, args) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    p.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitForServer(url, server) {
  for (let i = 0; i < 100; i++) {
    if (server.exitCode !== null) throw new Error('vite preview stopped early');
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url}`);
}

// --- the real core and group server ----------------------------------------
// As tests/global-setup.ts (scripts/real-core.mjs): brim-dev and brim-server from $CARGO_TARGET_DIR or ../target.
const children = [];
const serverDir = mkdtempSync(join(tmpdir(), 'brim-screens-server-'));
const serverDb = join(serverDir, 'server.db');
const serverBin = binary('brim-server');
function serverCli(args) {
  return JSON.parse(execFileSync(serverBin, [...args, '--json', '--database', serverDb], { stdio: ['ignore', 'pipe', 'ignore'] }).toString());
}
function eraseMember(memberId) {
  serverCli(['member', 'erase', '--member', memberId]);
}
/** A new group; an invite for `role` in it (the lead's own code for 'lead'). */
function groupFor(role, others) {
  const made = serverCli(['group', 'create', '--name', 'Riverside Tuesday group']);
  const invite = (r) => serverCli(['invite', 'create', '--group', made.group_id, '--role', r, '--uses', '1']).code;
  return {
    code: role === 'lead' ? made.lead_invite.code : invite(role),
    others: others.map(({ role: r, ...other }) => ({ ...other, code: invite(r) })),
  };
}
// Others in a group: Jo shares a skill with each audience, Dee is open to roles.
const jo = {
  name: 'Jo', role: 'member', openToRoles: ['Fixing bikes'],
  shares: [['Fixing bikes', 'practical', 'whole_group'], ['Speaking up at meetings', 'speaking_up', 'peer_supporters_and_lead'], ['Helping a new member', 'people', 'lead']],
};
const dee = { name: 'Dee', role: 'member', openToRoles: ['Cooking on a budget', 'Fixing things'] };
// Ways to take part: one the lead posts, and one Dee answers with two skills.
const inDays = (n) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const panel = { title: 'Interview panel for a support worker', about: 'Tuesday 10am at the hub. Lunch provided.', skills: ['Listening', 'Fairness'], closesOn: inDays(12) };
const lena = { name: 'Lena', role: 'lead', opportunity: panel };
const deeAnswers = { ...dee, answer: ['Listening', 'Standing up for others'] };

// --- the screens ---------------------------------------------------------
// `path` is query + hash; `act` drives the page the way a person would, by
// role and label; `expect` is text that must be on the screen.
const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();
/** Waits for the alert (a refusal or a problem, in plain words) that says `words`. */
const alertSays = (page, words) => page.getByRole('alert').filter({ hasText: words }).waitFor();
/** Types a wrong passphrase (the right one is "tea and toast") into `label`, presses `button` and waits for the refusal that says `words`. */
async function wrongPassphrase(p, label, button, words) {
  await p.getByLabel(label).fill('tea and jam');
  await p.getByRole('button', { name: button }).click();
  await alertSays(p, words);
}
/** On the share screen: picks who should see it (the radio's name), then "See what will be sent". */
async function previewFor(p, audience) {
  await p.getByRole('radio', { name: audience }).check();
  await p.getByRole('button', { name: 'See what will be sent' }).click();
}
/** On Settings: picks a backup file (`name`, `contents`) and asks to bring it back. */
async function restoreFrom(p, name, contents) {
  await p.getByLabel('Backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  await p.getByRole('button', { name: 'Bring back my journal' }).click();
}
/** Answers the first step-back question with `words`, skips the rest and saves. */
async function saveStepBack(p, words) {
  await p.getByRole('button', { name: 'Start' }).click();
  await p.getByLabel(/Think of a recent day/).fill(words);
  for (let i = 0; i < 6; i++) await p.getByRole('button', { name: /^(Next|Skip this one)$/ }).click();
  await p.getByRole('button', { name: 'Save my answers' }).click();
}
/** A check-in that rates the first skill "I could teach this", skips the other five and saves. */
async function saveOneRating(p) {
  await p.getByRole('button', { name: 'Start my check-in' }).click();
  await p.getByRole('radio', { name: /I could teach this/ }).check();
  await p.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 5; i++) await p.getByRole('button', { name: 'Skip this one' }).click();
  await p.getByRole('button', { name: 'Save my check-in' }).click();
}

const checks = [
  { name: 'home', path: '/#/', act: (p) => heading(p, 'Hello again'), expect: 'Recent moments' },
  { name: 'home-empty', path: '/?scenario=empty#/', act: (p) => heading(p, 'Welcome to Brim'), expect: 'Everyone has skills.' },
  { name: 'home-dark', path: '/#/', dark: true, act: (p) => heading(p, 'Hello again'), expect: 'Add a moment' },
  { name: 'skills', path: '/#/skills', act: (p) => heading(p, 'Your skills'), expect: 'Making money last' },
  { name: 'skills-empty', path: '/?scenario=empty#/skills', act: (p) => heading(p, 'Your skills'), expect: "Let's find your first one." },
  {
    name: 'skill-ideas', path: '/?scenario=empty#/skills/ideas',
    act: async (p) => {
      await heading(p, 'Skill ideas');
      await p.getByRole('button', { name: 'Money', exact: true }).click();
      await p.getByRole('button', { name: 'Yes, this is me: Budgeting' }).click();
      await p.getByLabel('Your story').fill('I made my money last all year.');
    },
    expect: 'Have you ever made a little money stretch all the way to the next payment?',
  },
  {
    name: 'skill-added', path: '/?scenario=empty#/skills/ideas',
    act: async (p) => {
      await p.getByRole('button', { name: 'Yes, this is me: Listening' }).click();
      await p.getByRole('button', { name: 'Add to my skills' }).click();
      await heading(p, 'Listening');
    },
    expect: 'Added to your skills.',
  },
  {
    name: 'skill-new-error', path: '/?scenario=empty#/skills/new',
    act: async (p) => {
      await heading(p, 'Write your own skill');
      await p.getByRole('button', { name: 'Save skill' }).click();
      await alertSays(p, 'Give the skill a name');
    },
    expect: 'Give the skill a name.',
  },
  {
    // No area is picked for the person: "Choose an area", and the core's words if they save without one.
    name: 'skill-new-area', path: '/?scenario=empty#/skills/new',
    act: async (p) => {
      await heading(p, 'Write your own skill');
      await p.getByLabel(/Skill name/).fill('Fixing bikes');
      await p.getByRole('button', { name: 'Save skill' }).click();
      await alertSays(p, 'Pick an area, or type your own.');
    },
    expect: 'Pick an area, or type your own.',
  },
  { name: 'skill-detail', path: '/#/skills/{listen}', act: (p) => heading(p, 'Listening'), expect: 'Moments that show it' },
  {
    name: 'skill-edit', path: '/#/skills/{guitar}',
    act: async (p) => {
      await heading(p, 'Playing guitar');
      await p.getByRole('button', { name: 'Change this skill' }).click();
      await p.getByLabel('Your own area').waitFor();
    },
    expect: 'Save changes',
  },
  {
    name: 'moment-new', path: '/#/moment/new',
    act: async (p) => {
      await heading(p, 'Add a moment');
      await p.getByLabel('What happened?').fill('I was listening to a friend who had a hard week.');
      await p.getByText('sounds like this').waitFor();
    },
    expect: 'Which skills did it show?',
  },
  {
    // Words typed and not saved are there again next time (kept as a draft).
    name: 'moment-kept', path: '/#/moment/new',
    act: async (p) => {
      await heading(p, 'Add a moment');
      await p.getByLabel('What happened?').fill('Sat with Dee at the clinic while she waited for news');
      await p.evaluate(() => { location.hash = '#/'; });
      await heading(p, 'Hello again');
      // Leaving the form keeps the words as it goes, even those typed
      // before the form heard about an earlier draft (CI types that fast).
      await p.getByRole('link', { name: 'Add a moment' }).first().click();
      await p.getByText('Here is what you were writing.').waitFor({ timeout: 15_000 });
    },
    expect: 'Start again',
  },
  {
    name: 'moment-edit', path: '/#/',
    act: async (p) => {
      await heading(p, 'Hello again');
      await p.getByRole('link', { name: /^Change this moment/ }).first().click();
      await heading(p, 'Change this moment');
      await p.getByRole('button', { name: 'Delete this moment' }).click();
    },
    expect: 'Delete this moment for good?',
  },
  { name: 'moments', path: '/#/moments', act: (p) => heading(p, 'Your moments'), expect: 'Spoke at the co-production meeting' },
  {
    name: 'search', path: '/#/search',
    act: async (p) => {
      await heading(p, 'Find a moment');
      await p.getByLabel('Words to look for').fill('soup');
      await p.getByRole('button', { name: 'Search' }).click();
      await p.getByRole('heading', { name: '2 moments found' }).waitFor();
    },
    expect: 'Made a big pot of soup',
  },
  {
    name: 'check-in-step', path: '/#/check-in',
    act: async (p) => {
      await heading(p, 'Check-in');
      await p.getByRole('button', { name: 'Start my check-in' }).click();
      await p.getByRole('radio', { name: /I do this well/ }).check();
    },
    expect: 'Skill 1 of 6',
  },
  {
    name: 'check-in-resume', path: '/?draft=1#/check-in',
    act: (p) => p.getByRole('button', { name: 'Carry on where I left off' }).waitFor(),
    expect: 'You rated 1 of 6 skills.',
  },
  {
    name: 'check-in-summary', path: '/#/check-in',
    act: async (p) => {
      await p.getByRole('button', { name: 'Start my check-in' }).click();
      for (const value of ['5', '3', '4', '3', '3', '2']) {
        await p.getByRole('radio', { name: new RegExp(`^${value} `) }).check();
        await p.getByRole('button', { name: 'Next' }).click();
      }
      await p.getByRole('heading', { name: 'Your check-in' }).waitFor();
    },
    expect: 'Up since last time',
  },
  {
    name: 'check-in-done', path: '/#/check-in', dark: true,
    act: async (p) => {
      await saveOneRating(p);
    },
    expect: 'Check-in saved',
  },
  { name: 'check-in-empty', path: '/?scenario=empty#/check-in', act: (p) => heading(p, 'Check-in'), expect: 'Find my first skill' },
  {
    name: 'growth', path: '/#/growth',
    act: async (p) => {
      await heading(p, 'Your growth');
      await p.getByRole('img', { name: /Star chart/ }).waitFor();
      await p.waitForTimeout(200);
    },
    expect: 'Up 1 since last time',
  },
  {
    name: 'growth-first', path: '/#/growth', dark: true,
    act: async (p) => {
      await p.getByRole('radio', { name: 'My first check-in' }).check();
      await p.waitForTimeout(200);
    },
    expect: 'Each skill over time',
  },
  { name: 'growth-empty', path: '/?scenario=empty#/growth', act: (p) => heading(p, 'Your growth'), expect: 'after your first check-in' },
  { name: 'more', path: '/#/more', act: (p) => heading(p, 'More'), expect: 'Someone noticed' },
  {
    name: 'step-back', path: '/#/step-back',
    act: async (p) => {
      await p.getByRole('button', { name: 'Start' }).click();
      await p.getByLabel(/Think of a recent day/).fill('They got up early and made breakfast for the kids.');
      await p.getByRole('checkbox', { name: 'Cooking on a budget' }).check();
    },
    expect: 'Question 1 of 6',
  },
  {
    name: 'step-back-saved', path: '/#/step-back',
    act: async (p) => {
      await saveStepBack(p, 'They calmed down an argument in the kitchen.');
    },
    expect: 'Your answer is saved as a moment.',
  },
  {
    // A step-back answer becomes a skill in one step: the answer is its story and first moment.
    name: 'skill-from-answer', path: '/#/step-back',
    act: async (p) => {
      await saveStepBack(p, 'They fixed the wobbly table at the drop-in.');
      await p.getByRole('link', { name: 'Make this a skill (answer 1)' }).click();
      await heading(p, 'Write your own skill');
      await p.waitForFunction(() => document.querySelector('#new-skill-story')?.value.includes('wobbly table'));
    },
    expect: 'Your answer is the start of its story',
  },
  { name: 'recognitions', path: '/#/recognitions', act: (p) => heading(p, 'Someone noticed…'), expect: 'Waiting for you' },
  {
    name: 'recognition-accept', path: '/#/recognitions',
    act: async (p) => {
      await p.getByRole('button', { name: /^Add to my skills: what Dee/ }).click();
      await p.getByLabel('Which skill does it show?').selectOption({ label: 'Staying calm' });
    },
    expect: 'Which skill does it show?',
  },
  { name: 'recognitions-empty', path: '/?scenario=empty#/recognitions', act: (p) => heading(p, 'Someone noticed…'), expect: 'Nothing here yet.' },
  { name: 'settings', path: '/#/settings', act: (p) => heading(p, 'Settings'), expect: 'How often to check in' },
  {
    name: 'portfolio', path: '/#/settings',
    act: async (p) => {
      await p.getByRole('button', { name: 'Make my skills page' }).click();
      await p.frameLocator('iframe[title="Your skills page, ready to print"]').getByRole('heading', { name: 'My skills' }).waitFor();
      await p.getByRole('button', { name: 'Print' }).scrollIntoViewIfNeeded();
    },
    expect: 'Print',
  },
  {
    // The portfolio as a PDF: saved where backups go, and said in words (brim-dev's folder stands in for Downloads).
    name: 'portfolio-pdf', path: '/#/settings',
    act: async (p) => {
      await p.getByRole('button', { name: 'Save as a PDF' }).click();
      await p.getByText(/^Saved\. Your skills page is in your Downloads folder, named Brim skills portfolio \d{4}-\d{2}-\d{2}\.pdf\./).waitFor();
    },
    expect: 'It stays on this device until you send it yourself.',
  },
  {
    name: 'backup', path: '/#/settings',
    act: async (p) => {
      await p.getByRole('button', { name: 'Save a backup file' }).first().click();
      // Where it went, in words (brim-dev's folder stands in for Downloads); one way to save, no download.
      await p.getByText(/^Saved\. Your backup is in your Downloads folder, named brim-backup-\d{4}-\d{2}-\d{2}\.json\.$/).waitFor();
      if (await p.getByRole('button', { name: /Download/ }).count()) throw new Error('a second way to save is back');
      await restoreFrom(p, 'notes.json', '{"hello": 1}');
      await alertSays(p, 'not a Brim backup');
    },
    expect: 'not a Brim backup',
  },
  {
    // The lock on: saving asks for the passphrase, and the file saved is a locked (-locked.json) one.
    name: 'backup-locked', path: '/?lock=on#/settings',
    act: async (p) => {
      await p.getByRole('button', { name: 'Save a backup file' }).click();
      await wrongPassphrase(p, 'Your passphrase', 'Save a backup file', "doesn't open this journal");
      await p.getByLabel('Your passphrase').fill('tea and toast');
      await p.getByRole('button', { name: 'Save a backup file' }).click();
      await p.getByText(/named brim-backup-\d{4}-\d{2}-\d{2}-locked\.json\.$/).waitFor();
      await p.getByText('It is locked with your passphrase').waitFor();
    },
    expect: 'To bring it back you will need that passphrase.',
  },
  {
    // A locked backup asks for its passphrase; a wrong one says so in plain words.
    name: 'restore-locked', path: '/?lock=on&backup=1#/settings',
    act: async (p) => {
      // A real locked backup of this journal, made by the core when the page was seeded.
      await heading(p, 'Settings');
      const file = await p.evaluate(() => window.__BRIM_SEEDED__.backup);
      if (!file?.startsWith('{"format":"brim-backup-locked"')) throw new Error('the seeded backup is not a locked one');
      await restoreFrom(p, 'brim-backup-2026-11-25-locked.json', file);
      await wrongPassphrase(p, 'Passphrase for this backup', 'Bring back my journal', "doesn't open this backup");
    },
    expect: 'This backup is protected with a passphrase.',
  },
  // Sharing with a group: `group` joins the page's journal to a new group on the
  // real brim-server in that role (as Sam); `others` join it too and share first.
  {
    name: 'group-join', path: '/#/group',
    act: async (p) => {
      await heading(p, 'Join a group');
      await p.getByLabel("Your group's web address").fill('groups.example.org');
      await p.getByLabel('Invite code').fill('K7P-Q2M');
    },
    expect: 'Nothing in your journal is sent when you join.',
  },
  {
    name: 'group-join-offline', path: '/#/group',
    act: async (p) => {
      // A group server that is not there: a closed port on this machine.
      await p.getByLabel("Your group's web address").fill(`http://127.0.0.1:${closedPort}`);
      await p.getByLabel('Invite code').fill('K7P-Q2M');
      await p.getByLabel('Your name in the group').fill('Sam');
      await p.getByRole('button', { name: 'Join the group' }).click();
      await alertSays(p, 'could not reach the group server');
    },
    expect: 'Your journal is safe on this phone.',
  },
  {
    // The server's admin erases this member; the phone's next sync is refused.
    name: 'group-signed-out', group: 'member', others: [jo], path: '/#/group',
    act: async (p) => {
      await p.getByText('Fixing bikes').first().waitFor();
      eraseMember(await p.evaluate(() => window.__BRIM_SEEDED__.memberId));
      await p.getByRole('button', { name: 'Send and fetch now' }).click();
      await heading(p, 'Join a group');
    },
    expect: 'so Brim removed what others had shared with you from this phone',
  },
  { name: 'group-member', group: 'member', others: [jo], path: '/#/group', act: (p) => heading(p, 'Riverside Tuesday group'), expect: 'Shared with the whole group' },
  {
    name: 'group-member-answer', group: 'member', others: [jo, lena], path: '/#/group',
    act: async (p) => {
      await p.getByRole('button', { name: 'Answer with your skills' }).click();
      await p.getByRole('checkbox', { name: 'Listening' }).check();
      await p.getByRole('button', { name: 'See what your lead will get' }).click();
      await p.getByRole('group', { name: 'This is what your lead will see:' }).scrollIntoViewIfNeeded();
    },
    expect: 'An answer to “Interview panel for a support worker”',
  },
  {
    name: 'group-member-people', group: 'member', others: [jo, lena], path: '/#/group',
    act: async (p) => {
      await p.getByRole('list', { name: 'People in your group' }).getByRole('button', { name: 'Tell Lena what you noticed' }).click();
      await p.getByLabel('What is Lena good at?').fill('Making everyone welcome');
    },
    expect: 'Which area is it in?',
  },
  {
    name: 'group-peer', group: 'peer_supporter', others: [jo], path: '/#/group', dark: true,
    act: async (p) => {
      await p.getByRole('button', { name: 'Tell Jo what you noticed' }).first().click();
      await p.getByLabel(/A few words for Jo/).fill('You spoke up so well on Tuesday.');
    },
    expect: 'Shared with peer supporters and the lead',
  },
  {
    name: 'group-lead', group: 'lead', others: [jo, deeAnswers], post: panel, path: '/#/group',
    act: async (p) => {
      await p.getByRole('heading', { name: 'Group summary' }).waitFor();
      await p.waitForTimeout(200);
    },
    expect: 'fewer than 5 — hidden',
  },
  {
    name: 'group-lead-invite', group: 'lead', others: [jo, dee], path: '/#/group/lead',
    act: async (p) => {
      await heading(p, 'Invites and people');
      await p.getByRole('list', { name: 'People in the group' }).waitFor();
      await p.getByRole('button', { name: 'Make an invite' }).click();
      await p.getByRole('img', { name: 'QR code of the join link' }).waitFor();
    },
    expect: 'This is the only time Brim shows the code',
  },
  {
    name: 'group-lead-people', group: 'lead', others: [jo, dee], path: '/#/group/lead',
    act: async (p) => {
      await heading(p, 'Invites and people');
      await p.getByRole('button', { name: 'Make Jo a peer supporter' }).click();
      await p.getByText('Jo is a peer supporter now').waitFor();
      await p.getByRole('button', { name: 'Remove Dee…' }).click();
      await p.getByRole('heading', { name: 'Remove Dee from the group?' }).scrollIntoViewIfNeeded();
    },
    expect: 'Everything Dee shared will be erased from the group server',
  },
  {
    name: 'group-leave', group: 'member', path: '/#/group',
    act: async (p) => {
      await p.getByRole('button', { name: 'Leave the group' }).click();
    },
    expect: 'Everything you shared will be erased from the group server',
  },
  {
    name: 'share-skill', group: 'member', path: '/#/share/skill/{listen}',
    act: async (p) => {
      await heading(p, 'Share with my group');
      await p.getByRole('radio', { name: /Peer supporters and the lead/ }).check();
    },
    expect: 'Who should see it?',
  },
  {
    name: 'share-preview', group: 'member', path: '/#/share/skill/{listen}',
    act: async (p) => {
      await p.getByRole('checkbox', { name: 'Include my story' }).check();
      await previewFor(p, /The group lead/);
      await p.getByText('Show the exact data that will be sent').click();
    },
    expect: 'Only the group lead will see it, with your name.',
  },
  {
    name: 'share-not-joined', path: '/#/share/skill/{listen}',
    act: (p) => p.getByRole('link', { name: 'Join a group' }).waitFor(),
    expect: "You're not in a group yet.",
  },
  {
    name: 'group-visible', group: 'member', path: '/#/share/skill/{cook}',
    act: async (p) => {
      await previewFor(p, /The whole group/);
      await p.getByRole('button', { name: 'Share it' }).click();
      await p.getByText('Shared with the whole group').waitFor();
      await p.evaluate(() => { location.hash = '#/group'; });
      await p.getByRole('button', { name: 'Send and fetch now' }).click();
      await p.getByRole('link', { name: 'What my group can see' }).click();
      await heading(p, 'What my group can see');
      await p.getByRole('button', { name: 'Take it back: Cooking on a budget' }).click();
    },
    expect: 'Take this back?',
  },
  {
    name: 'share-check-in', group: 'peer_supporter', path: '/#/check-in',
    act: async (p) => {
      await saveOneRating(p);
      await p.getByRole('link', { name: 'Share some of these ratings with my group' }).click();
      await heading(p, 'Share with my group');
      await previewFor(p, /Peer supporters and the lead/);
    },
    expect: 'The peer supporters and the group lead will see it, with your name.',
  },
  {
    name: 'share-progress', group: 'member', path: '/#/growth',
    act: async (p) => {
      await p.getByRole('link', { name: 'Share how Listening has grown' }).click();
      await heading(p, 'Share with my group');
      await previewFor(p, /Just count it in the group summary/);
    },
    expect: 'Your name is not shown to anyone.',
  },
  // The journal lock (`?lock=on` turns it on, `?lock=locked` starts locked; the passphrase is "tea and toast").
  {
    name: 'unlock', path: '/?lock=locked#/',
    act: async (p) => {
      await heading(p, 'Your journal is locked');
      if (await p.getByRole('navigation').count()) throw new Error('navigation shown while locked');
      if (await p.getByText('Recent moments').count()) throw new Error('journal content shown while locked');
    },
    expect: 'Open my journal',
  },
  {
    name: 'unlock-wrong', path: '/?lock=locked#/', dark: true,
    act: async (p) => {
      await wrongPassphrase(p, 'Passphrase', 'Open my journal', "didn't open it");
    },
    expect: "That passphrase didn't open it. Check it and try again.",
  },
  {
    name: 'settings-lock-off', path: '/#/settings',
    act: async (p) => {
      await p.getByLabel(/^New passphrase/).fill('river stones');
      await p.getByLabel('Type it again').fill('river stone');
      await p.getByRole('button', { name: 'Turn the lock on' }).click();
      await alertSays(p, 'not the same');
    },
    expect: 'If you forget this passphrase, nobody can open your journal',
  },
  {
    name: 'settings-lock-on', path: '/?lock=on#/settings', dark: true,
    act: async (p) => {
      await p.getByRole('radio', { name: 'After 15 minutes away' }).check();
      await p.getByText('Saved.').waitFor();
    },
    expect: 'Passphrase to turn it off',
  },
  {
    name: 'more-lock-now', path: '/?lock=on#/more',
    act: async (p) => {
      await p.getByRole('button', { name: 'Lock now' }).click();
      await heading(p, 'Your journal is locked');
    },
    expect: 'Open my journal',
  },
  {
    name: 'load-error', path: '/?fail=list_skills#/skills',
    act: (p) => alertSays(p, 'could not read or save your journal'),
    expect: 'Nothing was changed.',
  },
];

// Every screen again with the largest text size (Settings › On this phone,
// kept by the core: `?text=200` sets it before the app mounts), named `NAME-text200`.
const LARGEST_TEXT = 200;
/** `path` with `extra` added to its query, before the hash. */
const withQuery = (path, extra) => {
  const [before, hash = ''] = path.split('#');
  return `${before}${before.includes('?') ? '&' : '?'}${extra}#${hash}`;
};
const withText = (path) => withQuery(path, `text=${LARGEST_TEXT}`);
const inLanguage = (path, lang, text) => withQuery(path, `lang=${lang}${text ? `&text=${text}` : ''}`);
// Each screen as it opens (no acting: the acts find buttons by their English
// words) in Arabic, right to left, and in the pseudo-locale at the largest text
// size, whose longer words find a box too small for a longer language. Named
// `NAME-ar` and `NAME-pseudo`; the layout and axe checks are the same.
const opened = [...new Map(checks.filter((c) => !c.path.includes('fail=')).map((c) => [c.path, c])).values()];
const asOpened = { act: (p) => p.waitForTimeout(400), expect: '' };
checks.push(...checks.map((c) => ({ ...c, name: `${c.name}-text${LARGEST_TEXT}`, path: withText(c.path) })));
checks.push(...opened.map((c) => ({ ...c, ...asOpened, name: `${c.name}-ar`, path: inLanguage(c.path, 'ar'), rightToLeft: true })));
checks.push(...opened.map((c) => ({ ...c, ...asOpened, name: `${c.name}-pseudo`, path: inLanguage(c.path, 'en-XA', LARGEST_TEXT) })));

// `node scripts/screens.mjs home skills` runs only those screens.
const chosen = process.argv.length > 2 ? checks.filter((c) => process.argv.slice(2).includes(c.name)) : checks;

// --- run ------------------------------------------------------------------
const startedAt = Date.now();
await run('npx', ['vite', 'build', '--mode', 'screens', '--logLevel', 'warn']);
mkdirSync(outDir, { recursive: true });
const dev = await startDev();
children.push(dev.child);
const devUrl = dev.url;
const group = await startServer(serverDb, ['--address-limit', '100000', '--join-limit', '100000', '--device-limit', '100000']);
children.push(group.child);
const groupServer = group.url;
const closedPort = await freePort();
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn('npx', ['vite', 'preview', '--mode', 'screens', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  detached: true,
  env: { ...process.env, BRIM_DEV_TARGET: devUrl },
});
const stopServer = () => {
  try { process.kill(-server.pid, 'SIGTERM'); } catch {}
  for (const child of children) child.kill();
  rmSync(serverDir, { recursive: true, force: true });
};
process.on('exit', stopServer);

let passed = 0;
let failed = 0;
const profile = mkdtempSync(join(tmpdir(), 'brim-screens-'));
let context;
try {
  await waitForServer(`${base}/`, server);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    ...devices['Pixel 7'],
    viewport: { width: 360, height: 800 },
    screen: { width: 360, height: 800 },
  });
  // Never reach past the preview server: the app must need nothing remote.
  await context.route(/^(?!http:\/\/127\.0\.0\.1:).*/, (route) => route.abort());

  for (const check of chosen) {
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
    });
    try {
      await page.emulateMedia({ colorScheme: check.dark ? 'dark' : 'light', reducedMotion: 'reduce' });
      // The page's journal is made by real commands before the app mounts (src/boot-screens.ts).
      const screen = { dev: `ws://127.0.0.1:${port}/brim-dev`, ...(check.group ? { server: groupServer, ...groupFor(check.group, check.others ?? []), post: check.post } : {}) };
      await page.addInitScript((s) => { window.__BRIM_SCREEN__ = s; }, screen);
      await page.goto(base + check.path);
      await page.locator('main h1').first().waitFor({ timeout: 60000 });
      page.setDefaultTimeout(5000);
      await check.act(page);
      if (check.expect) await page.getByText(check.expect).first().waitFor();
      if (check.rightToLeft) {
        const dir = await page.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('main')).direction]);
        if (dir.join() !== 'rtl,rtl') problems.push(`the page is not right to left in Arabic: ${dir}`);
        // Screens whose words are all in the catalogues greet in Arabic.
        const h1 = await page.locator('main h1').first().textContent();
        if (['#/', '#/more', '#/moments', '#/search'].includes(check.path.slice(check.path.indexOf('#'))) && !/\p{Script=Arabic}/u.test(h1)) {
          problems.push(`the heading is not in Arabic: ${h1}`);
        }
      }
      await page.waitForTimeout(50);
      // Grow the viewport to the whole page, so the fixed navigation sits at
      // the bottom of the picture as it does on a phone, not over the middle.
      const tall = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: 360, height: Math.max(800, tall) });
      await page.waitForTimeout(50);
      // (A long list at 200% in a longer language makes a tall picture: give it time.)
      await page.screenshot({ path: join(outDir, `${check.name}.png`), timeout: 30000 });
      await page.setViewportSize({ width: 360, height: 800 });
      // Brim's own floor, beyond axe: touch targets ≥ 44 px, text ≥ 16 px.
      const layout = await page.evaluate(() => {
        const out = new Set();
        const shown = (el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only');
        };
        const say = (el) => (el.getAttribute('aria-label') || el.textContent || el.id || el.tagName).trim().replace(/\s+/g, ' ').slice(0, 40);
        for (const el of document.querySelectorAll('button, select, textarea, input:not([type=checkbox]):not([type=radio]):not([type=hidden]), a, label.choice')) {
          if (!shown(el)) continue;
          // A link inside running text is exempt, as in WCAG 2.5.8.
          const alone = el.parentElement && el.parentElement.textContent.trim() === el.textContent.trim();
          if (el.tagName === 'A' && !el.classList.contains('btn') && !alone) continue;
          const r = el.getBoundingClientRect();
          if (r.height < 44 || r.width < 44) out.add(`touch target ${Math.round(r.width)}×${Math.round(r.height)} px: "${say(el)}"`);
        }
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) {
          const el = walk.currentNode.parentElement;
          if (!walk.currentNode.textContent.trim() || !el || !shown(el)) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 16) out.add(`text ${size} px: "${say(el)}"`);
          // No text spills out of the screen's width, and none is cut off by a box that hides overflow.
          const range = document.createRange();
          range.selectNodeContents(walk.currentNode);
          const r = range.getBoundingClientRect();
          // (Against the screen's width: a phone's browser widens its layout to fit what overflows.)
          // Text in a box that scrolls sideways (a wide table) is reached by scrolling, not lost.
          const scrolls = (e) => e && e !== document.body && (/auto|scroll/.test(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
          if ((r.right > screen.width + 1 || r.left < -1) && !scrolls(el)) out.add(`text beyond the screen's edge: "${say(el)}"`);
        }
        if (document.documentElement.scrollWidth > screen.width + 1) {
          out.add(`the page is wider than the screen (${document.documentElement.scrollWidth} px)`);
        }
        for (const el of document.querySelectorAll('body *')) {
          if (!shown(el) || ['INPUT', 'TEXTAREA', 'SELECT', 'IFRAME', 'svg', 'CANVAS'].includes(el.tagName)) continue;
          const style = getComputedStyle(el);
          const hides = /hidden|clip/.test(style.overflowX + style.overflowY);
          const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
          if (hides && cut && el.textContent.trim()) out.add(`text cut off by its box: "${say(el)}"`);
        }
        return [...out];
      });
      problems.push(...layout);
      await page.evaluate(axeSource);
      const { violations, passed: rulesPassed } = await page.evaluate(async () => {
        const r = await window.axe.run(document, { resultTypes: ['violations'] });
        return {
          passed: r.passes.length,
          violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3) })),
        };
      });
      check.rules = rulesPassed;
      if (rulesPassed === 0) problems.push('axe-core checked nothing');
      for (const v of violations) {
        const line = `axe ${v.impact} ${v.id}: ${v.help} [${v.nodes.join(', ')}]`;
        if (v.impact === 'serious' || v.impact === 'critical') problems.push(line);
        else console.log(`  note: ${line}`);
      }
    } catch (e) {
      problems.push(String(e.message ?? e).split('\n').slice(0, 12).join(' | '));
      await page.screenshot({ path: join(outDir, `${check.name}.failed.png`), fullPage: true }).catch(() => {});
    }
    await page.close();
    if (problems.length === 0) {
      passed++;
      console.log(`ok   ${check.name} (axe: ${check.rules} rules passed, no serious or critical violations)`);
    } else {
      failed++;
      console.log(`FAIL ${check.name}`);
      for (const p of problems) console.log(`     ${p}`);
    }
  }
} catch (e) {
  console.log(`FAIL setup: ${e.message ?? e}`);
  failed++;
} finally {
  await context?.close().catch(() => {});
  stopServer();
  rmSync(profile, { recursive: true, force: true });
}

console.log(`screenshots in ${outDir} (${Math.round((Date.now() - startedAt) / 1000)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed === chosen.length ? 0 : 1);
