import type { Conversation, Draft } from '../model/conversation.js';
import type { Message, MessageLocator } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import { scanMessages } from '../search/scan-messages.js';
import { planSearch } from '../search/tokenize.js';
import type { CacheChange, CacheLimits, CacheWarning, ChatCache, MessageCursor, OutboxEntry } from './chat-cache.js';

const DEFAULT_MAX_PER_CONVERSATION = 5_000;
const DEFAULT_MAX_TOTAL_BYTES = 200 * 1024 * 1024;

/** Cache order: time, then sequence (the cursor's order), then clientTime and ID so it is total. */
function compareStored(a: Message, b: Message): number {
  return a.time - b.time || a.sequence - b.sequence || a.clientTime - b.clientTime || (a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0);
}

function isBefore(message: Message, cursor: MessageCursor): boolean {
  return message.time < cursor.time || (message.time === cursor.time && message.sequence < cursor.sequence);
}

/** Elements measured one by one; past this, the rest are taken to be like the ones measured. */
const MEASURED_ELEMENTS = 64;

/**
 * Rough size of a message in memory: UTF-16 characters of its JSON. Only used for the byte limit,
 * so a message of 100,000 elements is measured by a sample of them, not stringified whole.
 */
function estimateBytes(message: Message): number {
  try {
    const elements = Array.isArray(message.elements) ? message.elements : [];
    if (elements.length <= MEASURED_ELEMENTS) return JSON.stringify(message).length * 2;
    const sample = elements.slice(0, MEASURED_ELEMENTS);
    const head = JSON.stringify({ ...message, elements: sample }).length;
    const perElement = JSON.stringify(sample).length / MEASURED_ELEMENTS;
    return Math.round((head + perElement * (elements.length - MEASURED_ELEMENTS)) * 2);
  } catch {
    return 1024;
  }
}

/** One conversation's messages: by ID, with a sorted view rebuilt only after writes. */
class ConversationMessages {
  readonly byID = new Map<string, Message>();
  private sorted: Message[] | null = [];

  put(message: Message): void {
    this.byID.set(message.ID, message);
    this.sorted = null;
  }

  delete(messageID: string): boolean {
    const had = this.byID.delete(messageID);
    if (had) this.sorted = null;
    return had;
  }

  ordered(): Message[] {
    if (!this.sorted) this.sorted = [...this.byID.values()].sort(compareStored);
    return this.sorted;
  }
}

/**
 * ChatCache kept entirely in memory: the default when no cache is given, the fallback when
 * IndexedDB is unusable, and the cache of the Node tests. Nothing survives the page, but within
 * one page it behaves like the durable caches (outbox, drafts, limits, lock).
 */
export class MemoryCache implements ChatCache {
  readonly kind = 'memory' as const;

  private readonly conversations = new Map<string, Conversation>();
  private readonly messagesByConversation = new Map<string, ConversationMessages>();
  /** messageID → conversationID, to find a message without knowing its conversation. */
  private readonly conversationOfMessage = new Map<string, string>();
  private readonly bytesOfMessage = new Map<string, number>();
  private totalBytes = 0;
  private readonly drafts = new Map<string, Draft>();
  private readonly users = new Map<string, UserProfile>();
  private readonly groups = new Map<string, GroupProfile>();
  private readonly outbox = new Map<string, OutboxEntry>();
  private readonly meta = new Map<string, unknown>();
  private lockTail: Promise<void> = Promise.resolve();
  /** Tasks holding or waiting for the outbox lock. */
  private lockUsers = 0;
  private readonly maxPerConversation: number;
  private readonly maxTotalBytes: number;

  constructor(limits: CacheLimits = {}) {
    this.maxPerConversation = Math.max(1, limits.maxMessagesPerConversation ?? DEFAULT_MAX_PER_CONVERSATION);
    this.maxTotalBytes = Math.max(1, limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES);
  }

  async open(): Promise<void> {}

