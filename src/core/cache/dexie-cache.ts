// Over 500 lines: DexieCache implements the whole ChatCache contract on IndexedDB, one short method
// per operation; schema, rows, eviction, locks and the change channel live in the files beside it.
import { Dexie, type Table } from 'dexie';
import type { Conversation, Draft } from '../model/conversation.js';
import { compareMessages, type Message, type MessageLocator } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import { CacheChangeChannel, type CacheChangeNotice } from './cache-change-channel.js';
import { cacheDatabaseName } from './cache-database-name.js';
import { checkedConversations, checkedDraft, checkedGroups, checkedMessage, checkedMessages, checkedUsers } from './checked-rows.js';
import {
  conversationRange,
  countConversationMessages,
  evictOldestOfConversation,
  evictOldestOverall,
  outboxMessageIDs,
  sampleMessageBytes,
} from './cache-eviction.js';
import { tablesOf, type CacheRows, type CacheWriteBatch } from './cache-rows.js';
import { ChatCacheDatabase, MESSAGE_ORDER_INDEX, type CacheTableName, type OutboxRow } from './cache-schema.js';
import type { CacheChange, CacheLimits, CacheWarning, ChatCache, MessageCursor, OutboxEntry } from './chat-cache.js';
import { scanMessages } from '../search/scan-messages.js';
import { planSearch } from '../search/tokenize.js';
import { SearchIndex } from './search-index.js';
import { MemoryLayer } from './memory-layer.js';
import { conversationWithoutPageBoundUrls, withoutPageBoundUrls } from './page-bound-urls.js';
import { withNamedLock } from './named-lock.js';
import { describeError, isConnectionClosed, storageFaultKind } from './storage-fault.js';

export const DEFAULT_CACHE_LIMITS: Readonly<Required<CacheLimits>> = Object.freeze({
  maxMessagesPerConversation: 5000,
  maxTotalBytes: 200 * 1024 * 1024,
});

export interface DexieCacheOptions {
  /** SDKAppID or app name: with the user it names the database. */
  app: string | number;
  userID: string;
  limits?: CacheLimits;
  /**
   * The IndexedDB to use; default the page's. Passing `null` or `undefined` explicitly means
   * "there is none": the cache then works in memory and warns once.
   */
  indexedDB?: IDBFactory | null;
  /** The key-range class that goes with a non-default `indexedDB`. */
  IDBKeyRange?: typeof IDBKeyRange;
  /** First wait before writing again after a storage fault, in ms; it doubles up to a minute. Default 2,000. */
  retryDelayMs?: number;
  /**
   * Milliseconds after opening before the message-search index is built from what the cache
   * held before (in steps that leave the page responsive); default 2,000. `null`: only when
   * the first search asks.
   */
  searchBuildDelayMs?: number | null;
}

/** Writes of more rows than this tell other tabs the IDs only; they read the rows themselves. */
const ROWS_CARRIED_MAX = 50;
const MAX_RETRY_MS = 60_000;
const DELETE_TIMEOUT_MS = 3_000;

/**
 * - connecting: the first open is under way; operations wait for it.
 * - open: IndexedDB takes reads and writes.
 * - offline: IndexedDB exists but cannot be used now (blocked, reconnecting, failing): the cache
 *   works in memory and a pending open or a retry brings it back.
 * - memory: there is no IndexedDB; memory only, for good.
 */
type Mode = 'closed' | 'connecting' | 'open' | 'offline' | 'memory';

/**
 * The chat cache in IndexedDB (through Dexie), one database per app and user. Whatever
 * IndexedDB cannot take — missing, blocked by another tab, full, reconnecting — is kept in a
 * memory layer laid over it and written later, so every method resolves and nothing is lost
 * while the page lives. Other tabs of the same user hear of each write over a BroadcastChannel.
 */
export class DexieCache implements ChatCache {
  readonly name: string;

  private readonly factory: IDBFactory | undefined;
  private readonly keyRange: typeof IDBKeyRange | undefined;
  private readonly limits: Readonly<Required<CacheLimits>>;
  private readonly baseRetryMs: number;
  private readonly source = Math.random().toString(36).slice(2) + Date.now().toString(36);
  private readonly layer = new MemoryLayer();

  private mode: Mode = 'closed';
  private db: ChatCacheDatabase | null = null;
  private connecting: Promise<void> | null = null;
  /** The open was blocked: once it succeeds, tell the store what the database holds. */
  private reportLateOpen = false;
  private channel: CacheChangeChannel | null = null;

