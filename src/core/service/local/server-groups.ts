import { storableUrl } from './server-urls.js';
import { CHAT_ERROR } from '../../errors.js';
import {
  GROUP_SYSTEM_NOTICE_OPERATION as NOTICE,
  GROUP_TIP_OPERATION as TIP,
  type GroupProfileChange,
  type GroupSystemNoticeElem,
  type GroupTipElem,
  type MemberMuteChange,
} from '../../model/elements.js';
import type { GroupRole, GroupType } from '../../model/profile.js';
import {
  GROUP_ROLE_RANK,
  mayDismissGroup,
  mayEditGroupProfile,
  mayQuitGroup,
  memberActionsOf,
  type GroupMemberAction,
} from '../../model/group-rules.js';
import { fail, type OpContext } from './server-context.js';
import { postMessage } from './server-messaging.js';
import { SYSTEM_SENDER, type GroupJoinOption, type GroupRecord, type MemberRecord } from './server-records.js';

export interface CreateGroupInput {
  /** Made up when absent. */
  groupID?: string;
  name: string;
  type?: GroupType;
  ownerID: string;
  /** Members besides the owner. */
  memberIDs?: readonly string[];
  avatar?: string;
  notification?: string;
  introduction?: string;
  joinOption?: GroupJoinOption;
  /** Messages may ask for read receipts; default: on for Work groups, as the demo's console would have it. */
  readReceipts?: boolean;
}

/** Group profile fields an owner or admin may change (operationType 6 tips name them). */
export interface GroupProfilePatch {
  name?: string;
  avatar?: string;
  notification?: string;
  introduction?: string;
  muteAllMembers?: boolean;
  joinOption?: GroupJoinOption;
}

const RANK: Record<GroupRole, number> = { Owner: 3, Admin: 2, Member: 1 };

async function liveGroup(ctx: OpContext, groupID: string): Promise<GroupRecord> {
  const group = await ctx.tx.getGroup(groupID);
  if (!group || group.dismissed) fail(CHAT_ERROR.notGroupMember, `There is no group "${groupID}".`);
  return group;
}

async function memberOf(ctx: OpContext, groupID: string, userID: string): Promise<MemberRecord> {
  const member = await ctx.tx.getMember(groupID, userID);
  if (!member) fail(CHAT_ERROR.notGroupMember, `"${userID}" is not a member of this group.`);
  return member;
}

/** The operator must hold at least `role`, and outrank whom they act on. */
async function authorise(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  role: GroupRole,
  target?: MemberRecord,
): Promise<MemberRecord> {
  const operator = await memberOf(ctx, groupID, operatorID);
  if (RANK[operator.role] < RANK[role] || (target && RANK[operator.role] <= RANK[target.role])) {
    fail(CHAT_ERROR.notGroupMember, `"${operatorID}" may not do this in this group.`);
  }
  return operator;
}

async function requireUser(ctx: OpContext, userID: string): Promise<void> {
  if (!(await ctx.tx.getUser(userID))) fail(CHAT_ERROR.invalidArgument, `There is no user "${userID}".`);
}

async function tell(ctx: OpContext, groupID: string, also: readonly string[] = []): Promise<void> {
  const members = (await ctx.tx.listMembers(groupID)).map((m) => m.userID);
  for (const userID of new Set([...members, ...also])) ctx.batch.add({ kind: 'group', userID, groupID });
}

/** A group tips message in the group's history, seen by its members. */
async function postTip(
  ctx: OpContext,
  groupID: string,
  tip: Pick<GroupTipElem, 'operationType' | 'operatorID'> &
    Partial<Pick<GroupTipElem, 'userIDList' | 'groupProfileChanges' | 'memberMuteChanges'>>,
): Promise<void> {
  const memberNum = (await ctx.tx.listMembers(groupID)).length;
  const element: GroupTipElem = {
    type: 'TIMGroupTipElem',
    operationType: tip.operationType,
    operatorID: tip.operatorID,
    userIDList: tip.userIDList ?? [],
    groupID,
    groupProfileChanges: tip.groupProfileChanges ?? [],
    memberMuteChanges: tip.memberMuteChanges ?? [],
    memberNum,
  };
  await postMessage(ctx, systemInput(ctx, 'GROUP', groupID, element));
}

