import type { Message } from '../model/message.js';
import type { MessageListState } from './chat-store-api.js';
import type { StateStore, Unsubscribe } from './state-store.js';

/**
 * The message lists a feature loads its data for (reactions, read receipts): each list's messages
 * are handed to `want` when the list opens and whenever they change, once per list.
 */
export class WatchedLists {
  private readonly lists = new Map<StateStore<MessageListState>, Unsubscribe>();

  constructor(private readonly want: (messages: readonly Message[]) => void) {}

  /** Watch a list (a second call for the same list does nothing). */
  watch(list: StateStore<MessageListState>): void {
    if (this.lists.has(list)) return;
    this.lists.set(
      list,
      list.subscribe(
        (s) => s.messages,
        (messages) => this.want(messages),
      ),
    );
    this.want(list.get().messages);
  }

  /** Every watched list's messages again (signed in again: what was loaded may have changed). */
  wantAll(): void {
    for (const list of this.lists.keys()) this.want(list.get().messages);
  }
}
