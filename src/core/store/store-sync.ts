import type { OutboxEntry } from '../cache/chat-cache.js';
import type { Conversation, Draft } from '../model/conversation.js';
import { parseConversationID } from '../model/ids.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import { attachedFiles, type ChatService } from '../service/chat-service.js';
import { mergeServiceConversation, touchConversation, type ConversationUpdateDeps } from './conversation-updates.js';
import { withFreshPreview } from './outgoing-message.js';
import { SERVER_CLOCK_KEY, type ServerClock } from './server-clock.js';

/** What the start of a session reads: the cache, then the service's conversation list. */
export interface StoreSyncDeps extends ConversationUpdateDeps {
  readonly service: Pick<ChatService, 'getConversationList'>;
  readonly serverClock: ServerClock;
}

/**
 * Fill the state from what this device kept — conversations, drafts, profiles, messages still
 * in the outbox (shown as sending) — so the page shows them before the service answers.
 */
export async function fillFromCache(deps: StoreSyncDeps, session: number, previewUrl?: (blob: Blob) => string): Promise<void> {
  const cache = deps.cache.current;
  const [conversations, drafts, profiles, outbox, serverClockOffset] = await Promise.all([
    cache.getConversations().catch(() => [] as Conversation[]),
    cache.getDrafts().catch(() => ({}) as Record<string, Draft>),
    cache.getProfiles().catch(() => ({ users: [] as UserProfile[], groups: [] as GroupProfile[] })),
    cache.getOutbox().catch(() => [] as OutboxEntry[]),
    cache.getMeta<number>(SERVER_CLOCK_KEY).catch(() => undefined),
  ]);
  if (session !== deps.session.id) return;
  deps.serverClock.restore(serverClockOffset);
  for (const [conversationID, draft] of Object.entries(drafts)) deps.local.drafts.set(conversationID, draft);
  const changes = deps.batches.changes();
  for (const user of profiles.users) if (user?.userID) changes.putUser(user, false);
  for (const group of profiles.groups) if (group?.groupID) changes.putGroup(group, false);
  for (const conversation of conversations) {
    if (!parseConversationID(conversation?.conversationID)) continue;
    const draft = deps.local.drafts.get(conversation.conversationID);
    changes.putConversation(draft !== undefined ? { ...conversation, draft } : conversation, false);
  }
  for (const entry of outbox) {
    const message = entry?.message;
    if (!message?.ID || message.from !== deps.session.userID || !parseConversationID(message.conversationID)) continue;
    const shown = changes.upsertMessage(withFreshPreview(message, attachedFiles(entry.options ?? {}), previewUrl), 'cache', {
      persist: false,
    });
    touchConversation(deps, changes, shown, false);
  }
  const me = profiles.users.find((user) => user?.userID === deps.session.userID);
  // An empty cache (a first visit) says nothing yet: the list shows its skeleton until the service answers.
  changes.patchState({
    ...(conversations.length ? { conversationsLoaded: true } : {}),
    me: me ?? { userID: deps.session.userID, nick: '', avatar: '' },
  });
  deps.batches.commit(changes);
}

/**
 * Merge the service's conversation list. A conversation the service no longer has was deleted
 * on another device and goes too — unless it changed here since we asked, or holds a message
 * not yet sent. Returns the IDs of conversations the user is reading that had unread messages.
 */
export async function syncConversations(deps: StoreSyncDeps, session: number): Promise<string[]> {
  const askedAt = deps.batches.conversationClock;
  const conversations = await deps.service.getConversationList();
  if (session !== deps.session.id) return [];
  const changes = deps.batches.changes();
  const present = new Set<string>();
  const readNow: string[] = [];
  for (const conversation of conversations) {
    if (!parseConversationID(conversation?.conversationID)) continue;
    present.add(conversation.conversationID);
    if (mergeServiceConversation(deps, changes, conversation, askedAt)) readNow.push(conversation.conversationID);
  }
  for (const conversation of [...changes.conversations()]) {
    const id = conversation.conversationID;
    if (present.has(id) || deps.batches.changedSince(id, askedAt)) continue;
    if (conversation.lastMessage && conversation.lastMessage.status !== 'success') continue;
    changes.deleteConversation(id, true);
  }
  changes.patchState({ conversationsLoaded: true });
  deps.batches.commit(changes);
  return readNow;
}
