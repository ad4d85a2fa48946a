import type { GroupRole, GroupType } from './profile.js';

/**
 * What a member may do in a group, by group type and role — Tencent Cloud Chat's rules
 * ("Group types": https://www.tencentcloud.com/document/product/1047/48169, "Group management":
 * /33530): one place for the embedded server, which enforces them, and the UI, which offers only
 * what they allow.
 *
 * | | Work | Public, Meeting, Community | AVChatRoom |
 * | --- | --- | --- | --- |
 * | roles | owner, member | owner, admin, member | owner, member |
 * | edit the profile (name, avatar, notice, introduction) | any member | owner, admins | owner |
 * | leave | anyone (the owner too: the group then has no owner) | everyone but the owner | everyone but the owner |
 * | dismiss | nobody (only the app's REST API) | the owner | the owner |
 * | remove a member | the owner | the owner (anyone), admins (members) | nobody from a client |
 * | make or unmake an admin | — (no admins) | the owner | — (no admins) |
 * | mute a member for a while | nobody (the SDK: "unavailable for work groups") | the owner (anyone), admins (members) | the owner |
 * | transfer the ownership | the owner | the owner | nobody (the SDK: rooms cannot be transferred) |
 *
 * Nobody acts on themselves, and an admin never on the owner or another admin (TIM: the owner
 * alone removes or mutes admins).
 */

/** The group profile fields a member edits in the group's info panel. */
export const GROUP_PROFILE_FIELDS = ['name', 'avatar', 'notification', 'introduction'] as const;
export type GroupProfileField = (typeof GROUP_PROFILE_FIELDS)[number];

/** The roles a group of this type has (Work groups and audio-video rooms have no admins). */
export function groupRolesOf(type: GroupType): readonly GroupRole[] {
  return type === 'Work' || type === 'AVChatRoom' ? ['Owner', 'Member'] : ['Owner', 'Admin', 'Member'];
}

/** May a member with `role` change the group's name, avatar, notice and introduction. */
export function mayEditGroupProfile(type: GroupType, role: GroupRole | undefined): boolean {
  if (!role) return false;
  if (type === 'Work') return true;
  if (type === 'AVChatRoom') return role === 'Owner';
  return role === 'Owner' || role === 'Admin';
}

/** May a member with `role` leave the group (an owner only leaves a Work group). */
export function mayQuitGroup(type: GroupType, role: GroupRole | undefined): boolean {
  if (!role) return false;
  return role !== 'Owner' || type === 'Work';
}

/** May a member with `role` dismiss the group (its owner; nobody dismisses a Work group from a client). */
export function mayDismissGroup(type: GroupType, role: GroupRole | undefined): boolean {
  return role === 'Owner' && type !== 'Work';
}

/** The order members are listed in: the owner, then admins, then members. */
export const GROUP_ROLE_RANK: Readonly<Record<GroupRole, number>> = { Owner: 0, Admin: 1, Member: 2 };

/** What one member may do to another from the member list (`memberActionsOf`). */
export interface GroupMemberActions {
  /** Remove them from the group (SDK `deleteGroupMember`). */
  readonly remove: boolean;
  /** Make them an admin (SDK `setGroupMemberRole`, role Admin). */
  readonly makeAdmin: boolean;
  /** Make the admin a member again (SDK `setGroupMemberRole`, role Member). */
  readonly removeAdmin: boolean;
  /** Mute them for a while, or lift it (SDK `setGroupMemberMuteTime`). */
  readonly mute: boolean;
  /** Make them the owner; one becomes a member (SDK `changeGroupOwner`). */
  readonly transferOwner: boolean;
}

export const NO_MEMBER_ACTIONS: GroupMemberActions = Object.freeze({
  remove: false,
  makeAdmin: false,
  removeAdmin: false,
  mute: false,
  transferOwner: false,
});

/** The member actions, by name (`GroupMemberActions`' keys). */
export type GroupMemberAction = keyof GroupMemberActions;

/** Does `role` outrank `target` (the owner outranks admins, admins outrank members). */
function outranks(role: GroupRole, target: GroupRole): boolean {
  return GROUP_ROLE_RANK[role] < GROUP_ROLE_RANK[target];
}

/**
 * What a member with `role` may do to another member with `targetRole` in a group of `type`, by
 * the table above; nothing to oneself (`self`), nothing without a role.
 */
export function memberActionsOf(
  type: GroupType,
  role: GroupRole | undefined,
  targetRole: GroupRole | undefined,
  self = false,
): GroupMemberActions {
  if (!role || !targetRole || self || !outranks(role, targetRole)) return NO_MEMBER_ACTIONS;
  const hasAdmins = groupRolesOf(type).includes('Admin');
  const owner = role === 'Owner';
  return {
    // Outranking someone already says who: an admin only exists where the type has admins.
    remove: type !== 'AVChatRoom',
    makeAdmin: owner && hasAdmins && targetRole === 'Member',
    removeAdmin: owner && hasAdmins && targetRole === 'Admin',
    mute: type !== 'Work',
    transferOwner: owner && type !== 'AVChatRoom',
  };
}

/** How long "Mute for …" offers, in seconds (TUIKit's choices): 10 minutes, 1 hour, 12 hours, 1 day. */
export const MEMBER_MUTE_DURATIONS = [600, 3600, 43200, 86400] as const;

/** Is a member muted at `nowSeconds` (their `muteUntil` is still ahead). */
export function isMemberMuted(member: { readonly muteUntil: number }, nowSeconds: number): boolean {
  return member.muteUntil > nowSeconds;
}
