//! One typed function per group command (sharing, sync, the Group tab).
import { Channel } from '@tauri-apps/api/core';
import { call } from './index';
import type {
  Audience, CachedOpenToRoles, CachedSummary, ErasureRecord, JoinDetails, Membership, SentRecognition, Share,
  ShareItem, SharePreview, SharedItem, SkillRef, SyncStatus, VisibleShare,
} from '../types';

export const syncStatus = () => call<SyncStatus>('sync_status');
/** Calls `onStatus` now and whenever the sync status changes (the background sync tells). */
export function watchSync(onStatus: (status: SyncStatus) => void): Promise<SyncStatus> {
  const channel = new Channel<SyncStatus>();
  channel.onmessage = onStatus;
  return call<SyncStatus>('watch_sync', { onStatus: channel });
}
export const syncNow = () => call<SyncStatus>('sync_now');
export const joinGroup = (details: JoinDetails) => call<Membership>('join_group', { details });
export const leaveGroup = () => call<SyncStatus>('leave_group');
export const erasureReceipts = () => call<ErasureRecord[]>('erasure_receipts');
export const previewShare = (item: ShareItem, audience: Audience) =>
  call<SharePreview>('preview_share', { item, audience });
export const previewShareUpdate = (shareId: string, audience: Audience | null = null) =>
  call<SharePreview>('preview_share_update', { shareId, audience });
export const confirmShare = (preview: SharePreview) => call<Share>('confirm_share', { preview });
export const revokeShare = (shareId: string) => call<null>('revoke_share', { shareId });
export const sharesOfItem = (itemId: string) => call<Share[]>('shares_of_item', { itemId });
export const visibleToGroup = () => call<VisibleShare[]>('visible_to_group');
export const groupFeed = () => call<SharedItem[]>('group_feed');
export const groupSummary = () => call<CachedSummary | null>('group_summary');
export const openToRolesList = (skill: string) => call<CachedOpenToRoles | null>('open_to_roles_list', { skill });
export const setOpenToRoles = (openToRoles: boolean, skills: string[]) =>
  call<Membership>('set_open_to_roles', { openToRoles, skills });
export const sendRecognition = (toMemberId: string, skill: SkillRef, message: string | null) =>
  call<SentRecognition>('send_recognition', { toMemberId, skill, message });
export const discardQuarantined = (operationId: string) => call<null>('discard_quarantined', { operationId });
