/**
 * The group info panel's calls over the Tencent Cloud Chat Web SDK (3.x), as declared by the SDK:
 * `updateGroupProfile({groupID, name, avatar, notification, introduction})` → `data.group`;
 * `getGroupMemberList({groupID, count ≤ 100, offset})` → `data.memberList` and `data.offset`, the
 * next page's offset (0 when done; an audio-video room pages with a string `nextSeq` instead);
 * `setGroupMemberNameCard({groupID, nameCard})` (one's own by default); `quitGroup(groupID)`;
 * `dismissGroup(groupID)`; the member list's `deleteGroupMember({groupID, userIDList, reason})`,
 * `setGroupMemberRole({groupID, userID, role: TYPES.GRP_MBR_ROLE_ADMIN | GRP_MBR_ROLE_MEMBER})`,
 * `changeGroupOwner({groupID, newOwnerID})` and `setGroupMemberMuteTime({groupID, userID,
 * muteTime})` (seconds; 0 lifts it). The server applies TIM's rules by group type and role (the SDK refuses
 * with 10007, no permission) and sends the group tips and system notices.
 */
import type { GroupMemberPage, GroupMemberPageOptions, GroupProfileEdit } from '../chat-service.js';
import type { GroupMember, GroupProfile } from '../../model/profile.js';
import { groupMemberFromSdk, groupProfileFromSdk } from './map-conversation.js';
import { field, list, responseData } from './sdk-read.js';
import { sdkType, type TencentChatSDK } from './sdk-types.js';

/** The SDK's page limit for `getGroupMemberList`. */
const MEMBER_PAGE_MAX = 100;

export interface GroupManagementCalls {
  readonly sdk: Pick<
    TencentChatSDK,
    | 'updateGroupProfile'
    | 'getGroupMemberList'
    | 'setGroupMemberNameCard'
    | 'quitGroup'
    | 'dismissGroup'
    | 'deleteGroupMember'
    | 'setGroupMemberRole'
    | 'changeGroupOwner'
    | 'setGroupMemberMuteTime'
  >;
  /** Run an SDK call; a failure becomes a ChatError. */
  call<T>(request: () => Promise<T>): Promise<T>;
  /** Keep the group's newest profile (tips about it are read against it). */
  remember(group: GroupProfile): GroupProfile;
}

export async function updateGroupProfile(calls: GroupManagementCalls, groupID: string, edit: GroupProfileEdit): Promise<GroupProfile> {
  const options: { groupID: string; name?: string; avatar?: string; notification?: string; introduction?: string } = { groupID };
  for (const key of ['name', 'avatar', 'notification', 'introduction'] as const) {
    const value = edit?.[key];
    if (typeof value === 'string') options[key] = value;
  }
  const response = await calls.call(() => calls.sdk.updateGroupProfile(options));
  return calls.remember(groupProfileFromSdk(field(responseData(response), 'group'), groupID));
}

export async function getGroupMemberPage(
  calls: GroupManagementCalls,
  groupID: string,
  options: GroupMemberPageOptions = {},
): Promise<GroupMemberPage> {
  const count = Math.min(MEMBER_PAGE_MAX, Math.max(1, Math.floor(options.count ?? 50)));
  const cursor = options.cursor ?? '';
  // A numeric offset for ordinary groups; an audio-video room's string nextSeq goes back as it came.
  const offset: number | string = cursor === '' ? 0 : /^\d+$/.test(cursor) ? Number(cursor) : cursor;
  const response = await calls.call(() => calls.sdk.getGroupMemberList({ groupID, count, offset }));
  const data = responseData(response);
  const members = list(field(data, 'memberList'))
    .map(groupMemberFromSdk)
    .filter((m): m is GroupMember => m !== null);
  const next = field(data, 'offset');
  const nextCursor = typeof next === 'number' && next > 0 ? String(next) : typeof next === 'string' && next !== '0' ? next : '';
  return { members, nextCursor, isCompleted: nextCursor === '' || members.length === 0 };
}

export async function setGroupNameCard(calls: GroupManagementCalls, groupID: string, nameCard: string): Promise<void> {
  await calls.call(() => calls.sdk.setGroupMemberNameCard({ groupID, nameCard }));
}

export async function quitGroup(calls: GroupManagementCalls, groupID: string): Promise<void> {
  await calls.call(() => calls.sdk.quitGroup(groupID));
}

export async function dismissGroup(calls: GroupManagementCalls, groupID: string): Promise<void> {
  await calls.call(() => calls.sdk.dismissGroup(groupID));
}

export async function removeGroupMembers(
  calls: GroupManagementCalls,
  groupID: string,
  userIDs: readonly string[],
  reason = '',
): Promise<void> {
  const userIDList = [...new Set(userIDs.map(String))];
  if (!userIDList.length) return;
  await calls.call(() => calls.sdk.deleteGroupMember({ groupID, userIDList, ...(reason ? { reason } : {}) }));
}

export async function setGroupMemberRole(
  calls: GroupManagementCalls,
  groupID: string,
  userID: string,
  role: 'Admin' | 'Member',
): Promise<void> {
  const sdkRole = role === 'Admin' ? sdkType('GRP_MBR_ROLE_ADMIN') : sdkType('GRP_MBR_ROLE_MEMBER');
  await calls.call(() => calls.sdk.setGroupMemberRole({ groupID, userID, role: sdkRole }));
}

export async function changeGroupOwner(calls: GroupManagementCalls, groupID: string, newOwnerID: string): Promise<void> {
  await calls.call(() => calls.sdk.changeGroupOwner({ groupID, newOwnerID }));
}

export async function setGroupMemberMuteTime(calls: GroupManagementCalls, groupID: string, userID: string, seconds: number): Promise<void> {
  const muteTime = Math.max(0, Math.floor(Number(seconds) || 0));
  await calls.call(() => calls.sdk.setGroupMemberMuteTime({ groupID, userID, muteTime }));
}
