import type { Message } from '../model/message.js';
import { MessageListStore } from './message-list-store.js';

/** The message list of each conversation the store has met; a list lives as long as the store. */
export class MessageLists {
  private readonly lists = new Map<string, MessageListStore>();

  /** The list of a conversation, made when missing. */
  list(conversationID: string): MessageListStore {
    let list = this.lists.get(conversationID);
    if (!list) {
      list = new MessageListStore(conversationID);
      this.lists.set(conversationID, list);
    }
    return list;
  }

  /** The list of a conversation when there is one. */
  findList(conversationID: string): MessageListStore | undefined {
    return this.lists.get(conversationID);
  }

  findInMemory(messageID: string): Message | undefined {
    for (const list of this.lists.values()) {
      const found = list.get(messageID);
      if (found) return found;
    }
    return undefined;
  }

  all(): MessageListStore[] {
    return [...this.lists.values()];
  }
}
