import { CHAT_ERROR } from '../../errors.js';
import type { Draft, MessageRemindType } from '../../model/conversation.js';
import { parseConversationID } from '../../model/ids.js';
import { fail, type OpContext } from './server-context.js';
import { ensureConversation } from './server-messaging.js';
import type { ConversationRecord } from './server-records.js';
import { threadOf } from './server-views.js';

const REMIND_TYPES: readonly MessageRemindType[] = ['AcceptAndNotify', 'AcceptNotNotify', 'Discard'];

/** Get or create: a valid C2C, GROUP or system conversation ID always gives a conversation. */
export async function openConversation(ctx: OpContext, userID: string, conversationID: string): Promise<ConversationRecord> {
  const parsed = parseConversationID(conversationID);
  if (!parsed) fail(CHAT_ERROR.invalidArgument, `"${conversationID}" is not a conversation ID.`);
  if (parsed.type === 'GROUP') {
    const group = await ctx.tx.getGroup(parsed.targetID);
    // A former member keeps the conversation (its history); anyone else has no way in.
    const known = group && ((await ctx.tx.getConversation(userID, conversationID)) || (await ctx.tx.getMember(parsed.targetID, userID)));
    if (!known) fail(CHAT_ERROR.conversationNotFound, `There is no group "${parsed.targetID}" that "${userID}" is in.`);
  } else if (parsed.type === 'C2C' && !(await ctx.tx.getUser(parsed.targetID))) {
    fail(CHAT_ERROR.conversationNotFound, `There is no user "${parsed.targetID}".`);
  }
  const { record, created } = await ensureConversation(ctx, userID, conversationID);
  if (created) ctx.batch.conversations([userID], conversationID);
  return record;
}

async function existing(ctx: OpContext, userID: string, conversationID: string): Promise<ConversationRecord> {
  const record = await ctx.tx.getConversation(userID, conversationID);
  if (!record || record.deleted) fail(CHAT_ERROR.conversationNotFound, `There is no conversation "${conversationID}".`);
  return record;
}

async function update(ctx: OpContext, record: ConversationRecord): Promise<void> {
  await ctx.tx.putConversation(record);
  ctx.batch.conversations([record.userID], record.conversationID);
}

/** Drop a conversation from the list, and its history too when asked (for this user only). */
export async function deleteConversation(
  ctx: OpContext,
  userID: string,
  conversationID: string,
  clearHistory: boolean,
  exceptSession?: string,
): Promise<void> {
  const threadID = threadOf(userID, conversationID);
  if (!threadID) fail(CHAT_ERROR.invalidArgument, `"${conversationID}" is not a conversation ID.`);
  const record = await ctx.tx.getConversation(userID, conversationID);
  if (!record || record.deleted) return;
  const thread = await ctx.tx.getThread(threadID);
  const lastSeq = thread?.lastSeq ?? 0;
  const { markedUnread: _mark, ...kept } = record;
  await ctx.tx.putConversation({
    ...kept,
    deleted: true,
    isPinned: false,
    draft: null,
    unreadCount: 0,
    atMe: false,
    readSeq: Math.max(record.readSeq, lastSeq),
    clearedSeq: clearHistory ? lastSeq : record.clearedSeq,
  });
  ctx.batch.add({ kind: 'conversationDeleted', userID, conversationIDs: [conversationID], ...(exceptSession ? { exceptSession } : {}) });
}

export async function pinConversation(ctx: OpContext, userID: string, conversationID: string, pinned: boolean): Promise<void> {
  const record = await existing(ctx, userID, conversationID);
  if (record.isPinned !== pinned) await update(ctx, { ...record, isPinned: pinned });
}

/** Mark unread or take the mark off; the user's other clients hear of it as a conversation update. */
export async function markUnread(ctx: OpContext, userID: string, conversationID: string, marked: boolean): Promise<void> {
  const record = await existing(ctx, userID, conversationID);
  if (!!record.markedUnread === marked) return;
  const { markedUnread: _dropped, ...rest } = record;
  await update(ctx, marked ? { ...rest, markedUnread: true } : rest);
}

export async function setRemindType(ctx: OpContext, userID: string, conversationID: string, type: MessageRemindType): Promise<void> {
  if (!REMIND_TYPES.includes(type)) fail(CHAT_ERROR.invalidArgument, `"${String(type)}" is not a message remind type.`);
  const record = await existing(ctx, userID, conversationID);
  if (record.messageRemindType !== type) await update(ctx, { ...record, messageRemindType: type });
}

export async function setDraft(ctx: OpContext, userID: string, conversationID: string, draft: Draft | null): Promise<void> {
  if (draft !== null && (typeof draft !== 'object' || typeof draft.text !== 'string')) {
    fail(CHAT_ERROR.invalidArgument, 'A draft needs a text.');
  }
  const record = await existing(ctx, userID, conversationID);
  const clean: Draft | null = draft
    ? {
        text: draft.text,
        editTime: Number.isFinite(draft.editTime) && draft.editTime > 0 ? draft.editTime : ctx.now,
        userDefine: typeof draft.userDefine === 'string' ? draft.userDefine : '',
      }
    : null;
  await update(ctx, { ...record, draft: clean });
}
