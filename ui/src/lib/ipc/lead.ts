// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod lead` in the table.
import { call } from './call';
import type { GroupMember } from '../bindings/GroupMember';
import type { Invite } from '../bindings/Invite';
import type { InviteInfo } from '../bindings/InviteInfo';
import type { NewInvite } from '../bindings/NewInvite';
import type { NewOpportunity } from '../bindings/NewOpportunity';
import type { Opportunity } from '../bindings/Opportunity';
import type { Role } from '../bindings/Role';

export type CreateInvite = { invite: NewInvite, };

export type ByInviteId = { inviteId: string, };

export type SetMemberRole = { memberId: string, role: Role, };

export type ByMemberId = { memberId: string, };

export type PostOpportunity = { opportunity: NewOpportunity, };

export type ByOpportunityId = { opportunityId: string, };

/** A new invite for a member or a peer supporter: its code, join link and QR code. Lead only; needs the network. */
export const createInvite = (args: CreateInvite) => call<Invite>('create_invite', args);

/** The group's invites, newest first, without their codes. Lead only; needs the network. */
export const listInvites = () => call<Array<InviteInfo>>('list_invites');

export const revokeInvite = (args: ByInviteId) => call<null>('revoke_invite', args);

/** Everyone in the group, in the order they joined. Lead only; needs the network. */
export const listMembers = () => call<Array<GroupMember>>('list_members');

/** Makes a member a peer supporter, or back. Lead only; needs the network. */
export const setMemberRole = (args: SetMemberRole) => call<GroupMember>('set_member_role', args);

/** Removes a member: the server erases them as if they had left. Lead only; needs the network. */
export const removeMember = (args: ByMemberId) => call<null>('remove_member', args);

/** Posts a co-production opportunity on the group's board. Lead only; needs the network. */
export const postOpportunity = (args: PostOpportunity) => call<Opportunity>('post_opportunity', args);

/** Takes an opportunity down; answers stay until each person takes theirs back. Lead only; needs the network. */
export const takeDownOpportunity = (args: ByOpportunityId) => call<null>('take_down_opportunity', args);
