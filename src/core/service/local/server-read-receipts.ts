import { CHAT_ERROR } from '../../errors.js';
import type { GroupReadReceipt, ReadMembersPage } from '../chat-service.js';
import { fail, type OpContext } from './server-context.js';
import { visibleMessage } from './server-messaging.js';
import type { MessageRecord } from './server-records.js';
import type { ServerTx } from './server-storage.js';
import { conversationIDFor } from './server-views.js';

/**
 * Group read receipts on the embedded server, as Tencent's server keeps them: for each group
 * message that asked for receipts (in a group that allows them), the members who acknowledged it,
 * in the order they did. Kept beside the message (a meta record of its own); the sender is told
 * the new counts. The members a message counts are those of the group when it was sent who are
 * still in it, the sender left out.
 */

/** Stored: the userIDs who acknowledged, in order. */
const keyOf = (messageID: string) => `receipts:${messageID}`;

async function readers(tx: ServerTx, messageID: string): Promise<readonly string[]> {
  const value = await tx.getMeta<readonly string[]>(keyOf(messageID));
  return Array.isArray(value) ? value : [];
}

/** Members who ought to read it: in the group since before it was sent, the sender left out. */
async function audience(tx: ServerTx, record: MessageRecord): Promise<string[]> {
  const members = await tx.listMembers(record.to);
  return members.filter((m) => m.userID !== record.from && m.joinTime <= record.time).map((m) => m.userID);
}

function asksForReceipts(record: MessageRecord | undefined): record is MessageRecord {
  return !!record && record.conversationType === 'GROUP' && record.needReadReceipt === true && !record.isRevoked;
}

/**
 * `userID` has read these messages: each one of someone else's that asked for receipts and that
 * the reader can see gets them as a reader (once); its sender is told the new counts. Others are
 * left out, as the SDK leaves them out.
 */
export async function acknowledge(ctx: OpContext, userID: string, messageIDs: readonly string[]): Promise<void> {
  const told = new Map<string, { conversationID: string; messageIDs: string[] }>();
  for (const messageID of new Set(messageIDs)) {
    const record = await visibleMessage(ctx, userID, messageID);
    if (!asksForReceipts(record) || record.from === userID) continue;
    if (!(await ctx.tx.getMember(record.to, userID))) continue;
    const list = await readers(ctx.tx, messageID);
    if (list.includes(userID)) continue;
    await ctx.tx.putMeta(keyOf(messageID), [...list, userID]);
    const entry = told.get(record.from) ?? { conversationID: conversationIDFor(record, record.from), messageIDs: [] };
    entry.messageIDs.push(messageID);
    told.set(record.from, entry);
  }
  for (const [sender, { conversationID, messageIDs: ids }] of told) {
    ctx.batch.add({ kind: 'readReceipts', userID: sender, conversationID, messageIDs: ids });
  }
}

/** The counts of one message (for its sender): readers still in the group, and members yet to read it. */
async function receiptOf(tx: ServerTx, record: MessageRecord): Promise<GroupReadReceipt> {
  const expected = await audience(tx, record);
  const read = new Set(await readers(tx, record.ID));
  const readCount = expected.filter((id) => read.has(id)).length;
  return Object.freeze({ messageID: record.ID, readCount, unreadCount: expected.length - readCount });
}

/** The counts of `userID`'s own messages that asked for receipts (others are left out). */
export async function receiptsOf(ctx: OpContext, userID: string, messageIDs: readonly string[]): Promise<GroupReadReceipt[]> {
  const out: GroupReadReceipt[] = [];
  for (const messageID of messageIDs) {
    const record = await visibleMessage(ctx, userID, messageID);
    if (asksForReceipts(record) && record.from === userID) out.push(await receiptOf(ctx.tx, record));
  }
  return out;
}

/** The counts named in a `readReceipts` notification, for the sender. */
export async function changedReceipts(tx: ServerTx, messageIDs: readonly string[]): Promise<GroupReadReceipt[]> {
  const out: GroupReadReceipt[] = [];
  for (const messageID of messageIDs) {
    const record = await tx.getMessage(messageID);
    if (asksForReceipts(record)) out.push(await receiptOf(tx, record));
  }
  return out;
}

/** A page of the members who have read (or not read) a message: `cursor` is where the page starts. */
export async function readMembers(
  ctx: OpContext,
  userID: string,
  messageID: string,
  filter: 'read' | 'unread',
  cursor: string,
  count: number,
): Promise<ReadMembersPage> {
  const record = await visibleMessage(ctx, userID, messageID);
  if (!record) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  if (!asksForReceipts(record)) fail(CHAT_ERROR.invalidArgument, 'That message did not ask for read receipts.');
  const expected = await audience(ctx.tx, record);
  const read = await readers(ctx.tx, messageID);
  // Readers in the order they read; those yet to read in the group's order.
  const users = filter === 'read' ? read.filter((id) => expected.includes(id)) : expected.filter((id) => !read.includes(id));
  const start = Math.max(0, Math.floor(Number(cursor)) || 0);
  const end = Math.min(users.length, start + Math.max(1, Math.min(100, Math.floor(count) || 100)));
  const isCompleted = end >= users.length;
  return { userIDs: users.slice(start, end), nextCursor: isCompleted ? '' : String(end), isCompleted };
}
