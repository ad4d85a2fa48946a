import { Dexie, type DexieOptions, type Table, type Transaction } from 'dexie';
import type { Conversation, Draft } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import type { OutboxEntry } from './chat-cache.js';

/** A draft as stored: keyed by its conversation. */
export interface DraftRow {
  conversationID: string;
  draft: Draft;
}

/** An outbox entry as stored: keyed by the queued message's ID. */
export interface OutboxRow {
  messageID: string;
  message: Message;
  options: OutboxEntry['options'];
  /** Milliseconds. */
  queuedAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type CacheTableName = 'conversations' | 'messages' | 'drafts' | 'outbox' | 'users' | 'groups' | 'meta';

/**
 * Message search: the postings of the tokens of one hash bucket within one segment of document
 * ordinals (see src/core/cache/search-index.ts). Token `i` of `tokens` (joined by U+0000) has
 * its ordinals as varint gaps in `data` from `ends[i - 1]` (0 for the first) to `ends[i]`, the
 * last of them `lasts[i]`. Few, flat fields: a row is cloned in and out of IndexedDB quickly.
 */
export interface SearchPostingRow {
  bucket: number;
  segment: number;
  tokens: string;
  ends: Uint32Array;
  lasts: Float64Array;
  data: Uint8Array;
}

/** Message search: the message IDs of a block of document ordinals (`ids[i]` is ordinal block × size + i). */
export interface SearchDocRow {
  block: number;
  ids: string[];
}

/** Message search: the fingerprints (ID and text) of the messages indexed in a block (of times' size). */
export interface SearchPrintRow {
  block: number;
  prints: Float64Array;
}

/** Message search: the times (seconds) of a larger block of ordinals (for newest-first results). */
export interface SearchTimeRow {
  block: number;
  times: Uint32Array;
}

export const CACHE_TABLE_NAMES: readonly CacheTableName[] = [
  'conversations',
  'messages',
  'drafts',
  'outbox',
  'users',
  'groups',
  'meta',
] as const;

/** The compound index messages are paged by. */
export const MESSAGE_ORDER_INDEX = '[conversationID+time+sequence]';

interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every schema version ever shipped, oldest first. Never edit or delete a shipped version:
 * add a new one (with an upgrade when rows must change) so that any older database opens.
 * Only what is queried is indexed.
 */
const CACHE_SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      conversations: 'conversationID',
      messages: 'ID, [conversationID+time]',
      drafts: 'conversationID',
      outbox: 'messageID',
      users: 'userID',
      groups: 'groupID',
      meta: 'key',
    },
  },
  {
    // Messages of one second came back in ID order: page by time, then the server's sequence.
    // The outbox is delivered oldest first straight from an index.
    version: 2,
    stores: {
      messages: `ID, ${MESSAGE_ORDER_INDEX}`,
      outbox: 'messageID, queuedAt',
    },
    upgrade: async (tx) => {
      // A row without a numeric key part would drop out of the new index, and so out of every
      // page: give each one the value the store would have used.
      await tx
        .table('messages')
        .toCollection()
        .modify((row: { time?: unknown; clientTime?: unknown; sequence?: unknown }) => {
          if (typeof row.time !== 'number') row.time = typeof row.clientTime === 'number' ? row.clientTime : 0;
          if (typeof row.sequence !== 'number') row.sequence = 0;
        });
      await tx
        .table('outbox')
        .toCollection()
        .modify((row: { queuedAt?: unknown; message?: { clientTime?: unknown } }) => {
          if (typeof row.queuedAt !== 'number') {
            const clientTime = row.message?.clientTime;
            row.queuedAt = typeof clientTime === 'number' ? clientTime * 1000 : 0;
          }
        });
    },
  },
  {
    // Message search: an inverted index in chunks (a row per token bucket and ordinal segment).
    // Nothing stored changes: the index is built from the cached messages after the upgrade.
    version: 3,
    stores: {
      searchPostings: '[bucket+segment]',
      searchDocs: 'block',
      searchPrints: 'block',
      searchTimes: 'block',
    },
  },
];

export const CACHE_SCHEMA_VERSION = CACHE_SCHEMA_VERSIONS[CACHE_SCHEMA_VERSIONS.length - 1]!.version;

/** The typed Dexie database of one app and user. */
export class ChatCacheDatabase extends Dexie {
  conversations!: Table<Conversation, string>;
  messages!: Table<Message, string>;
  drafts!: Table<DraftRow, string>;
  outbox!: Table<OutboxRow, string>;
  users!: Table<UserProfile, string>;
  groups!: Table<GroupProfile, string>;
  meta!: Table<MetaRow, string>;
  searchPostings!: Table<SearchPostingRow, [number, number]>;
  searchDocs!: Table<SearchDocRow, number>;
  searchPrints!: Table<SearchPrintRow, number>;
  searchTimes!: Table<SearchTimeRow, number>;

  /** `upToVersion` lets a test build an older database; the kit always uses the current one. */
  constructor(name: string, options?: DexieOptions, upToVersion: number = CACHE_SCHEMA_VERSION) {
    super(name, options);
    for (const step of CACHE_SCHEMA_VERSIONS) {
      if (step.version > upToVersion) break;
      const version = this.version(step.version).stores(step.stores);
      if (step.upgrade) version.upgrade(step.upgrade);
    }
  }
}
