import { CHAT_ERROR } from '../../errors.js';
import type { MessageElement } from '../../model/elements.js';
import { c2cConversationID, parseConversationID, type ConversationType } from '../../model/ids.js';
import { AT_ALL, type MessagePriority } from '../../model/message.js';
import type { MessageListQuery } from '../chat-service.js';
import { fail, type OpContext } from './server-context.js';
import {
  SYSTEM_SENDER,
  c2cThreadID,
  groupThreadID,
  systemThreadID,
  type ConversationRecord,
  type MessageRecord,
} from './server-records.js';
import { conversationIDFor, isVisibleTo, threadOf } from './server-views.js';

/** A message as the server accepts it, already checked and with stored URLs. */
export interface PostInput {
  readonly ID: string;
  readonly from: string;
  readonly conversationType: ConversationType;
  /** userID (C2C), groupID (GROUP), or the receiving user (system notices). */
  readonly to: string;
  readonly elements: readonly MessageElement[];
  readonly random: number;
  readonly clientTime: number;
  readonly priority: MessagePriority;
  readonly atUserList: readonly string[];
  readonly cloudCustomData: string;
  readonly onlineOnly: boolean;
  /** Ask for read receipts (kept only in a group that allows them). */
  readonly needReadReceipt?: boolean;
  /** For seeding and imports: the server time to use (never before the thread's newest). */
  readonly time?: number;
}

/** Maximum size of a message body, as TIM enforces it. */
export const MAX_MESSAGE_BYTES = 12 * 1024;

const utf8 = new TextEncoder();

/** Bytes of the text a message carries (texts and custom payloads). */
export function messageBodyBytes(elements: readonly MessageElement[]): number {
  let bytes = 0;
  for (const element of elements) {
    if (element.type === 'TIMTextElem') bytes += utf8.encode(element.text).length;
    else if (element.type === 'TIMCustomElem') {
      bytes += utf8.encode(element.data).length + utf8.encode(element.description).length + utf8.encode(element.extension).length;
    } else if (element.type === 'TIMLocationElem') bytes += utf8.encode(element.description).length;
  }
  return bytes;
}

function isGroupEvent(record: MessageRecord): boolean {
  return record.elements.some((e) => e.type === 'TIMGroupTipElem');
}

/** Does this message count as unread for `userID`. */
function countsAsUnread(record: MessageRecord, userID: string): boolean {
  return record.from !== userID && !record.onlineOnly && !record.isRevoked && !isGroupEvent(record);
}

function mentions(record: MessageRecord, userID: string): boolean {
  return record.from !== userID && (record.atUserList.includes(userID) || record.atUserList.includes(AT_ALL));
}

function emptyConversation(userID: string, conversationID: string, type: ConversationType, now: number): ConversationRecord {
  return {
    userID,
    conversationID,
    type,
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    readSeq: 0,
    readTime: 0,
    clearedSeq: 0,
    unreadCount: 0,
    atMe: false,
    createTime: now,
    deleted: false,
  };
}

/** The user's record of a conversation, made (or brought back after a delete) when missing. */
export async function ensureConversation(
  ctx: OpContext,
  userID: string,
  conversationID: string,
): Promise<{ record: ConversationRecord; created: boolean }> {
  const existing = await ctx.tx.getConversation(userID, conversationID);
  if (existing && !existing.deleted) return { record: existing, created: false };
  const type = parseConversationID(conversationID)?.type;
  if (!type) fail(CHAT_ERROR.invalidArgument, `"${conversationID}" is not a conversation ID.`);
  const record: ConversationRecord = existing
    ? { ...existing, deleted: false, createTime: ctx.now }
    : emptyConversation(userID, conversationID, type, ctx.now);
  await ctx.tx.putConversation(record);
  return { record, created: true };
}

/** Count unread messages and mentions again after reads, revokes or deletions. */
async function recountUnread(ctx: OpContext, record: ConversationRecord): Promise<ConversationRecord> {
  const threadID = threadOf(record.userID, record.conversationID);
  if (!threadID) return record;
  const unread = await ctx.tx.scanMessages(threadID, {
    afterSeq: Math.max(record.readSeq, record.clearedSeq),
    filter: (m) => !m.hiddenFor.includes(record.userID) && countsAsUnread(m, record.userID),
  });
  const next = { ...record, unreadCount: unread.length, atMe: unread.some((m) => mentions(m, record.userID)) };
  if (next.unreadCount !== record.unreadCount || next.atMe !== record.atMe) await ctx.tx.putConversation(next);
  return next;
}

