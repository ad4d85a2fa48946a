import type { CacheChange } from '../cache/chat-cache.js';
import type { Conversation, Draft } from '../model/conversation.js';
import { GROUP_SYSTEM_NOTICE_OPERATION } from '../model/elements.js';
import type { GroupMember, GroupProfile, UserProfile } from '../model/profile.js';
import { parseConversationID } from '../model/ids.js';
import { compareMessages, type Message } from '../model/message.js';
import { mentionsUser, typingStatusOf } from '../model/tuikit-wire.js';
import { TYPING_SHOWN_MS } from '../typing/typing-signal.js';
import { emptyConversation, mergeConversation } from './conversation-merge.js';
import { mergeServiceConversation, refreshLastMessage, type ConversationUpdateDeps } from './conversation-updates.js';
import { mergeMessageCopies, newerMessage, withPeerRead } from './message-merge.js';
import type { MessageLists } from './message-lists.js';
import type { UserProfileUpdate } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import type { ServerClock } from './server-clock.js';
import type { StateStore } from './state-store.js';
import type { StoreChanges } from './store-changes.js';
import { isObject } from './store-errors.js';

/** What the service (or another tab, through the cache) told the store; applied in batches. */
export type StoreEvent =
  | { kind: 'received'; messages: readonly Message[]; source: 'service' | 'cache' }
  | { kind: 'revoked'; messages: readonly Message[] }
  | { kind: 'peerRead'; conversationID: string; peerReadTime: number }
  | { kind: 'conversations'; conversations: readonly Conversation[]; source: 'service' | 'cache' }
  | { kind: 'conversationsDeleted'; conversationIDs: readonly string[]; persist: boolean }
  | { kind: 'messagesDeleted'; messageIDs: readonly string[]; conversationID?: string; persist: boolean }
  | { kind: 'modified'; messages: readonly Message[] }
  | { kind: 'profiles'; profiles: readonly UserProfileUpdate[] }
  | { kind: 'group'; group: GroupProfile }
  | { kind: 'drafts'; drafts: Record<string, Draft | null> };

/** What applying events reads, and the follow-ups it asks for. */
export interface IncomingEventsDeps extends ConversationUpdateDeps {
  /** The typing marks, group members and "me" the events update. */
  readonly state: Pick<StateStore<ChatState>, 'get'>;
  readonly batches: ConversationUpdateDeps['batches'] & { eventChanges(): StoreChanges };
  readonly lists: Pick<MessageLists, 'findInMemory'>;
  readonly serverClock: ServerClock;
  /** The local clock (epoch ms): typing marks last a while from now. */
  now(): number;
  /** Keep the learned offset to the server's clock when it moved. */
  persistServerClock(): void;
  /** Tell the service the conversation is read (messages arrived while the user was reading it). */
  markReadInBackground(conversationID: string): void;
  /** Drop "typing…" marks when their time is up. */
  scheduleTypingExpiry(): void;
}

/**
 * Apply a batch of events (all that arrived in one task) as one change set: every store is
 * told once, the cache gets one write per kind, then the follow-ups run (mark read where the
 * user is reading, fetch conversations first seen in a message).
 */
