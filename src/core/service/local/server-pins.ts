import { CHAT_ERROR } from '../../errors.js';
import type { PinnedMessage } from '../../model/pinned-message.js';
import type { OpContext } from './server-context.js';
import { fail } from './server-context.js';
import { visibleMessage } from './server-messaging.js';
import type { GroupRecord, PinRecord } from './server-records.js';
import type { ServerTx } from './server-storage.js';
import type { ServerViews } from './server-views.js';

/** Tencent's limit: a group holds at most 10 pinned messages. */
export const MAX_PINNED_MESSAGES = 10;

/**
 * The group's owner or an admin pins (or unpins) a group message; every member is told
 * (`pins`). Pinning a pinned message again, or unpinning one that is not, changes nothing.
 */
export async function pinMessage(ctx: OpContext, userID: string, messageID: string, pinned: boolean): Promise<void> {
  const record = await visibleMessage(ctx, userID, messageID);
  if (!record || record.onlineOnly || record.conversationType !== 'GROUP')
    fail(CHAT_ERROR.messageNotFound, 'There is no such group message.');
  const group = await ctx.tx.getGroup(record.to);
  if (!group || group.dismissed) fail(CHAT_ERROR.notGroupMember, `There is no group "${record.to}".`);
  const member = await ctx.tx.getMember(group.groupID, userID);
  if (!member) fail(CHAT_ERROR.notGroupMember, 'You are not a member of this group.');
  if (member.role !== 'Owner' && member.role !== 'Admin')
    fail(CHAT_ERROR.pinNotAllowed, 'Only the group owner and admins can pin messages.');
  const pins = group.pinned ?? [];
  const has = pins.some((p) => p.messageID === messageID);
  if (has === pinned) return;
  if (pinned && record.isRevoked) fail(CHAT_ERROR.invalidArgument, 'A recalled message cannot be pinned.');
  if (pinned && pins.length >= MAX_PINNED_MESSAGES)
    fail(CHAT_ERROR.pinLimit, `A group holds at most ${MAX_PINNED_MESSAGES} pinned messages.`);
  const next: PinRecord[] = pinned
    ? [...pins, { messageID, pinnedBy: userID, time: ctx.now }]
    : pins.filter((p) => p.messageID !== messageID);
  await ctx.tx.putGroup({ ...group, pinned: next });
  for (const m of await ctx.tx.listMembers(group.groupID)) ctx.batch.add({ kind: 'pins', userID: m.userID, groupID: group.groupID });
}

/** A member's view of the group's pins, oldest pin first (messages they cannot see are left out). */
export async function pinnedView(
  tx: ServerTx,
  views: ServerViews,
  group: GroupRecord | undefined,
  userID: string,
): Promise<PinnedMessage[]> {
  const out: PinnedMessage[] = [];
  for (const pin of group?.pinned ?? []) {
    const record = await tx.getMessage(pin.messageID);
    if (!record || record.hiddenFor.includes(userID)) continue;
    out.push({ message: await views.message(record), pinnedBy: pin.pinnedBy });
  }
  return out;
}

/** The pins of a group the user belongs to. */
export async function listPins(ctx: OpContext, userID: string, groupID: string): Promise<GroupRecord> {
  const group = await ctx.tx.getGroup(groupID);
  if (!group || !(await ctx.tx.getMember(groupID, userID))) fail(CHAT_ERROR.notGroupMember, 'You are not a member of this group.');
  return group;
}