  private readonly changeListeners = new Set<(change: CacheChange) => void>();
  private readonly warningListeners = new Set<(warning: CacheWarning) => void>();
  private readonly warnings = new Map<CacheWarning['kind'], CacheWarning>();

  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private retryMs: number;
  private flushing: Promise<void> | null = null;
  private receiving: Promise<void> = Promise.resolve();

  // Limits: counts and sizes are upper bounds, checked exactly only when they pass a limit.
  private background: Promise<void> = Promise.resolve();
  private trimPending = false;
  private writesInFlight = 0;
  private readonly touchedConversations = new Set<string>();
  private readonly knownCounts = new Map<string, number>();
  private estimatedBytes: number | undefined;
  private bytesPerMessage = 1000;

  // Message search: the index of the open database.
  private searchIndex: SearchIndex | null = null;
  private searchBuildTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly searchBuildDelayMs: number | null;

  constructor(options: DexieCacheOptions) {
    this.name = cacheDatabaseName(options.app, options.userID);
    const page = globalThis as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
    this.factory = 'indexedDB' in options ? (options.indexedDB ?? undefined) : page.indexedDB;
    this.keyRange = options.IDBKeyRange ?? page.IDBKeyRange;
    this.limits = Object.freeze({ ...DEFAULT_CACHE_LIMITS, ...definedLimits(options.limits) });
    this.baseRetryMs = this.retryMs = Math.max(1, options.retryDelayMs ?? 2_000);
    this.searchBuildDelayMs = options.searchBuildDelayMs === undefined ? 2_000 : options.searchBuildDelayMs;
  }

  get kind(): 'memory' | 'indexeddb' {
    return this.mode === 'memory' ? 'memory' : 'indexeddb';
  }

  /** The open Dexie database, or null while the cache works in memory (for tests and tools). */
  get database(): ChatCacheDatabase | null {
    return this.mode === 'open' ? this.db : null;
  }

  // ── Lifecycle ────────────────────────────────────────────────────────────

  async open(): Promise<void> {
    if (this.mode !== 'closed') {
      await this.connecting;
      return;
    }
    this.channel = new CacheChangeChannel(this.name, this.source, (notice) => this.receive(notice));
    if (!this.factory || !this.keyRange) {
      this.mode = 'memory';
      this.layer.standalone = true;
      this.warn('unavailable', 'IndexedDB is not available: chat data is kept in memory for this session only.');
      return;
    }
    this.mode = 'connecting';
    await this.connect();
  }

  async close(): Promise<void> {
    this.cancelRetry();
    if (this.mode === 'open') await this.flush();
    await this.closeSearchIndex(true);
    await this.background;
    this.channel?.close();
    this.channel = null;
    const db = this.db;
    this.db = null;
    this.connecting = null;
    this.mode = 'closed';
    db?.close();
  }

  /** Sign-out: forget everything and delete the database. The cache is closed afterwards. */
  async clear(): Promise<void> {
    const hadDatabase = this.mode !== 'memory' && this.factory !== undefined;
    this.cancelRetry();
    await this.closeSearchIndex(false);
    this.layer.clear();
    this.touchedConversations.clear();
    this.knownCounts.clear();
    this.estimatedBytes = undefined;
    this.channel?.close();
    this.channel = null;
    const db = this.db;
    this.db = null;
    this.connecting = null;
    this.mode = 'closed';
    db?.close();
    if (hadDatabase) await this.deleteDatabase();
  }

