import type { CacheChange } from '../cache/chat-cache.js';
import { GROUP_SYSTEM_NOTICE_OPERATION } from '../model/elements.js';
import type { GroupMember, GroupProfile, UserProfile } from '../model/profile.js';
import { parseConversationID } from '../model/ids.js';
import { compareMessages, type Message } from '../model/message.js';
import { mentionsUser, typingStatusOf } from '../model/tuikit-wire.js';
import { TYPING_SHOWN_MS } from '../typing/typing-signal.js';
import { emptyConversation, mergeConversation } from './conversation-merge.js';
import { mergeServiceConversation, refreshLastMessage } from './conversation-updates.js';
import { mergeMessageCopies, newerMessage, withPeerRead } from './message-merge.js';
import type { UserProfileUpdate } from '../service/chat-service.js';
import type { StoreChanges } from './store-changes.js';
import { isObject, type StoreContext, type StoreEvent } from './store-context.js';

/**
 * Apply a batch of events (all that arrived in one task) as one change set: every store is
 * told once, the cache gets one write per kind, then the follow-ups run (mark read where the
 * user is reading, fetch conversations first seen in a message).
 */
export function applyEvents(ctx: StoreContext, events: readonly StoreEvent[]): void {
  const changes = ctx.eventChanges();
  const markRead = new Set<string>();
  const fetch = new Set<string>();
  for (const event of events) {
    try {
      switch (event.kind) {
        case 'received':
          applyReceived(ctx, changes, event.messages, event.source, markRead, fetch);
          break;
        case 'revoked':
          applyRevoked(ctx, changes, event.messages);
          break;
        case 'peerRead':
          applyPeerRead(changes, event.conversationID, event.peerReadTime);
          break;
        case 'conversations':
          for (const conversation of event.conversations) {
            if (!parseConversationID(conversation?.conversationID)) continue;
            const id = conversation.conversationID;
            if (event.source === 'service') {
              if (mergeServiceConversation(ctx, changes, conversation)) markRead.add(id);
            } else {
              // Another tab wrote it: same rules as a service copy, but it is in the cache already.
              changes.putConversation(mergeConversation(changes.conversation(id), conversation, ctx.drafts.get(id)), false);
            }
          }
          break;
        case 'conversationsDeleted':
          for (const conversationID of event.conversationIDs) changes.deleteConversation(conversationID, event.persist);
          break;
        case 'messagesDeleted':
          applyMessagesDeleted(ctx, changes, event.messageIDs, event.conversationID, event.persist);
          break;
        case 'modified':
          applyModified(ctx, changes, event.messages);
          break;
        case 'profiles':
          applyProfiles(ctx, changes, event.profiles);
          break;
        case 'group':
          applyGroup(changes, event.group);
          break;
        case 'drafts':
          for (const [conversationID, draft] of Object.entries(event.drafts)) {
            ctx.drafts.set(conversationID, draft);
            const conversation = changes.conversation(conversationID);
            if (conversation) changes.putConversation({ ...conversation, draft }, false);
          }
          break;
      }
    } catch (error) {
      // One malformed event must not lose the rest of the batch.
      ctx.reportError(error);
    }
  }
  ctx.commit(changes);
  ctx.persistServerClock();
  for (const conversationID of markRead) ctx.hooks.markReadInBackground(conversationID);
  for (const conversationID of fetch) ctx.hooks.fetchConversation(conversationID);
  if (Object.keys(ctx.state.get().typing).length) ctx.hooks.scheduleTypingExpiry();
}

/** Another tab of this user wrote to the cache: queue it like service events. */
export function queueExternalChange(ctx: StoreContext, change: CacheChange): void {
  if (!isObject(change)) return;
  if (change.messages?.length) ctx.events.push({ kind: 'received', messages: change.messages, source: 'cache' });
  if (change.deletedMessageIDs?.length) {
    ctx.events.push({ kind: 'messagesDeleted', messageIDs: change.deletedMessageIDs, persist: false });
  }
  if (change.conversations?.length) {
    ctx.events.push({ kind: 'conversations', conversations: change.conversations, source: 'cache' });
  }
  if (change.deletedConversationIDs?.length) {
    ctx.events.push({ kind: 'conversationsDeleted', conversationIDs: change.deletedConversationIDs, persist: false });
  }
  if (change.drafts && Object.keys(change.drafts).length) ctx.events.push({ kind: 'drafts', drafts: change.drafts });
}

