import type { Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import { emptyConversation, mergeConversation } from './conversation-merge.js';
import { newerMessage } from './message-merge.js';
import type { StoreChanges } from './store-changes.js';
import type { StoreContext } from './store-context.js';

/**
 * Merge a service conversation into a change set; true when it is open and visible and had
 * unread messages (they are read now: the caller tells the service). `askedAt` is the
 * conversation clock when the store asked for it: if the conversation changed here since, the
 * answer is stale and only its profile is taken.
 */
export function mergeServiceConversation(ctx: StoreContext, changes: StoreChanges, incoming: Conversation, askedAt?: number): boolean {
  const id = incoming.conversationID;
  const existing = changes.conversation(id);
  if (askedAt !== undefined && ctx.changedSince(id, askedAt)) {
    if (!existing) return false;
    const userProfile = incoming.userProfile ?? existing.userProfile;
    const groupProfile = incoming.groupProfile ?? existing.groupProfile;
    if (userProfile?.userID) changes.putUser(userProfile, true);
    if (groupProfile?.groupID) changes.putGroup(groupProfile, true);
    if (userProfile !== existing.userProfile || groupProfile !== existing.groupProfile) {
      changes.putConversation({ ...existing, ...(userProfile ? { userProfile } : {}), ...(groupProfile ? { groupProfile } : {}) }, true);
    }
    return false;
  }
  let merged = mergeConversation(existing, incoming, ctx.drafts.get(id));
  if (merged.lastMessage && ctx.hiddenIDs.has(merged.lastMessage.ID)) {
    merged = { ...merged, lastMessage: existing?.lastMessage ?? null };
  }
  let readNow = false;
  if (ctx.isReadingNow(id) && (merged.unreadCount > 0 || merged.atMe)) {
    merged = { ...merged, unreadCount: 0, atMe: false };
    readNow = true;
  }
  if (merged.userProfile?.userID) changes.putUser(merged.userProfile, true);
  if (merged.groupProfile?.groupID) changes.putGroup(merged.groupProfile, true);
  changes.putConversation(merged, true);
  return readNow;
}

/** A message of ours (sent, saved, imported) becomes the conversation's last one when it is the newest. */
export function touchConversation(ctx: StoreContext, changes: StoreChanges, message: Message, persist = true): void {
  if (message.onlineOnly) return;
  let conversation = changes.conversation(message.conversationID);
  if (!conversation) {
    conversation = emptyConversation(message.conversationID, message.time);
    const draft = ctx.drafts.get(message.conversationID);
    if (draft !== undefined) conversation = { ...conversation, draft };
    if (ctx.serviceReady) ctx.hooks.fetchConversation(message.conversationID);
  }
  const lastMessage = conversation.lastMessage?.ID === message.ID ? message : newerMessage(conversation.lastMessage, message);
  if (lastMessage === conversation.lastMessage && conversation.activeTime >= message.time) return;
  changes.putConversation(
    { ...conversation, lastMessage, activeTime: Math.max(conversation.activeTime, lastMessage?.time ?? 0) },
    persist,
  );
}

/** After removals: the conversation's last message is the newest one still shown. */
export function refreshLastMessage(
  ctx: StoreContext,
  changes: StoreChanges,
  conversationID: string,
  removedIDs: ReadonlySet<string>,
  persist: boolean,
): void {
  const conversation = changes.conversation(conversationID);
  if (!conversation?.lastMessage || !removedIDs.has(conversation.lastMessage.ID)) return;
  const remaining = changes.listMessages(conversationID).filter((m) => !m.onlineOnly && !removedIDs.has(m.ID));
  const lastMessage = remaining[remaining.length - 1] ?? null;
  changes.putConversation({ ...conversation, lastMessage }, persist);
  if (!lastMessage) lastMessageFromCache(ctx, conversationID, removedIDs).catch((error) => ctx.reportError(error));
}

/** The list held nothing else: ask the cache for the newest message left. */
async function lastMessageFromCache(ctx: StoreContext, conversationID: string, removedIDs: ReadonlySet<string>): Promise<void> {
  const session = ctx.session;
  // After the caller's commit has queued the removal's own cache writes, not before them.
  await Promise.resolve();
  await ctx.writesDone();
  const [newest] = (await ctx.cache.getMessages(conversationID, { limit: 1 }).catch(() => [] as Message[])).filter(
    (m) => !m.isDeleted && !removedIDs.has(m.ID),
  );
  if (!newest || session !== ctx.session) return;
  const changes = ctx.changes();
  const conversation = changes.conversation(conversationID);
  if (!conversation || conversation.lastMessage) return;
  changes.putConversation({ ...conversation, lastMessage: newest }, true);
  ctx.commit(changes);
}
