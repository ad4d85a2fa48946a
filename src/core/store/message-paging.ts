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

/** Pages the service fallback may read to find where a message only this device knows sits. */
const MAX_PAGES_TO_REACH = 100;
/**
 * Pages a list holds at most (the window). Scrolled through end to end, a conversation would
 * otherwise keep every message it showed (100,000 messages are tens of MB); ten pages are several
 * screens on either side of the reader on any display, and what leaves the window stays in the
 * cache, read back when the reader scrolls that way again.
 */
export const WINDOW_PAGES = 10;
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

  /** The most messages a list holds. */
  private get windowSize(): number {
    return this.deps.pageSize * WINDOW_PAGES;
  }

  private addCachedPage(changes: StoreChanges, conversationID: string, cached: readonly Message[], extendsWindow = false): number {
    const peerReadTime = changes.conversation(conversationID)?.peerReadTime ?? 0;
    let shown = 0;
    const withoutMedia: Message[] = [];
    for (const message of cached) {
      if (message.isDeleted) {
        this.deps.local.hiddenIDs.add(message.ID);
        continue;
      }
      const merged = changes.upsertMessage(withPeerRead(message, peerReadTime), 'cache', { persist: false, extendsWindow });
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
    const moves = list.moves;
    let page: MessagePage;
    try {
      page = await deps.service.getMessageList({ conversationID, count: deps.pageSize });
    } catch (error) {
      if (session === deps.session.id && moves === list.moves) list.patch({ error: toChatError(error) });
      return;
    }
    if (session !== deps.session.id || moves !== list.moves) return;
    const copies = await deps.cache.cacheCopies(page.messages);
    if (session !== deps.session.id || moves !== list.moves) return;
    if (list.state.get().hasNewer) return this.newestBesideWindow(list, page, copies);
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

  /**
   * The newest page, for a window that stops short of it: into the cache (the window reads it
   * from there when it gets that far), and into the list only when it joins the window's end.
   */
  private newestBesideWindow(list: MessageListStore, page: MessagePage, copies: Map<string, Message>): void {
    const newest = list.newest();
    const joins = !!newest && page.messages.some((m) => m.ID === newest.ID);
    const changes = this.deps.batches.changes();
    if (joins) changes.patchList(list.conversationID, { hasNewer: false, error: null });
    this.addServicePage(changes, list.conversationID, page.messages, copies, joins);
    if (joins) this.trimWindow(changes, list, 'oldest');
    this.deps.batches.commit(changes);
    // What came while away may have left a gap in the cache after the window: page from the service.
    list.newerCached = false;
  }

  private addServicePage(
    changes: StoreChanges,
    conversationID: string,
    messages: readonly Message[],
    copies: Map<string, Message>,
    extendsWindow = false,
  ): number {
    const { hiddenIDs } = this.deps.local;
    const peerReadTime = changes.conversation(conversationID)?.peerReadTime ?? 0;
    let shown = 0;
    for (const message of messages) {
      const copy = copies.get(message.ID);
      if (hiddenIDs.has(message.ID) || copy?.isDeleted) {
        hiddenIDs.add(message.ID);
        continue;
      }
      const merged = mergeMessageCopies(copy, message, 'service');
      changes.upsertMessage(withPeerRead(merged, peerReadTime), 'service', { persist: merged !== copy, extendsWindow });
      shown++;
    }
    return shown;
  }

  /**
   * Keep the list within the window: past `windowSize`, messages leave at `end` (they stay in the
   * cache). Leaving at the newest end, the list stops short of the newest message (`hasNewer`); at
   * the oldest, it is no longer complete, and older paging starts again from its new oldest.
   */
  private trimWindow(changes: StoreChanges, list: MessageListStore, end: 'newest' | 'oldest'): void {
    const messages = changes.listMessages(list.conversationID);
    const excess = messages.length - this.windowSize;
    if (excess <= 0) return;
    const leaving = end === 'newest' ? messages.slice(messages.length - excess) : messages.slice(0, excess);
    for (const message of leaving) changes.removeMessage(message, 'none');
    if (end === 'newest') {
      // A list that reached the newest wrote what leaves to the cache as it came: read back from there.
      if (!changes.listHasNewer(list.conversationID)) list.newerCached = true;
      changes.patchList(list.conversationID, { hasNewer: true });
      return;
    }
    changes.patchList(list.conversationID, { isCompleted: false });
    // What left is in the cache; below it, the cache joins on only where it did before.
    list.cacheContiguous ||= list.serviceCompleted;
    if (!list.cacheContiguous) list.serviceCompleted = false;
    const confirmed = messages.slice(excess).find((m) => m.status === 'success' && m.sequence > 0);
    if (confirmed) list.serviceCursorID = confirmed.ID;
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
    const moves = list.moves;
    const stale = (): boolean => session !== deps.session.id || moves !== list.moves;
    try {
      await this.ensureLoaded(list);
      if (stale() || list.state.get().isCompleted) return;
      list.patch({ loading: true, error: null });

      const oldest = list.oldest();
      if (oldest && (list.cacheContiguous || list.serviceCompleted || !deps.session.serviceReady)) {
        const shown = await this.olderFromCache(list, oldest, stale);
        if (stale() || shown > 0) return;
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
      if (stale()) return;
      const copies = await deps.cache.cacheCopies(page.messages);
      if (stale()) return;
      const changes = deps.batches.changes();
      this.addServicePage(changes, list.conversationID, page.messages, copies);
      this.trimWindow(changes, list, 'newest');
      deps.batches.commit(changes);
      const first = page.messages[0];
      if (first) {
        list.serviceCursorID = first.ID;
        list.cacheContiguous = copies.has(first.ID);
      }
      list.serviceCompleted = page.isCompleted;
      if (page.isCompleted) await this.updateCompleted(list, session);
    } catch (error) {
      if (!stale()) list.patch({ error: toChatError(error) });
    } finally {
      if (!stale()) list.patch({ loading: false });
    }
  }

  private async olderFromCache(list: MessageListStore, oldest: Message, stale: () => boolean): Promise<number> {
    const { deps } = this;
    let before = { time: oldest.time, sequence: oldest.sequence };
    // Skip over pages that hold only messages hidden on this device.
    for (let round = 0; round < MAX_HIDDEN_PAGES; round++) {
      const cached = await deps.cache.current
        .getMessages(list.conversationID, { limit: deps.pageSize, before })
        .catch(() => [] as Message[]);
      if (stale() || cached.length === 0) return 0;
      const changes = deps.batches.changes();
      const shown = this.addCachedPage(changes, list.conversationID, cached);
      this.trimWindow(changes, list, 'newest');
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

  /** One newer page, for a window that stops short of the newest message (calls made while one loads share it). */
  loadNewer(list: MessageListStore): Promise<void> {
    list.newerLoad ??= this.loadNewerPage(list, this.deps.session.id)
      .catch((error) => this.deps.errors.reportError(error))
      .finally(() => {
        list.newerLoad = null;
      });
    return list.newerLoad;
  }

  private async loadNewerPage(list: MessageListStore, session: number): Promise<void> {
    const { deps } = this;
    const moves = list.moves;
    const stale = (): boolean => session !== deps.session.id || moves !== list.moves;
    try {
      await this.ensureLoaded(list);
      if (stale() || !list.state.get().hasNewer) return;
      list.patch({ loading: true, error: null });
      const newest = list.newest();
      if (!newest) return await this.showNewest(list, session, list.moves, false);
      if (list.newerCached || !deps.session.serviceReady) {
        const shown = await this.newerFromCache(list, newest, stale);
        if (stale() || shown) return;
      }
      if (!deps.session.serviceReady) throw new ChatError(CHAT_ERROR.offline, 'Offline: newer messages cannot be loaded now.');
      await this.newerFromService(list, stale);
    } catch (error) {
      if (!stale()) list.patch({ error: toChatError(error) });
    } finally {
      if (!stale()) list.patch({ loading: false });
    }
  }

  /**
   * Newer pages from the cache. Where it holds the history after the window without a gap
   * (`newerCached`), a short page is the newest message: the window reaches it. False when the
   * cache has nothing to add.
   */
  private async newerFromCache(list: MessageListStore, newest: Message, stale: () => boolean): Promise<boolean> {
    const { deps } = this;
    let after = { time: newest.time, sequence: newest.sequence };
    // Skip over pages that hold only messages hidden on this device.
    for (let round = 0; round < MAX_HIDDEN_PAGES; round++) {
      const cached = await deps.cache.current
        .getMessages(list.conversationID, { limit: deps.pageSize, after })
        .catch(() => [] as Message[]);
      if (stale()) return false;
      const reachesNewest = list.newerCached && cached.length < deps.pageSize;
      const changes = deps.batches.changes();
      if (reachesNewest) changes.patchList(list.conversationID, { hasNewer: false });
      const shown = this.addCachedPage(changes, list.conversationID, cached, true);
      this.trimWindow(changes, list, 'oldest');
      deps.batches.commit(changes, { persist: false });
      if (reachesNewest) list.newerCached = false;
      if (shown > 0 || reachesNewest) return true;
      if (cached.length === 0) return false;
      after = { time: cached[cached.length - 1]!.time, sequence: cached[cached.length - 1]!.sequence };
    }
    return false;
  }

  /** Newer pages from the service, from the newest message of the window it knows. */
  private async newerFromService(list: MessageListStore, stale: () => boolean): Promise<void> {
    const { deps } = this;
    const known = [...list.messages].reverse().find((m) => m.status === 'success');
    if (!known) return this.showNewest(list, deps.session.id, list.moves, true);
    let fromMessageID = known.ID;
    for (let round = 0; round < MAX_HIDDEN_PAGES; round++) {
      const query = { conversationID: list.conversationID, count: deps.pageSize, fromMessageID, direction: 'newer' as const };
      const page = await deps.service.getMessageList(query);
      if (stale()) return;
      const copies = await deps.cache.cacheCopies(page.messages);
      if (stale()) return;
      const changes = deps.batches.changes();
      if (page.isCompleted) changes.patchList(list.conversationID, { hasNewer: false });
      const shown = this.addServicePage(changes, list.conversationID, page.messages, copies, true);
      this.trimWindow(changes, list, 'oldest');
      deps.batches.commit(changes);
      const last = page.messages[page.messages.length - 1];
      list.newerCached = !page.isCompleted && !!last && copies.has(last.ID);
      if (shown > 0 || page.isCompleted || !last) return;
      fromMessageID = last.ID;
    }
  }

  /**
   * Show the newest page again (the "jump to latest" of a window scrolled far from it): the cache's
   * newest page replaces the window at once, then the service's follows.
   */
  async loadLatest(list: MessageListStore): Promise<void> {
    if (!list.state.get().hasNewer) return;
    await this.showNewest(list, this.deps.session.id, ++list.moves, true);
  }

  /**
   * A message is sent from a window that stops short of the newest: the list becomes the newest
   * page again, at once (the sent message shows alone, the page before it follows).
   */
  returnToNewest(list: MessageListStore): void {
    if (!list.state.get().hasNewer) return;
    const moves = ++list.moves;
    const changes = this.deps.batches.changes();
    this.dropWindow(changes, list);
    this.deps.batches.commit(changes, { persist: false });
    void this.showNewest(list, this.deps.session.id, moves, false).catch((error) => this.deps.errors.reportError(error));
  }

  /** Empty the list and forget how it paged: it will hold a window somewhere else. */
  private dropWindow(changes: StoreChanges, list: MessageListStore): void {
    for (const message of list.messages) changes.removeMessage(message, 'none');
    changes.patchList(list.conversationID, { hasNewer: false, isCompleted: false, error: null });
    list.serviceCursorID = null;
    list.serviceCompleted = false;
    list.cacheContiguous = false;
    list.newerCached = false;
    list.olderLoad = null;
    list.newerLoad = null;
  }

  /** The newest page from the cache (replacing the window when `replace`), then from the service. */
  private async showNewest(list: MessageListStore, session: number, moves: number, replace: boolean): Promise<void> {
    const { deps } = this;
    const stale = (): boolean => session !== deps.session.id || moves !== list.moves;
    list.patch({ loading: true, error: null });
    try {
      const cached = await deps.cache.current.getMessages(list.conversationID, { limit: deps.pageSize }).catch(() => [] as Message[]);
      if (stale()) return;
      const changes = deps.batches.changes();
      if (replace) this.dropWindow(changes, list);
      this.addCachedPage(changes, list.conversationID, cached);
      deps.batches.commit(changes, { persist: false });
      if (deps.session.serviceReady) await this.fetchNewest(list, session);
    } finally {
      if (!stale()) list.patch({ loading: false });
    }
  }

  /**
   * Make the list a window around `target`: a page on each side from the cache at once, then the
   * service's pages around it, which decide where the window ends (the cache may have gaps). The
   * window stops short of the newest message unless the service says it reaches it (`hasNewer`).
   * False when the target cannot be shown.
   */
  async loadAround(list: MessageListStore, target: Message): Promise<boolean> {
    if (list.has(target.ID)) {
      // At the window's edge: a page of context beyond it.
      if (list.oldest()?.ID === target.ID && !list.state.get().isCompleted) await this.loadOlder(list);
      else if (list.newest()?.ID === target.ID && list.state.get().hasNewer) await this.loadNewer(list);
      return list.has(target.ID);
    }
    const { deps } = this;
    const session = deps.session.id;
    const moves = ++list.moves;
    const stale = (): boolean => session !== deps.session.id || moves !== list.moves;
    const conversationID = list.conversationID;
    const at = { time: target.time, sequence: target.sequence };
    list.patch({ loading: true, error: null });
    try {
      const [older, newer] = await Promise.all([
        deps.cache.current.getMessages(conversationID, { limit: deps.pageSize, before: at }).catch(() => [] as Message[]),
        deps.cache.current.getMessages(conversationID, { limit: deps.pageSize, after: at }).catch(() => [] as Message[]),
      ]);
      if (stale()) return false;
      let changes = deps.batches.changes();
      this.dropWindow(changes, list);
      // Until the service says where the history ends, a full page after the target means more.
      changes.patchList(conversationID, { hasNewer: deps.session.serviceReady || newer.length >= deps.pageSize });
      this.addCachedPage(changes, conversationID, [...older, target, ...newer], true);
      deps.batches.commit(changes, { persist: false });
      // Offline (or a message the service does not know): the cache's pages are the window.
      const cacheWindow = (): boolean => {
        list.cacheContiguous = true;
        list.newerCached = true;
        const confirmed = list.messages.find((m) => m.status === 'success' && m.sequence > 0);
        list.serviceCursorID = confirmed?.ID ?? null;
        return list.has(target.ID);
      };
      if (!deps.session.serviceReady) return cacheWindow();

      let pages: [MessagePage, MessagePage];
      try {
        const query = { conversationID, count: deps.pageSize, fromMessageID: target.ID };
        pages = await Promise.all([
          deps.service.getMessageList({ ...query, direction: 'older' }),
          deps.service.getMessageList({ ...query, direction: 'newer' }),
        ]);
      } catch (thrown) {
        const error = toChatError(thrown);
        if (error.code !== CHAT_ERROR.messageNotFound && error.code !== CHAT_ERROR.offline) throw error;
        return stale() ? false : cacheWindow();
      }
      if (stale()) return false;
      const [olderPage, newerPage] = pages;
      const copies = await deps.cache.cacheCopies([...olderPage.messages, ...newerPage.messages]);
      if (stale()) return false;
      changes = deps.batches.changes();
      // The cache's messages beyond what the service's pages cover may sit beside a gap: they go.
      const low = olderPage.isCompleted ? undefined : olderPage.messages[0];
      const high = newerPage.isCompleted ? undefined : newerPage.messages[newerPage.messages.length - 1];
      for (const message of list.messages) {
        if (message.status !== 'success') continue;
        if ((low && compareMessages(message, low) < 0) || (high && compareMessages(message, high) > 0))
          changes.removeMessage(message, 'none');
      }
      changes.patchList(conversationID, { hasNewer: !newerPage.isCompleted, error: null });
      this.addServicePage(changes, conversationID, olderPage.messages, copies, true);
      this.addServicePage(changes, conversationID, newerPage.messages, copies, true);
      deps.batches.commit(changes);
      const first = olderPage.messages[0];
      list.serviceCursorID = first?.ID ?? target.ID;
      list.cacheContiguous = !!first && copies.has(first.ID);
      list.serviceCompleted = olderPage.isCompleted;
      list.newerCached = !!high && copies.has(high.ID);
      if (olderPage.isCompleted) await this.updateCompleted(list, session);
      return list.has(target.ID);
    } catch (error) {
      if (!stale()) list.patch({ error: toChatError(error) });
      return list.has(target.ID);
    } finally {
      if (!stale()) list.patch({ loading: false });
    }
  }
}
