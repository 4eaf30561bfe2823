// The lead runs the group from the app, against the real core (brim-dev) and a
// real brim-server on 127.0.0.1, with other phones as second journals: an
// invite made on the screen and joined with its link, a member made a peer
// supporter, a member removed (their phone keeps the receipt), and the
// screen for anyone who is not the lead.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { forgetGroup } from '../src/lib/group/watch';
import GroupLead from '../src/lib/screens/GroupLead.svelte';
import Group from '../src/lib/screens/Group.svelte';
import * as groupIpc from '../src/lib/ipc/group';
import { invite, otherPhone, seedJoined } from './seed';

afterEach(() => forgetGroup());

describe('The lead runs the group (a real brim-server on 127.0.0.1)', () => {
  it('makes an invite shown as a code and a QR code; someone joins with the link; the list says so', async () => {
    await seedJoined('lead');
    render(GroupLead);
    await screen.findByRole('heading', { level: 1, name: 'Invites and people' });
    const list = await screen.findByRole('list', { name: 'People in the group' }, { timeout: 15_000 });
    expect(within(list).getByText('Sam')).toBeTruthy();
    expect(within(list).getByText(/Lead, joined on/)).toBeTruthy();

    await fireEvent.click(screen.getByRole('radio', { name: 'A peer supporter' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Make an invite' }));
    const code = (await screen.findByLabelText('Invite code', {}, { timeout: 15_000 })).textContent!;
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    const qr = screen.getByRole('img', { name: 'QR code of the join link' });
    expect(qr.querySelector('svg')).toBeTruthy();
    expect(qr.textContent).not.toContain(code);
    const link = (screen.getByLabelText('Join link') as HTMLInputElement).value;
    expect(link).toMatch(/^brim:\/\/join\?server=http%3A%2F%2F127\.0\.0\.1%3A\d+&code=/);
    expect(screen.getByText(/works for one person until .* This is the only time Brim shows the code/)).toBeTruthy();

    // Someone else pastes the link alone (no server address) and is a peer supporter.
    const phone = await otherPhone();
    const joined = await phone.call('join_group', { details: { serverUrl: '', inviteCode: link, displayName: 'Nia', deviceName: 'Nia phone' } });
    expect(joined).toMatchObject({ role: 'peer_supporter', displayName: 'Nia' });
    phone.close();

    cleanup();
    render(GroupLead);
    const invites = await screen.findByRole('list', { name: 'Invites' }, { timeout: 15_000 });
    expect(within(invites).getByText(/For a peer supporter, made on .*: used, everyone it was for has joined\./)).toBeTruthy();
    const people = await screen.findByRole('list', { name: 'People in the group' });
    expect(within(people).getByText('Nia')).toBeTruthy();
  }, 40_000);

  it('makes a member a peer supporter, then removes them after a plain question; their phone follows', async () => {
    const { groupId } = await seedJoined('lead');
    const phone = await otherPhone();
    await phone.join(groupId, 'member', 'Mo');
    render(GroupLead);
    await screen.findByText('Mo', {}, { timeout: 15_000 });

    await fireEvent.click(screen.getByRole('button', { name: 'Make Mo a peer supporter' }));
    expect(await screen.findByText(/Mo is a peer supporter now/, {}, { timeout: 15_000 })).toBeTruthy();
    await phone.call('sync_now');
    expect((await phone.call('sync_status')).membership.role).toBe('peer_supporter');

    await fireEvent.click(screen.getByRole('button', { name: 'Remove Mo…' }));
    const ask = screen.getByRole('group', { name: 'Remove Mo from the group?' });
    expect(within(ask).getByText(/Everything Mo shared will be erased from the group server/)).toBeTruthy();
    // Keeping them changes nothing.
    await fireEvent.click(within(ask).getByRole('button', { name: 'Keep Mo' }));
    expect(screen.queryByRole('group', { name: 'Remove Mo from the group?' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove Mo…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Mo' }));
    expect(await screen.findByText(/Mo is no longer in the group/, {}, { timeout: 15_000 })).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Mo')).toBeNull(), { timeout: 15_000 });

    // Mo's phone hears of it at its next sync and keeps the receipt.
    await phone.call('sync_now');
    expect((await phone.call('sync_status')).membership).toBeNull();
    const receipts = await phone.call('erasure_receipts');
    expect(receipts[0].receipt.removed_by_lead).toBe(true);
    phone.close();
  }, 40_000);

  it('a removed member sees in plain words that the lead removed them', async () => {
    const { groupId } = await seedJoined('member');
    const lead = await otherPhone();
    await lead.joinWith(invite(groupId, 'lead'), 'Lena');
    const members = await lead.call<{ display_name: string; member_id: string }[]>('list_members');
    const sam = members.find((m) => m.display_name === 'Sam')!;
    await lead.call('remove_member', { memberId: sam.member_id });
    lead.close();
    await groupIpc.syncNow();
    render(Group);
    expect(await screen.findByText(/your group's lead removed you on/, {}, { timeout: 15_000 })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Join a group' })).toBeTruthy();
  }, 40_000);

  it('tells anyone but the lead that this is the lead\'s, and the core refuses them too', async () => {
    await seedJoined('peer_supporter');
    render(GroupLead);
    expect(await screen.findByText("Only your group's lead can invite people and change who is in the group.")).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Make an invite' })).toBeNull();
    await expect(import('../src/lib/ipc/lead').then((l) => l.listMembers())).rejects.toMatchObject({ code: 'not_allowed' });
  });
});
