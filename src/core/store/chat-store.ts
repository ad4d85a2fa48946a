import type { ChatCache } from '../cache/chat-cache.js';
import { MemoryCache } from '../cache/memory-cache.js';
import { CHAT_ERROR, ChatError, toChatError } from '../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../model/conversation.js';
import { ELEMENT_TYPES, type MessageElement } from '../model/elements.js';
import { parseConversationID } from '../model/ids.js';
import { compareMessages, EMPTY_MESSAGE, type Message, type MessageLocator } from '../model/message.js';
import type { GroupMember, UserProfile } from '../model/profile.js';
import { typingCustomElem } from '../model/tuikit-wire.js';
import type { BatchSendResult, ChatService, ChatServiceEvents, ConnectionState, KickedOutReason } from '../service/chat-service.js';
import type { ChatState, ChatStoreApi, MessageListState, OutgoingContent, StoreSendOptions } from './chat-store-api.js';
import { mergeServiceConversation, refreshLastMessage, touchConversation } from './conversation-updates.js';
import { applyEvents, queueExternalChange } from './incoming-events.js';
import { historyStartKey, MessagePaging } from './message-paging.js';
import { MessageSender } from './message-sender.js';
import { createMessageID, randomUint32 } from './outgoing-message.js';
import type { StateStore } from './state-store.js';
import { ReadingPositions, type ReadingPosition } from './reading-positions.js';
import { initialState, isObject, StoreContext } from './store-context.js';
import { nextTypingExpiry } from '../typing/typing-state.js';
import { systemTimers, type Timers } from '../util/timers.js';
import { fillFromCache, syncConversations } from './store-sync.js';

export interface ChatStoreOptions {
  service: ChatService;
  /** Where this device keeps data; a `MemoryCache` when absent. The store is its only writer. */
  cache?: ChatCache;
  /** Language the app shows ('en', 'zh-CN'); elements read it from `state.locale`. */
  locale?: string;
  /** Messages per page of history; 20 by default. */
  pageSize?: number;
  /** Clock in epoch milliseconds (tests move it); `timers.now` when absent. */
  now?: () => number;
  /**
   * The store's clock and timers (event batching, login retry, delivery checks, typing
   * indicators); the platform's when absent. Tests pass fake ones and move time themselves.
   */
  timers?: Timers;
}

/**
 * A message from the signed-in user is outgoing, whatever the importer said: exports that name
 * only the sender (the desktop document's own import example) would otherwise read as a message
 * from oneself to oneself.
 */
function ownedBy(message: Message, userID: string): Message {
  if (message.from !== userID || message.flow === 'out') return message;
  const target = parseConversationID(message.conversationID);
  return { ...message, flow: 'out', isRead: true, to: target?.targetID || message.to };
}

/** First and longest wait before retrying a login that failed for want of a connection. */
const LOGIN_RETRY_FIRST_MS = 2_000;
const LOGIN_RETRY_MAX_MS = 30_000;
/** At most this many messages from `getLastMessages`. */
const LAST_MESSAGES_MAX = 20;

/**
 * The chat's state and operations, over any `ChatService` and `ChatCache`. Elements read its
 * state stores and call its operations; they never talk to the service.
 *
 * - State is immutable; every batch of changes (an operation, or all the service events of one
 *   task) notifies each subscriber at most once (`StoreChanges`, `CoalescingQueue`).
 * - It starts from the cache (conversations, drafts, profiles, the open conversation's newest
 *   page, queued messages) and then merges the service's data; every change is written through.
 * - Sends are optimistic and durable (`MessageSender`); history pages come from the cache where
 *   it joins the service's history, else from the service (`MessagePaging`).
 * - No exception reaches the page: operations reject with a `ChatError` (also put in
 *   `state.lastError` when there is no message to show it on); background failures go to
 *   `state.lastError` or a list's `error`.
 */
export class ChatStore implements ChatStoreApi {
  readonly state: StateStore<ChatState>;
  readonly service: ChatService;
  private readonly ctx: StoreContext;
  private readonly paging: MessagePaging;
  private readonly sender: MessageSender;
  /** The cache the app gave (a session that could not open it runs on a MemoryCache instead). */
  private readonly configuredCache: ChatCache;

  private starting: Promise<void> | null = null;
  private userSig: string | undefined;
  private readonly unsubscribers: Array<() => void> = [];
  private connectRun: Promise<void> | null = null;
  private syncRun: Promise<void> | null = null;
  private syncAgain = false;
  private loginRetryTimer: unknown = null;
  private loginRetryDelay = LOGIN_RETRY_FIRST_MS;
  private typingTimer: unknown = null;
  private readonly timers: Timers;
  private readonly markReadRunning = new Set<string>();
  private readonly markReadAgain = new Set<string>();
  private readonly conversationFetches = new Set<string>();
  private readonly readingPositions = new ReadingPositions();

  constructor(options: ChatStoreOptions) {
    if (!options || !options.service) throw new ChatError(CHAT_ERROR.invalidArgument, 'ChatStore needs a service.');
    this.service = options.service;
    this.configuredCache = options.cache ?? new MemoryCache();
    this.timers = options.timers ?? systemTimers;
    const timers = this.timers;
    this.ctx = new StoreContext(
      options.service,
      this.configuredCache,
      Math.max(1, Math.floor(options.pageSize ?? 20)),
      options.now ?? (() => timers.now()),
      timers,
      options.locale ?? 'en',
      {
        fetchConversation: (id) => this.fetchConversation(id),
        markReadInBackground: (id) => this.markReadInBackground(id),
        scheduleTypingExpiry: () => this.scheduleTypingExpiry(),
        applyEvents: (events) => applyEvents(this.ctx, events),
      },
    );
    this.state = this.ctx.state;
    this.paging = new MessagePaging(this.ctx);
    this.sender = new MessageSender(this.ctx);
  }