  /** Resolves once pending writes, retries that are due and limit checks have settled (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    for (let round = 0; round < 20; round++) {
      await Promise.all([this.mode === 'connecting' ? this.connecting : null, this.flushing, this.background, this.receiving]);
      if (!this.flushing && !this.trimPending) return;
    }
  }

  // ── Conversations ────────────────────────────────────────────────────────

  async getConversations(): Promise<Conversation[]> {
    const stored = await this.read((db) => db.conversations.toArray(), []);
    return this.layer.merge('conversations', checkedConversations(stored));
  }

  async putConversations(conversations: readonly Conversation[]): Promise<void> {
    const rows = (Array.isArray(conversations) ? conversations : [])
      .filter((c) => hasStringKey(c, 'conversationID'))
      .map(conversationWithoutPageBoundUrls);
    if (rows.length) await this.write({ puts: { conversations: rows } }, { conversations: rows });
  }

  async deleteConversation(conversationID: string): Promise<void> {
    if (!isKey(conversationID)) return;
    await this.write({ deletes: { conversations: [conversationID] } }, { deletedConversationIDs: [conversationID] });
  }

  // ── Messages ─────────────────────────────────────────────────────────────

  async getMessages(conversationID: string, options: { limit: number; before?: MessageCursor }): Promise<Message[]> {
    const limit = Math.floor(Number(options?.limit));
    const before = options?.before;
    if (!isKey(conversationID) || !(limit > 0)) return [];
    if (before !== undefined && !(Number.isFinite(before?.time) && Number.isFinite(before?.sequence))) return [];
    const stored = this.layer.isConversationCleared(conversationID)
      ? []
      : await this.read(
          (db) =>
            db.messages
              .where(MESSAGE_ORDER_INDEX)
              .between(
                [conversationID, Dexie.minKey, Dexie.minKey],
                before ? [conversationID, before.time, before.sequence] : [conversationID, Dexie.maxKey, Dexie.maxKey],
                true,
                !before,
              )
              .reverse()
              // Rows this layer deleted or replaced may be among them: ask for that many more.
              .limit(limit + this.layer.messageSlotCount)
              .toArray(),
          [],
        );
    const page = this.layer.mergeConversation(conversationID, checkedMessages(stored), (m) => isBefore(m, before));
    page.sort(compareMessages);
    return page.length > limit ? page.slice(page.length - limit) : page;
  }

  async getMessage(messageID: string): Promise<Message | undefined> {
    if (!isKey(messageID)) return undefined;
    const held = this.layer.get('messages', messageID);
    if (held) return held === 'gone' ? undefined : held;
    const row = await this.read((db) => db.messages.get(messageID), undefined);
    return row && !this.layer.hides('messages', row) ? (checkedMessage(row) ?? undefined) : undefined;
  }

  async findByLocator(locator: MessageLocator): Promise<Message | undefined> {
    if (!locator || !isKey(locator.conversationID) || !Number.isFinite(locator.time) || !Number.isFinite(locator.sequence)) {
      return undefined;
    }
    const { conversationID, time, sequence } = locator;
    const stored = this.layer.isConversationCleared(conversationID)
      ? []
      : await this.read((db) => db.messages.where(MESSAGE_ORDER_INDEX).equals([conversationID, time, sequence]).toArray(), []);
    const candidates = this.layer.merge(
      'messages',
      checkedMessages(stored),
      (m) => m.conversationID === conversationID && m.time === time && m.sequence === sequence,
    );
    return candidates.find((m) => m.random === locator.random && (m.flow === 'out') === Boolean(locator.isSelf));
  }

  async putMessages(messages: readonly Message[]): Promise<void> {
    const rows = storableMessages(messages);
    if (!rows.length) return;
    // Other tabs of this page may use our blob: URLs while we live: they hear of the rows as given.
    await this.write({ puts: { messages: rows.map(withoutPageBoundUrls) } }, { messages: rows });
    this.noteMessagesWritten(rows);
    this.searchIndex?.add(rows);
  }

  async searchMessages(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]> {
    const plan = planSearch(query);
    const limit = Math.max(0, Math.floor(options.limit));
    if (!plan || !limit) return [];
    const scope = { limit, conversationID: options.conversationID };
    await this.usableDatabase();
    const index = this.searchIndex;
    if (index) {
      try {
        return await index.search(plan, scope);
      } catch (error) {
        if (!isConnectionClosed(error)) this.warnFault(error, 'read');
      }
    }
    // No IndexedDB (or it failed): what memory holds.
    const held = options.conversationID
      ? this.layer.messagesOf(options.conversationID)
      : this.layer.conversationIDsWithMessages().flatMap((id) => this.layer.messagesOf(id));
    return scanMessages(held, plan, scope);
  }

  async deleteMessages(messageIDs: readonly string[]): Promise<void> {
    const ids = (Array.isArray(messageIDs) ? messageIDs : []).filter(isKey);
    if (ids.length) await this.write({ deletes: { messages: ids } }, { deletedMessageIDs: ids });
  }

  async deleteConversationMessages(conversationID: string): Promise<void> {
    if (!isKey(conversationID)) return;
    // Other tabs are told which messages went, so read their IDs first.
    const stored = this.layer.isConversationCleared(conversationID)
      ? []
      : await this.read((db) => conversationRange(db, conversationID).primaryKeys(), [] as string[]);
    const ids = new Set(stored.filter((id) => this.layer.get('messages', id) !== 'gone'));
    for (const message of this.layer.messagesOf(conversationID)) ids.add(message.ID);
    await this.write({ clearConversationMessages: [conversationID] }, { deletedMessageIDs: [...ids] });
    this.knownCounts.set(conversationID, 0);
  }

  // ── Drafts, profiles, outbox, meta ───────────────────────────────────────

  async getDrafts(): Promise<Record<string, Draft>> {
    const rows = this.layer.merge('drafts', await this.read((db) => db.drafts.toArray(), []));
    const drafts: Record<string, Draft> = {};
    for (const row of rows) {
      const draft = typeof row?.conversationID === 'string' ? checkedDraft(row.draft) : null;
      if (draft) drafts[row.conversationID] = draft;
    }
    return drafts;
  }

  async putDraft(conversationID: string, draft: Draft | null): Promise<void> {
    if (!isKey(conversationID)) return;
    const batch: CacheWriteBatch = draft ? { puts: { drafts: [{ conversationID, draft }] } } : { deletes: { drafts: [conversationID] } };
    await this.write(batch, { drafts: { [conversationID]: draft ?? null } });
  }

  async getProfiles(): Promise<{ users: UserProfile[]; groups: GroupProfile[] }> {
    const [users, groups] = await Promise.all([this.read((db) => db.users.toArray(), []), this.read((db) => db.groups.toArray(), [])]);
    return { users: this.layer.merge('users', checkedUsers(users)), groups: this.layer.merge('groups', checkedGroups(groups)) };
  }

  async putProfiles(profiles: { users?: readonly UserProfile[]; groups?: readonly GroupProfile[] }): Promise<void> {
    const users = (Array.isArray(profiles?.users) ? profiles.users : []).filter((u) => hasStringKey(u, 'userID'));
    const groups = (Array.isArray(profiles?.groups) ? profiles.groups : []).filter((g) => hasStringKey(g, 'groupID'));
    if (users.length || groups.length) await this.write({ puts: { users, groups } }, {}, false);
  }

  async getOutbox(): Promise<OutboxEntry[]> {
    const rows = this.layer.merge('outbox', await this.read((db) => db.outbox.orderBy('queuedAt').toArray(), []));
    const entries: OutboxEntry[] = [];
    for (const row of rows) {
      const message = checkedMessage(row?.message);
      if (!message) continue;
      const options = typeof row.options === 'object' && row.options !== null ? row.options : {};
      entries.push({ message, options, queuedAt: Number.isFinite(row.queuedAt) ? row.queuedAt : 0 });
    }
    return entries.sort((a, b) => a.queuedAt - b.queuedAt);
  }

  /**
   * Write-ahead: resolves once the entry is in IndexedDB, in one transaction of its own that no
   * other write of this cache waits in front of (a message shown as sending must survive a reload
   * at any instant). Only when IndexedDB cannot take it now is it kept in memory, with the warning.
   */
  async putOutbox(entry: OutboxEntry): Promise<void> {
    const message = entry?.message;
    if (!message || !isKey(message.ID)) return;
    const fresh: OutboxRow = {
      messageID: message.ID,
      message: withoutPageBoundUrls(withoutProgress(message)),
      options: cloneableSendOptions(entry.options),
      queuedAt: Number.isFinite(entry.queuedAt) ? entry.queuedAt : Date.now(),
    };
    const held = this.layer.get('outbox', message.ID);
    const db = await this.usableDatabase();
    if (db) {
      try {
        // A retry keeps its place in the queue: read and write in one transaction.
        const row = await db.transaction('rw', db.outbox, async () => {
          const previous = held && held !== 'gone' ? held : await db.outbox.get(message.ID);
          const row = previous ? { ...fresh, queuedAt: previous.queuedAt } : fresh;
          await db.outbox.put(row);
          return row;
        });
        // Something for this entry still waits in memory (a delete, say): it must not undo this write when flushed.
        if (held) this.layer.apply({ puts: { outbox: [row] } });
        this.announce({ outboxChanged: true }, true);
        return;
      } catch (error) {
        if (!isConnectionClosed(error)) this.warnFault(error, 'write');
      }
    }
    const row = held && held !== 'gone' ? { ...fresh, queuedAt: held.queuedAt } : fresh;
    await this.write({ puts: { outbox: [row] } }, { outboxChanged: true });
  }