  /** Keeps the data: a memory cache has nothing to release, and a store may open it again. */
  async close(): Promise<void> {}

  async clear(): Promise<void> {
    this.conversations.clear();
    this.messagesByConversation.clear();
    this.conversationOfMessage.clear();
    this.bytesOfMessage.clear();
    this.totalBytes = 0;
    this.drafts.clear();
    this.users.clear();
    this.groups.clear();
    this.outbox.clear();
    this.meta.clear();
  }

  async getConversations(): Promise<Conversation[]> {
    return [...this.conversations.values()];
  }

  async putConversations(conversations: readonly Conversation[]): Promise<void> {
    for (const conversation of conversations) this.conversations.set(conversation.conversationID, conversation);
  }

  async deleteConversation(conversationID: string): Promise<void> {
    this.conversations.delete(conversationID);
  }

  async getMessages(conversationID: string, options: { limit: number; before?: MessageCursor }): Promise<Message[]> {
    const limit = Math.max(0, Math.floor(options.limit));
    const messages = this.messagesByConversation.get(conversationID);
    if (!messages || limit === 0) return [];
    const ordered = messages.ordered();
    let end = ordered.length;
    if (options.before) {
      const before = options.before;
      // First index not before the cursor.
      let lo = 0;
      let hi = ordered.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (isBefore(ordered[mid]!, before)) lo = mid + 1;
        else hi = mid;
      }
      end = lo;
    }
    return ordered.slice(Math.max(0, end - limit), end);
  }

  async getMessage(messageID: string): Promise<Message | undefined> {
    const conversationID = this.conversationOfMessage.get(messageID);
    if (conversationID === undefined) return undefined;
    return this.messagesByConversation.get(conversationID)?.byID.get(messageID);
  }

  async findByLocator(locator: MessageLocator): Promise<Message | undefined> {
    const messages = this.messagesByConversation.get(locator.conversationID);
    if (!messages) return undefined;
    const ordered = messages.ordered();
    let lo = 0;
    let hi = ordered.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ordered[mid]!.time < locator.time) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < ordered.length && ordered[i]!.time === locator.time; i++) {
      const message = ordered[i]!;
      if (message.sequence === locator.sequence && message.random === locator.random && (message.flow === 'out') === locator.isSelf) {
        return message;
      }
    }
    return undefined;
  }

  async searchMessages(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]> {
    const plan = planSearch(query);
    if (!plan) return [];
    const scope = options.conversationID
      ? [this.messagesByConversation.get(options.conversationID)?.byID.values() ?? []]
      : [...this.messagesByConversation.values()].map((messages) => messages.byID.values());
    return scanMessages(
      scope.flatMap((messages) => [...messages]),
      plan,
      options,
    );
  }

  async putMessages(messages: readonly Message[]): Promise<void> {
    const touched = new Set<string>();
    for (const message of messages) {
      if (!message.ID || !message.conversationID) continue;
      const previousConversation = this.conversationOfMessage.get(message.ID);
      if (previousConversation !== undefined && previousConversation !== message.conversationID) {
        this.removeMessage(message.ID);
      }
      let conversation = this.messagesByConversation.get(message.conversationID);
      if (!conversation) {
        conversation = new ConversationMessages();
        this.messagesByConversation.set(message.conversationID, conversation);
      }
      conversation.put(message);
      this.conversationOfMessage.set(message.ID, message.conversationID);
      const bytes = estimateBytes(message);
      this.totalBytes += bytes - (this.bytesOfMessage.get(message.ID) ?? 0);
      this.bytesOfMessage.set(message.ID, bytes);
      touched.add(message.conversationID);
    }
    for (const conversationID of touched) this.evictOverCount(conversationID);
    if (this.totalBytes > this.maxTotalBytes) this.evictOverBytes();
  }

  async deleteMessages(messageIDs: readonly string[]): Promise<void> {
    for (const messageID of messageIDs) this.removeMessage(messageID);
  }

  async deleteConversationMessages(conversationID: string): Promise<void> {
    const messages = this.messagesByConversation.get(conversationID);
    if (!messages) return;
    for (const messageID of [...messages.byID.keys()]) this.removeMessage(messageID);
    this.messagesByConversation.delete(conversationID);
  }

  async getDrafts(): Promise<Record<string, Draft>> {
    return Object.fromEntries(this.drafts);
  }

  async putDraft(conversationID: string, draft: Draft | null): Promise<void> {
    if (draft) this.drafts.set(conversationID, draft);
    else this.drafts.delete(conversationID);
  }

  async getProfiles(): Promise<{ users: UserProfile[]; groups: GroupProfile[] }> {
    return { users: [...this.users.values()], groups: [...this.groups.values()] };
  }

  async putProfiles(profiles: { users?: readonly UserProfile[]; groups?: readonly GroupProfile[] }): Promise<void> {
    for (const user of profiles.users ?? []) if (user.userID) this.users.set(user.userID, user);
    for (const group of profiles.groups ?? []) if (group.groupID) this.groups.set(group.groupID, group);
  }

  async getOutbox(): Promise<OutboxEntry[]> {
    return [...this.outbox.values()].sort((a, b) => a.queuedAt - b.queuedAt);
  }

  async putOutbox(entry: OutboxEntry): Promise<void> {
    const previous = this.outbox.get(entry.message.ID);
    // A retry keeps its place in the queue.
    this.outbox.set(entry.message.ID, previous ? { ...entry, queuedAt: previous.queuedAt } : entry);
  }

  async deleteOutbox(messageID: string): Promise<void> {
    this.outbox.delete(messageID);
  }

  async getMeta<T = unknown>(key: string): Promise<T | undefined> {
    return this.meta.get(key) as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.meta.delete(key);
    else this.meta.set(key, value);
  }

  /** An in-process mutex: tasks run one after another; `ifAvailable` gives up when it is held. */
  async withOutboxLock(task: () => Promise<void>, options: { ifAvailable?: boolean } = {}): Promise<boolean> {
    if (options.ifAvailable && this.lockUsers > 0) return false;
    this.lockUsers++;
    const previous = this.lockTail;
    let release!: () => void;
    this.lockTail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      await task();
      return true;
    } finally {
      this.lockUsers--;
      release();
    }
  }

  /** Only one page can see a memory cache, so nothing changes behind the store's back. */
  onExternalChange(_listener: (change: CacheChange) => void): () => void {
    return () => {};
  }

  /** Memory never runs out of a quota or gets blocked: there is nothing to warn about. */
  onWarning(_listener: (warning: CacheWarning) => void): () => void {
    return () => {};
  }

  private removeMessage(messageID: string): void {
    const conversationID = this.conversationOfMessage.get(messageID);
    if (conversationID === undefined) return;
    this.messagesByConversation.get(conversationID)?.delete(messageID);
    this.conversationOfMessage.delete(messageID);
    this.totalBytes -= this.bytesOfMessage.get(messageID) ?? 0;
    this.bytesOfMessage.delete(messageID);
  }

  private evictOverCount(conversationID: string): void {
    const messages = this.messagesByConversation.get(conversationID);
    if (!messages || messages.byID.size <= this.maxPerConversation) return;
    const ordered = messages.ordered();
    let excess = ordered.length - this.maxPerConversation;
    for (const message of ordered) {
      if (excess <= 0) break;
      if (this.outbox.has(message.ID)) continue;
      this.removeMessage(message.ID);
      excess--;
    }
  }

  /** Oldest first across all conversations, down to 90 % of the budget so eviction is not constant. */
  private evictOverBytes(): void {
    const target = this.maxTotalBytes * 0.9;
    const all: Message[] = [];
    for (const messages of this.messagesByConversation.values()) all.push(...messages.byID.values());
    all.sort(compareStored);
    for (const message of all) {
      if (this.totalBytes <= target) break;
      if (this.outbox.has(message.ID)) continue;
      this.removeMessage(message.ID);
    }
  }
}