/** A group system notice in each user's system conversation. */
async function postNotice(
  ctx: OpContext,
  userIDs: Iterable<string>,
  group: GroupRecord,
  notice: Pick<GroupSystemNoticeElem, 'operationType' | 'operatorID'> &
    Partial<Pick<GroupSystemNoticeElem, 'handleMessage' | 'userDefinedField'>>,
): Promise<void> {
  const element: GroupSystemNoticeElem = {
    type: 'TIMGroupSystemNoticeElem',
    operationType: notice.operationType,
    operatorID: notice.operatorID,
    groupID: group.groupID,
    groupName: group.name,
    handleMessage: notice.handleMessage ?? '',
    userDefinedField: notice.userDefinedField ?? '',
  };
  for (const userID of new Set(userIDs)) await postMessage(ctx, systemInput(ctx, '@TIM#SYSTEM', userID, element));
}

function systemInput(ctx: OpContext, conversationType: 'GROUP' | '@TIM#SYSTEM', to: string, element: GroupTipElem | GroupSystemNoticeElem) {
  return {
    ID: ctx.newID(conversationType === 'GROUP' ? 'tip' : 'notice'),
    from: SYSTEM_SENDER,
    conversationType,
    to,
    elements: [element],
    random: Math.floor(Math.random() * 2 ** 31),
    clientTime: ctx.now,
    priority: 'Normal' as const,
    atUserList: [],
    cloudCustomData: '',
    onlineOnly: false,
  };
}

async function join(ctx: OpContext, groupID: string, userIDs: readonly string[]): Promise<string[]> {
  const added: string[] = [];
  for (const userID of userIDs) {
    await requireUser(ctx, userID);
    if (await ctx.tx.getMember(groupID, userID)) continue;
    await ctx.tx.putMember({ groupID, userID, role: 'Member', nameCard: '', muteUntil: 0, joinTime: ctx.now });
    await ctx.tx.deletePendingJoin(groupID, userID);
    added.push(userID);
  }
  return added;
}

export async function createGroup(ctx: OpContext, input: CreateGroupInput): Promise<GroupRecord> {
  await requireUser(ctx, input.ownerID);
  const groupID = input.groupID || ctx.newID('group');
  if (await ctx.tx.getGroup(groupID)) fail(CHAT_ERROR.invalidArgument, `Group "${groupID}" already exists.`);
  const group: GroupRecord = {
    groupID,
    name: input.name || groupID,
    avatar: storableUrl(input.avatar, { avatar: true }),
    type: input.type ?? 'Work',
    ownerID: input.ownerID,
    notification: input.notification ?? '',
    introduction: input.introduction ?? '',
    muteAllMembers: false,
    joinOption: input.joinOption ?? (input.type === 'Work' || !input.type ? 'DisableApply' : 'NeedPermission'),
    createTime: ctx.now,
    dismissed: false,
    ...((input.readReceipts ?? (input.type ?? 'Work') === 'Work') ? { readReceipts: true } : {}),
  };
  await ctx.tx.putGroup(group);
  await ctx.tx.putMember({ groupID, userID: input.ownerID, role: 'Owner', nameCard: '', muteUntil: 0, joinTime: ctx.now });
  await postNotice(ctx, [input.ownerID], group, { operationType: NOTICE.created, operatorID: input.ownerID });
  const others = (input.memberIDs ?? []).filter((id) => id !== input.ownerID);
  const added = await join(ctx, groupID, others);
  await postTip(ctx, groupID, { operationType: TIP.join, operatorID: input.ownerID, userIDList: [input.ownerID, ...added] });
  await postNotice(ctx, added, group, { operationType: NOTICE.invited, operatorID: input.ownerID });
  await tell(ctx, groupID);
  return group;
}