/** The users who receive a thread's messages now. */
export async function participantsOf(ctx: OpContext, record: Pick<MessageRecord, 'conversationType' | 'from' | 'to'>): Promise<string[]> {
  if (record.conversationType === 'C2C') return record.from === record.to ? [record.from] : [record.from, record.to];
  if (record.conversationType === 'GROUP') return (await ctx.tx.listMembers(record.to)).map((m) => m.userID);
  return [record.to];
}

function threadFor(input: Pick<PostInput, 'conversationType' | 'from' | 'to'>): string {
  if (input.conversationType === 'C2C') return c2cThreadID(input.from, input.to);
  if (input.conversationType === 'GROUP') return groupThreadID(input.to);
  return systemThreadID(input.to);
}

/**
 * Store a message and tell everyone in the conversation. A resend (same ID, or same sender and
 * random in the thread) returns the stored message and changes nothing.
 */
export async function postMessage(
  ctx: OpContext,
  input: PostInput,
  exceptSession?: string,
): Promise<{ record: MessageRecord; duplicate: boolean }> {
  const { tx } = ctx;
  const threadID = threadFor(input);
  const system = input.from === SYSTEM_SENDER;

  if (input.conversationType === 'C2C' && !(await tx.getUser(input.to))) {
    fail(CHAT_ERROR.invalidArgument, `There is no user "${input.to}".`);
  }
  let nameCard = '';
  let receipts = false;
  if (input.conversationType === 'GROUP') {
    const group = await tx.getGroup(input.to);
    receipts = !!input.needReadReceipt && !!group?.readReceipts && !input.onlineOnly;
    if (!group || group.dismissed) fail(CHAT_ERROR.notGroupMember, `There is no group "${input.to}".`);
    if (!system) {
      const member = await tx.getMember(input.to, input.from);
      if (!member) fail(CHAT_ERROR.notGroupMember, `"${input.from}" is not a member of group "${group.name}".`);
      if (member.muteUntil > ctx.now) fail(CHAT_ERROR.mutedInGroup, `"${input.from}" is muted in this group.`);
      if (group.muteAllMembers && member.role === 'Member') fail(CHAT_ERROR.mutedInGroup, 'Everyone is muted in this group.');
      nameCard = member.nameCard;
    }
  }

  if (!input.onlineOnly) {
    const sameID = await tx.getMessage(input.ID);
    if (sameID) {
      if (sameID.from !== input.from || sameID.threadID !== threadID) {
        fail(CHAT_ERROR.invalidArgument, `Message ID "${input.ID}" is already used.`);
      }
      return { record: sameID, duplicate: true };
    }
    const sameRandom = await tx.findMessageByRandom(threadID, input.from, input.random);
    if (sameRandom) return { record: sameRandom, duplicate: true };
  }

  const sender = system ? undefined : await tx.getUser(input.from);
  const thread = (await tx.getThread(threadID)) ?? { threadID, lastSeq: 0, lastTime: 0 };
  const time = Math.max(input.time ?? ctx.now, thread.lastTime);
  const drafted: MessageRecord = {
    ID: input.ID,
    threadID,
    seq: input.onlineOnly ? 0 : thread.lastSeq + 1,
    time,
    clientTime: input.clientTime || time,
    random: input.random,
    from: input.from,
    to: input.to,
    conversationType: input.conversationType,
    priority: input.priority,
    elements: input.elements,
    nick: sender?.nick ?? '',
    avatar: sender?.avatar ?? '',
    nameCard,
    atUserList: input.atUserList,
    cloudCustomData: input.cloudCustomData,
    isRevoked: false,
    revoker: '',
    hiddenFor: [],
    onlineOnly: input.onlineOnly,
    ...(receipts ? { needReadReceipt: true } : {}),
  };
  const everyone = await participantsOf(ctx, drafted);
  // "Discard" (do not receive): the message never reaches them, live or in their history.
  const discarding = await discardingAmong(ctx, drafted, everyone);
  const participants = everyone.filter((userID) => !discarding.includes(userID));
  const record: MessageRecord = discarding.length ? { ...drafted, hiddenFor: discarding } : drafted;

  if (input.onlineOnly) {
    for (const userID of participants) ctx.batch.add({ kind: 'onlineMessage', userID, record, exceptSession });
    return { record, duplicate: false };
  }

  await tx.putThread({ threadID, lastSeq: record.seq, lastTime: time });
  await tx.putMessage(record);
  for (const userID of participants) {
    const conversationID = conversationIDFor(record, userID);
    const { record: conversation } = await ensureConversation(ctx, userID, conversationID);
    if (countsAsUnread(record, userID)) {
      await tx.putConversation({
        ...conversation,
        unreadCount: conversation.unreadCount + 1,
        atMe: conversation.atMe || mentions(record, userID),
      });
    }
    ctx.batch.messages(userID, record.ID, exceptSession);
    ctx.batch.conversations([userID], conversationID);
  }
  return { record, duplicate: false };
}

