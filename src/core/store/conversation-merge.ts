import { compareConversations, type Conversation, type Draft } from '../model/conversation.js';
import { parseConversationID } from '../model/ids.js';
import { mergeMessageCopies, newerMessage, sameMessage } from './message-merge.js';

/** A conversation the store knows of before the service described it (e.g. its first message just arrived). */
export function emptyConversation(conversationID: string, activeTime: number): Conversation {
  const parsed = parseConversationID(conversationID);
  return {
    conversationID,
    type: parsed?.type ?? 'C2C',
    unreadCount: 0,
    lastMessage: null,
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime,
  };
}

/**
 * Merge the service's copy of a conversation into ours. The service decides unread, pin and
 * mute; the newer last message wins (ours may be a message still being sent); a draft typed on
 * this device (`localDraft`, null when cleared here) beats the service's; the peer's read time
 * only moves forward. Returns `existing` itself when nothing changed.
 */
export function mergeConversation(
  existing: Conversation | undefined,
  incoming: Conversation,
  localDraft: Draft | null | undefined,
): Conversation {
  const draft = localDraft !== undefined ? localDraft : incoming.draft;
  if (!existing) return draft === incoming.draft ? incoming : { ...incoming, draft };
  let lastMessage = incoming.lastMessage;
  if (existing.lastMessage && incoming.lastMessage && existing.lastMessage.ID === incoming.lastMessage.ID) {
    lastMessage = mergeMessageCopies(existing.lastMessage, incoming.lastMessage, 'service');
  } else {
    // Ours may be newer: still on its way to the server, or received after the service took this copy.
    lastMessage = newerMessage(existing.lastMessage, incoming.lastMessage);
  }
  const merged: Conversation = {
    ...incoming,
    lastMessage,
    userProfile: incoming.userProfile ?? existing.userProfile,
    groupProfile: incoming.groupProfile ?? existing.groupProfile,
    draft,
    peerReadTime: Math.max(existing.peerReadTime, incoming.peerReadTime),
    activeTime: Math.max(incoming.activeTime, lastMessage?.time ?? 0),
  };
  if (!merged.userProfile) delete (merged as { userProfile?: unknown }).userProfile;
  if (!merged.groupProfile) delete (merged as { groupProfile?: unknown }).groupProfile;
  return sameConversation(existing, merged) ? existing : merged;
}

export function sameConversation(a: Conversation, b: Conversation): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof Conversation>;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (Object.is(x, y)) continue;
    if (key === 'lastMessage') {
      if (!x || !y || !sameMessage(x as NonNullable<Conversation['lastMessage']>, y as NonNullable<Conversation['lastMessage']>))
        return false;
      continue;
    }
    if (!shallowPlainEqual(x, y)) return false;
  }
  return true;
}

function shallowPlainEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((key) => Object.is((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function sortConversations(conversations: Iterable<Conversation>): readonly Conversation[] {
  return Object.freeze([...conversations].sort(compareConversations));
}

/** Unread of conversations that notify: a muted conversation shows a dot, not a count. */
export function totalUnreadOf(conversations: Iterable<Conversation>): number {
  let total = 0;
  for (const conversation of conversations) {
    if (conversation.messageRemindType === 'AcceptAndNotify') total += Math.max(0, conversation.unreadCount);
  }
  return total;
}
