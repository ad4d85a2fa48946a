import { lacksMediaUrl } from '../cache/page-bound-urls.js';
import { CHAT_ERROR, ChatError, toChatError } from '../errors.js';
import { compareMessages, type Message } from '../model/message.js';
import type { ChatService, MessagePage } from '../service/chat-service.js';
import type { CacheAccess } from './cache-writes.js';
import type { LocalEdits } from './local-edits.js';
import { mergeMessageCopies, withPeerRead } from './message-merge.js';
import type { MessageListStore } from './message-list-store.js';
import type { ChangeBatches } from './store-batches.js';
import type { StoreChanges } from './store-changes.js';
import type { ErrorSink } from './store-errors.js';
import type { SessionView } from './store-session.js';

/** What paging reads: the service's history, the cache's, and what this device hid. */
export interface MessagePagingDeps {
  readonly service: Pick<ChatService, 'getMessageList' | 'findMessages'>;
  readonly session: SessionView;
  readonly cache: CacheAccess;
  readonly batches: Pick<ChangeBatches, 'changes' | 'commit'>;
  readonly errors: ErrorSink;
  readonly local: Pick<LocalEdits, 'hiddenIDs'>;
  /** Messages per page. */
  readonly pageSize: number;
}

/** Pages `loadAround` may read to reach an old message before it gives up. */
const MAX_PAGES_TO_REACH = 100;
/** Cache pages of only hidden messages skipped in one `loadOlder` before it gives up. */
const MAX_HIDDEN_PAGES = 10;

/** Cache meta key: the ID of a conversation's first message, once paging reached it. */
export const historyStartKey = (conversationID: string): string => `history-start:${conversationID}`;

/**
 * History of the message lists: the newest page from the cache at once, then the service's;
 * older pages from the cache while it joins the service's history without a gap, otherwise
 * from the service. Every page merges by ID (local-only fields and tombstones of the cache
 * kept), and a list knows it is complete when the service has nothing older and neither has the
 * cache. Loads never reject: failures go to the list's `error`.
 */
export class MessagePaging {
  constructor(private readonly deps: MessagePagingDeps) {}

  /** The first load of a list (once per session). */
  ensureLoaded(list: MessageListStore): Promise<void> {
    list.initialLoad ??= this.loadInitial(list, this.deps.session.id).catch((error) => {
      this.deps.errors.guard(() => list.patch({ error: toChatError(error), loading: false }));
    });
    return list.initialLoad;
  }

  /** Newest page from the cache first (shown at once), then from the service. */
  private async loadInitial(list: MessageListStore, session: number): Promise<void> {
    const { deps } = this;
    list.patch({ loading: true, error: null });
    const [cached, historyStart] = await Promise.all([
      deps.cache.current.getMessages(list.conversationID, { limit: deps.pageSize }).catch(() => [] as Message[]),
      deps.cache.current.getMeta<string>(historyStartKey(list.conversationID)).catch(() => undefined),
    ]);
    if (session !== deps.session.id) return;
    if (typeof historyStart === 'string') list.historyStartID = historyStart;
    const changes = deps.batches.changes();
    this.addCachedPage(changes, list.conversationID, cached);
    // Nothing kept here yet (a first visit) says nothing about the conversation: it stays a
    // skeleton, not "no messages yet", until the service answers (fetchNewest marks it loaded).
    if (cached.length > 0 || typeof historyStart === 'string' || deps.session.serviceReady)
      changes.patchList(list.conversationID, { loaded: true });
    deps.batches.commit(changes, { persist: false });
    if (deps.session.serviceReady) await this.fetchNewest(list, session);
    if (session === deps.session.id) list.patch({ loading: false });
  }

  private addCachedPage(changes: StoreChanges, conversationID: string, cached: readonly Message[]): number {
    const peerReadTime = changes.conversation(conversationID)?.peerReadTime ?? 0;
    let shown = 0;
    const withoutMedia: Message[] = [];
    for (const message of cached) {
      if (message.isDeleted) {
        this.deps.local.hiddenIDs.add(message.ID);
        continue;
      }
      const merged = changes.upsertMessage(withPeerRead(message, peerReadTime), 'cache', { persist: false });
      if (merged.status === 'success' && lacksMediaUrl(merged)) withoutMedia.push(merged);
      shown++;
    }
    if (withoutMedia.length) void this.refreshMedia(withoutMedia, this.deps.session.id);
    return shown;
  }

