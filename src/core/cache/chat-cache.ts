import type { Conversation, Draft } from '../model/conversation.js';
import type { Message, MessageLocator } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import type { SendOptions } from '../service/chat-service.js';

/**
 * What the store keeps on this device: `MemoryCache` (tests, fallback) and `DexieCache`
 * (IndexedDB). One cache per app and user. Every method resolves; a cache that can no longer
 * write keeps working in memory and says so once through `onWarning`.
 */
export interface ChatCache {
  readonly kind: 'memory' | 'indexeddb';

  open(): Promise<void>;
  close(): Promise<void>;
  /** Delete everything of this user (sign-out). */
  clear(): Promise<void>;

  getConversations(): Promise<Conversation[]>;
  putConversations(conversations: readonly Conversation[]): Promise<void>;
  deleteConversation(conversationID: string): Promise<void>;

  /**
   * Newest `limit` messages of a conversation strictly before `before` (time, then sequence),
   * or the newest when `before` is absent. Oldest first.
   */
  getMessages(conversationID: string, options: { limit: number; before?: MessageCursor }): Promise<Message[]>;
  getMessage(messageID: string): Promise<Message | undefined>;
  findByLocator(locator: MessageLocator): Promise<Message | undefined>;
  /** Insert or replace by ID. */
  putMessages(messages: readonly Message[]): Promise<void>;
  deleteMessages(messageIDs: readonly string[]): Promise<void>;
  deleteConversationMessages(conversationID: string): Promise<void>;

  /**
   * Cached messages whose text matches `query` (CJK as substrings, other words whole, the last
   * word as a prefix: src/core/search/tokenize.ts), newest first, at most `limit`; only one
   * conversation's with `conversationID`. A query with nothing searchable finds nothing.
   */
  searchMessages(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]>;

  getDrafts(): Promise<Record<string, Draft>>;
  putDraft(conversationID: string, draft: Draft | null): Promise<void>;

  getProfiles(): Promise<{ users: UserProfile[]; groups: GroupProfile[] }>;
  putProfiles(profiles: { users?: readonly UserProfile[]; groups?: readonly GroupProfile[] }): Promise<void>;

  /** Messages waiting to be delivered, oldest first. They survive a reload. */
  getOutbox(): Promise<OutboxEntry[]>;
  putOutbox(entry: OutboxEntry): Promise<void>;
  deleteOutbox(messageID: string): Promise<void>;

  getMeta<T = unknown>(key: string): Promise<T | undefined>;
  setMeta(key: string, value: unknown): Promise<void>;

  /**
   * Run `task` while holding this user's outbox lock, so only one tab delivers the outbox.
   * Resolves `false` without running when another holder has it and `ifAvailable` is set.
   */
  withOutboxLock(task: () => Promise<void>, options?: { ifAvailable?: boolean }): Promise<boolean>;

  /** Changes written by another tab of the same user. Returns unsubscribe. */
  onExternalChange(listener: (change: CacheChange) => void): () => void;
  /** Storage trouble (missing, blocked, full): told once per kind of trouble. Returns unsubscribe. */
  onWarning(listener: (warning: CacheWarning) => void): () => void;
}

export interface MessageCursor {
  time: number;
  sequence: number;
}

export interface OutboxEntry {
  /** The message as the user sent it (`status: 'unSend'`), with the ID and random kept for every retry. */
  message: Message;
  options: Omit<SendOptions, 'onProgress' | 'signal'>;
  /** Milliseconds. */
  queuedAt: number;
}

export interface CacheChange {
  messages?: Message[];
  deletedMessageIDs?: string[];
  conversations?: Conversation[];
  deletedConversationIDs?: string[];
  drafts?: Record<string, Draft | null>;
  outboxChanged?: boolean;
}

export interface CacheWarning {
  kind: 'unavailable' | 'blocked' | 'quota' | 'error';
  /** Readable English detail for logs; the UI shows a localized line by `kind`. */
  message: string;
}

/** Options every cache takes for its limits. */
export interface CacheLimits {
  /** Messages kept per conversation (oldest evicted first); default 5,000. */
  maxMessagesPerConversation?: number;
  /** Approximate total bytes kept; default 200 MB. The outbox is never evicted. */
  maxTotalBytes?: number;
}