  async deleteOutbox(messageID: string): Promise<void> {
    if (isKey(messageID)) await this.write({ deletes: { outbox: [messageID] } }, { outboxChanged: true });
  }

  async getMeta<T = unknown>(key: string): Promise<T | undefined> {
    if (!isKey(key)) return undefined;
    const held = this.layer.get('meta', key);
    if (held) return held === 'gone' ? undefined : (held.value as T);
    const row = await this.read((db) => db.meta.get(key), undefined);
    return row?.value as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    if (!isKey(key)) return;
    const batch: CacheWriteBatch = value === undefined ? { deletes: { meta: [key] } } : { puts: { meta: [{ key, value }] } };
    await this.write(batch, {}, false);
  }

  // ── Tabs ─────────────────────────────────────────────────────────────────

  withOutboxLock(task: () => Promise<void>, options?: { ifAvailable?: boolean }): Promise<boolean> {
    return withNamedLock(`${this.name}:outbox`, task, options);
  }

  onExternalChange(listener: (change: CacheChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onWarning(listener: (warning: CacheWarning) => void): () => void {
    this.warningListeners.add(listener);
    // A listener that comes late still hears what was said before it came.
    for (const warning of this.warnings.values()) {
      queueMicrotask(() => {
        if (this.warningListeners.has(listener)) callSafely(listener, warning);
      });
    }
    return () => this.warningListeners.delete(listener);
  }

  // ── Connection ───────────────────────────────────────────────────────────

  private connect(): Promise<void> {
    const db = new ChatCacheDatabase(this.name, {
      indexedDB: this.factory,
      IDBKeyRange: this.keyRange,
      autoOpen: false,
      cache: 'disabled',
    });
    this.db = db;
    // Another tab upgrades or deletes the database: give way at once, then come back.
    db.on('versionchange', () => {
      this.onVersionChange(db);
      return false;
    });
    const connected = new Promise<void>((resolve) => {
      db.on('blocked', () => {
        if (this.db !== db || this.mode === 'open') return;
        this.mode = 'offline';
        this.reportLateOpen = true;
        this.warn('blocked', 'Another tab holds an older version of the chat cache open: chat data is kept in memory until it closes.');
        resolve();
      });
      db.open().then(
        () => {
          if (this.db !== db) return db.close();
          this.mode = 'open';
          this.retryMs = this.baseRetryMs;
          resolve();
          void this.afterConnect();
        },
        (error: unknown) => {
          if (this.db !== db) return;
          this.db = null;
          const kind = storageFaultKind(error, 'open');
          this.warn(kind, `The chat cache could not be opened (${describeError(error)}): chat data is kept in memory.`);
          if (kind === 'unavailable') {
            this.mode = 'memory';
            this.layer.standalone = true;
          } else {
            this.mode = 'offline';
            this.scheduleRetry();
          }
          resolve();
        },
      );
    });
    this.connecting = connected;
    return connected;
  }

  private onVersionChange(db: ChatCacheDatabase): void {
    void this.closeSearchIndex(false);
    db.close();
    if (this.db !== db) return;
    this.db = null;
    this.mode = 'offline';
    // This open waits in line behind the other tab's upgrade or delete, then resumes.
    void this.connect();
  }

  private async afterConnect(): Promise<void> {
    this.openSearchIndex();
    await this.flush();
    if (this.touchedConversations.size) this.scheduleTrim();
    if (this.reportLateOpen) {
      this.reportLateOpen = false;
      const [conversations, drafts] = await Promise.all([this.getConversations(), this.getDrafts()]);
      if (conversations.length || Object.keys(drafts).length) this.emitChange({ conversations, drafts });
    }
  }

  // ── Message search ───────────────────────────────────────────────────────

  private openSearchIndex(): void {
    const db = this.db;
    if (!db || this.searchIndex) return;
    const index = new SearchIndex(db, {
      lockName: `${this.name}:search`,
      rows: (ids) => this.rowsByID('messages', ids),
    });
    this.searchIndex = index;
    if (this.searchBuildDelayMs !== null) {
      this.searchBuildTimer = setTimeout(() => {
        this.searchBuildTimer = undefined;
        if (this.searchIndex === index) void index.ensureBuilt().catch(() => undefined);
      }, this.searchBuildDelayMs);
    }
  }

  private async closeSearchIndex(flush: boolean): Promise<void> {
    clearTimeout(this.searchBuildTimer);
    this.searchBuildTimer = undefined;
    const index = this.searchIndex;
    this.searchIndex = null;
    if (!index) return;
    if (flush) await index.flush().catch(() => undefined);
    index.close();
  }

  private deleteDatabase(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.warn('blocked', 'Another tab keeps the chat cache open: it will be deleted once that tab closes it.');
        resolve();
      }, DELETE_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      try {
        const request = this.factory!.deleteDatabase(this.name);
        request.onsuccess = done;
        request.onerror = () => {
          this.warn('error', `The chat cache could not be deleted (${describeError(request.error)}).`);
          done();
        };
      } catch (error) {
        this.warn('error', `The chat cache could not be deleted (${describeError(error)}).`);
        done();
      }
    });
  }

  // ── Reading and writing through the memory layer ─────────────────────────

  /** The database when it can be used now; waits only for a first open that is not blocked. */
  private async usableDatabase(): Promise<ChatCacheDatabase | null> {
    if (this.mode === 'connecting') await this.connecting;
    return this.mode === 'open' ? this.db : null;
  }

  private async read<R>(query: (db: ChatCacheDatabase) => PromiseLike<R>, fallback: R): Promise<R> {
    const db = await this.usableDatabase();
    if (!db) return fallback;
    try {
      return await query(db);
    } catch (error) {
      if (!isConnectionClosed(error)) this.warnFault(error, 'read');
      return fallback;
    }
  }

  /**
   * Write to IndexedDB when nothing waits in memory before it (so order is kept); else, or
   * when IndexedDB refuses, into memory, written later. Other tabs are told either way.
   */
  private async write(batch: CacheWriteBatch, change: CacheChange, announce = true): Promise<void> {
    this.writesInFlight++;
    try {
      await this.writeNow(batch, change, announce);
    } finally {
      this.writesInFlight--;
    }
  }

  private async writeNow(batch: CacheWriteBatch, change: CacheChange, announce: boolean): Promise<void> {
    const db = await this.usableDatabase();
    if (db && this.layer.isEmpty()) {
      try {
        await writeBatch(db, batch);
        if (announce) this.announce(change, true);
        return;
      } catch (error) {
        if (!isConnectionClosed(error)) this.warnFault(error, 'write');
        this.layer.apply(batch);
        if (announce) this.announce(change, false);
        this.scheduleRetry();
        return;
      }
    }
    this.layer.apply(batch);
    if (announce) this.announce(change, false);
    if (db && this.retryTimer === undefined) void this.flush();
  }

  /** Write what memory holds to IndexedDB, in the order it came. */
  private flush(): Promise<void> {
    this.flushing ??= this.flushAll().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushAll(): Promise<void> {
    while (this.mode === 'open' && this.db && !this.layer.isEmpty()) {
      const snapshot = this.layer.snapshot();
      try {
        await writeBatch(this.db, snapshot.batch);
      } catch (error) {
        if (!isConnectionClosed(error)) this.warnFault(error, 'write');
        this.scheduleRetry();
        return;
      }
      this.layer.forget(snapshot);
      this.retryMs = this.baseRetryMs;
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.mode === 'open') void this.flush();
      else if (this.mode === 'offline' && !this.db) void this.connect();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
  }

  private cancelRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  // ── Other tabs ───────────────────────────────────────────────────────────

  private announce(change: CacheChange, persisted: boolean): void {
    if (!this.channel) return;
    const notice: Omit<CacheChangeNotice, 'source'> = { change };
    // Rows that reached IndexedDB can be read there by the other tabs: big writes send IDs.
    if (persisted && (change.messages?.length ?? 0) > ROWS_CARRIED_MAX) {
      const { messages, ...rest } = notice.change;
      notice.change = rest;
      notice.fetchMessageIDs = messages!.map((m) => m.ID);
    }
    if (persisted && (change.conversations?.length ?? 0) > ROWS_CARRIED_MAX) {
      const { conversations, ...rest } = notice.change;
      notice.change = rest;
      notice.fetchConversationIDs = conversations!.map((c) => c.conversationID);
    }
    this.channel.post(notice);
  }

  private receive(notice: CacheChangeNotice): void {
    // In arrival order, even when some notices need a read first.
    this.receiving = this.receiving.then(async () => {
      const change: CacheChange = { ...notice.change };
      if (notice.fetchMessageIDs) change.messages = await this.rowsByID('messages', notice.fetchMessageIDs);
      if (notice.fetchConversationIDs) change.conversations = await this.rowsByID('conversations', notice.fetchConversationIDs);
      // Another tab may run another version of the kit: its rows are checked like stored ones.
      if (Array.isArray(change.messages)) change.messages = checkedMessages(change.messages);
      if (Array.isArray(change.conversations)) change.conversations = checkedConversations(change.conversations);
      this.emitChange(change);
    });
  }

  private async rowsByID<T extends 'messages' | 'conversations'>(table: T, ids: readonly string[]): Promise<CacheRows[T][]> {
    const stored = await this.read(
      (db) => (tableOf(db, table) as Table<CacheRows[T], string>).bulkGet(ids as string[]),
      [] as (CacheRows[T] | undefined)[],
    );
    const rows: CacheRows[T][] = [];
    ids.forEach((id, i) => {
      const held = this.layer.get(table, id);
      const row = held ?? (stored[i] as CacheRows[T] | undefined);
      if (row && row !== 'gone' && (held || !this.layer.hides(table, row))) rows.push(row);
    });
    return rows;
  }

  private emitChange(change: CacheChange): void {
    for (const listener of this.changeListeners) callSafely(listener, change);
  }

  // ── Warnings ─────────────────────────────────────────────────────────────

  private warn(kind: CacheWarning['kind'], message: string): void {
    if (this.warnings.has(kind)) return;
    const warning: CacheWarning = { kind, message };
    this.warnings.set(kind, warning);
    for (const listener of this.warningListeners) callSafely(listener, warning);
  }

  private warnFault(error: unknown, during: 'read' | 'write'): void {
    const kind = storageFaultKind(error, during);
    const what =
      kind === 'quota'
        ? 'The browser storage for this site is full: new chat data is kept in memory and written when there is room.'
        : `The chat cache failed to ${during} (${describeError(error)}): chat data is kept in memory and written later.`;
    this.warn(kind, kind === 'quota' ? `${what} (${describeError(error)})` : what);
  }

  // ── Limits ───────────────────────────────────────────────────────────────

  private noteMessagesWritten(rows: readonly Message[]): void {
    for (const message of rows) {
      this.touchedConversations.add(message.conversationID);
      const known = this.knownCounts.get(message.conversationID);
      if (known !== undefined) this.knownCounts.set(message.conversationID, known + 1);
    }
    if (this.estimatedBytes !== undefined) this.estimatedBytes += rows.length * this.bytesPerMessage;
    this.scheduleTrim();
  }

  /** Limits are checked after the writes, off their path: once per burst of writes. */
  private scheduleTrim(): void {
    if (this.trimPending) return;
    this.trimPending = true;
    const since = Date.now();
    this.background = this.background
      .then(() => this.quiet(since))
      .then(() => {
        this.trimPending = false;
        return this.trim();
      })
      .catch((error: unknown) => {
        if (!isConnectionClosed(error)) this.warnFault(error, 'write');
      });
  }

  /** Resolves when no write is under way, or after a second of steady writing at most. */
  private async quiet(since: number): Promise<void> {
    do await new Promise<void>((resolve) => setTimeout(resolve, 0));
    while (this.writesInFlight > 0 && Date.now() - since < 1_000);
  }

  private async trim(): Promise<void> {
    const cap = this.limits.maxMessagesPerConversation;
    if (this.mode === 'memory') {
      this.trimMemory(cap);
      return;
    }
    const db = this.mode === 'open' ? this.db : null;
    if (!db) return; // checked after reconnecting
    const touched = [...this.touchedConversations];
    this.touchedConversations.clear();
    let protectedIDs: Set<string> | undefined;
    const outbox = async () => (protectedIDs ??= await outboxMessageIDs(db));

    // Count exactly only where the upper bound passes the cap (or is not known yet), in one transaction.
    const uncertain = touched.filter((id) => !((this.knownCounts.get(id) ?? Infinity) <= cap));
    const counts = await db.transaction('r', db.messages, () => Promise.all(uncertain.map((id) => countConversationMessages(db, id))));
    for (const [i, conversationID] of uncertain.entries()) {
      let count = counts[i]!;
      if (count > cap) count -= await evictOldestOfConversation(db, conversationID, count - cap, await outbox());
      this.knownCounts.set(conversationID, count);
    }

    const budget = this.limits.maxTotalBytes;
    if (this.estimatedBytes === undefined || this.estimatedBytes > budget) {
      this.bytesPerMessage = await sampleMessageBytes(db, this.bytesPerMessage);
      this.estimatedBytes = (await db.messages.count()) * this.bytesPerMessage;
      if (this.estimatedBytes > budget) {
        // Evict down to 90% so that the next few writes do not evict again.
        const excess = Math.ceil((this.estimatedBytes - budget * 0.9) / this.bytesPerMessage);
        const evicted = await evictOldestOverall(db, excess, await outbox());
        this.estimatedBytes -= evicted * this.bytesPerMessage;
        this.knownCounts.clear();
      }
    }
  }

  /** Without IndexedDB the same cap bounds memory. */
  private trimMemory(cap: number): void {
    const protectedIDs = new Set(this.layer.merge('outbox', []).map((row) => row.messageID));
    for (const conversationID of this.touchedConversations) {
      const messages = this.layer.messagesOf(conversationID);
      const excess = messages.length - cap;
      if (excess <= 0) continue;
      const doomed = messages
        .filter((m) => !protectedIDs.has(m.ID))
        .slice(0, excess)
        .map((m) => m.ID);
      this.layer.apply({ deletes: { messages: doomed } });
    }
    this.touchedConversations.clear();
  }
}

