import type { KickedOutReason } from '../chat-service.js';
import type { MessageRecord } from './server-records.js';

/**
 * What a committed server operation tells the users it concerns. Notifications name records,
 * not views: each tab turns them into events for its own signed-in clients (its blob URLs,
 * the state as it is now), which is why they can cross tabs through BroadcastChannel.
 * `exceptSession` is the client session that caused the change and already has the result.
 */
export type ServerNotification =
  | { kind: 'messages'; userID: string; messageIDs: string[]; exceptSession?: string }
  /** Online-only messages are never stored, so the record travels with the notification. */
  | { kind: 'onlineMessage'; userID: string; record: MessageRecord; exceptSession?: string }
  | { kind: 'revoked'; userID: string; messageIDs: string[]; exceptSession?: string }
  | { kind: 'peerRead'; userID: string; conversationID: string }
  | { kind: 'conversations'; userID: string; conversationIDs: string[] }
  | { kind: 'conversationDeleted'; userID: string; conversationIDs: string[]; exceptSession?: string }
  | { kind: 'messageDeleted'; userID: string; conversationID: string; messageIDs: string[]; exceptSession?: string }
  | { kind: 'group'; userID: string; groupID: string }
  | { kind: 'modified'; userID: string; messageIDs: string[] }
  | { kind: 'pins'; userID: string; groupID: string }
  | { kind: 'profile'; userID: string; profileUserID: string }
  | { kind: 'reactions'; userID: string; conversationID: string; messageID: string; reactionIDs: string[] }
  | { kind: 'readReceipts'; userID: string; conversationID: string; messageIDs: string[] }
  | { kind: 'kickedOut'; userID: string; reason: KickedOutReason };

/** Collects the notifications of one operation; they are sent only after it commits. */
export class NotificationBatch {
  readonly items: ServerNotification[] = [];

  add(notification: ServerNotification): void {
    this.items.push(notification);
  }

  /**
   * messageReceived for a user; merged into the user's earlier one when nothing else for that
   * user came between (so a burst becomes one event per user).
   */
  messages(userID: string, messageID: string, exceptSession?: string): void {
    for (let i = this.items.length - 1; i >= 0; i--) {
      const item = this.items[i]!;
      if (item.userID !== userID || item.kind === 'conversations') continue;
      if (item.kind === 'messages' && item.exceptSession === exceptSession) {
        item.messageIDs.push(messageID);
        return;
      }
      break;
    }
    this.items.push({ kind: 'messages', userID, messageIDs: [messageID], ...(exceptSession ? { exceptSession } : {}) });
  }

  /** conversationUpdated for these users' conversations, merged per user. */
  conversations(userIDs: Iterable<string>, conversationID: string): void {
    for (const userID of userIDs) {
      const existing = this.items.find(
        (n): n is Extract<ServerNotification, { kind: 'conversations' }> => n.kind === 'conversations' && n.userID === userID,
      );
      if (existing) {
        if (!existing.conversationIDs.includes(conversationID)) existing.conversationIDs.push(conversationID);
      } else {
        this.items.push({ kind: 'conversations', userID, conversationIDs: [conversationID] });
      }
    }
  }
}