export function applyEvents(deps: IncomingEventsDeps, events: readonly StoreEvent[]): void {
  const changes = deps.batches.eventChanges();
  const markRead = new Set<string>();
  const fetch = new Set<string>();
  for (const event of events) {
    try {
      switch (event.kind) {
        case 'received':
          applyReceived(deps, changes, event.messages, event.source, markRead, fetch);
          break;
        case 'revoked':
          applyRevoked(deps, changes, event.messages);
          break;
        case 'peerRead':
          applyPeerRead(changes, event.conversationID, event.peerReadTime);
          break;
        case 'conversations':
          for (const conversation of event.conversations) {
            if (!parseConversationID(conversation?.conversationID)) continue;
            const id = conversation.conversationID;
            if (event.source === 'service') {
              if (mergeServiceConversation(deps, changes, conversation)) markRead.add(id);
            } else {
              // Another tab wrote it: same rules as a service copy, but it is in the cache already.
              changes.putConversation(mergeConversation(changes.conversation(id), conversation, deps.local.drafts.get(id)), false);
            }
          }
          break;
        case 'conversationsDeleted':
          for (const conversationID of event.conversationIDs) changes.deleteConversation(conversationID, event.persist);
          break;
        case 'messagesDeleted':
          applyMessagesDeleted(deps, changes, event.messageIDs, event.conversationID, event.persist);
          break;
        case 'modified':
          applyModified(deps, changes, event.messages);
          break;
        case 'profiles':
          applyProfiles(deps, changes, event.profiles);
          break;
        case 'group':
          applyGroup(changes, event.group);
          break;
        case 'drafts':
          for (const [conversationID, draft] of Object.entries(event.drafts)) {
            deps.local.drafts.set(conversationID, draft);
            const conversation = changes.conversation(conversationID);
            if (conversation) changes.putConversation({ ...conversation, draft }, false);
          }
          break;
      }
    } catch (error) {
      // One malformed event must not lose the rest of the batch.
      deps.errors.reportError(error);
    }
  }
  deps.batches.commit(changes);
  deps.persistServerClock();
  for (const conversationID of markRead) deps.markReadInBackground(conversationID);
  for (const conversationID of fetch) deps.fetchConversation(conversationID);
  if (Object.keys(deps.state.get().typing).length) deps.scheduleTypingExpiry();
}

/** Another tab of this user wrote to the cache: queue it like service events. */
export function queueExternalChange(events: { push(event: StoreEvent): void }, change: CacheChange): void {
  if (!isObject(change)) return;
  if (change.messages?.length) events.push({ kind: 'received', messages: change.messages, source: 'cache' });
  if (change.deletedMessageIDs?.length) {
    events.push({ kind: 'messagesDeleted', messageIDs: change.deletedMessageIDs, persist: false });
  }
  if (change.conversations?.length) {
    events.push({ kind: 'conversations', conversations: change.conversations, source: 'cache' });
  }
  if (change.deletedConversationIDs?.length) {
    events.push({ kind: 'conversationsDeleted', conversationIDs: change.deletedConversationIDs, persist: false });
  }
  if (change.drafts && Object.keys(change.drafts).length) events.push({ kind: 'drafts', drafts: change.drafts });
}

function applyReceived(
  deps: IncomingEventsDeps,
  changes: StoreChanges,
  messages: readonly Message[],
  source: 'service' | 'cache',
  markRead: Set<string>,
  fetch: Set<string>,
): void {
  for (const message of messages) {
    if (!isObject(message) || typeof message.ID !== 'string' || !message.ID) continue;
    if (source === 'service') deps.serverClock.observeIncoming(message.time);
    const conversationID = message.conversationID;
    if (!parseConversationID(conversationID) || !Array.isArray(message.elements)) continue;
    const typing = typingStatusOf(message);
    if (typing) {
      // A typing signal is never shown, stored or counted.
      if (message.from !== deps.session.userID && source === 'service') {
        changes.setTyping(conversationID, message.from, typing.isTyping ? deps.now() + TYPING_SHOWN_MS : null);
      }
      continue;
    }
    if (message.isDeleted) {
      if (source === 'cache') {
        deps.local.hiddenIDs.add(message.ID);
        changes.removeMessage(message, 'none');
      }
      continue;
    }
    if (deps.local.hiddenIDs.has(message.ID)) continue;

    const before = changes.message(conversationID, message.ID);
    let conversation = changes.conversation(conversationID);
    let incoming = conversation ? withPeerRead(message, conversation.peerReadTime) : message;
    const fromOther = incoming.flow === 'in' && incoming.from !== deps.session.userID;
    const reading = deps.isReadingNow(conversationID);
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
        atMe: conversation.atMe || (counts && mentionsUser(merged, deps.session.userID)),
      },
      true,
    );
  }
}

/** A notice that a group was dismissed (or recycled) marks the group so: the chat says so and takes no messages. */
function noteDismissedGroups(changes: StoreChanges, message: Message): void {
  for (const element of message.elements) {
    if (element.type !== 'TIMGroupSystemNoticeElem') continue;
    if (
      element.operationType !== GROUP_SYSTEM_NOTICE_OPERATION.dismissed &&
      element.operationType !== GROUP_SYSTEM_NOTICE_OPERATION.recycled
    )
      continue;
    const group = changes.group(element.groupID);
    if (group && !group.isDismissed) applyGroup(changes, { ...group, isDismissed: true });
  }
}