/** Who of the participants set the conversation to "Discard"; group events still reach everyone. */
async function discardingAmong(ctx: OpContext, record: MessageRecord, participants: readonly string[]): Promise<string[]> {
  if (isGroupEvent(record)) return [];
  const discarding: string[] = [];
  for (const userID of participants) {
    if (userID === record.from) continue;
    const conversation = await ctx.tx.getConversation(userID, conversationIDFor(record, userID));
    if (conversation?.messageRemindType === 'Discard') discarding.push(userID);
  }
  return discarding;
}

/** A message the user may see (their thread, not deleted or cleared by them). */
export async function visibleMessage(ctx: OpContext, userID: string, messageID: string): Promise<MessageRecord | undefined> {
  const record = await ctx.tx.getMessage(messageID);
  if (!record) return undefined;
  const conversationID = conversationIDFor(record, userID);
  if (threadOf(userID, conversationID) !== record.threadID) return undefined;
  const conversation = await ctx.tx.getConversation(userID, conversationID);
  // Group history belongs to those who are or were members (they have the conversation).
  if (record.conversationType === 'GROUP' && !conversation && !(await ctx.tx.getMember(record.to, userID))) return undefined;
  return isVisibleTo(record, userID, conversation) ? record : undefined;
}

/** Recall a message: only its sender, only within the time limit (unless `force`, for admins and seeding). */
export async function revokeMessage(
  ctx: OpContext,
  userID: string,
  messageID: string,
  options: { exceptSession?: string; force?: boolean } = {},
): Promise<MessageRecord> {
  const record = await visibleMessage(ctx, userID, messageID);
  if (!record) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  if (record.isRevoked) return record;
  if (!options.force) {
    if (record.from !== userID) fail(CHAT_ERROR.revokeNotSender, 'Only the sender can recall a message.');
    if (ctx.now - record.time > ctx.revokeTimeLimit) {
      fail(CHAT_ERROR.revokeTimeLimit, `A message can only be recalled within ${ctx.revokeTimeLimit} seconds of sending.`);
    }
  }
  const revoked: MessageRecord = { ...record, isRevoked: true, revoker: userID };
  await ctx.tx.putMessage(revoked);
  for (const participant of await participantsOf(ctx, record)) {
    const conversationID = conversationIDFor(record, participant);
    const conversation = await ctx.tx.getConversation(participant, conversationID);
    if (conversation && record.seq > conversation.readSeq) await recountUnread(ctx, conversation);
    ctx.batch.add({ kind: 'revoked', userID: participant, messageIDs: [record.ID], exceptSession: options.exceptSession });
    ctx.batch.conversations([participant], conversationID);
  }
  return revoked;
}

/**
 * Change a sent message's content (an edit by its sender, or moderation): everyone in the
 * conversation is told. A recalled message cannot change.
 */
export async function modifyMessage(
  ctx: OpContext,
  messageID: string,
  patch: { elements?: readonly MessageElement[]; cloudCustomData?: string },
): Promise<MessageRecord> {
  const record = await ctx.tx.getMessage(messageID);
  if (!record || record.onlineOnly) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  if (record.isRevoked) fail(CHAT_ERROR.invalidArgument, 'A recalled message cannot be changed.');
  const modified: MessageRecord = {
    ...record,
    ...(patch.elements ? { elements: [...patch.elements] } : {}),
    ...(patch.cloudCustomData !== undefined ? { cloudCustomData: patch.cloudCustomData } : {}),
    isModified: true,
  };
  await ctx.tx.putMessage(modified);
  for (const participant of await participantsOf(ctx, record)) {
    ctx.batch.add({ kind: 'modified', userID: participant, messageIDs: [record.ID] });
    ctx.batch.conversations([participant], conversationIDFor(record, participant));
  }
  return modified;
}