/** Members pull others in directly (Work groups; owners and admins anywhere). */
export async function addMembers(ctx: OpContext, groupID: string, operatorID: string, userIDs: readonly string[]): Promise<string[]> {
  const group = await liveGroup(ctx, groupID);
  await authorise(ctx, groupID, operatorID, group.type === 'Work' ? 'Member' : 'Admin');
  const added = await join(ctx, groupID, userIDs);
  if (!added.length) return added;
  await postTip(ctx, groupID, { operationType: TIP.join, operatorID, userIDList: added });
  await postNotice(ctx, added, group, { operationType: NOTICE.invited, operatorID });
  await tell(ctx, groupID);
  return added;
}

/** A user asks to join: at once for free groups, else a request the owner and admins see. */
export async function requestJoin(ctx: OpContext, groupID: string, userID: string, message: string): Promise<'joined' | 'pending'> {
  const group = await liveGroup(ctx, groupID);
  await requireUser(ctx, userID);
  if (await ctx.tx.getMember(groupID, userID)) return 'joined';
  if (group.joinOption === 'DisableApply') fail(CHAT_ERROR.notGroupMember, `Group "${group.name}" takes no join requests.`);
  if (group.joinOption === 'FreeAccess') {
    await join(ctx, groupID, [userID]);
    await postTip(ctx, groupID, { operationType: TIP.join, operatorID: userID, userIDList: [userID] });
    await tell(ctx, groupID);
    return 'joined';
  }
  await ctx.tx.putPendingJoin({ groupID, userID, kind: 'request', inviterID: '', message, time: ctx.now });
  const managers = (await ctx.tx.listMembers(groupID)).filter((m) => m.role !== 'Member').map((m) => m.userID);
  await postNotice(ctx, managers, group, { operationType: NOTICE.joinRequest, operatorID: userID, handleMessage: message });
  return 'pending';
}

export async function answerJoinRequest(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  userID: string,
  accept: boolean,
  message = '',
): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  await authorise(ctx, groupID, operatorID, 'Admin');
  const pending = await ctx.tx.getPendingJoin(groupID, userID);
  if (!pending || pending.kind !== 'request') fail(CHAT_ERROR.invalidArgument, `"${userID}" has not asked to join.`);
  await ctx.tx.deletePendingJoin(groupID, userID);
  if (accept) {
    await join(ctx, groupID, [userID]);
    // The newcomer joined (as Tencent's tip for an approved request says), not "was invited".
    await postTip(ctx, groupID, { operationType: TIP.join, operatorID: userID, userIDList: [userID] });
    await tell(ctx, groupID);
  }
  await postNotice(ctx, [userID], group, {
    operationType: accept ? NOTICE.joinAccepted : NOTICE.joinRefused,
    operatorID,
    handleMessage: message,
  });
}

/** An invitation the invitee must accept (groups that do not pull members in directly). */
export async function invite(ctx: OpContext, groupID: string, inviterID: string, userID: string, message = ''): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  await memberOf(ctx, groupID, inviterID);
  await requireUser(ctx, userID);
  if (await ctx.tx.getMember(groupID, userID)) return;
  await ctx.tx.putPendingJoin({ groupID, userID, kind: 'invite', inviterID, message, time: ctx.now });
  await postNotice(ctx, [userID], group, { operationType: NOTICE.inviteRequest, operatorID: inviterID, handleMessage: message });
}

export async function answerInvite(ctx: OpContext, groupID: string, userID: string, accept: boolean, message = ''): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const pending = await ctx.tx.getPendingJoin(groupID, userID);
  if (!pending || pending.kind !== 'invite') fail(CHAT_ERROR.invalidArgument, `"${userID}" has no invitation to this group.`);
  await ctx.tx.deletePendingJoin(groupID, userID);
  if (accept) {
    await join(ctx, groupID, [userID]);
    await postTip(ctx, groupID, { operationType: TIP.join, operatorID: pending.inviterID, userIDList: [userID] });
    await tell(ctx, groupID);
  }
  await postNotice(ctx, [pending.inviterID], group, {
    operationType: accept ? NOTICE.inviteAccepted : NOTICE.inviteRefused,
    operatorID: userID,
    handleMessage: message,
  });
}

