// Generated from the command table in crates/brim-app/src/commands.rs
// by `make bindings`: do not edit (a test fails when this file is out of date).
// One typed function per command of `mod group` in the table.
import { call } from './call';
import type { Audience } from '../bindings/Audience';
import type { CachedBoard } from '../bindings/CachedBoard';
import type { CachedOpenToRoles } from '../bindings/CachedOpenToRoles';
import type { CachedSummary } from '../bindings/CachedSummary';
import type { ErasureRecord } from '../bindings/ErasureRecord';
import type { JoinDetails } from '../bindings/JoinDetails';
import type { Membership } from '../bindings/Membership';
import type { SentRecognition } from '../bindings/SentRecognition';
import type { Share } from '../bindings/Share';
import type { ShareItem } from '../bindings/ShareItem';
import type { SharePreview } from '../bindings/SharePreview';
import type { SharedItem } from '../bindings/SharedItem';
import type { SkillRef } from '../bindings/SkillRef';
import type { SyncStatus } from '../bindings/SyncStatus';
import type { VisibleShare } from '../bindings/VisibleShare';

export type JoinGroup = { details: JoinDetails, };

export type PreviewShare = { item: ShareItem, audience: Audience, };

export type PreviewShareUpdate = { shareId: string, audience: Audience | null, };

export type ConfirmShare = { preview: SharePreview, };

export type ByShareId = { shareId: string, };

export type SharesOfItem = { itemId: string, };

export type OpenToRolesList = { skill: string, };

export type SetOpenToRoles = { openToRoles: boolean, skillIds: Array<string>, recruit: boolean, };

export type SendRecognition = { toMemberId: string, skill: SkillRef, message: string | null, };

export type DiscardQuarantined = { operationId: string, };

export const syncStatus = () => call<SyncStatus>('sync_status');

// `watch_sync` sends news on a channel: its wrapper is in ./watch.ts.

/** "Sync now": syncs at once, back-off or not, and says why if it could not. */
export const syncNow = () => call<SyncStatus>('sync_now');

/** Joins a group with an invite code; needs the network. Nothing in the journal is sent. */
export const joinGroup = (args: JoinGroup) => call<Membership>('join_group', args);

export const leaveGroup = () => call<SyncStatus>('leave_group');

export const erasureReceipts = () => call<Array<ErasureRecord>>('erasure_receipts');

export const previewShare = (args: PreviewShare) => call<SharePreview>('preview_share', args);

export const previewShareUpdate = (args: PreviewShareUpdate) => call<SharePreview>('preview_share_update', args);

export const confirmShare = (args: ConfirmShare) => call<Share>('confirm_share', args);

export const revokeShare = (args: ByShareId) => call<null>('revoke_share', args);

export const sharesOfItem = (args: SharesOfItem) => call<Array<Share>>('shares_of_item', args);

/** "What my group can see": each share as the server last acknowledged it. */
export const visibleToGroup = () => call<Array<VisibleShare>>('visible_to_group');

export const groupFeed = () => call<Array<SharedItem>>('group_feed');

export const groupSummary = () => call<CachedSummary | null>('group_summary');

/** The lead's open-to-roles list, narrowed to a skill (an empty `skill` shows everyone). */
export const openToRolesList = (args: OpenToRolesList) => call<CachedOpenToRoles | null>('open_to_roles_list', args);

/** Opt in to (or out of) the lead's "open to roles" list with skills picked from the journal. */
export const setOpenToRoles = (args: SetOpenToRoles) => call<Membership>('set_open_to_roles', args);

/** Everyone in the group and the lead's open opportunities, as last fetched. Works offline. */
export const groupBoard = () => call<CachedBoard | null>('group_board');

export const sendRecognition = (args: SendRecognition) => call<SentRecognition>('send_recognition', args);

export const discardQuarantined = (args: DiscardQuarantined) => call<null>('discard_quarantined', args);