/** One write as one IndexedDB transaction (a lone bulkPut goes straight, which is the common case). */
async function writeBatch(db: ChatCacheDatabase, batch: CacheWriteBatch): Promise<void> {
  const tables = tablesOf(batch);
  if (tables.length === 0) return;
  const onlyPuts = !batch.clearConversationMessages?.length && tables.every((t) => !batch.deletes?.[t]?.length);
  if (tables.length === 1 && onlyPuts) {
    const table = tables[0]!;
    await tableOf(db, table).bulkPut(batch.puts![table] as object[]);
    return;
  }
  await db.transaction('rw', tables, async () => {
    for (const conversationID of batch.clearConversationMessages ?? []) await conversationRange(db, conversationID).delete();
    for (const table of tables) {
      const keys = batch.deletes?.[table];
      if (keys?.length) await tableOf(db, table).bulkDelete(keys as string[]);
    }
    for (const table of tables) {
      const rows = batch.puts?.[table];
      if (rows?.length) await tableOf(db, table).bulkPut(rows as object[]);
    }
  });
}

/** The typed table property (the same object the rest of the cache uses). */
function tableOf(db: ChatCacheDatabase, table: CacheTableName): Table<object, string> {
  return (db as unknown as Record<CacheTableName, Table<object, string>>)[table];
}