export async function quitGroup(ctx: OpContext, groupID: string, userID: string): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const member = await memberOf(ctx, groupID, userID);
  if (member.role === 'Owner') fail(CHAT_ERROR.invalidArgument, 'The owner cannot quit; transfer the group or dismiss it.');
  await ctx.tx.deleteMember(groupID, userID);
  await postTip(ctx, groupID, { operationType: TIP.quit, operatorID: userID, userIDList: [userID] });
  await postNotice(ctx, [userID], group, { operationType: NOTICE.quit, operatorID: userID });
  await tell(ctx, groupID, [userID]);
}

export async function kickMembers(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  userIDs: readonly string[],
  reason = '',
): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const removed: string[] = [];
  for (const userID of userIDs) {
    const target = await ctx.tx.getMember(groupID, userID);
    if (!target) continue;
    await authorise(ctx, groupID, operatorID, 'Admin', target);
    await ctx.tx.deleteMember(groupID, userID);
    removed.push(userID);
  }
  if (!removed.length) return;
  await postTip(ctx, groupID, { operationType: TIP.kickedOut, operatorID, userIDList: removed });
  await postNotice(ctx, removed, group, { operationType: NOTICE.kickedOut, operatorID, handleMessage: reason });
  await tell(ctx, groupID, removed);
}

export async function setAdmin(ctx: OpContext, groupID: string, operatorID: string, userID: string, isAdmin: boolean): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  await authorise(ctx, groupID, operatorID, 'Owner');
  const target = await memberOf(ctx, groupID, userID);
  if (target.role === 'Owner') fail(CHAT_ERROR.invalidArgument, 'The owner is not an admin to change.');
  if ((target.role === 'Admin') === isAdmin) return;
  await ctx.tx.putMember({ ...target, role: isAdmin ? 'Admin' : 'Member' });
  await postTip(ctx, groupID, { operationType: isAdmin ? TIP.setAdmin : TIP.cancelAdmin, operatorID, userIDList: [userID] });
  await postNotice(ctx, [userID], group, { operationType: isAdmin ? NOTICE.setAdmin : NOTICE.cancelAdmin, operatorID });
  await tell(ctx, groupID);
}

/** Mute for `seconds` (0 lifts it). */
export async function muteMember(ctx: OpContext, groupID: string, operatorID: string, userID: string, seconds: number): Promise<void> {
  await liveGroup(ctx, groupID);
  const target = await memberOf(ctx, groupID, userID);
  await authorise(ctx, groupID, operatorID, 'Admin', target);
  const muteTime = Math.max(0, Math.floor(seconds));
  await ctx.tx.putMember({ ...target, muteUntil: muteTime ? ctx.now + muteTime : 0 });
  const change: MemberMuteChange = { userID, muteTime };
  await postTip(ctx, groupID, { operationType: TIP.memberProfileUpdated, operatorID, userIDList: [userID], memberMuteChanges: [change] });
  await tell(ctx, groupID);
}

export async function updateGroupProfile(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  patch: GroupProfilePatch,
): Promise<GroupRecord> {
  const group = await liveGroup(ctx, groupID);
  await authorise(ctx, groupID, operatorID, group.type === 'Work' ? 'Member' : 'Admin');
  const changes: GroupProfileChange[] = [];
  const next: { -readonly [K in keyof GroupRecord]: GroupRecord[K] } = { ...group };
  for (const key of ['name', 'avatar', 'notification', 'introduction', 'muteAllMembers', 'joinOption'] as const) {
    const value = key === 'avatar' && patch.avatar !== undefined ? storableUrl(patch.avatar, { avatar: true }) : patch[key];
    if (value === undefined || value === group[key]) continue;
    (next as Record<string, unknown>)[key] = value;
    changes.push({ key, value });
  }
  if (!changes.length) return group;
  await ctx.tx.putGroup(next);
  await postTip(ctx, groupID, { operationType: TIP.groupProfileUpdated, operatorID, groupProfileChanges: changes });
  await tell(ctx, groupID);
  return next;
}

