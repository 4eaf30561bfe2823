//! Sample journal for screenshots and component tests: a person a few months
//! in, with skills, moments, three check-ins and a recognition waiting.
import type { AreaInfo, CheckIn, Moment, Recognition, Skill, SkillPrompt, StepBackPrompt } from '../lib/types';

export const AREAS: AreaInfo[] = [
  { id: 'people', label: 'People', about: 'Getting on with others, listening, helping people feel welcome.' },
  { id: 'organising', label: 'Organising', about: 'Planning, keeping track, getting things done on time.' },
  { id: 'practical', label: 'Practical', about: 'Fixing, making, cooking, using your hands.' },
  { id: 'creative', label: 'Creative', about: 'Ideas, making things up, art, music, writing.' },
  { id: 'resilience', label: 'Resilience', about: 'Keeping going, bouncing back, getting through hard times.' },
  { id: 'money', label: 'Money', about: 'Making money last, budgeting, finding a good deal.' },
  { id: 'caring', label: 'Caring', about: 'Looking after others, and after yourself.' },
  { id: 'speaking_up', label: 'Speaking up', about: 'Saying what you think, standing up for people.' },
  { id: 'learning', label: 'Learning', about: 'Picking things up, asking questions, trying new things.' },
];

export const PROMPTS: SkillPrompt[] = [
  { id: 'listening', name: 'Listening', area: 'people', description: 'Giving someone your full attention so they feel heard.', question: 'Do people come to you to talk things through?' },
  { id: 'reading-a-room', name: 'Reading a situation', area: 'people', description: 'Noticing how people feel and what might happen next.', question: 'Can you tell when trouble is coming before anyone says a word?' },
  { id: 'welcoming', name: 'Making people welcome', area: 'people', description: 'Helping someone new feel at ease.', question: 'Do you notice when someone is on their own and go over?' },
  { id: 'planning', name: 'Planning ahead', area: 'organising', description: 'Working out what needs to happen, and when.', question: 'Have you got through a hard week by working out where to be and when?' },
  { id: 'time-keeping', name: 'Keeping time', area: 'organising', description: 'Being where you said you would be.', question: 'Do you keep track of appointments, even without a phone?' },
  { id: 'cooking', name: 'Cooking on a budget', area: 'practical', description: 'Making a good meal from not much.', question: 'Can you make a meal out of whatever is in the cupboard?' },
  { id: 'fixing', name: 'Fixing things', area: 'practical', description: 'Working out why something broke and mending it.', question: 'Do you take things apart to see how they work?' },
  { id: 'art', name: 'Drawing and art', area: 'creative', description: 'Making pictures, patterns or designs.', question: 'Do you doodle, draw or decorate things?' },
  { id: 'storytelling', name: 'Telling stories', area: 'creative', description: 'Holding people’s attention with a story.', question: 'Do people listen when you tell them what happened?' },
  { id: 'keeping-going', name: 'Keeping going', area: 'resilience', description: 'Carrying on when things are hard.', question: 'Have you kept going through something most people never face?' },
  { id: 'staying-calm', name: 'Staying calm', area: 'resilience', description: 'Keeping a clear head when things kick off.', question: 'Are you the one who stays steady when others panic?' },
  { id: 'budgeting', name: 'Making money last', area: 'money', description: 'Stretching money so it covers what matters.', question: 'Have you made a small amount of money last a whole week?' },
  { id: 'bargains', name: 'Finding a good deal', area: 'money', description: 'Knowing where to get things cheaper.', question: 'Do you know where to find the best price in town?' },
  { id: 'looking-after', name: 'Looking after others', area: 'caring', description: 'Caring for family, friends or pets.', question: 'Has someone relied on you to look after them?' },
  { id: 'self-care', name: 'Looking after yourself', area: 'caring', description: 'Knowing what helps you feel well.', question: 'Do you know what helps you on a bad day?' },
  { id: 'standing-up', name: 'Standing up for others', area: 'speaking_up', description: 'Speaking out when something is not fair.', question: 'Have you spoken up for someone who could not speak for themselves?' },
  { id: 'speaking-in-groups', name: 'Speaking in a group', area: 'speaking_up', description: 'Saying your piece when others are listening.', question: 'Have you shared your view in a meeting or group?' },
  { id: 'asking', name: 'Asking questions', area: 'learning', description: 'Finding out what you need to know.', question: 'Do you ask until you understand how something works?' },
  { id: 'new-things', name: 'Trying new things', area: 'learning', description: 'Giving something a go, even when it feels new.', question: 'Have you tried something this year you had never done before?' },
];