  /**
   * Delivered attachments read from the cache without a URL (it keeps no page-bound blob: URL):
   * the service's copies bring one again.
   */
  private async refreshMedia(messages: readonly Message[], session: number): Promise<void> {
    const { deps } = this;
    if (!deps.session.serviceReady) return;
    let fresh: Message[];
    try {
      fresh = await deps.service.findMessages(messages.map((m) => m.ID));
    } catch {
      return; // still shown, as a placeholder; the next page or start tries again
    }
    if (session !== deps.session.id || !Array.isArray(fresh) || fresh.length === 0) return;
    const changes = deps.batches.changes();
    for (const message of fresh) {
      if (message && changes.message(message.conversationID, message.ID)) changes.upsertMessage(message, 'service', { persist: false });
    }
    deps.batches.commit(changes, { persist: false });
  }

  /**
   * Merge the service's newest page. When it does not join what we hold (messages arrived while
   * we were away), older messages shown from the cache are set aside: they come back through
   * paging, in order, instead of sitting beside a gap.
   */
  async fetchNewest(list: MessageListStore, session: number): Promise<void> {
    const { deps } = this;
    const conversationID = list.conversationID;
    let page: MessagePage;
    try {
      page = await deps.service.getMessageList({ conversationID, count: deps.pageSize });
    } catch (error) {
      if (session === deps.session.id) list.patch({ error: toChatError(error) });
      return;
    }
    if (session !== deps.session.id) return;
    const copies = await deps.cache.cacheCopies(page.messages);
    if (session !== deps.session.id) return;
    const oldest = page.messages[0];
    const joins = page.isCompleted || !oldest || list.has(oldest.ID) || copies.has(oldest.ID);
    const changes = deps.batches.changes();
    this.addServicePage(changes, conversationID, page.messages, copies);
    if (!joins) {
      for (const message of list.messages) {
        if (message.status === 'success' && compareMessages(message, oldest) < 0) changes.removeMessage(message, 'none');
      }
      list.serviceCursorID = oldest.ID;
      list.serviceCompleted = false;
      list.cacheContiguous = false;
    } else {
      if (!list.serviceCursorID || !list.has(list.serviceCursorID)) {
        list.serviceCursorID = oldest?.ID ?? null;
        list.cacheContiguous = !!oldest && copies.has(oldest.ID);
      }
      if (page.isCompleted && (!oldest || list.serviceCursorID === oldest.ID)) list.serviceCompleted = true;
    }
    changes.patchList(conversationID, { error: null, loaded: true });
    deps.batches.commit(changes);
    if (list.serviceCompleted) await this.updateCompleted(list, session);
  }

  private addServicePage(changes: StoreChanges, conversationID: string, messages: readonly Message[], copies: Map<string, Message>): void {
    const { hiddenIDs } = this.deps.local;
    const peerReadTime = changes.conversation(conversationID)?.peerReadTime ?? 0;
    for (const message of messages) {
      const copy = copies.get(message.ID);
      if (hiddenIDs.has(message.ID) || copy?.isDeleted) {
        hiddenIDs.add(message.ID);
        continue;
      }
      const merged = mergeMessageCopies(copy, message, 'service');
      changes.upsertMessage(withPeerRead(merged, peerReadTime), 'service', { persist: merged !== copy });
    }
  }

  /** The service has nothing older: the list is complete once the cache has nothing older either. */
  private async updateCompleted(list: MessageListStore, session: number): Promise<void> {
    const { deps } = this;
    const oldest = list.oldest();
    const older = oldest
      ? await deps.cache.current
          .getMessages(list.conversationID, { limit: 1, before: { time: oldest.time, sequence: oldest.sequence } })
          .catch(() => [] as Message[])
      : [];
    if (session !== deps.session.id) return;
    if (older.length) {
      list.cacheContiguous = true;
      return;
    }
    list.patch({ isCompleted: true });
    if (oldest && oldest.ID !== list.historyStartID) {
      list.historyStartID = oldest.ID;
      void deps.cache.write(() => deps.cache.current.setMeta(historyStartKey(list.conversationID), oldest.ID));
    }
  }

  /** One older page (calls made while one loads share it). */
  loadOlder(list: MessageListStore): Promise<void> {
    list.olderLoad ??= this.loadOlderPage(list, this.deps.session.id)
      .catch((error) => this.deps.errors.reportError(error))
      .finally(() => {
        list.olderLoad = null;
      });
    return list.olderLoad;
  }

