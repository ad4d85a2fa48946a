import type { Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import { emptyConversation, mergeConversation } from './conversation-merge.js';
import { newerMessage } from './message-merge.js';
import type { CacheAccess } from './cache-writes.js';
import type { LocalEdits } from './local-edits.js';
import type { ChangeBatches } from './store-batches.js';
import type { StoreChanges } from './store-changes.js';
import type { ErrorSink } from './store-errors.js';
import type { SessionView } from './store-session.js';

/** What keeping conversations up to date reads, and the follow-ups it asks for. */
export interface ConversationUpdateDeps {
  readonly session: SessionView;
  readonly local: LocalEdits;
  readonly cache: CacheAccess;
  readonly batches: ChangeBatches;
  readonly errors: ErrorSink;
  /** Is the user looking at this conversation now (its messages are read at once). */
  isReadingNow(conversationID: string): boolean;
  /** Fill in a conversation the store only knows from a message. */
  fetchConversation(conversationID: string): void;
}

/**
 * Merge a service conversation into a change set; true when it is open and visible and had
 * unread messages (they are read now: the caller tells the service). `askedAt` is the
 * conversation clock when the store asked for it: if the conversation changed here since, the
 * answer is stale and only its profile is taken.
 */
export function mergeServiceConversation(
  deps: Pick<ConversationUpdateDeps, 'batches' | 'local' | 'isReadingNow'>,
  changes: StoreChanges,
  incoming: Conversation,
  askedAt?: number,
): boolean {
  const id = incoming.conversationID;
  const existing = changes.conversation(id);
  if (askedAt !== undefined && deps.batches.changedSince(id, askedAt)) {
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
  let merged = mergeConversation(existing, incoming, deps.local.drafts.get(id));
  if (merged.lastMessage && deps.local.hiddenIDs.has(merged.lastMessage.ID)) {
    merged = { ...merged, lastMessage: existing?.lastMessage ?? null };
  }
  let readNow = false;
  if (deps.isReadingNow(id) && (merged.unreadCount > 0 || merged.atMe)) {
    merged = { ...merged, unreadCount: 0, atMe: false };
    readNow = true;
  }
  if (merged.userProfile?.userID) changes.putUser(merged.userProfile, true);
  if (merged.groupProfile?.groupID) changes.putGroup(merged.groupProfile, true);
  changes.putConversation(merged, true);
  return readNow;
}

/** A message of ours (sent, saved, imported) becomes the conversation's last one when it is the newest. */
export function touchConversation(
  deps: Pick<ConversationUpdateDeps, 'local' | 'session' | 'fetchConversation'>,
  changes: StoreChanges,
  message: Message,
  persist = true,
): void {
  if (message.onlineOnly) return;
  let conversation = changes.conversation(message.conversationID);
  if (!conversation) {
    conversation = emptyConversation(message.conversationID, message.time);
    const draft = deps.local.drafts.get(message.conversationID);
    if (draft !== undefined) conversation = { ...conversation, draft };
    if (deps.session.serviceReady) deps.fetchConversation(message.conversationID);
  }
  const lastMessage = conversation.lastMessage?.ID === message.ID ? message : newerMessage(conversation.lastMessage, message);
  if (lastMessage === conversation.lastMessage && conversation.activeTime >= message.time) return;
  changes.putConversation({ ...conversation, lastMessage, activeTime: Math.max(conversation.activeTime, lastMessage?.time ?? 0) }, persist);
}

/** After removals: the conversation's last message is the newest one still shown. */
export function refreshLastMessage(
  deps: Pick<ConversationUpdateDeps, 'session' | 'cache' | 'batches' | 'errors'>,
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
  if (!lastMessage) lastMessageFromCache(deps, conversationID, removedIDs).catch((error) => deps.errors.reportError(error));
}

/** The list held nothing else: ask the cache for the newest message left. */
async function lastMessageFromCache(
  deps: Pick<ConversationUpdateDeps, 'session' | 'cache' | 'batches'>,
  conversationID: string,
  removedIDs: ReadonlySet<string>,
): Promise<void> {
  const session = deps.session.id;
  // After the caller's commit has queued the removal's own cache writes, not before them.
  await Promise.resolve();
  await deps.cache.writesDone();
  const [newest] = (await deps.cache.current.getMessages(conversationID, { limit: 1 }).catch(() => [] as Message[])).filter(
    (m) => !m.isDeleted && !removedIDs.has(m.ID),
  );
  if (!newest || session !== deps.session.id) return;
  const changes = deps.batches.changes();
  const conversation = changes.conversation(conversationID);
  if (!conversation || conversation.lastMessage) return;
  changes.putConversation({ ...conversation, lastMessage: newest }, true);
  deps.batches.commit(changes);
}
