import { CHAT_ERROR } from '../../errors.js';
import type { MessageReaction, MessageReactions, ReactionUsersPage } from '../chat-service.js';
import { fail, type OpContext } from './server-context.js';
import { participantsOf, visibleMessage } from './server-messaging.js';
import type { ServerTx } from './server-storage.js';
import { conversationIDFor } from './server-views.js';

/**
 * Reactions on the embedded server, as Tencent's server keeps them: per message, per reaction
 * ID, the users in the order they reacted. Kept beside the message (a meta record of its own,
 * so the message records and their indexes stay as they are), and told to everyone in the
 * conversation — the reactor's other tabs too — as the reactions that changed.
 */

/** Users listed with each reaction (the SDK's `maxUserCountPerReaction` default); the rest are paged. */
const LISTED_REACTION_USERS = 10;
/** Distinct reactions one message may have (Tencent's limit). */
const MAX_REACTIONS_PER_MESSAGE = 20;

/** Stored: [reactionID, userIDs in the order they reacted][], reactions in the order first made. */
type StoredReactions = ReadonlyArray<readonly [string, readonly string[]]>;

const keyOf = (messageID: string) => `reactions:${messageID}`;

async function stored(tx: ServerTx, messageID: string): Promise<StoredReactions> {
  const value = await tx.getMeta<StoredReactions>(keyOf(messageID));
  return Array.isArray(value) ? value : [];
}

function view(reactionID: string, users: readonly string[], viewerID: string): MessageReaction {
  return Object.freeze({
    reactionID,
    count: users.length,
    userIDs: Object.freeze(users.slice(0, LISTED_REACTION_USERS)),
    reactedByMe: users.includes(viewerID),
  });
}

/** Add (or take back) `userID`'s reaction; everyone in the conversation is told what changed. */
export async function react(ctx: OpContext, userID: string, messageID: string, reactionID: string, add: boolean): Promise<void> {
  const record = await visibleMessage(ctx, userID, messageID);
  if (!record || record.onlineOnly) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  if (record.isRevoked) fail(CHAT_ERROR.invalidArgument, 'A recalled message cannot have reactions.');
  if (record.conversationType === 'GROUP' && !(await ctx.tx.getMember(record.to, userID))) {
    fail(CHAT_ERROR.notGroupMember, 'Only members of the group can react.');
  }
  const list = [...(await stored(ctx.tx, messageID))];
  const index = list.findIndex(([id]) => id === reactionID);
  const users = index >= 0 ? list[index]![1] : [];
  // Adding twice or taking back what is not there changes nothing, as on Tencent's server.
  if (add === users.includes(userID)) return;
  if (add && index < 0 && list.length >= MAX_REACTIONS_PER_MESSAGE) {
    fail(CHAT_ERROR.invalidArgument, `A message can have at most ${MAX_REACTIONS_PER_MESSAGE} different reactions.`);
  }
  const next = add ? [...users, userID] : users.filter((id) => id !== userID);
  if (index < 0) list.push([reactionID, next]);
  else if (next.length) list[index] = [reactionID, next];
  else list.splice(index, 1);
  await ctx.tx.putMeta(keyOf(messageID), list);
  for (const participant of await participantsOf(ctx, record)) {
    ctx.batch.add({
      kind: 'reactions',
      userID: participant,
      conversationID: conversationIDFor(record, participant),
      messageID,
      reactionIDs: [reactionID],
    });
  }
}

/** The changed reactions as `viewerID` sees them (a reaction nobody has any more: count 0). */
export async function changedReactions(
  tx: ServerTx,
  messageID: string,
  reactionIDs: readonly string[],
  viewerID: string,
): Promise<MessageReaction[]> {
  const list = await stored(tx, messageID);
  return reactionIDs.map((reactionID) => view(reactionID, list.find(([id]) => id === reactionID)?.[1] ?? [], viewerID));
}

/** The reactions of messages `userID` can see (others are left out). */
export async function reactionsOf(ctx: OpContext, userID: string, messageIDs: readonly string[]): Promise<MessageReactions[]> {
  const results: MessageReactions[] = [];
  for (const messageID of messageIDs) {
    if (!(await visibleMessage(ctx, userID, messageID))) continue;
    const list = await stored(ctx.tx, messageID);
    results.push({ messageID, reactions: list.map(([id, users]) => view(id, users, userID)) });
  }
  return results;
}

/** A page of the users who reacted with one reaction: `cursor` is where the page starts. */
export async function reactionUsers(
  ctx: OpContext,
  userID: string,
  messageID: string,
  reactionID: string,
  cursor: number,
  count: number,
): Promise<ReactionUsersPage> {
  if (!(await visibleMessage(ctx, userID, messageID))) fail(CHAT_ERROR.messageNotFound, 'That message does not exist.');
  const users = (await stored(ctx.tx, messageID)).find(([id]) => id === reactionID)?.[1] ?? [];
  const start = Math.max(0, Math.floor(cursor) || 0);
  const end = Math.min(users.length, start + Math.max(1, Math.min(100, Math.floor(count) || 100)));
  const isCompleted = end >= users.length;
  return { userIDs: users.slice(start, end), nextCursor: isCompleted ? 0 : end, isCompleted };
}
