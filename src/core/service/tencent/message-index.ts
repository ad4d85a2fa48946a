import { compareMessages, type Message } from '../../model/message.js';
import type { Anchor } from './message-paging.js';

/** The most message IDs remembered (time and sequence, for paging from them). */
const INDEX_LIMIT = 20_000;

interface IndexEntry {
  readonly conversationID: string;
  readonly conversationType: Message['conversationType'];
  readonly time: number;
  readonly sequence: number;
}

/**
 * Where each message the adapter has seen sits (conversation, time, sequence), so it can page
 * from a message the SDK has since forgotten; and the newest delivered message per conversation
 * (what `markRead` compares with, and a conversation's last message when the SDK omits it).
 */
export class MessageIndex {
  private readonly entries = new Map<string, IndexEntry>();
  private readonly newest = new Map<string, Message>();

  note(message: Message): void {
    if (this.entries.size >= INDEX_LIMIT) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(message.ID, {
      conversationID: message.conversationID,
      conversationType: message.conversationType,
      time: message.time,
      sequence: message.sequence,
    });
    const last = this.newest.get(message.conversationID);
    if (message.status === 'success' && !message.onlineOnly && (!last || compareMessages(last, message) <= 0)) {
      this.newest.set(message.conversationID, message);
    }
  }

  /** The anchor of a message seen here (null when it was not). */
  anchorOf(id: string): (Anchor & { conversationID: string }) | null {
    const entry = this.entries.get(id);
    return entry ? { ID: id, ...entry } : null;
  }

  /** The newest delivered message seen in a conversation. */
  newestIn(conversationID: string): Message | undefined {
    return this.newest.get(conversationID);
  }

  forgetConversation(conversationID: string): void {
    this.newest.delete(conversationID);
  }

  clear(): void {
    this.entries.clear();
    this.newest.clear();
  }
}