  // ───────────────────────────── lifecycle ─────────────────────────────

  start(userID: string, userSig?: string): Promise<void> {
    if (typeof userID !== 'string' || userID === '') {
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, 'start() needs a userID.'));
    }
    if (this.ctx.userID === userID && this.starting) return this.starting;
    const starting = (async () => {
      if (this.ctx.userID) await this.stop();
      const ctx = this.ctx;
      const session = ++ctx.session;
      ctx.userID = userID;
      this.userSig = userSig;
      ctx.cache = this.configuredCache;
      this.subscribe(session);
      try {
        await ctx.cache.open();
      } catch (error) {
        this.fallBackToMemory(error);
      }
      await fillFromCache(ctx, session, (blob) => this.sender.previewUrl(blob));
      // Lists asked for before the start (and the open conversation) show their cached page now.
      const active = ctx.state.get().activeConversationID;
      if (active) ctx.list(active).wanted = true;
      for (const list of ctx.lists.values()) {
        if (list.wanted && session === ctx.session) void this.paging.ensureLoaded(list);
      }
      await this.connect(session);
    })();
    this.starting = starting;
    // A failed start can be tried again.
    starting.catch(() => {
      if (this.starting === starting) this.starting = null;
    });
    return starting;
  }

  async stop(options: { clearCache?: boolean } = {}): Promise<void> {
    const ctx = this.ctx;
    if (!ctx.userID) return;
    ctx.session++;
    ctx.serviceReady = false;
    this.starting = this.connectRun = this.syncRun = null;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    ctx.events.clear();
    if (this.typingTimer !== null) this.timers.clearTimeout(this.typingTimer);
    if (this.loginRetryTimer !== null) this.timers.clearTimeout(this.loginRetryTimer);
    this.typingTimer = this.loginRetryTimer = null;
    // Uploads stop; their messages stay in the outbox and go out on the next start.
    this.sender.stop();
    await ctx.writesDone();
    if (options.clearCache) await ctx.cache.clear().catch(() => {});
    await this.service.logout().catch(() => {});
    await ctx.cache.close().catch(() => {});
    // Emptied, not dropped: elements keep the list stores they subscribed to.
    for (const list of ctx.lists.values()) ctx.guard(() => list.reset());
    ctx.drafts.clear();
    ctx.hiddenIDs.clear();
    this.markReadRunning.clear();
    this.markReadAgain.clear();
    this.conversationFetches.clear();
    this.readingPositions.clear();
    ctx.userID = '';
    this.userSig = undefined;
    ctx.guard(() => ctx.state.set(initialState(ctx.state.get().locale ?? 'en')));
  }

  /** Change the language elements show (kept in `state.locale`). */
  setLocale(locale: string): void {
    if (typeof locale === 'string' && locale) this.state.set({ locale });
  }

  /**
   * Resolves when the service events received so far are applied and the cache writes made so
   * far are done. Useful to tests and to an app that wants to close the page safely.
   */
  async settled(): Promise<void> {
    this.ctx.events.flush();
    await this.ctx.events.idle();
    await this.ctx.writesDone();
  }

  private subscribe(session: number): void {
    const { ctx } = this;
    const on = <K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): void => {
      this.unsubscribers.push(
        this.service.on(event, (payload) => {
          if (session !== ctx.session) return;
          try {
            handler(payload ?? ({} as ChatServiceEvents[K]));
          } catch (error) {
            ctx.reportError(error);
          }
        }),
      );
    };
    const push = ctx.events.push.bind(ctx.events);
    on('messageReceived', ({ messages }) => push({ kind: 'received', messages: messages ?? [], source: 'service' }));
    on('messageRevoked', ({ messages }) => push({ kind: 'revoked', messages: messages ?? [] }));
    on('messageReadByPeer', ({ conversationID, peerReadTime }) => push({ kind: 'peerRead', conversationID, peerReadTime }));
    on('conversationUpdated', ({ conversations }) => push({ kind: 'conversations', conversations: conversations ?? [], source: 'service' }));
    on('conversationDeleted', ({ conversationIDs }) => push({ kind: 'conversationsDeleted', conversationIDs: conversationIDs ?? [], persist: true }));
    on('messageDeleted', ({ conversationID, messageIDs }) => push({ kind: 'messagesDeleted', conversationID, messageIDs: messageIDs ?? [], persist: true }));
    on('groupUpdated', ({ group }) => push({ kind: 'group', group }));
    on('messageModified', ({ messages }) => push({ kind: 'modified', messages: messages ?? [] }));
    on('profileUpdated', ({ profiles }) => push({ kind: 'profiles', profiles: profiles ?? [] }));
    on('connectionStateChanged', ({ state }) => this.onConnectionState(session, state));
    on('kickedOut', ({ reason }) => this.onKickedOut(reason));
    on('error', ({ error }) => {
      // The backend's own storage fell back to memory (the embedded one does, like the cache): the
      // same single storage warning, not an error.
      if (isObject(error) && error.code === CHAT_ERROR.storage) {
        if (!ctx.state.get().cacheWarning) ctx.state.set({ cacheWarning: { kind: 'unavailable', message: String(error.message ?? '') } });
        return;
      }
      ctx.reportError(error);
    });
    this.subscribeCache(session);
  }

  private subscribeCache(session: number): void {
    const { ctx } = this;
    this.unsubscribers.push(
      ctx.cache.onWarning((warning) => {
        if (session === ctx.session) ctx.state.set({ cacheWarning: warning });
      }),
      ctx.cache.onExternalChange((change) => {
        if (session === ctx.session) queueExternalChange(ctx, change);
      }),
    );
  }

  /** The cache could not even open: keep going in memory and say so once. */
  private fallBackToMemory(error: unknown): void {
    const detail = toChatError(error, CHAT_ERROR.storage).message;
    this.ctx.cache = new MemoryCache();
    this.subscribeCache(this.ctx.session);
    this.state.set({ cacheWarning: { kind: 'unavailable', message: `The cache could not open (${detail}); keeping data in memory.` } });
  }

  /** Log in, then bring conversations and loaded lists up to date and deliver the outbox (one run at a time). */
  private connect(session: number): Promise<void> {
    if (this.connectRun) return this.connectRun;
    const run = this.login(session).finally(() => {
      if (this.connectRun === run) this.connectRun = null;
    });
    this.connectRun = run;
    return run;
  }

  private async login(session: number): Promise<void> {
    const { ctx } = this;
    let me: UserProfile;
    // The cache is on screen meanwhile; say that the chat is on its way rather than offline.
    if (this.state.get().connection === 'disconnected') this.state.set({ connection: 'connecting' });
    try {
      me = await this.service.login({ userID: ctx.userID, ...(this.userSig !== undefined ? { userSig: this.userSig } : {}) });
    } catch (thrown) {
      const error = toChatError(thrown);
      if (session !== ctx.session) return;
      if (ctx.isOfflineError(error)) {
        // No connection: keep showing the cache, and try again later.
        this.state.set({ connection: 'disconnected', lastError: error });
        this.scheduleLoginRetry(session);
        return;
      }
      this.state.set({ connection: this.service.getConnectionState(), lastError: error });
      throw error;
    }
    if (session !== ctx.session) return;
    ctx.serviceReady = true;
    this.loginRetryDelay = LOGIN_RETRY_FIRST_MS;
    const changes = ctx.changes();
    if (me?.userID) changes.putUser(me, true);
    changes.patchState({ me: me?.userID ? me : this.state.get().me, connection: this.service.getConnectionState(), kickedOut: null });
    ctx.commit(changes);
    await this.syncFromService(session);
  }

  private scheduleLoginRetry(session: number): void {
    if (this.loginRetryTimer !== null) return;
    const delay = this.loginRetryDelay;
    this.loginRetryDelay = Math.min(LOGIN_RETRY_MAX_MS, delay * 2);
    this.loginRetryTimer = this.timers.setTimeout(() => {
      this.loginRetryTimer = null;
      if (session === this.ctx.session && !this.ctx.serviceReady) this.connect(session).catch((error) => this.ctx.reportError(error));
    }, delay);
  }

  /** After login or reconnection: the conversation list, the newest page of each loaded list, then the outbox. */
  private syncFromService(session: number): Promise<void> {
    if (this.syncRun) {
      this.syncAgain = true;
      return this.syncRun;
    }
    const run = async (): Promise<void> => {
      do {
        this.syncAgain = false;
        await this.sync(session);
      } while (this.syncAgain && session === this.ctx.session);
    };
    const running = run().finally(() => {
      if (this.syncRun === running) this.syncRun = null;
    });
    this.syncRun = running;
    return running;
  }

  private async sync(session: number): Promise<void> {
    const { ctx } = this;
    try {
      for (const conversationID of await syncConversations(ctx, session)) this.markReadInBackground(conversationID);
    } catch (error) {
      if (session === ctx.session) ctx.reportError(error);
    }
    // The open conversation may be one the list does not hold (a link, a new chat): ask for it.
    const active = this.state.get().activeConversationID;
    if (active && session === ctx.session && !ctx.conversation(active) && parseConversationID(active)?.type !== '@TIM#SYSTEM') {
      this.getOrCreateConversation(active).catch(() => {});
    }
    for (const list of [...ctx.lists.values()]) {
      if (session !== ctx.session) return;
      // Lists shown (or still waiting for their first page: nothing was cached for them).
      if (list.state.get().loaded || list.initialLoad) await this.paging.fetchNewest(list, session);
    }
    if (session === ctx.session) void this.sender.deliverOutbox();
  }

  private onConnectionState(session: number, connection: ConnectionState): void {
    this.state.set({ connection });
    // A login under way brings everything up to date when it ends.
    if (connection !== 'connected' || this.connectRun) return;
    if (!this.ctx.serviceReady) {
      if (this.loginRetryTimer !== null) this.timers.clearTimeout(this.loginRetryTimer);
      this.loginRetryTimer = null;
      this.connect(session).catch((error) => this.ctx.reportError(error));
    } else {
      this.syncFromService(session).catch((error) => this.ctx.reportError(error));
    }
  }

  private onKickedOut(reason: KickedOutReason): void {
    this.ctx.serviceReady = false;
    this.sender.abortAll();
    this.state.set({ kickedOut: reason, connection: 'disconnected' });
  }

  /** Run an operation the page asked for: a failure rejects (as a ChatError) and, unless told not to, shows in `lastError`. */
  private async operation<T>(task: () => Promise<T>, options: { report?: boolean } = {}): Promise<T> {
    try {
      return await task();
    } catch (thrown) {
      const error = toChatError(thrown);
      if (options.report !== false) this.state.set({ lastError: error });
      throw error;
    }
  }

  private requireConversationID(conversationID: string): void {
    if (!parseConversationID(conversationID)) {
      throw new ChatError(CHAT_ERROR.invalidArgument, `"${String(conversationID)}" is not a conversation ID.`);
    }
  }

  // ───────────────────────────── message lists ─────────────────────────────

  /** The list store of a conversation; its first page loads (cache, then service) on first use. */
  messageList(conversationID: string): StateStore<MessageListState> {
    const list = this.ctx.list(conversationID);
    if (!parseConversationID(conversationID)) return list.state;
    list.wanted = true;
    if (this.ctx.userID) void this.paging.ensureLoaded(list);
    return list.state;
  }

  /** One older page. Never rejects: a failure is the list's `error`. */
  loadOlder(conversationID: string): Promise<void> {
    if (!this.ctx.userID || !parseConversationID(conversationID)) return Promise.resolve();
    return this.paging.loadOlder(this.ctx.list(conversationID));
  }

  /** Load history back to a message (jump to a reply); false when it cannot be found. Never rejects. */
  async loadAround(conversationID: string, messageID: string): Promise<boolean> {
    if (!this.ctx.userID || !parseConversationID(conversationID) || typeof messageID !== 'string') return false;
    const list = this.ctx.list(conversationID);
    try {
      await this.paging.ensureLoaded(list);
      if (list.has(messageID)) return true;
      const target = await this.findMessageByID(messageID);
      if (!target || target.conversationID !== conversationID) return false;
      return await this.paging.loadAround(list, target);
    } catch (error) {
      list.patch({ error: toChatError(error) });
      return false;
    }
  }

  getLastMessages(conversationID: string, count: number): readonly Message[] {
    const n = Math.max(0, Math.min(LAST_MESSAGES_MAX, Math.floor(Number(count) || 0)));
    if (n === 0) return [];
    const list = this.ctx.findList(conversationID);
    if (list && list.size) return list.messages.slice(-n);
    const last = this.ctx.conversation(conversationID)?.lastMessage;
    return last ? [last] : [];
  }

  // ───────────────────────────── conversations ─────────────────────────────

  /** Make a conversation the open one and load it; resolves when its first page is in (never rejects for a load failure). */
  async openConversation(conversationID: string | null): Promise<void> {
    const { ctx } = this;
    if (conversationID === null) {
      this.state.set({ activeConversationID: null });
      return;
    }
    this.requireConversationID(conversationID);
    this.state.set({ activeConversationID: conversationID });
    if (!ctx.userID) return;
    const session = ctx.session;
    const loading = this.paging.ensureLoaded(ctx.list(conversationID));
    if (!ctx.conversation(conversationID) && ctx.serviceReady) this.getOrCreateConversation(conversationID).catch(() => {});
    await loading;
    if (session === ctx.session && this.state.get().activeConversationID === conversationID) this.readIfVisible(conversationID);
  }

  readingPosition(conversationID: string): ReadingPosition | null {
    return this.readingPositions.get(conversationID);
  }

  rememberReadingPosition(conversationID: string, position: ReadingPosition | null): void {
    this.readingPositions.set(conversationID, position);
  }

  setConversationVisible(visible: boolean): void {
    const active = this.state.get().activeConversationID;
    this.ctx.visibleConversationID = visible ? active : null;
    if (visible && active) this.readIfVisible(active);
  }

  private readIfVisible(conversationID: string): void {
    const { ctx } = this;
    if (!ctx.isReadingNow(conversationID) || !ctx.userID) return;
    const conversation = ctx.conversation(conversationID);
    const unreadShown = ctx.findList(conversationID)?.messages.some((m) => m.flow === 'in' && !m.isRead && !m.onlineOnly);
    if ((conversation && (conversation.unreadCount > 0 || conversation.atMe)) || unreadShown) {
      this.markConversationRead(conversationID).catch(() => {});
    }
  }

  async getOrCreateConversation(conversationID: string): Promise<Conversation> {
    return this.operation(async () => {
      const { ctx } = this;
      this.requireConversationID(conversationID);
      ctx.requireStarted();
      const known = ctx.conversation(conversationID);
      if (known && (known.userProfile || known.groupProfile || known.type === '@TIM#SYSTEM')) return known;
      const session = ctx.session;
      const askedAt = ctx.conversationClock;
      let conversation: Conversation;
      try {
        conversation = await this.service.getConversation(conversationID);
      } catch (error) {
        if (session === ctx.session && toChatError(error).code === CHAT_ERROR.conversationNotFound) this.noteMissing(conversationID, true);
        throw error;
      }
      if (session !== ctx.session) return conversation;
      this.noteMissing(conversationID, false);
      const changes = ctx.changes();
      mergeServiceConversation(ctx, changes, conversation, changes.conversation(conversationID) ? askedAt : undefined);
      ctx.commit(changes);
      return changes.conversation(conversationID) ?? conversation;
    });
  }

  /** Remember that the service has (or has not) this conversation, for the elements to say so. */
  private noteMissing(conversationID: string, missing: boolean): void {
    const current = this.state.get().missingConversationIDs;
    if (current.includes(conversationID) === missing) return;
    const next = missing ? [...current, conversationID] : current.filter((id) => id !== conversationID);
    this.state.set({ missingConversationIDs: Object.freeze(next) });
  }

  /** Fill in a conversation the store only knows from a message (its profile, unread…). */
  private fetchConversation(conversationID: string): void {
    const { ctx } = this;
    if (this.conversationFetches.has(conversationID) || !ctx.serviceReady) return;
    this.conversationFetches.add(conversationID);
    const session = ctx.session;
    const askedAt = ctx.conversationClock;
    this.service
      .getConversation(conversationID)
      .then((conversation) => {
        if (session !== ctx.session) return;
        const changes = ctx.changes();
        if (mergeServiceConversation(ctx, changes, conversation, askedAt)) this.markReadInBackground(conversationID);
        ctx.commit(changes);
      })
      .catch((error) => {
        if (session === ctx.session && !ctx.isOfflineError(toChatError(error))) ctx.reportError(error);
      })
      .finally(() => this.conversationFetches.delete(conversationID));
  }

  /** Delete a conversation; its messages stay unless `clearHistory` (as in TIM, where they stay by default). */
  async deleteConversation(conversationID: string, options: { clearHistory?: boolean } = {}): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      this.requireConversationID(conversationID);
      ctx.requireStarted();
      const clearHistory = options.clearHistory ?? false;
      const session = ctx.session;
      await this.service.deleteConversation(conversationID, { clearHistory });
      if (session !== ctx.session) return;
      const changes = ctx.changes();
      changes.deleteConversation(conversationID, true);
      if (this.state.get().activeConversationID === conversationID) changes.patchState({ activeConversationID: null });
      ctx.drafts.delete(conversationID);
      ctx.commit(changes);
      ctx.write(() => ctx.cache.putDraft(conversationID, null));
      if (clearHistory) {
        // Emptied, not dropped: elements keep the list store they subscribed to.
        ctx.findList(conversationID)?.reset();
        ctx.write(() => ctx.cache.deleteConversationMessages(conversationID));
        ctx.write(() => ctx.cache.setMeta(historyStartKey(conversationID), undefined));
      }
      await ctx.writesDone();
    });
  }

  /** Change a conversation at once, tell the service, and put it back if the service refuses. */
  private optimisticConversation(
    conversationID: string,
    change: (conversation: Conversation) => Conversation,
    remote: () => Promise<void>,
  ): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      this.requireConversationID(conversationID);
      ctx.requireStarted();
      const changes = ctx.changes();
      const before = changes.conversation(conversationID);
      if (!before) throw new ChatError(CHAT_ERROR.conversationNotFound, `There is no conversation "${conversationID}".`);
      const after = change(before);
      changes.putConversation(after, true);
      ctx.commit(changes);
      try {
        await remote();
      } catch (error) {
        const undo = ctx.changes();
        if (undo.conversation(conversationID) === after) {
          undo.putConversation(before, true);
          ctx.commit(undo);
        }
        throw error;
      }
    });
  }

  pinConversation(conversationID: string, pinned: boolean): Promise<void> {
    return this.optimisticConversation(
      conversationID,
      (c) => ({ ...c, isPinned: !!pinned }),
      () => this.service.pinConversation(conversationID, !!pinned),
    );
  }

  muteConversation(conversationID: string, muted: boolean): Promise<void> {
    return this.setMessageRemindType(conversationID, muted ? 'AcceptNotNotify' : 'AcceptAndNotify');
  }

  setMessageRemindType(conversationID: string, type: MessageRemindType): Promise<void> {
    if (type !== 'AcceptAndNotify' && type !== 'AcceptNotNotify' && type !== 'Discard') {
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, `Unknown remind type "${String(type)}".`));
    }
    return this.optimisticConversation(
      conversationID,
      (c) => ({ ...c, messageRemindType: type }),
      () => this.service.setMessageRemindType(conversationID, type),
    );
  }

  /** Keep a draft (with its edit time) in the conversation and the cache; '' text and user data clears it. */
  async setDraft(conversationID: string, draft: { text: string; userDefine?: string } | null): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      this.requireConversationID(conversationID);
      if (draft !== null && (!isObject(draft) || typeof draft.text !== 'string')) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'A draft needs its text.');
      }
      const userDefine = draft && typeof draft.userDefine === 'string' ? draft.userDefine : '';
      const value: Draft | null =
        draft && (draft.text !== '' || userDefine !== '') ? { text: draft.text, editTime: Math.floor(ctx.now() / 1000), userDefine } : null;
      ctx.drafts.set(conversationID, value);
      const changes = ctx.changes();
      const conversation = changes.conversation(conversationID);
      if (conversation) changes.putConversation({ ...conversation, draft: value }, true);
      ctx.commit(changes);
      await ctx.write(() => ctx.cache.putDraft(conversationID, value));
      if (ctx.serviceReady) {
        // Kept on this device whatever happens; the service copy is for other devices.
        this.service.setConversationDraft(conversationID, value).catch((error) => {
          if (!ctx.isOfflineError(toChatError(error))) ctx.reportError(error);
        });
      }
    });
  }

  getDraft(conversationID: string): Draft | null {
    const local = this.ctx.drafts.get(conversationID);
    if (local !== undefined) return local;
    return this.ctx.conversation(conversationID)?.draft ?? null;
  }

  /** Mark read, all or up to a message: at once here, then on the service (put back if it refuses). */
  async markConversationRead(conversationID: string, upTo?: Message): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      this.requireConversationID(conversationID);
      ctx.requireStarted();
      const changes = ctx.changes();
      let stillUnread = 0;
      for (const message of changes.listMessages(conversationID)) {
        if (message.flow !== 'in' || message.isRead || message.onlineOnly) continue;
        if (upTo && compareMessages(message, upTo) > 0) {
          stillUnread++;
          continue;
        }
        changes.upsertMessage({ ...message, isRead: true }, 'local', { persist: true });
      }
      const before = changes.conversation(conversationID);
      let after: Conversation | undefined;
      if (before) {
        const unreadCount = upTo ? Math.min(before.unreadCount, stillUnread) : 0;
        after = { ...before, unreadCount, atMe: unreadCount > 0 && before.atMe };
        changes.putConversation(after, true);
      }
      ctx.commit(changes);
      try {
        await this.service.markRead(conversationID, upTo);
      } catch (error) {
        const undo = ctx.changes();
        if (before && after && undo.conversation(conversationID) === after) {
          undo.putConversation({ ...after, unreadCount: before.unreadCount, atMe: before.atMe }, true);
          ctx.commit(undo);
        }
        throw error;
      }
    });
  }

  /** Messages arrived in the conversation being read: tell the service (one call at a time per conversation). */
  private markReadInBackground(conversationID: string): void {
    const { ctx } = this;
    if (!ctx.serviceReady) return;
    if (this.markReadRunning.has(conversationID)) {
      this.markReadAgain.add(conversationID);
      return;
    }
    const session = ctx.session;
    this.markReadRunning.add(conversationID);
    this.service
      .markRead(conversationID)
      .catch((error) => {
        if (session === ctx.session && !ctx.isOfflineError(toChatError(error))) ctx.reportError(error);
      })
      .finally(() => {
        this.markReadRunning.delete(conversationID);
        if (this.markReadAgain.delete(conversationID) && session === ctx.session) this.markReadInBackground(conversationID);
      });
  }

  // ───────────────────────────── sending ─────────────────────────────

  sendText(conversationID: string, text: string, options?: StoreSendOptions): Promise<Message> {
    return this.send(conversationID, { type: 'text', text }, options);
  }

  /**
   * Shows the message at once as `unSend`, keeps it in the outbox, and sends it. Resolves with the
   * delivered message; with the still-`unSend` message when there is no connection (it goes out
   * when the connection returns). Rejects with the ChatError when the service refused it (the
   * message is then `fail`, with the error on it, and can be resent).
   */
  send(conversationID: string, content: OutgoingContent | readonly OutgoingContent[], options: StoreSendOptions = {}): Promise<Message> {
    return this.sender.send(conversationID, content, options);
  }

  async resend(message: Message): Promise<Message> {
    this.ctx.requireStarted();
    if (!isObject(message) || !message.ID || !parseConversationID(message.conversationID)) {
      throw new ChatError(CHAT_ERROR.invalidArgument, 'resend() needs a message of this store.');
    }
    return this.sender.resend(message);
  }

  async cancelSend(message: Message): Promise<void> {
    return this.operation(async () => {
      this.ctx.requireStarted();
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'cancelSend() needs a message.');
      await this.sender.cancel(message);
    });
  }

  /** The service decides whether it may be recalled (sender, time limit); a refusal rejects and shows in `lastError`. */
  async revoke(message: Message): Promise<Message> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'revoke() needs a message.');
      const current = ctx.findList(message.conversationID)?.get(message.ID) ?? message;
      if (current.status !== 'success') throw new ChatError(CHAT_ERROR.revokeFailed, 'Only a delivered message can be recalled.');
      const session = ctx.session;
      const revoked = await this.service.revokeMessage(current);
      if (session !== ctx.session) return revoked;
      const changes = ctx.changes();
      const merged = changes.upsertMessage({ ...revoked, isRevoked: true, revoker: revoked.revoker || ctx.userID }, 'service', {
        persist: true,
        inRangeOnly: true,
      });
      const conversation = changes.conversation(merged.conversationID);
      if (conversation?.lastMessage?.ID === merged.ID) changes.putConversation({ ...conversation, lastMessage: merged }, true);
      ctx.commit(changes);
      return merged;
    });
  }

  canDeleteFromHistory(conversationID: string): boolean {
    const type = parseConversationID(conversationID)?.type;
    return (type === 'C2C' || type === 'GROUP') && this.service.features?.deleteFromHistory !== false;
  }

  async deleteMessages(messages: readonly Message[], options: { fromStorage?: boolean } = {}): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      if (!Array.isArray(messages)) throw new ChatError(CHAT_ERROR.invalidArgument, 'deleteMessages() needs a list of messages.');
      const valid = messages.filter((m) => isObject(m) && m.ID && parseConversationID(m.conversationID));
      if (valid.length === 0) return;
      const session = ctx.session;
      if (options.fromStorage) {
        const onServer = valid.filter((m) => m.status === 'success' && !m.onlineOnly);
        if (onServer.length) await this.service.deleteMessages(onServer);
        if (session !== ctx.session) return;
      }
      this.sender.forget(valid);
      const changes = ctx.changes();
      const removed = new Set<string>();
      const touched = new Set<string>();
      for (const message of valid) {
        // Only this device: a tombstone keeps the server's copy from coming back.
        const hide = !options.fromStorage && message.status === 'success';
        if (hide) ctx.hiddenIDs.add(message.ID);
        changes.removeMessage(message, hide ? 'tombstone' : 'delete');
        removed.add(message.ID);
        touched.add(message.conversationID);
      }
      for (const conversationID of touched) refreshLastMessage(ctx, changes, conversationID, removed, true);
      ctx.commit(changes);
      await ctx.writesDone();
    });
  }

  /** One message to several users (not groups), each its own C2C message; a result per user. */
  async sendToUsers(userIDs: readonly string[], content: OutgoingContent, options: StoreSendOptions = {}): Promise<BatchSendResult[]> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      const targets = [...new Set((Array.isArray(userIDs) ? userIDs : []).filter((id) => typeof id === 'string' && id !== ''))];
      if (targets.length === 0) throw new ChatError(CHAT_ERROR.invalidArgument, 'sendToUsers() needs at least one userID.');
      const batch = this.sender.batchMessage(targets, content, options);
      const session = ctx.session;
      const results = await this.service.sendToUsers(batch.message, targets, batch.options);
      if (session !== ctx.session) return results;
      const changes = ctx.changes();
      const shown = results.map((result): BatchSendResult => {
        if (!result.message) return result;
        const delivered = changes.upsertMessage({ ...result.message, status: 'success', isRead: true }, 'service', {
          persist: !result.message.onlineOnly,
        });
        touchConversation(ctx, changes, delivered);
        return { ...result, message: delivered };
      });
      ctx.commit(changes);
      return shown;
    });
  }

  // ───────────────────────────── local messages ─────────────────────────────

  /** Put messages into this device's history (not sent). Good ones go in; bad ones are named in the rejection. */
  async importMessages(messages: readonly Message[]): Promise<void> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      if (!Array.isArray(messages)) throw new ChatError(CHAT_ERROR.invalidArgument, 'importMessages() needs a list of messages.');
      const rejected: Array<{ index: number; reason: string }> = [];
      const changes = ctx.changes();
      messages.forEach((message, index) => {
        if (!isObject(message) || typeof message.ID !== 'string' || !message.ID) {
          rejected.push({ index, reason: 'missing ID' });
        } else if (!parseConversationID(message.conversationID)) {
          rejected.push({ index, reason: `bad conversationID "${String(message.conversationID)}"` });
        } else if (!Array.isArray(message.elements)) {
          rejected.push({ index, reason: 'missing elements' });
        } else {
          ctx.hiddenIDs.delete(message.ID);
          const imported = changes.upsertMessage({ ...ownedBy(message, ctx.userID), isDeleted: false }, 'cache', { persist: true, inRangeOnly: true });
          touchConversation(ctx, changes, imported);
        }
      });
      ctx.commit(changes);
      await ctx.writesDone();
      if (rejected.length) {
        const named = rejected
          .slice(0, 5)
          .map((r) => `#${r.index}: ${r.reason}`)
          .join('; ');
        throw new ChatError(CHAT_ERROR.invalidArgument, `${rejected.length} of ${messages.length} messages were not imported (${named}).`, {
          imported: messages.length - rejected.length,
          rejected,
        });
      }
    });
  }

  /** Save a message on this device without sending it (a local tip, a note). */
  async saveMessage(
    conversationID: string,
    elements: readonly MessageElement[],
    options: { from?: string; customInt?: number; customStr?: string } = {},
  ): Promise<Message> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      const parsed = parseConversationID(conversationID);
      if (!parsed) throw new ChatError(CHAT_ERROR.invalidArgument, `"${String(conversationID)}" is not a conversation ID.`);
      if (!Array.isArray(elements) || elements.length === 0 || !elements.every((e) => isObject(e) && ELEMENT_TYPES.includes(e.type))) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'saveMessage() needs one or more message elements.');
      }
      const from = typeof options.from === 'string' && options.from ? options.from : ctx.userID;
      const mine = from === ctx.userID;
      const nowMs = ctx.now();
      const random = randomUint32();
      const seconds = Math.floor(nowMs / 1000);
      const time = ctx.stampSeconds(conversationID);
      const message: Message = {
        ...EMPTY_MESSAGE,
        ID: createMessageID(from, nowMs, random),
        conversationID,
        conversationType: parsed.type,
        from,
        to: mine || parsed.type === 'GROUP' ? parsed.targetID : ctx.userID,
        flow: mine ? 'out' : 'in',
        time,
        clientTime: seconds,
        random,
        status: 'success',
        isRead: true,
        customInt: Number.isFinite(options.customInt) ? Math.trunc(options.customInt!) : 0,
        customStr: typeof options.customStr === 'string' ? options.customStr : '',
        elements: Object.freeze([...elements]),
      };
      const changes = ctx.changes();
      const saved = changes.upsertMessage(message, 'local', { persist: true });
      touchConversation(ctx, changes, saved);
      ctx.commit(changes);
      await ctx.writesDone();
      return saved;
    });
  }

  /** Set the local-only `customInt` / `customStr` (never sent; kept when a server copy arrives). */
  async setLocalCustomData(message: Message, data: { customInt?: number; customStr?: string }): Promise<Message> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'setLocalCustomData() needs a message.');
      if (data.customInt !== undefined && !Number.isFinite(data.customInt)) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'customInt must be a finite number.');
      }
      if (data.customStr !== undefined && typeof data.customStr !== 'string') {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'customStr must be a string.');
      }
      const current =
        ctx.findList(message.conversationID)?.get(message.ID) ?? (await ctx.cache.getMessage(message.ID).catch(() => undefined)) ?? message;
      const updated: Message = {
        ...current,
        customInt: data.customInt !== undefined ? Math.trunc(data.customInt) : current.customInt,
        customStr: data.customStr !== undefined ? data.customStr : current.customStr,
      };
      const changes = ctx.changes();
      const merged = changes.upsertMessage(updated, 'local', { persist: !current.onlineOnly, inRangeOnly: true });
      const conversation = changes.conversation(merged.conversationID);
      if (conversation?.lastMessage?.ID === merged.ID) changes.putConversation({ ...conversation, lastMessage: merged }, true);
      ctx.commit(changes);
      await ctx.writesDone();
      return merged;
    });
  }

  /** Memory, then the cache, then the service. Messages deleted on this device are not found. */
  async findMessageByID(messageID: string): Promise<Message | undefined> {
    return this.operation(
      async () => {
        const { ctx } = this;
        if (typeof messageID !== 'string' || !messageID || ctx.hiddenIDs.has(messageID)) return undefined;
        const inMemory = ctx.findInMemory(messageID);
        if (inMemory) return inMemory;
        const cached = await ctx.cache.getMessage(messageID).catch(() => undefined);
        if (cached) return cached.isDeleted ? undefined : cached;
        if (!ctx.serviceReady) return undefined;
        const [found] = await this.service.findMessages([messageID]);
        return found && !found.isDeleted ? found : undefined;
      },
      { report: false },
    );
  }

  /** Memory, then the cache (a service has no search by locator). */
  async findMessageByLocator(locator: MessageLocator): Promise<Message | undefined> {
    if (!isObject(locator) || !parseConversationID(locator.conversationID)) return undefined;
    const matches = (m: Message): boolean =>
      m.time === locator.time && m.sequence === locator.sequence && m.random === locator.random && (m.flow === 'out') === !!locator.isSelf;
    const inMemory = this.ctx.findList(locator.conversationID)?.messages.find(matches);
    if (inMemory) return inMemory;
    const cached = await this.ctx.cache.findByLocator(locator).catch(() => undefined);
    return cached && !cached.isDeleted ? cached : undefined;
  }

  async downloadElement(message: Message, elementIndex: number, onProgress?: (loaded: number, total: number) => void): Promise<Blob> {
    return this.operation(
      async () => {
        this.ctx.requireStarted();
        if (!isObject(message) || !Array.isArray(message.elements) || !Number.isInteger(elementIndex) || !message.elements[elementIndex]) {
          throw new ChatError(CHAT_ERROR.invalidArgument, 'downloadElement() needs a message and the index of one of its elements.');
        }
        return this.service.downloadElement(message, elementIndex, onProgress ? { onProgress } : {});
      },
      { report: false },
    );
  }

  // ───────────────────────────── groups, typing ─────────────────────────────

  async loadGroupMembers(groupID: string): Promise<readonly GroupMember[]> {
    return this.operation(async () => {
      const { ctx } = this;
      ctx.requireStarted();
      if (typeof groupID !== 'string' || !groupID) throw new ChatError(CHAT_ERROR.invalidArgument, 'loadGroupMembers() needs a groupID.');
      const session = ctx.session;
      const members = Object.freeze(await this.service.getGroupMembers(groupID));
      if (session === ctx.session) {
        this.state.set((state) => ({ groupMembers: Object.freeze({ ...state.groupMembers, [groupID]: members }) }));
      }
      return members;
    });
  }

  supportsTyping(conversationID: string): boolean {
    const type = parseConversationID(conversationID)?.type;
    return type === 'C2C' || (type === 'GROUP' && this.service.features?.groupTyping === true);
  }

  /** Tell the others in a conversation this user is typing, or stopped (TUIKit's online-only signal). */
  async sendTyping(conversationID: string, isTyping = true): Promise<void> {
    return this.operation(
      async () => {
        const { ctx } = this;
        ctx.requireStarted();
        const parsed = parseConversationID(conversationID);
        if (!parsed || !this.supportsTyping(conversationID)) {
          throw new ChatError(CHAT_ERROR.invalidArgument, `Typing status cannot be sent in "${String(conversationID)}".`);
        }
        const nowMs = ctx.now();
        const random = randomUint32();
        const me = this.state.get().me;
        const message: Message = {
          ...EMPTY_MESSAGE,
          ID: createMessageID(ctx.userID, nowMs, random),
          conversationID,
          conversationType: parsed.type,
          from: ctx.userID,
          to: parsed.targetID,
          flow: 'out',
          time: Math.floor(ctx.serverClock.nowMs() / 1000),
          clientTime: Math.floor(nowMs / 1000),
          random,
          status: 'unSend',
          onlineOnly: true,
          nick: me?.nick ?? '',
          avatar: me?.avatar ?? '',
          elements: [typingCustomElem(isTyping !== false)],
        };
        await this.service.sendMessage(message, { onlineOnly: true });
      },
      { report: false },
    );
  }

  /** Drop "typing…" marks when their time is up. */
  private scheduleTypingExpiry(): void {
    const { ctx } = this;
    const until = nextTypingExpiry(this.state.get().typing);
    if (!Number.isFinite(until)) return;
    if (this.typingTimer !== null) this.timers.clearTimeout(this.typingTimer);
    const session = ctx.session;
    this.typingTimer = this.timers.setTimeout(() => {
      this.typingTimer = null;
      if (session !== ctx.session) return;
      ctx.guard(() => {
        const now = ctx.now();
        const changes = ctx.changes();
        for (const [conversationID, users] of Object.entries(this.state.get().typing)) {
          for (const [userID, time] of Object.entries(users)) if (time <= now) changes.setTyping(conversationID, userID, null);
        }
        ctx.commit(changes, { persist: false });
        this.scheduleTypingExpiry();
      });
    }, Math.max(0, until - ctx.now()));
  }
}
