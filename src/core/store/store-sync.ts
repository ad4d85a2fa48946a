import type { OutboxEntry } from '../cache/chat-cache.js';
import type { Conversation, Draft } from '../model/conversation.js';
import { parseConversationID } from '../model/ids.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import { mergeServiceConversation, touchConversation } from './conversation-updates.js';
import { withFreshPreview } from './outgoing-message.js';
import { SERVER_CLOCK_KEY, type StoreContext } from './store-context.js';

/**
 * Fill the state from what this device kept — conversations, drafts, profiles, messages still
 * in the outbox (shown as sending) — so the page shows them before the service answers.
 */
export async function fillFromCache(ctx: StoreContext, session: number, previewUrl?: (blob: Blob) => string): Promise<void> {
  const [conversations, drafts, profiles, outbox, serverClockOffset] = await Promise.all([
    ctx.cache.getConversations().catch(() => [] as Conversation[]),
    ctx.cache.getDrafts().catch(() => ({}) as Record<string, Draft>),
    ctx.cache.getProfiles().catch(() => ({ users: [] as UserProfile[], groups: [] as GroupProfile[] })),
    ctx.cache.getOutbox().catch(() => [] as OutboxEntry[]),
    ctx.cache.getMeta<number>(SERVER_CLOCK_KEY).catch(() => undefined),
  ]);
  if (session !== ctx.session) return;
  ctx.serverClock.restore(serverClockOffset);
  for (const [conversationID, draft] of Object.entries(drafts)) ctx.drafts.set(conversationID, draft);
  const changes = ctx.changes();
  for (const user of profiles.users) if (user?.userID) changes.putUser(user, false);
  for (const group of profiles.groups) if (group?.groupID) changes.putGroup(group, false);
  for (const conversation of conversations) {
    if (!parseConversationID(conversation?.conversationID)) continue;
    const draft = ctx.drafts.get(conversation.conversationID);
    changes.putConversation(draft !== undefined ? { ...conversation, draft } : conversation, false);
  }
  for (const entry of outbox) {
    const message = entry?.message;
    if (!message?.ID || message.from !== ctx.userID || !parseConversationID(message.conversationID)) continue;
    const shown = changes.upsertMessage(withFreshPreview(message, entry.options?.file, previewUrl), 'cache', { persist: false });
    touchConversation(ctx, changes, shown, false);
  }
  const me = profiles.users.find((user) => user?.userID === ctx.userID);
  // An empty cache (a first visit) says nothing yet: the list shows its skeleton until the service answers.
  changes.patchState({ ...(conversations.length ? { conversationsLoaded: true } : {}), me: me ?? { userID: ctx.userID, nick: '', avatar: '' } });
  ctx.commit(changes);
}

/**
 * Merge the service's conversation list. A conversation the service no longer has was deleted
 * on another device and goes too — unless it changed here since we asked, or holds a message
 * not yet sent. Returns the IDs of conversations the user is reading that had unread messages.
 */
export async function syncConversations(ctx: StoreContext, session: number): Promise<string[]> {
  const askedAt = ctx.conversationClock;
  const conversations = await ctx.service.getConversationList();
  if (session !== ctx.session) return [];
  const changes = ctx.changes();
  const present = new Set<string>();
  const readNow: string[] = [];
  for (const conversation of conversations) {
    if (!parseConversationID(conversation?.conversationID)) continue;
    present.add(conversation.conversationID);
    if (mergeServiceConversation(ctx, changes, conversation, askedAt)) readNow.push(conversation.conversationID);
  }
  for (const conversation of [...changes.conversations()]) {
    const id = conversation.conversationID;
    if (present.has(id) || ctx.changedSince(id, askedAt)) continue;
    if (conversation.lastMessage && conversation.lastMessage.status !== 'success') continue;
    changes.deleteConversation(id, true);
  }
  changes.patchState({ conversationsLoaded: true });
  ctx.commit(changes);
  return readNow;
}
