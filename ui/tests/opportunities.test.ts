// The group's board on the Group tab, against the real core (brim-dev) and a
// real brim-server on 127.0.0.1, with other phones as second journals:
// everyone in the group (anyone can be told what they were noticed doing,
// shared or not), ways to take part that the lead posts, answers that reach
// the lead alone and can be taken back, and "open to roles" with skills
// picked from the journal.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { forgetGroup } from '../src/lib/group/watch';
import Group from '../src/lib/screens/Group.svelte';
import * as groupIpc from '../src/lib/ipc/group';
import { otherPhone, seedJoined } from './seed';

afterEach(() => forgetGroup());

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('The board: who is in the group and ways to take part', () => {
  it('a member tells someone who has shared nothing what they noticed', async () => {
    const ids = await seedJoined('member');
    const dee = await otherPhone();
    await dee.join(ids.groupId, 'member', 'Dee');
    await groupIpc.syncNow();
    render(Group);
    const people = await screen.findByRole('list', { name: 'People in your group' }, { timeout: 15_000 });
    expect(within(people).getByText('Dee')).toBeTruthy();
    expect(within(people).queryByText('Sam'), 'not yourself').toBeNull();
    await fireEvent.click(within(people).getByRole('button', { name: 'Tell Dee what you noticed' }));
    // Without a skill and its area, it says what is missing.
    await fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Say which skill you noticed, and pick the area it is in.')).toBeTruthy();
    await fireEvent.input(screen.getByLabelText('What is Dee good at?'), { target: { value: 'Making people welcome' } });
    await screen.findByRole('option', { name: 'People' });
    await fireEvent.change(screen.getByLabelText('Which area is it in?'), { target: { value: 'people' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Your recognition for Dee is on its way.')).toBeTruthy();
    await groupIpc.syncNow();
    await dee.call('sync_now');
    const inbox = await dee.call<{ from: string; text: string }[]>('list_recognitions');
    expect(inbox).toHaveLength(1);
    expect(inbox[0].from).toBe('Sam');
    expect(inbox[0].text).toContain('Making people welcome');
    dee.close();
  }, 40_000);

  it('a member answers a way to take part with two skills; only the lead gets it; taken back, it is gone', async () => {
    const ids = await seedJoined('member');
    const lena = await otherPhone();
    await lena.join(ids.groupId, 'lead', 'Lena');
    const posted = await lena.call<{ opportunity_id: string }>('post_opportunity', {
      opportunity: { title: 'Interview panel for a support worker', about: 'Tuesday at the hub.', skills: ['Listening'], closesOn: inDays(10) },
    });
    const pat = await otherPhone();
    await pat.join(ids.groupId, 'peer_supporter', 'Pat');
    await groupIpc.syncNow();
    render(Group);
    const card = (await screen.findByRole('heading', { name: 'Interview panel for a support worker' }, { timeout: 15_000 })).closest('li')!;
    expect(within(card).getByText('Skills it needs: Listening')).toBeTruthy();
    await fireEvent.click(within(card).getByRole('button', { name: 'Answer with your skills' }));
    await fireEvent.click(await within(card).findByRole('checkbox', { name: 'Listening' }));
    await fireEvent.click(within(card).getByRole('checkbox', { name: 'Cooking on a budget' }));
    await fireEvent.input(within(card).getByLabelText(/A few words of your own/), { target: { value: 'I sat on a panel at my hostel.' } });
    await fireEvent.click(within(card).getByRole('button', { name: 'See what your lead will get' }));
    const preview = await within(card).findByRole('group', { name: 'This is what your lead will see:' });
    expect(within(preview).getByText(/An answer to “Interview panel for a support worker”/)).toBeTruthy();
    expect(within(preview).getByText('Listening')).toBeTruthy();
    await fireEvent.click(within(preview).getByRole('button', { name: 'Send to your lead' }));
    expect(await screen.findByText('Your answer is on its way to your lead.')).toBeTruthy();
    expect(await within(card).findByText('You answered this. Only your lead sees it.')).toBeTruthy();
    await groupIpc.syncNow();

    const answersOf = async (phone: typeof lena) => {
      await phone.call('sync_now');
      const feed = await phone.call<{ content: { type: string; opportunity_id?: string } }[]>('group_feed');
      return feed.filter((f) => f.content.type === 'answer' && f.content.opportunity_id === posted.opportunity_id);
    };
    expect(await answersOf(lena)).toHaveLength(1);
    expect(await answersOf(pat), 'a peer supporter never sees an answer').toHaveLength(0);

    await fireEvent.click(within(card).getByRole('button', { name: 'Take it back' }));
    expect(await screen.findByText(/Your answer is taken back/)).toBeTruthy();
    await groupIpc.syncNow();
    expect(await answersOf(lena), 'gone from the lead').toHaveLength(0);
    lena.close();
    pat.close();
  }, 60_000);

  it('the lead posts a way to take part, reads the answer and says thank you, then takes it down', async () => {
    const ids = await seedJoined('lead');
    render(Group);
    await screen.findByRole('heading', { name: 'Post a way to take part' }, { timeout: 15_000 });
    await fireEvent.input(screen.getByLabelText('What is it?'), { target: { value: 'Speaking at the service meeting' } });
    await fireEvent.input(screen.getByLabelText('Skills it needs'), { target: { value: 'Speaking up, Listening' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Post it' }));
    expect(await screen.findByText('Posted. Everyone in the group will see it.', {}, { timeout: 15_000 })).toBeTruthy();
    const card = (await screen.findByRole('heading', { name: 'Speaking at the service meeting' })).closest('li')!;
    expect(within(card).getByText('No answers yet')).toBeTruthy();

    // Mo answers from their phone.
    const mo = await otherPhone();
    await mo.join(ids.groupId, 'member', 'Mo');
    await mo.call('sync_now');
    const board = await mo.call<{ board: { opportunities: { opportunity_id: string; title: string }[] } }>('group_board');
    const o = board.board.opportunities[0];
    expect(o.title).toBe('Speaking at the service meeting');
    const skill = await mo.call<{ id: string }>('add_skill', { skill: { name: 'Speaking up', area: 'people', story: 'At residents meetings.', promptId: null } });
    const preview = await mo.call('preview_share', {
      item: { type: 'answer', opportunityId: o.opportunity_id, skillIds: [skill.id], includeStories: true, note: null },
      audience: 'lead',
    });
    await mo.call('confirm_share', { preview });
    await mo.call('sync_now');
    await groupIpc.syncNow();

    cleanup();
    render(Group);
    const again = (await screen.findByRole('heading', { name: 'Speaking at the service meeting' }, { timeout: 15_000 })).closest('li')!;
    expect(await within(again).findByText('One answer')).toBeTruthy();
    expect(within(again).getByText(/“At residents meetings\.”/)).toBeTruthy();
    await fireEvent.click(within(again).getByRole('button', { name: 'Say thank you to Mo' }));
    expect(await screen.findByText('Your recognition for Mo is on its way.')).toBeTruthy();
    await groupIpc.syncNow();
    await mo.call('sync_now');
    const inbox = await mo.call<{ from: string; text: string }[]>('list_recognitions');
    expect(inbox[0].from).toBe('Sam');
    expect(inbox[0].text).toContain('Speaking up');
    expect(inbox[0].text).toContain('Thank you for answering “Speaking at the service meeting”.');

    await fireEvent.click(within(again).getByRole('button', { name: 'Take it down' }));
    expect(await screen.findByText(/Taken down\. Answers stay with you/, {}, { timeout: 15_000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Speaking at the service meeting' })).toBeNull(), { timeout: 15_000 });
    // The answer stays with the lead, under the closed ones, until Mo takes it back.
    expect(screen.getByRole('heading', { name: 'Answers to chances that have closed' })).toBeTruthy();
    mo.close();
  }, 60_000);

  it('open to roles: skills picked from the journal and "I would like to help recruit" reach the lead', async () => {
    const ids = await seedJoined('member');
    const lena = await otherPhone();
    await lena.join(ids.groupId, 'lead', 'Lena');
    render(Group);
    await fireEvent.click(await screen.findByRole('checkbox', { name: /I'm open to roles/ }, { timeout: 15_000 }));
    await fireEvent.click(await screen.findByRole('checkbox', { name: 'Listening' }));
    await fireEvent.click(screen.getByRole('checkbox', { name: /I would like to help recruit/ }));
    expect(screen.queryByRole('textbox', { name: /Skills you'd like to be asked about/ }), 'no typed list').toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved. Your lead can find you for roles.')).toBeTruthy();
    await groupIpc.syncNow();
    await lena.call('sync_now');
    const list = await lena.call<{ list: { members: { display_name: string; skills: string[]; recruit: boolean }[] } }>('open_to_roles_list', { skill: '' });
    expect(list.list.members).toEqual([expect.objectContaining({ display_name: 'Sam', skills: ['Listening'], recruit: true })]);
    lena.close();
  }, 40_000);
});