function storableMessages(messages: readonly Message[]): Message[] {
  if (!Array.isArray(messages)) return [];
  const rows: Message[] = [];
  for (const m of messages) {
    // A row whose key parts are not a string and numbers would fail the whole batch.
    if (!m || !isKey(m.ID) || !isKey(m.conversationID) || !Number.isFinite(m.time) || !Number.isFinite(m.sequence)) continue;
    if (m.onlineOnly) continue; // online-only messages are never stored
    rows.push(withoutProgress(m));
  }
  return rows;
}

function withoutProgress(message: Message): Message {
  if (message.progress === undefined) return message;
  const { progress: _transient, ...rest } = message;
  return rest;
}

/** Send options as stored: callbacks and abort signals cannot be kept. */
function cloneableSendOptions(options: OutboxEntry['options'] | undefined): OutboxEntry['options'] {
  if (!options || typeof options !== 'object') return {};
  const { onProgress: _p, signal: _s, ...rest } = options as OutboxEntry['options'] & { onProgress?: unknown; signal?: unknown };
  return rest;
}

function isBefore(message: Message, before: MessageCursor | undefined): boolean {
  if (!before) return true;
  return message.time < before.time || (message.time === before.time && message.sequence < before.sequence);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function hasStringKey(row: unknown, field: string): boolean {
  return !!row && typeof row === 'object' && isKey((row as Record<string, unknown>)[field]);
}

function definedLimits(limits: CacheLimits | undefined): CacheLimits {
  const out: { -readonly [K in keyof CacheLimits]: number } = {};
  if (limits && Number(limits.maxMessagesPerConversation) > 0)
    out.maxMessagesPerConversation = Math.floor(limits.maxMessagesPerConversation!);
  if (limits && Number(limits.maxTotalBytes) > 0) out.maxTotalBytes = limits.maxTotalBytes!;
  return out;
}

function callSafely<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    // A listener's failure is the app's; it must not stop the others or the cache.
    queueMicrotask(() => {
      throw error;
    });
  }
}