  private async loadOlderPage(list: MessageListStore, session: number): Promise<void> {
    const { deps } = this;
    try {
      await this.ensureLoaded(list);
      if (session !== deps.session.id || list.state.get().isCompleted) return;
      list.patch({ loading: true, error: null });

      const oldest = list.oldest();
      if (oldest && (list.cacheContiguous || list.serviceCompleted || !deps.session.serviceReady)) {
        const shown = await this.olderFromCache(list, oldest, session);
        if (session !== deps.session.id || shown > 0) return;
        if (list.serviceCompleted) {
          list.patch({ isCompleted: true });
          return;
        }
      }
      if (!deps.session.serviceReady) throw new ChatError(CHAT_ERROR.offline, 'Offline: older messages cannot be loaded now.');
      if (!oldest || !list.serviceCursorID) {
        await this.fetchNewest(list, session);
        return;
      }
      const page = await this.olderFromService(list);
      if (session !== deps.session.id) return;
      const copies = await deps.cache.cacheCopies(page.messages);
      if (session !== deps.session.id) return;
      const changes = deps.batches.changes();
      this.addServicePage(changes, list.conversationID, page.messages, copies);
      deps.batches.commit(changes);
      const first = page.messages[0];
      if (first) {
        list.serviceCursorID = first.ID;
        list.cacheContiguous = copies.has(first.ID);
      }
      list.serviceCompleted = page.isCompleted;
      if (page.isCompleted) await this.updateCompleted(list, session);
    } catch (error) {
      if (session === deps.session.id) list.patch({ error: toChatError(error) });
    } finally {
      if (session === deps.session.id) list.patch({ loading: false });
    }
  }

  private async olderFromCache(list: MessageListStore, oldest: Message, session: number): Promise<number> {
    const { deps } = this;
    let before = { time: oldest.time, sequence: oldest.sequence };
    // Skip over pages that hold only messages hidden on this device.
    for (let round = 0; round < MAX_HIDDEN_PAGES; round++) {
      const cached = await deps.cache.current
        .getMessages(list.conversationID, { limit: deps.pageSize, before })
        .catch(() => [] as Message[]);
      if (session !== deps.session.id || cached.length === 0) return 0;
      const changes = deps.batches.changes();
      const shown = this.addCachedPage(changes, list.conversationID, cached);
      deps.batches.commit(changes, { persist: false });
      if (shown > 0) {
        // The service's cursor follows: these came from it, so it can page on from the oldest.
        const confirmed = list.messages.find((m) => m.status === 'success' && m.sequence > 0);
        if (confirmed) list.serviceCursorID = confirmed.ID;
        // An earlier paging reached the first message, and the cache holds it: nothing is older.
        if (list.historyStartID && list.oldest()?.ID === list.historyStartID) {
          list.serviceCompleted = true;
          list.patch({ isCompleted: true });
        }
        return shown;
      }
      before = { time: cached[0]!.time, sequence: cached[0]!.sequence };
    }
    return 0;
  }

  /** An older page from the service, paging from the oldest message it gave (or one the cache joined to it). */
  private async olderFromService(list: MessageListStore): Promise<MessagePage> {
    const { service, pageSize } = this.deps;
    const query = { conversationID: list.conversationID, count: pageSize, direction: 'older' as const };
    try {
      return await service.getMessageList({ ...query, fromMessageID: list.serviceCursorID! });
    } catch (thrown) {
      const error = toChatError(thrown);
      // A message only this device knows (imported…) cannot be paged from: start again from the top.
      if (error.code !== CHAT_ERROR.messageNotFound) throw error;
      list.cacheContiguous = false;
      let page = await service.getMessageList(query);
      for (let i = 0; i < MAX_PAGES_TO_REACH && page.messages.length && !page.isCompleted; i++) {
        if (page.messages.some((m) => !list.has(m.ID))) break;
        page = await service.getMessageList({ ...query, fromMessageID: page.messages[0]!.ID });
      }
      return page;
    }
  }

  /**
   * Load older pages until `target` is in the list (keeping the list one unbroken stretch up to
   * the newest message), plus a page of context above it. False when it cannot be reached.
   */
  async loadAround(list: MessageListStore, target: Message): Promise<boolean> {
    for (let page = 0; page < MAX_PAGES_TO_REACH && !list.has(target.ID); page++) {
      const oldest = list.oldest();
      if (list.state.get().isCompleted || (oldest && compareMessages(oldest, target) < 0)) break;
      const before = list.size;
      await this.loadOlder(list);
      if (list.state.get().error || list.size === before) break;
    }
    if (list.has(target.ID) && list.oldest()?.ID === target.ID) await this.loadOlder(list);
    return list.has(target.ID);
  }
}