function applyReceived(
  ctx: StoreContext,
  changes: StoreChanges,
  messages: readonly Message[],
  source: 'service' | 'cache',
  markRead: Set<string>,
  fetch: Set<string>,
): void {
  for (const message of messages) {
    if (!isObject(message) || typeof message.ID !== 'string' || !message.ID) continue;
    if (source === 'service') ctx.serverClock.observeIncoming(message.time);
    const conversationID = message.conversationID;
    if (!parseConversationID(conversationID) || !Array.isArray(message.elements)) continue;
    const typing = typingStatusOf(message);
    if (typing) {
      // A typing signal is never shown, stored or counted.
      if (message.from !== ctx.userID && source === 'service') {
        changes.setTyping(conversationID, message.from, typing.isTyping ? ctx.now() + TYPING_SHOWN_MS : null);
      }
      continue;
    }
    if (message.isDeleted) {
      if (source === 'cache') {
        ctx.hiddenIDs.add(message.ID);
        changes.removeMessage(message, 'none');
      }
      continue;
    }
    if (ctx.hiddenIDs.has(message.ID)) continue;

    const before = changes.message(conversationID, message.ID);
    let conversation = changes.conversation(conversationID);
    let incoming = conversation ? withPeerRead(message, conversation.peerReadTime) : message;
    const fromOther = incoming.flow === 'in' && incoming.from !== ctx.userID;
    const reading = ctx.isReadingNow(conversationID);
    if (reading && fromOther && !incoming.isRead && !incoming.onlineOnly) {
      incoming = { ...incoming, isRead: true };
      if (source === 'service') markRead.add(conversationID);
    }
    const merged = changes.upsertMessage(incoming, source, { persist: source === 'service' && !message.onlineOnly });
    noteDismissedGroups(changes, merged);
    if (fromOther && changes.typingOf(conversationID, message.from) !== undefined) changes.setTyping(conversationID, message.from, null);
    if (message.onlineOnly || source !== 'service') continue;

    // The conversation: last message, activity, unread (unless the service already counted it).
    if (!conversation) {
      conversation = emptyConversation(conversationID, merged.time);
      fetch.add(conversationID);
    }
    const isNew = !before && (!conversation.lastMessage || compareMessages(merged, conversation.lastMessage) > 0);
    const counts = isNew && fromOther && !reading && !merged.isRead && !merged.isRevoked && merged.status === 'success';
    changes.putConversation(
      {
        ...conversation,
        lastMessage: conversation.lastMessage?.ID === merged.ID ? merged : newerMessage(conversation.lastMessage, merged),
        activeTime: Math.max(conversation.activeTime, merged.time),
        unreadCount: conversation.unreadCount + (counts ? 1 : 0),
        atMe: conversation.atMe || (counts && mentionsUser(merged, ctx.userID)),
      },
      true,
    );
  }
}

/** A notice that a group was dismissed (or recycled) marks the group so: the chat says so and takes no messages. */
function noteDismissedGroups(changes: StoreChanges, message: Message): void {
  for (const element of message.elements) {
    if (element.type !== 'TIMGroupSystemNoticeElem') continue;
    if (element.operationType !== GROUP_SYSTEM_NOTICE_OPERATION.dismissed && element.operationType !== GROUP_SYSTEM_NOTICE_OPERATION.recycled) continue;
    const group = changes.group(element.groupID);
    if (group && !group.isDismissed) applyGroup(changes, { ...group, isDismissed: true });
  }
}

function applyRevoked(ctx: StoreContext, changes: StoreChanges, messages: readonly Message[]): void {
  const notInMemory: Message[] = [];
  for (const message of messages) {
    if (!isObject(message) || !message.ID || !parseConversationID(message.conversationID)) continue;
    const revoked: Message = { ...message, isRevoked: true };
    const held = changes.message(message.conversationID, message.ID);
    if (!held) notInMemory.push(revoked);
    const merged = changes.upsertMessage(revoked, 'service', { persist: !!held, inRangeOnly: true });
    const conversation = changes.conversation(message.conversationID);
    if (conversation?.lastMessage?.ID === message.ID) {
      changes.putConversation({ ...conversation, lastMessage: merged }, true);
    }
  }
  // Not loaded here: merge with the cached copy so its local-only fields survive.
  if (notInMemory.length) persistServiceCopies(ctx, notInMemory).catch((error) => ctx.reportError(error));
}

/**
 * Messages edited after they were sent: the new content replaces the old wherever the message
 * is (its list, the conversation's last message, the cache); local-only fields stay.
 */
function applyModified(ctx: StoreContext, changes: StoreChanges, messages: readonly Message[]): void {
  const notInMemory: Message[] = [];
  for (const message of messages) {
    if (!isObject(message) || !message.ID || !parseConversationID(message.conversationID) || !Array.isArray(message.elements)) continue;
    if (ctx.hiddenIDs.has(message.ID) || message.isDeleted) continue;
    const held = changes.message(message.conversationID, message.ID);
    if (!held) notInMemory.push(message);
    const merged = changes.upsertMessage(message, 'service', { persist: !!held, inRangeOnly: true });
    const conversation = changes.conversation(message.conversationID);
    if (conversation?.lastMessage?.ID === message.ID) {
      changes.putConversation({ ...conversation, lastMessage: merged }, true);
    }
  }
  if (notInMemory.length) persistServiceCopies(ctx, notInMemory).catch((error) => ctx.reportError(error));
}

