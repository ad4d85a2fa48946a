import type { Message } from '../model/message.js';
import { messageKind } from '../model/message-kind.js';

/** Where the unread messages of a conversation begin, as it opens. */
export interface UnreadBoundary {
  /** The first unread message; '' while it is older than the loaded messages. */
  readonly messageID: string;
  /** How many are unread (the conversation's count). */
  readonly count: number;
}

/**
 * Does a message count towards a conversation's unread count: from someone else, a message
 * rather than a group tip or system notice, not recalled. (The server counts the same way.)
 */
export function countsAsUnread(message: Message): boolean {
  return message.flow === 'in' && !message.onlineOnly && messageKind(message) === 'bubble';
}

/**
 * The first of the `unreadCount` newest messages that count as unread, among the loaded ones
 * (oldest first). When fewer are loaded than are unread, the boundary is further back: its
 * `messageID` is '' until older pages bring it in. Null when nothing is unread.
 */
export function unreadBoundary(messages: readonly Message[], unreadCount: number): UnreadBoundary | null {
  const count = Math.max(0, Math.floor(unreadCount || 0));
  if (count === 0) return null;
  let seen = 0;
  for (let i = messages.length - 1; i >= 0; i--) {
    const message = messages[i]!;
    if (!countsAsUnread(message)) continue;
    if (++seen === count) return { messageID: message.ID, count };
  }
  return { messageID: '', count };
}

/**
 * The boundary once older pages may have brought its message in: the same object while nothing
 * changed (the message is known, or still further back), else the located one.
 */
export function locateUnreadBoundary(boundary: UnreadBoundary, messages: readonly Message[]): UnreadBoundary {
  if (boundary.messageID) return boundary;
  const located = unreadBoundary(messages, boundary.count);
  return located?.messageID ? located : boundary;
}

/**
 * Where "jump to the first unread" lands: the boundary's message when loaded; null while it is
 * further back and older pages remain (page back, then ask again); once the history is complete,
 * the oldest unread loaded message ('' when none is).
 */
export function unreadJumpTarget(boundary: UnreadBoundary, messages: readonly Message[], historyComplete: boolean): string | null {
  const located = locateUnreadBoundary(boundary, messages);
  if (located.messageID) return located.messageID;
  if (!historyComplete) return null;
  return messages.find(countsAsUnread)?.ID ?? '';
}