function applyRevoked(deps: IncomingEventsDeps, changes: StoreChanges, messages: readonly Message[]): void {
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
  if (notInMemory.length) persistServiceCopies(deps, notInMemory).catch((error) => deps.errors.reportError(error));
}

/**
 * Messages edited after they were sent: the new content replaces the old wherever the message
 * is (its list, the conversation's last message, the cache); local-only fields stay.
 */
function applyModified(deps: IncomingEventsDeps, changes: StoreChanges, messages: readonly Message[]): void {
  const notInMemory: Message[] = [];
  for (const message of messages) {
    if (!isObject(message) || !message.ID || !parseConversationID(message.conversationID) || !Array.isArray(message.elements)) continue;
    if (deps.local.hiddenIDs.has(message.ID) || message.isDeleted) continue;
    const held = changes.message(message.conversationID, message.ID);
    if (!held) notInMemory.push(message);
    const merged = changes.upsertMessage(message, 'service', { persist: !!held, inRangeOnly: true });
    const conversation = changes.conversation(message.conversationID);
    if (conversation?.lastMessage?.ID === message.ID) {
      changes.putConversation({ ...conversation, lastMessage: merged }, true);
    }
  }
  if (notInMemory.length) persistServiceCopies(deps, notInMemory).catch((error) => deps.errors.reportError(error));
}

/**
 * New profile values (nick, avatar, remark): they show wherever the person does — the user table
 * (names and avatars in lists and headers), the C2C conversation, group member lists, and "me".
 */
function applyProfiles(deps: IncomingEventsDeps, changes: StoreChanges, profiles: readonly UserProfileUpdate[]): void {
  const state = deps.state.get();
  let members: Record<string, readonly GroupMember[]> | null = null;
  for (const profile of profiles) {
    if (!isObject(profile) || typeof profile.userID !== 'string' || !profile.userID) continue;
    const known = changes.knownUser(profile.userID);
    const user: UserProfile = { userID: profile.userID, nick: '', avatar: '', ...known, ...definedFields(profile) };
    changes.putUser(user, true);
    if (profile.userID === deps.session.userID && state.me) changes.patchState({ me: { ...state.me, ...definedFields(profile) } });
    const conversationID = `C2C${profile.userID}`;
    const conversation = changes.conversation(conversationID);
    if (conversation?.userProfile)
      changes.putConversation({ ...conversation, userProfile: { ...conversation.userProfile, ...definedFields(profile) } }, true);
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
async function persistServiceCopies(deps: IncomingEventsDeps, messages: readonly Message[]): Promise<void> {
  const copies = await deps.cache.cacheCopies(messages);
  const merged = messages.filter((m) => copies.has(m.ID)).map((m) => mergeMessageCopies(copies.get(m.ID), m, 'service'));
  if (merged.length) await deps.cache.write(() => deps.cache.current.putMessages(merged));
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
  deps: IncomingEventsDeps,
  changes: StoreChanges,
  messageIDs: readonly string[],
  conversationID: string | undefined,
  persist: boolean,
): void {
  const touched = new Set<string>();
  for (const messageID of messageIDs) {
    const found = conversationID ? changes.message(conversationID, messageID) : deps.lists.findInMemory(messageID);
    if (found) {
      changes.removeMessage(found, persist ? 'delete' : 'none');
      touched.add(found.conversationID);
    } else if (persist) {
      changes.cacheDelete.add(messageID);
    }
  }
  if (conversationID) touched.add(conversationID);
  for (const id of touched) refreshLastMessage(deps, changes, id, new Set(messageIDs), persist);
}

function applyGroup(changes: StoreChanges, group: GroupProfile): void {
  if (!isObject(group) || !group.groupID) return;
  changes.putGroup(group, true);
  const conversation = changes.conversation(`GROUP${group.groupID}`);
  if (conversation) changes.putConversation({ ...conversation, groupProfile: group }, true);
}