/**
 * New profile values (nick, avatar, remark): they show wherever the person does — the user table
 * (names and avatars in lists and headers), the C2C conversation, group member lists, and "me".
 */
function applyProfiles(ctx: StoreContext, changes: StoreChanges, profiles: readonly UserProfileUpdate[]): void {
  const state = ctx.state.get();
  let members: Record<string, readonly GroupMember[]> | null = null;
  for (const profile of profiles) {
    if (!isObject(profile) || typeof profile.userID !== 'string' || !profile.userID) continue;
    const known = changes.knownUser(profile.userID);
    const user: UserProfile = { userID: profile.userID, nick: '', avatar: '', ...known, ...definedFields(profile) };
    changes.putUser(user, true);
    if (profile.userID === ctx.userID && state.me) changes.patchState({ me: { ...state.me, ...definedFields(profile) } });
    const conversationID = `C2C${profile.userID}`;
    const conversation = changes.conversation(conversationID);
    if (conversation?.userProfile) changes.putConversation({ ...conversation, userProfile: { ...conversation.userProfile, ...definedFields(profile) } }, true);
    for (const [groupID, list] of Object.entries(members ?? state.groupMembers)) {
      const index = list.findIndex((m) => m.userID === profile.userID);
      if (index === -1) continue;
      const member = list[index]!;
      const next = { ...member, nick: profile.nick ?? member.nick, avatar: profile.avatar ?? member.avatar };
      if (next.nick === member.nick && next.avatar === member.avatar) continue;
      members ??= { ...state.groupMembers };
      members[groupID] = Object.freeze(list.map((m, i) => (i === index ? next : m)));
    }
  }
  if (members) changes.patchState({ groupMembers: Object.freeze(members) });
}

/** The fields a partial profile carries (undefined ones are "unchanged", not "empty"). */
function definedFields(profile: UserProfileUpdate): Partial<UserProfile> {
  return Object.fromEntries(Object.entries(profile).filter(([, value]) => value !== undefined)) as Partial<UserProfile>;
}

/** Write service copies of messages that are not in memory, keeping what the cache holds locally. */
async function persistServiceCopies(ctx: StoreContext, messages: readonly Message[]): Promise<void> {
  const copies = await ctx.cacheCopies(messages);
  const merged = messages.filter((m) => copies.has(m.ID)).map((m) => mergeMessageCopies(copies.get(m.ID), m, 'service'));
  if (merged.length) await ctx.write(() => ctx.cache.putMessages(merged));
}

function applyPeerRead(changes: StoreChanges, conversationID: string, peerReadTime: number): void {
  if (!parseConversationID(conversationID) || !Number.isFinite(peerReadTime)) return;
  const conversation = changes.conversation(conversationID);
  if (conversation && peerReadTime > conversation.peerReadTime) {
    changes.putConversation(
      {
        ...conversation,
        peerReadTime,
        lastMessage: conversation.lastMessage ? withPeerRead(conversation.lastMessage, peerReadTime) : null,
      },
      true,
    );
  }
  const messages = changes.listMessages(conversationID);
  // Newest first; stop at the first own message the peer had already read.
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (message.time > peerReadTime || message.flow !== 'out') continue;
    if (message.isPeerRead) break;
    const read = withPeerRead(message, peerReadTime);
    if (read !== message) changes.upsertMessage(read, 'local', { persist: true });
  }
}

function applyMessagesDeleted(
  ctx: StoreContext,
  changes: StoreChanges,
  messageIDs: readonly string[],
  conversationID: string | undefined,
  persist: boolean,
): void {
  const touched = new Set<string>();
  for (const messageID of messageIDs) {
    const found = conversationID ? changes.message(conversationID, messageID) : ctx.findInMemory(messageID);
    if (found) {
      changes.removeMessage(found, persist ? 'delete' : 'none');
      touched.add(found.conversationID);
    } else if (persist) {
      changes.cacheDelete.add(messageID);
    }
  }
  if (conversationID) touched.add(conversationID);
  for (const id of touched) refreshLastMessage(ctx, changes, id, new Set(messageIDs), persist);
}

function applyGroup(changes: StoreChanges, group: GroupProfile): void {
  if (!isObject(group) || !group.groupID) return;
  changes.putGroup(group, true);
  const conversation = changes.conversation(`GROUP${group.groupID}`);
  if (conversation) changes.putConversation({ ...conversation, groupProfile: group }, true);
}