export async function transferOwner(ctx: OpContext, groupID: string, operatorID: string, newOwnerID: string): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const owner = await authorise(ctx, groupID, operatorID, 'Owner');
  const target = await memberOf(ctx, groupID, newOwnerID);
  if (target.userID === owner.userID) return;
  await ctx.tx.putMember({ ...owner, role: 'Member' });
  await ctx.tx.putMember({ ...target, role: 'Owner' });
  await ctx.tx.putGroup({ ...group, ownerID: newOwnerID });
  await postTip(ctx, groupID, {
    operationType: TIP.groupProfileUpdated,
    operatorID,
    groupProfileChanges: [{ key: 'owner', value: newOwnerID }],
  });
  await tell(ctx, groupID);
}

export async function dismissGroup(ctx: OpContext, groupID: string, operatorID: string): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  await authorise(ctx, groupID, operatorID, 'Owner');
  const members = (await ctx.tx.listMembers(groupID)).map((m) => m.userID);
  await postNotice(ctx, members, group, { operationType: NOTICE.dismissed, operatorID });
  for (const userID of members) await ctx.tx.deleteMember(groupID, userID);
  await ctx.tx.putGroup({ ...group, dismissed: true });
  await tell(ctx, groupID, members);
}

/** A custom notice (operationType 255) to some members, or to all. */
export async function sendCustomNotice(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  data: string,
  userIDs?: readonly string[],
): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const targets = userIDs ?? (await ctx.tx.listMembers(groupID)).map((m) => m.userID);
  await postNotice(ctx, targets, group, { operationType: NOTICE.custom, operatorID, userDefinedField: data });
}

export async function setNameCard(ctx: OpContext, groupID: string, userID: string, nameCard: string): Promise<void> {
  const member = await memberOf(ctx, groupID, userID);
  await ctx.tx.putMember({ ...member, nameCard });
  await tell(ctx, groupID);
}

// ── What a signed-in member does from the group's info panel (TIM's client rules: group-rules.ts) ──

/** A member changes the group's name, avatar, notice or introduction, where the group type lets their role. */
export async function memberEditsProfile(
  ctx: OpContext,
  groupID: string,
  userID: string,
  patch: Pick<GroupProfilePatch, 'name' | 'avatar' | 'notification' | 'introduction'>,
): Promise<GroupRecord> {
  const group = await liveGroup(ctx, groupID);
  const member = await memberOf(ctx, groupID, userID);
  if (!mayEditGroupProfile(group.type, member.role))
    fail(CHAT_ERROR.notGroupMember, `"${userID}" may not change the profile of this ${group.type} group.`);
  const { name, avatar, notification, introduction } = patch;
  const edit = Object.fromEntries(
    Object.entries({ name, avatar, notification, introduction }).filter(([, value]) => typeof value === 'string'),
  ) as GroupProfilePatch;
  return updateGroupProfile(ctx, groupID, userID, edit);
}

/** A page of a group's members for one of them: the owner, then admins, then members, each by joining time. */
export async function memberPage(
  ctx: OpContext,
  groupID: string,
  userID: string,
  offset: number,
  count: number,
): Promise<{ members: MemberRecord[]; next: number }> {
  await liveGroup(ctx, groupID);
  await memberOf(ctx, groupID, userID);
  const all = (await ctx.tx.listMembers(groupID)).sort(
    (a, b) => GROUP_ROLE_RANK[a.role] - GROUP_ROLE_RANK[b.role] || a.joinTime - b.joinTime || (a.userID < b.userID ? -1 : 1),
  );
  const members = all.slice(offset, offset + count);
  const next = offset + members.length;
  return { members, next: next >= all.length ? 0 : next };
}

