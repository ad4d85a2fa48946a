import { CHAT_ERROR } from '../../errors.js';
import type { OpContext } from './server-context.js';
import { fail } from './server-context.js';
import { modifyMessage, visibleMessage } from './server-messaging.js';
import type { MessageRecord } from './server-records.js';

/** WhatsApp's window: one's own text message can be edited for 15 minutes after sending. */
export const DEFAULT_EDIT_TIME_LIMIT = 15 * 60;

/**
 * The sender replaces the text of their text message, within `editTimeLimit` seconds of sending:
 * the record is marked modified and everyone in the conversation is told (`modified`).
 */
export async function editMessage(
  ctx: OpContext,
  userID: string,
  messageID: string,
  text: string,
  editTimeLimit: number,
): Promise<MessageRecord> {
  if (typeof text !== 'string' || text.trim() === '') fail(CHAT_ERROR.invalidArgument, 'An edit needs some text.');
  const record = await visibleMessage(ctx, userID, messageID);
  if (!record || record.onlineOnly) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  if (record.from !== userID) fail(CHAT_ERROR.editNotAllowed, 'Only the sender can edit a message.');
  if (record.isRevoked) fail(CHAT_ERROR.editNotAllowed, 'A recalled message cannot be edited.');
  const [only, ...rest] = record.elements;
  if (only?.type !== 'TIMTextElem' || rest.length > 0) fail(CHAT_ERROR.editNotAllowed, 'Only text messages can be edited.');
  if (ctx.now - record.time > editTimeLimit) {
    fail(CHAT_ERROR.editTimeLimit, `A message can only be edited within ${editTimeLimit} seconds of sending.`);
  }
  return modifyMessage(ctx, messageID, { elements: [{ type: 'TIMTextElem', text }] });
}