export const STEP_BACK: StepBackPrompt[] = [
  { id: 'picture', prompt: 'Think of a day last week. Picture yourself from across the room. What was that person doing?', hint: 'Write it as if you are watching a friend: "They got up early and…"' },
  { id: 'hard-bit', prompt: 'What was hard for that person that day, and how did they get through it?', hint: 'Getting through counts. Small steps count too.' },
  { id: 'helped', prompt: 'Who did that person help, or who did they listen to?', hint: 'A kind word, a lift, a cup of tea — it all counts.' },
  { id: 'skills', prompt: 'If a friend watched that day, which skills would they say that person has?', hint: 'Tick the skills below, or write new ones in your own words.' },
];

const t = (d: string) => `${d}T10:00:00Z`;

export function sampleSkills(): Skill[] {
  const s = (id: string, name: string, area: string, story: string, promptId: string | null, evidenceCount: number, created: string, archived = false): Skill => ({
    id, name, area, story, promptId, archived, evidenceCount, createdAt: t(created), updatedAt: t(created),
  });
  return [
    s('s-listen', 'Listening', 'people', 'I listen to the people at the drop-in. They say I make them feel heard.', 'listening', 3, '2026-03-02'),
    s('s-budget', 'Making money last', 'money', 'I made my money last for years with almost nothing. That is budgeting.', 'budgeting', 2, '2026-03-02'),
    s('s-cook', 'Cooking on a budget', 'practical', 'I cook for the Friday group. Soup for twenty from one bag of veg.', 'cooking', 2, '2026-03-05'),
    s('s-calm', 'Staying calm', 'resilience', 'When it kicks off, I am the one who keeps my head.', 'staying-calm', 1, '2026-03-05'),
    s('s-group', 'Speaking in a group', 'speaking_up', 'I spoke at the co-production meeting in June.', 'speaking-in-groups', 1, '2026-06-10'),
    s('s-guitar', 'Playing guitar', 'Music', 'Taught myself from videos at the library.', null, 0, '2026-07-01'),
    s('s-drive', 'Driving the van', 'practical', 'Drove the food bank van last winter.', null, 0, '2026-01-10', true),
  ];
}

export function sampleMoments(): Moment[] {
  const m = (id: string, date: string, text: string, skillIds: string[], kind: Moment['kind'] = 'note'): Moment => ({
    id, kind, date, text, skillIds, createdAt: t(date), updatedAt: t(date),
  });
  return [
    m('m-1', '2026-11-20', 'Sat with a new lad at the drop-in who was having a rough day. Just listened. He came back the next day.', ['s-listen']),
    m('m-2', '2026-11-14', 'Made a big pot of soup for the Friday group for under £8.', ['s-cook', 's-budget']),
    m('m-3', '2026-10-30', 'Two people started shouting at the hostel. I kept calm and talked them down.', ['s-calm', 's-listen']),
    m('m-4', '2026-10-02', 'She listened to a friend on the phone for an hour and helped her make a plan.', ['s-listen'], 'reflection'),
    m('m-5', '2026-09-18', 'Worked out my bills for the month on paper. Everything paid.', ['s-budget']),
    m('m-6', '2026-08-05', 'Cooked for the summer barbecue.', ['s-cook']),
    m('m-7', '2026-06-12', 'Spoke at the co-production meeting about the drop-in hours. They are changing them.', ['s-group']),
  ];
}

export function sampleCheckIns(): CheckIn[] {
  const names: Record<string, string> = { 's-listen': 'Listening', 's-budget': 'Making money last', 's-cook': 'Cooking on a budget', 's-calm': 'Staying calm', 's-group': 'Speaking in a group' };
  const c = (id: string, date: string, r: [string, number][]): CheckIn => ({
    id, date, note: '', createdAt: t(date),
    ratings: r.map(([skillId, rating]) => ({ skillId, skillName: names[skillId], rating, note: '' })),
  });
  return [
    c('c-1', '2026-03-10', [['s-listen', 2], ['s-budget', 3], ['s-cook', 2], ['s-calm', 2]]),
    c('c-2', '2026-06-12', [['s-listen', 3], ['s-budget', 3], ['s-cook', 3], ['s-calm', 3], ['s-group', 1]]),
    c('c-3', '2026-09-14', [['s-listen', 4], ['s-budget', 3], ['s-cook', 4], ['s-calm', 2], ['s-group', 2]]),
  ];
}

export function sampleRecognitions(): Recognition[] {
  return [
    { id: 'r-1', from: 'Dee, my support worker', text: 'You are really good at keeping things calm when people are upset.', receivedOn: '2026-11-18', status: 'pending', skillId: null, momentId: null, createdAt: t('2026-11-18'), decidedAt: null },
    { id: 'r-2', from: 'Sam at the Friday group', text: 'Your soup is the best thing about Fridays. You feed everyone on nothing.', receivedOn: '2026-08-20', status: 'accepted', skillId: 's-cook', momentId: 'm-r2', createdAt: t('2026-08-20'), decidedAt: t('2026-08-21') },
  ];
}