/** A member leaves; a Work group's owner may too (the group then has no owner, as on Tencent). */
export async function memberLeaves(ctx: OpContext, groupID: string, userID: string): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const member = await memberOf(ctx, groupID, userID);
  if (!mayQuitGroup(group.type, member.role)) fail(CHAT_ERROR.invalidArgument, 'The owner cannot leave this group; dismiss it instead.');
  if (member.role !== 'Owner') return quitGroup(ctx, groupID, userID);
  await ctx.tx.deleteMember(groupID, userID);
  await ctx.tx.putGroup({ ...group, ownerID: '' });
  await postTip(ctx, groupID, { operationType: TIP.quit, operatorID: userID, userIDList: [userID] });
  await postNotice(ctx, [userID], group, { operationType: NOTICE.quit, operatorID: userID });
  await tell(ctx, groupID, [userID]);
}

/** The owner dismisses the group (never a Work group from a client: only the app's REST API does). */
export async function ownerDismisses(ctx: OpContext, groupID: string, userID: string): Promise<void> {
  const group = await liveGroup(ctx, groupID);
  const member = await memberOf(ctx, groupID, userID);
  if (!mayDismissGroup(group.type, member.role))
    fail(CHAT_ERROR.notGroupMember, group.type === 'Work' ? 'A Work group cannot be dismissed.' : 'Only the owner can dismiss the group.');
  return dismissGroup(ctx, groupID, userID);
}

/** The operator may do `action` to the target by TIM's client rules (`memberActionsOf`), else 10007. */
async function mayActOn(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  targetID: string,
  action: GroupMemberAction,
): Promise<{ group: GroupRecord; target: MemberRecord }> {
  const group = await liveGroup(ctx, groupID);
  const operator = await memberOf(ctx, groupID, operatorID);
  const target = await memberOf(ctx, groupID, targetID);
  if (!memberActionsOf(group.type, operator.role, target.role, operatorID === targetID)[action])
    fail(
      CHAT_ERROR.notGroupMember,
      `"${operatorID}" may not ${action === 'remove' ? 'remove' : 'change'} "${targetID}" in this ${group.type} group.`,
    );
  return { group, target };
}

/** An owner or admin removes members below them (never from a live room); the removed get the notice. */
export async function memberRemoves(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  userIDs: readonly string[],
  reason = '',
): Promise<void> {
  for (const userID of new Set(userIDs)) await mayActOn(ctx, groupID, operatorID, userID, 'remove');
  return kickMembers(ctx, groupID, operatorID, [...new Set(userIDs)], reason);
}

/** The owner makes a member an admin, or an admin a member again (groups with admins only). */
export async function ownerSetsRole(
  ctx: OpContext,
  groupID: string,
  operatorID: string,
  userID: string,
  role: 'Admin' | 'Member',
): Promise<void> {
  const { target } = await mayActOn(ctx, groupID, operatorID, userID, role === 'Admin' ? 'makeAdmin' : 'removeAdmin');
  if (target.role !== (role === 'Admin' ? 'Member' : 'Admin')) return;
  return setAdmin(ctx, groupID, operatorID, userID, role === 'Admin');
}

/** The owner hands the group over (not a live room); they become a member. */
export async function ownerHandsOver(ctx: OpContext, groupID: string, operatorID: string, newOwnerID: string): Promise<void> {
  await mayActOn(ctx, groupID, operatorID, newOwnerID, 'transferOwner');
  return transferOwner(ctx, groupID, operatorID, newOwnerID);
}

/** An owner or admin mutes a member below them for `seconds` (0 lifts it); not in Work groups. */
export async function memberMutes(ctx: OpContext, groupID: string, operatorID: string, userID: string, seconds: number): Promise<void> {
  if (!Number.isFinite(seconds) || seconds < 0) fail(CHAT_ERROR.invalidArgument, 'The mute time is a number of seconds, 0 or more.');
  await mayActOn(ctx, groupID, operatorID, userID, 'mute');
  return muteMember(ctx, groupID, operatorID, userID, seconds);
}