/** Remove messages from one user's history; unknown IDs are ignored, so a repeat is harmless. */
export async function deleteMessages(ctx: OpContext, userID: string, messageIDs: readonly string[], exceptSession?: string): Promise<void> {
  const byConversation = new Map<string, string[]>();
  for (const messageID of messageIDs) {
    const record = await visibleMessage(ctx, userID, messageID);
    if (!record) continue;
    await ctx.tx.putMessage({ ...record, hiddenFor: [...record.hiddenFor, userID] });
    const conversationID = conversationIDFor(record, userID);
    byConversation.set(conversationID, [...(byConversation.get(conversationID) ?? []), record.ID]);
  }
  for (const [conversationID, ids] of byConversation) {
    const conversation = await ctx.tx.getConversation(userID, conversationID);
    if (conversation) await recountUnread(ctx, conversation);
    ctx.batch.add({ kind: 'messageDeleted', userID, conversationID, messageIDs: ids, exceptSession });
    ctx.batch.conversations([userID], conversationID);
  }
}

/** Mark a conversation read up to a message (or entirely); a C2C peer learns the new read time. */
export async function markRead(ctx: OpContext, userID: string, conversationID: string, upToMessageID?: string): Promise<void> {
  const threadID = threadOf(userID, conversationID);
  if (!threadID) fail(CHAT_ERROR.invalidArgument, `"${conversationID}" is not a conversation ID.`);
  const conversation = await ctx.tx.getConversation(userID, conversationID);
  if (!conversation) return;
  let upTo: MessageRecord | undefined;
  if (upToMessageID) {
    upTo = await ctx.tx.getMessage(upToMessageID);
    if (!upTo || upTo.threadID !== threadID) fail(CHAT_ERROR.messageNotFound, 'That message is not in this conversation.');
  } else {
    [upTo] = await ctx.tx.scanMessages(threadID, { reverse: true, limit: 1 });
  }
  if (!upTo || upTo.seq <= conversation.readSeq) {
    if (conversation.unreadCount !== 0 && !upToMessageID) await recountUnread(ctx, conversation);
    return;
  }
  const read = await recountUnread(ctx, { ...conversation, readSeq: upTo.seq, readTime: upTo.time });
  await ctx.tx.putConversation(read);
  ctx.batch.conversations([userID], conversationID);
  const parsed = parseConversationID(conversationID);
  if (parsed?.type === 'C2C' && parsed.targetID !== userID) {
    const peerConversationID = c2cConversationID(userID);
    ctx.batch.add({ kind: 'peerRead', userID: parsed.targetID, conversationID: peerConversationID });
    ctx.batch.conversations([parsed.targetID], peerConversationID);
  }
}

/** One page of a user's history, oldest first. */
export async function listMessages(
  ctx: OpContext,
  userID: string,
  query: MessageListQuery,
): Promise<{ records: MessageRecord[]; isCompleted: boolean }> {
  const threadID = threadOf(userID, query.conversationID);
  if (!threadID) fail(CHAT_ERROR.invalidArgument, `"${query.conversationID}" is not a conversation ID.`);
  const count = Math.max(1, Math.min(100, Math.floor(query.count) || 15));
  const conversation = await ctx.tx.getConversation(userID, query.conversationID);
  const visible = (m: MessageRecord): boolean => isVisibleTo(m, userID, conversation);
  let anchor: MessageRecord | undefined;
  if (query.fromMessageID) {
    anchor = await ctx.tx.getMessage(query.fromMessageID);
    if (!anchor || anchor.threadID !== threadID) fail(CHAT_ERROR.messageNotFound, 'The message to page from is not in this conversation.');
  }
  const newer = query.direction === 'newer';
  const found = await ctx.tx.scanMessages(threadID, {
    reverse: !newer,
    limit: count + 1,
    filter: visible,
    ...(anchor ? (newer ? { afterSeq: anchor.seq } : { beforeSeq: anchor.seq }) : {}),
  });
  const isCompleted = found.length <= count;
  const page = found.slice(0, count);
  return { records: newer ? page : page.reverse(), isCompleted };
}
