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
