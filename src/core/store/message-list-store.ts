import type { ChatError } from '../errors.js';
import { compareMessages, type Message } from '../model/message.js';
import type { MessageListState } from './chat-store-api.js';
import { StateStore } from './state-store.js';

/**
 * One conversation's messages, oldest first, deduped by ID and kept sorted by `compareMessages`.
 * Changes arrive in batches (`apply`): the batch is sorted once and merged with the list in one
 * pass, so a burst of m messages into a list of n costs O(n + m log m) and one notification.
 */
export class MessageListStore {
  readonly state: StateStore<MessageListState>;
  private readonly byID = new Map<string, Message>();

  // Paging bookkeeping (not public state).
  /** Has the first page been asked for (from the cache and the service). */
  initialLoad: Promise<void> | null = null;
  /** The older page being loaded, so that overlapping calls share it. */
  olderLoad: Promise<void> | null = null;
  /** The service said there is nothing older than what it gave us. */
  serviceCompleted = false;
  /** Oldest message ID the service itself handed us: its paging cursor. */
  serviceCursorID: string | null = null;
  /** The cache holds the history right before what the service gave, without a gap. */
  cacheContiguous = false;
  /** Someone asked for this list (`messageList`): it is loaded whenever a session starts. */
  wanted = false;
  /** The first message of the whole conversation, when a complete paging found it (kept in cache meta). */
  historyStartID: string | null = null;

  constructor(readonly conversationID: string) {
    this.state = new StateStore<MessageListState>({
      conversationID,
      messages: [],
      isCompleted: false,
      loading: false,
      error: null,
      loaded: false,
    });
  }

  get messages(): readonly Message[] {
    return this.state.get().messages;
  }

  get(messageID: string): Message | undefined {
    return this.byID.get(messageID);
  }

  has(messageID: string): boolean {
    return this.byID.has(messageID);
  }

  get size(): number {
    return this.byID.size;
  }

  oldest(): Message | undefined {
    return this.messages[0];
  }

  newest(): Message | undefined {
    const messages = this.messages;
    return messages[messages.length - 1];
  }

  /**
   * Insert or replace `upserts` (already merged copies, one per ID) and drop `removals`, with one
   * state update. Other fields (`loading`, `isCompleted`…) may be set in the same update.
   */
  apply(
    upserts: Iterable<Message>,
    removals: Iterable<string> = [],
    patch: Partial<Omit<MessageListState, 'messages' | 'conversationID'>> = {},
  ): void {
    const removed = new Set<string>();
    for (const messageID of removals) if (this.byID.has(messageID)) removed.add(messageID);

    const inserts = new Map<string, Message>();
    const replaced = new Map<string, Message>();
    /** In the list already, but its place changed (e.g. the server's time and sequence after sending). */
    const moved = new Set<string>();
    for (const message of upserts) {
      if (removed.has(message.ID)) continue;
      const old = this.byID.get(message.ID);
      if (old === message) continue;
      if (!old) {
        inserts.set(message.ID, message);
      } else if (compareMessages(old, message) === 0 && !moved.has(message.ID)) {
        replaced.set(message.ID, message);
      } else {
        replaced.delete(message.ID);
        moved.add(message.ID);
        inserts.set(message.ID, message);
      }
    }

    if (inserts.size === 0 && replaced.size === 0 && removed.size === 0) {
      if (Object.keys(patch).length) this.state.set(patch);
      return;
    }

    let base: readonly Message[] = this.messages;
    if (replaced.size || removed.size || moved.size) {
      const next: Message[] = [];
      for (const message of base) {
        if (removed.has(message.ID) || moved.has(message.ID)) continue;
        next.push(replaced.get(message.ID) ?? message);
      }
      base = next;
    }
    for (const messageID of removed) this.byID.delete(messageID);
    for (const message of replaced.values()) this.byID.set(message.ID, message);
    for (const message of inserts.values()) this.byID.set(message.ID, message);

    const sortedInserts = [...inserts.values()].sort(compareMessages);
    const messages = sortedInserts.length ? mergeSorted(base, sortedInserts) : base;
    this.state.set({ ...patch, messages: Object.freeze(messages as Message[]) });
  }

  patch(patch: Partial<Omit<MessageListState, 'messages' | 'conversationID'>>): void {
    this.state.set(patch);
  }

  setError(error: ChatError | null): void {
    this.state.set({ error });
  }

  /** Forget everything (conversation deleted with its history). */
  reset(): void {
    this.byID.clear();
    this.initialLoad = null;
    this.olderLoad = null;
    this.serviceCompleted = false;
    this.serviceCursorID = null;
    this.cacheContiguous = false;
    this.historyStartID = null;
    this.state.set({ messages: [], isCompleted: false, loading: false, error: null, loaded: false });
  }
}

/** Merge two sorted arrays in one pass; the common case (all new ones are newer) is a plain concat. */
function mergeSorted(base: readonly Message[], inserts: readonly Message[]): Message[] {
  if (base.length === 0) return inserts.slice();
  if (compareMessages(base[base.length - 1]!, inserts[0]!) < 0) return base.concat(inserts);
  const out = new Array<Message>(base.length + inserts.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < base.length && j < inserts.length) {
    out[k++] = compareMessages(base[i]!, inserts[j]!) <= 0 ? base[i++]! : inserts[j++]!;
  }
  while (i < base.length) out[k++] = base[i++]!;
  while (j < inserts.length) out[k++] = inserts[j++]!;
  return out;
}
