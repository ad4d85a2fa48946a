import { displayNameOf, type Conversation } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import { messageKind } from '../model/message-kind.js';
import { senderName } from '../notices/message-summary.js';

/** A new message arrived in a conversation the reader does not have open. */
export interface Arrival {
  readonly conversationID: string;
  /** The conversation's name as the list shows it (group name, or the person's). */
  readonly conversationName: string;
  readonly isGroup: boolean;
  /** Who sent the newest of them. */
  readonly sender: string;
  /** How many arrived (the rise of the unread count, at least 1). */
  readonly count: number;
}

export interface ArrivalOptions {
  /** The conversation on screen: its own log shows what arrives there. */
  readonly openConversationID: string | null;
}

/**
 * The new messages between two snapshots of the conversation list, worth telling a reader who is
 * elsewhere: a conversation whose last message changed to someone else's message (not a tip,
 * not a recall) and whose unread count rose, or a conversation new to the list that starts with
 * unread messages from someone else. Muted conversations ('AcceptNotNotify', 'Discard') and the
 * open one are left out. (The caller skips the first load: what was there is not news.)
 */
export function arrivalsBetween(before: readonly Conversation[], after: readonly Conversation[], options: ArrivalOptions): Arrival[] {
  if (before === after) return [];
  const previous = new Map(before.map((c) => [c.conversationID, c]));
  const arrivals: Arrival[] = [];
  for (const conversation of after) {
    const was = previous.get(conversation.conversationID);
    if (was === conversation) continue;
    const last = conversation.lastMessage;
    if (!last || last.ID === was?.lastMessage?.ID || !isNewIncoming(last)) continue;
    if (conversation.conversationID === options.openConversationID) continue;
    if (conversation.messageRemindType !== 'AcceptAndNotify') continue;
    const rise = conversation.unreadCount - (was?.unreadCount ?? 0);
    if (rise <= 0) continue;
    arrivals.push({
      conversationID: conversation.conversationID,
      conversationName: displayNameOf(conversation),
      isGroup: conversation.type === 'GROUP',
      sender: senderName(last),
      count: rise,
    });
  }
  return arrivals;
}

function isNewIncoming(message: Message): boolean {
  return message.flow === 'in' && messageKind(message) === 'bubble';
}

/**
 * One's own messages that failed since the last look: present in `after` with status 'fail' and
 * not failed in `before`, and either in `before` (it was sending) or newer than all of it (it
 * failed at once). A failed message loaded with the history, or on a first load, is not news.
 */
export function newlyFailedSends(before: readonly Message[], after: readonly Message[]): Message[] {
  if (before === after || before.length === 0) return [];
  const newestBefore = before[before.length - 1]!.time;
  let failedBefore: Set<string> | undefined;
  let knownBefore: Set<string> | undefined;
  const found: Message[] = [];
  for (let i = after.length - 1; i >= 0; i--) {
    const message = after[i]!;
    if (message.flow !== 'out' || message.status !== 'fail') continue;
    failedBefore ??= new Set(before.filter((m) => m.status === 'fail').map((m) => m.ID));
    knownBefore ??= new Set(before.filter((m) => m.flow === 'out').map((m) => m.ID));
    // Not seen before at all: loaded with the history, already failed, not news either.
    if (!failedBefore.has(message.ID) && (knownBefore.has(message.ID) || message.time > newestBefore)) found.push(message);
  }
  return found.reverse();
}
