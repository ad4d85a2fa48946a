// Long by design: one short method per operation of the public API (chat-store-api.ts); the work
// itself lives in the parts it wires up here (paging, sending, incoming events, sync, batches).
import { LinkPreviewCache, type LinkPreviewResolver } from '../link-preview/index.js';
import type { Forwarding, ForwardOptions, ForwardResult } from './forwarding.js';
import type { ChatCache } from '../cache/chat-cache.js';
import { MemoryCache } from '../cache/memory-cache.js';
import { CHAT_ERROR, ChatError, toChatError, unsupportedFeature } from '../errors.js';
import type { Conversation, Draft, MessageRemindType } from '../model/conversation.js';
import { ELEMENT_TYPES, type MessageElement } from '../model/elements.js';
import { parseConversationID } from '../model/ids.js';
import { compareMessages, EMPTY_MESSAGE, matchesLocator, type Message, type MessageLocator } from '../model/message.js';
import type { GroupMember, UserProfile } from '../model/profile.js';
import { typingCustomElem } from '../model/tuikit-wire.js';
import type { BatchSendResult, ChatService, ChatServiceEvents, ConnectionState, KickedOutReason } from '../service/chat-service.js';
import type { ChatState, ChatStoreApi, MessageListState, OutgoingContent, StoreSendOptions } from './chat-store-api.js';
import { mergeServiceConversation, refreshLastMessage, touchConversation } from './conversation-updates.js';
import { CacheWrites } from './cache-writes.js';
import { CoalescingQueue } from './coalescing-queue.js';
import type { ConversationUpdateDeps } from './conversation-updates.js';
import { applyEvents, queueExternalChange, type IncomingEventsDeps, type StoreEvent } from './incoming-events.js';
import { LocalEdits } from './local-edits.js';
import { MentionedProfiles } from './mentioned-profiles.js';
import type { MessageReactions } from './message-reactions.js';
import type { ReadReceipts } from './read-receipts.js';
import { MessageLists } from './message-lists.js';
import { historyStartKey, MessagePaging } from './message-paging.js';
import { MessageSender } from './message-sender.js';
import { createMessageID, randomUint32 } from './outgoing-message.js';
import { ReadingPositions, type ReadingPosition } from './reading-positions.js';
import { SERVER_CLOCK_KEY, ServerClock } from './server-clock.js';
import { initialState } from './initial-state.js';
import { StateStore } from './state-store.js';
import { StoreBatches } from './store-batches.js';
import { isObject, isOfflineError, StateErrorSink } from './store-errors.js';
import { requireStarted, StoreSession } from './store-session.js';
import { nextTypingExpiry } from '../typing/typing-state.js';
import { systemTimers, type Timers } from '../util/timers.js';
import { fillFromCache, syncConversations, type StoreSyncDeps } from './store-sync.js';
import type { ConversionKind, ConversionsState, MessageConversions } from './message-conversions.js';
import { availableMessageActions, type MessageAction } from './selectors/message-actions.js';
import { recallWindowSeconds } from './selectors/recall-window.js';
import type { MessageEdits } from './message-edits.js';
import type { PinnedMessages } from './pinned-messages.js';
import type { OnServiceEvent, StoreExtension, StoreFeature, StoreInternals } from './store-extension.js';
import type { PinnedMessage } from '../model/pinned-message.js';

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
  /**
   * Link previews: the app's server fetches a page's Open Graph data (title, description, image,
   * site name) for a URL. Without it messages show plain links. Answers are cached per URL.
   */
  linkPreview?: LinkPreviewResolver;
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
  readonly linkPreviews: LinkPreviewCache | null;
  readonly service: ChatService;
  private readonly paging: MessagePaging;
  private readonly sender: MessageSender;
  /** The features installed (`use`), by name: reactions, edits, pins… (`message-features.ts`). */
  private readonly extensions = new Map<string, StoreExtension>();
  private readonly internals: StoreInternals;
  /** The session whose service events the store listens to (a feature installed during it listens too). */
  private subscribedSession = -1;
  /** The cache the app gave (a session that could not open it runs on a MemoryCache instead). */
  private readonly configuredCache: ChatCache;

  // The parts' shared pieces, each handed only to the parts that need it.
  private readonly session = new StoreSession();
  private readonly local = new LocalEdits();
  private readonly lists = new MessageLists();
  private readonly errors: StateErrorSink;
  private readonly cache: CacheWrites;
  private readonly events: CoalescingQueue<StoreEvent>;
  private readonly batches: StoreBatches;
  /** The server's clock as learned from its timestamps: new messages are stamped with it. */
  private readonly serverClock: ServerClock;
  /** Fetches the profiles of people that tips and notices name and the store has not met. */
  private readonly mentionedProfiles: MentionedProfiles;
  private readonly conversationDeps: ConversationUpdateDeps;
  private readonly incomingDeps: IncomingEventsDeps;
  private readonly syncDeps: StoreSyncDeps;
  private readonly now: () => number;
  /**
   * Which conversation a view said is on screen: undefined while no view reports (a headless store
   * treats the open conversation as read), else the conversation open when it last reported, or null.
   * A report is about that conversation only: opening another one waits for the view's next report.
   */
  private visibleConversationID: string | null | undefined = undefined;

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
    this.linkPreviews = typeof options.linkPreview === 'function' ? new LinkPreviewCache({ resolve: options.linkPreview }) : null;
    const service = (this.service = options.service);
    this.configuredCache = options.cache ?? new MemoryCache();
    const timers = (this.timers = options.timers ?? systemTimers);
    const now = (this.now = options.now ?? (() => timers.now()));
    const pageSize = Math.max(1, Math.floor(options.pageSize ?? 20));
    const state = (this.state = new StateStore<ChatState>(initialState(options.locale ?? 'en')));
    const { session, local, lists } = this;
    const errors = (this.errors = new StateErrorSink(state));
    const cache = (this.cache = new CacheWrites(this.configuredCache, session, state));
    const serverClock = (this.serverClock = new ServerClock(now));
    this.events = new CoalescingQueue<StoreEvent>((events) => errors.guard(() => applyEvents(this.incomingDeps, events)), timers);
    const batches = (this.batches = new StoreBatches({
      host: { state, list: (id) => lists.list(id), findList: (id) => lists.findList(id) },
      pendingEvents: this.events,
      cache,
      onCommitted: (changes) => this.mentionedProfiles.noteChanges(changes),
    }));
    this.mentionedProfiles = new MentionedProfiles({ session, state, service, batches, errors, timers });
    const persistServerClock = () => this.persistServerClock();
    this.conversationDeps = {
      session,
      local,
      cache,
      batches,
      errors,
      isReadingNow: (id) => this.isReadingNow(id),
      fetchConversation: (id) => this.fetchConversation(id),
    };
    this.incomingDeps = {
      ...this.conversationDeps,
      batches,
      state,
      lists,
      serverClock,
      now,
      persistServerClock,
      markReadInBackground: (id) => this.markReadInBackground(id),
      scheduleTypingExpiry: () => this.scheduleTypingExpiry(),
    };
    this.syncDeps = { ...this.conversationDeps, service, serverClock };
    this.paging = new MessagePaging({ service, session, cache, batches, errors, local, pageSize });
    this.sender = new MessageSender({
      session,
      local,
      cache,
      batches,
      errors,
      fetchConversation: (id) => this.fetchConversation(id),
      service,
      state,
      lists,
      serverClock,
      timers,
      now,
      stampSeconds: (id) => this.stampSeconds(id),
      persistServerClock,
    });
    this.internals = {
      service,
      session,
      state,
      lists,
      batches,
      errors,
      sender: this.sender,
      now,
      timers: this.timers,
      stampSeconds: (id) => this.stampSeconds(id),
      wantProfiles: (ids) => this.mentionedProfiles.want(ids),
      searchCache: (query, options) => this.cache.current.searchMessages(query, options),
    };
  }

  // ───────────────────────────── features ─────────────────────────────

  /**
   * Give the store a feature (`message-features.ts`: reactions, translate, edits, pins,
   * forwarding). Each is installed once; installing again returns the one installed. A feature
   * installed while a session runs joins it at once. `<tim-message-list>` installs the ones it shows.
   */
  use<T extends StoreExtension>(feature: StoreFeature<T>): T {
    const installed = this.extensions.get(feature.name);
    if (installed) return installed as T;
    const extension = feature.create(this.internals);
    this.extensions.set(feature.name, extension);
    if (this.subscribedSession === this.session.id) extension.subscribe?.(this.serviceListener(this.session.id));
    if (this.session.serviceReady) extension.connected?.();
    for (const list of this.lists.all()) if (list.wanted) extension.listOpened?.(list.state);
    const active = this.state.get().activeConversationID;
    if (active && this.session.serviceReady) extension.conversationShown?.(active);
    return extension;
  }

  /** The installed feature of that name, if any. */
  private installed<T extends StoreExtension>(name: string): T | undefined {
    return this.extensions.get(name) as T | undefined;
  }

  /** The installed feature, or a rejection with `unsupported` (the app did not install it). */
  private feature<T extends StoreExtension>(name: string): T {
    const extension = this.installed<T>(name);
    if (!extension) throw unsupportedFeature(name, 'This store (no store.use() for it)');
    return extension;
  }

  /** Every installed feature's hook of that name. */
  private forEachExtension(run: (extension: StoreExtension) => void): void {
    for (const extension of this.extensions.values()) this.errors.guard(() => run(extension));
  }

  // ───────────────────────────── lifecycle ─────────────────────────────

  start(userID: string, userSig?: string): Promise<void> {
    if (typeof userID !== 'string' || userID === '') {
      return Promise.reject(new ChatError(CHAT_ERROR.invalidArgument, 'start() needs a userID.'));
    }
    if (this.session.userID === userID && this.starting) return this.starting;
    const starting = (async () => {
      if (this.session.userID) await this.stop();
      const session = ++this.session.id;
      this.session.userID = userID;
      this.userSig = userSig;
      this.cache.current = this.configuredCache;
      this.subscribe(session);
      try {
        await this.cache.current.open();
      } catch (error) {
        this.fallBackToMemory(error);
      }
      await fillFromCache(this.syncDeps, session, (blob) => this.sender.previewUrl(blob));
      // Lists asked for before the start (and the open conversation) show their cached page now.
      const active = this.state.get().activeConversationID;
      if (active) this.lists.list(active).wanted = true;
      for (const list of this.lists.all()) {
        if (list.wanted && session === this.session.id) void this.paging.ensureLoaded(list);
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
    if (!this.session.userID) return;
    this.session.id++;
    this.session.serviceReady = false;
    this.starting = this.connectRun = this.syncRun = null;
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.events.clear();
    if (this.typingTimer !== null) this.timers.clearTimeout(this.typingTimer);
    if (this.loginRetryTimer !== null) this.timers.clearTimeout(this.loginRetryTimer);
    this.typingTimer = this.loginRetryTimer = null;
    // Uploads stop; their messages stay in the outbox and go out on the next start.
    this.sender.stop();
    await this.cache.writesDone();
    if (options.clearCache) await this.cache.current.clear().catch(() => {});
    await this.service.logout().catch(() => {});
    await this.cache.current.close().catch(() => {});
    // Emptied, not dropped: elements keep the list stores they subscribed to.
    for (const list of this.lists.all()) this.errors.guard(() => list.reset());
    this.local.drafts.clear();
    this.local.hiddenIDs.clear();
    this.markReadRunning.clear();
    this.markReadAgain.clear();
    this.conversationFetches.clear();
    this.readingPositions.clear();
    this.forEachExtension((extension) => extension.reset?.());
    this.session.userID = '';
    this.userSig = undefined;
    this.errors.guard(() => this.state.set(initialState(this.state.get().locale ?? 'en')));
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
    this.events.flush();
    await this.events.idle();
    await this.cache.writesDone();
  }

  /** Subscribes to service events for `session` (dropped on sign-out); a handler's throw is reported. */
  private serviceListener(session: number): OnServiceEvent {
    return <K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): void => {
      this.unsubscribers.push(
        this.service.on(event, (payload) => {
          if (session !== this.session.id) return;
          try {
            handler(payload ?? ({} as ChatServiceEvents[K]));
          } catch (error) {
            this.errors.reportError(error);
          }
        }),
      );
    };
  }

  private subscribe(session: number): void {
    this.subscribedSession = session;
    const on = this.serviceListener(session);
    const push = this.events.push.bind(this.events);
    on('messageReceived', ({ messages }) => push({ kind: 'received', messages: messages ?? [], source: 'service' }));
    on('messageRevoked', ({ messages }) => {
      this.forEachExtension((extension) => extension.recalled?.(messages ?? []));
      push({ kind: 'revoked', messages: messages ?? [] });
    });
    on('messageReadByPeer', ({ conversationID, peerReadTime }) => push({ kind: 'peerRead', conversationID, peerReadTime }));
    on('conversationUpdated', ({ conversations }) =>
      push({ kind: 'conversations', conversations: conversations ?? [], source: 'service' }),
    );
    on('conversationDeleted', ({ conversationIDs }) =>
      push({ kind: 'conversationsDeleted', conversationIDs: conversationIDs ?? [], persist: true }),
    );
    on('messageDeleted', ({ conversationID, messageIDs }) =>
      push({ kind: 'messagesDeleted', conversationID, messageIDs: messageIDs ?? [], persist: true }),
    );
    on('groupUpdated', ({ group }) => push({ kind: 'group', group }));
    on('messageModified', ({ messages }) => push({ kind: 'modified', messages: messages ?? [] }));
    on('profileUpdated', ({ profiles }) => push({ kind: 'profiles', profiles: profiles ?? [] }));
    on('connectionStateChanged', ({ state }) => this.onConnectionState(session, state));
    on('kickedOut', ({ reason }) => this.onKickedOut(reason));
    on('error', ({ error }) => {
      // The backend's own storage fell back to memory (the embedded one does, like the cache): the
      // same single storage warning, not an error.
      if (isObject(error) && error.code === CHAT_ERROR.storage) {
        if (!this.state.get().cacheWarning) this.state.set({ cacheWarning: { kind: 'unavailable', message: String(error.message ?? '') } });
        return;
      }
      this.errors.reportError(error);
    });
    this.forEachExtension((extension) => extension.subscribe?.(on));
    this.subscribeCache(session);
  }

  private subscribeCache(session: number): void {
    this.unsubscribers.push(
      this.cache.current.onWarning((warning) => {
        if (session === this.session.id) this.state.set({ cacheWarning: warning });
      }),
      this.cache.current.onExternalChange((change) => {
        if (session === this.session.id) queueExternalChange(this.events, change);
      }),
    );
  }

  /** The cache could not even open: keep going in memory and say so once. */
  private fallBackToMemory(error: unknown): void {
    const detail = toChatError(error, CHAT_ERROR.storage).message;
    this.cache.current = new MemoryCache();
    this.subscribeCache(this.session.id);
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
    let me: UserProfile;
    // The cache is on screen meanwhile; say that the chat is on its way rather than offline.
    if (this.state.get().connection === 'disconnected') this.state.set({ connection: 'connecting' });
    try {
      me = await this.service.login({ userID: this.session.userID, ...(this.userSig !== undefined ? { userSig: this.userSig } : {}) });
    } catch (thrown) {
      const error = toChatError(thrown);
      if (session !== this.session.id) return;
      if (isOfflineError(this.service, error)) {
        // No connection: keep showing the cache, and try again later.
        this.state.set({ connection: 'disconnected', lastError: error });
        this.scheduleLoginRetry(session);
        return;
      }
      this.state.set({ connection: this.service.getConnectionState(), lastError: error });
      throw error;
    }
    if (session !== this.session.id) return;
    this.session.serviceReady = true;
    this.loginRetryDelay = LOGIN_RETRY_FIRST_MS;
    const changes = this.batches.changes();
    if (me?.userID) changes.putUser(me, true);
    changes.patchState({ me: me?.userID ? me : this.state.get().me, connection: this.service.getConnectionState(), kickedOut: null });
    this.batches.commit(changes);
    this.forEachExtension((extension) => extension.connected?.());
    await this.syncFromService(session);
  }

  private scheduleLoginRetry(session: number): void {
    if (this.loginRetryTimer !== null) return;
    const delay = this.loginRetryDelay;
    this.loginRetryDelay = Math.min(LOGIN_RETRY_MAX_MS, delay * 2);
    this.loginRetryTimer = this.timers.setTimeout(() => {
      this.loginRetryTimer = null;
      if (session === this.session.id && !this.session.serviceReady) this.connect(session).catch((error) => this.errors.reportError(error));
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
      } while (this.syncAgain && session === this.session.id);
    };
    const running = run().finally(() => {
      if (this.syncRun === running) this.syncRun = null;
    });
    this.syncRun = running;
    return running;
  }

  private async sync(session: number): Promise<void> {
    try {
      for (const conversationID of await syncConversations(this.syncDeps, session)) this.markReadInBackground(conversationID);
    } catch (error) {
      if (session === this.session.id) this.errors.reportError(error);
    }
    // The open conversation may be one the list does not hold (a link, a new chat): ask for it.
    const active = this.state.get().activeConversationID;
    if (active && session === this.session.id && !this.conversation(active) && parseConversationID(active)?.type !== '@TIM#SYSTEM') {
      this.getOrCreateConversation(active).catch(() => {});
    }
    for (const list of [...this.lists.all()]) {
      if (session !== this.session.id) return;
      // Lists shown (or still waiting for their first page: nothing was cached for them).
      if (list.state.get().loaded || list.initialLoad) await this.paging.fetchNewest(list, session);
    }
    if (session === this.session.id) void this.sender.deliverOutbox();
    if (active && session === this.session.id) this.conversationShown(active);
  }

  private onConnectionState(session: number, connection: ConnectionState): void {
    this.state.set({ connection });
    // A login under way brings everything up to date when it ends.
    if (connection !== 'connected' || this.connectRun) return;
    if (!this.session.serviceReady) {
      if (this.loginRetryTimer !== null) this.timers.clearTimeout(this.loginRetryTimer);
      this.loginRetryTimer = null;
      this.connect(session).catch((error) => this.errors.reportError(error));
    } else {
      this.syncFromService(session).catch((error) => this.errors.reportError(error));
    }
  }

  private onKickedOut(reason: KickedOutReason): void {
    this.session.serviceReady = false;
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
    const list = this.lists.list(conversationID);
    if (!parseConversationID(conversationID)) return list.state;
    list.wanted = true;
    if (this.session.userID) void this.paging.ensureLoaded(list);
    this.forEachExtension((extension) => extension.listOpened?.(list.state));
    return list.state;
  }

  /** One older page. Never rejects: a failure is the list's `error`. */
  loadOlder(conversationID: string): Promise<void> {
    if (!this.session.userID || !parseConversationID(conversationID)) return Promise.resolve();
    return this.paging.loadOlder(this.lists.list(conversationID));
  }

  /** Load history back to a message (jump to a reply); false when it cannot be found. Never rejects. */
  async loadAround(conversationID: string, messageID: string): Promise<boolean> {
    if (!this.session.userID || !parseConversationID(conversationID) || typeof messageID !== 'string') return false;
    const list = this.lists.list(conversationID);
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
    const list = this.lists.findList(conversationID);
    if (list && list.size) return list.messages.slice(-n);
    const last = this.conversation(conversationID)?.lastMessage;
    return last ? [last] : [];
  }

  // ───────────────────────────── conversations ─────────────────────────────

  /** Make a conversation the open one and load it; resolves when its first page is in (never rejects for a load failure). */
  async openConversation(conversationID: string | null): Promise<void> {
    if (conversationID === null) {
      this.state.set({ activeConversationID: null });
      return;
    }
    this.requireConversationID(conversationID);
    this.state.set({ activeConversationID: conversationID });
    if (!this.session.userID) return;
    const session = this.session.id;
    const loading = this.paging.ensureLoaded(this.lists.list(conversationID));
    if (!this.conversation(conversationID) && this.session.serviceReady) this.getOrCreateConversation(conversationID).catch(() => {});
    if (this.session.serviceReady) this.conversationShown(conversationID);
    await loading;
    if (session === this.session.id && this.state.get().activeConversationID === conversationID) this.readIfVisible(conversationID);
  }

  readingPosition(conversationID: string): ReadingPosition | null {
    return this.readingPositions.get(conversationID);
  }

  rememberReadingPosition(conversationID: string, position: ReadingPosition | null): void {
    this.readingPositions.set(conversationID, position);
  }

  setConversationVisible(visible: boolean): void {
    const active = this.state.get().activeConversationID;
    this.visibleConversationID = visible ? active : null;
    if (visible && active) this.readIfVisible(active);
  }

  private readIfVisible(conversationID: string): void {
    if (!this.isReadingNow(conversationID) || !this.session.userID) return;
    const conversation = this.conversation(conversationID);
    const unreadShown = this.lists.findList(conversationID)?.messages.some((m) => m.flow === 'in' && !m.isRead && !m.onlineOnly);
    if ((conversation && (conversation.unreadCount > 0 || conversation.atMe)) || unreadShown) {
      this.markConversationRead(conversationID).catch(() => {});
    }
  }

  async getOrCreateConversation(conversationID: string): Promise<Conversation> {
    return this.operation(async () => {
      this.requireConversationID(conversationID);
      requireStarted(this.session);
      const known = this.conversation(conversationID);
      if (known && (known.userProfile || known.groupProfile || known.type === '@TIM#SYSTEM')) return known;
      const session = this.session.id;
      const askedAt = this.batches.conversationClock;
      let conversation: Conversation;
      try {
        conversation = await this.service.getConversation(conversationID);
      } catch (error) {
        if (session === this.session.id && toChatError(error).code === CHAT_ERROR.conversationNotFound)
          this.noteMissing(conversationID, true);
        throw error;
      }
      if (session !== this.session.id) return conversation;
      this.noteMissing(conversationID, false);
      const changes = this.batches.changes();
      mergeServiceConversation(this.conversationDeps, changes, conversation, changes.conversation(conversationID) ? askedAt : undefined);
      this.batches.commit(changes);
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
    if (this.conversationFetches.has(conversationID) || !this.session.serviceReady) return;
    this.conversationFetches.add(conversationID);
    const session = this.session.id;
    const askedAt = this.batches.conversationClock;
    this.service
      .getConversation(conversationID)
      .then((conversation) => {
        if (session !== this.session.id) return;
        const changes = this.batches.changes();
        if (mergeServiceConversation(this.conversationDeps, changes, conversation, askedAt)) this.markReadInBackground(conversationID);
        this.batches.commit(changes);
      })
      .catch((error) => {
        if (session === this.session.id && !isOfflineError(this.service, toChatError(error))) this.errors.reportError(error);
      })
      .finally(() => this.conversationFetches.delete(conversationID));
  }

  /** Delete a conversation; its messages stay unless `clearHistory` (as in TIM, where they stay by default). */
  async deleteConversation(conversationID: string, options: { clearHistory?: boolean } = {}): Promise<void> {
    return this.operation(async () => {
      this.requireConversationID(conversationID);
      requireStarted(this.session);
      const clearHistory = options.clearHistory ?? false;
      const session = this.session.id;
      await this.service.deleteConversation(conversationID, { clearHistory });
      if (session !== this.session.id) return;
      const changes = this.batches.changes();
      changes.deleteConversation(conversationID, true);
      if (this.state.get().activeConversationID === conversationID) changes.patchState({ activeConversationID: null });
      this.local.drafts.delete(conversationID);
      this.batches.commit(changes);
      void this.cache.write(() => this.cache.current.putDraft(conversationID, null));
      if (clearHistory) {
        // Emptied, not dropped: elements keep the list store they subscribed to.
        this.lists.findList(conversationID)?.reset();
        void this.cache.write(() => this.cache.current.deleteConversationMessages(conversationID));
        void this.cache.write(() => this.cache.current.setMeta(historyStartKey(conversationID), undefined));
      }
      await this.cache.writesDone();
    });
  }

  /** Change a conversation at once, tell the service, and put it back if the service refuses. */
  private optimisticConversation(
    conversationID: string,
    change: (conversation: Conversation) => Conversation,
    remote: () => Promise<void>,
  ): Promise<void> {
    return this.operation(async () => {
      this.requireConversationID(conversationID);
      requireStarted(this.session);
      const changes = this.batches.changes();
      const before = changes.conversation(conversationID);
      if (!before) throw new ChatError(CHAT_ERROR.conversationNotFound, `There is no conversation "${conversationID}".`);
      const after = change(before);
      changes.putConversation(after, true);
      this.batches.commit(changes);
      try {
        await remote();
      } catch (error) {
        const undo = this.batches.changes();
        if (undo.conversation(conversationID) === after) {
          undo.putConversation(before, true);
          this.batches.commit(undo);
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
      this.requireConversationID(conversationID);
      if (draft !== null && (!isObject(draft) || typeof draft.text !== 'string')) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'A draft needs its text.');
      }
      const userDefine = draft && typeof draft.userDefine === 'string' ? draft.userDefine : '';
      const value: Draft | null =
        draft && (draft.text !== '' || userDefine !== '')
          ? { text: draft.text, editTime: Math.floor(this.now() / 1000), userDefine }
          : null;
      this.local.drafts.set(conversationID, value);
      const changes = this.batches.changes();
      const conversation = changes.conversation(conversationID);
      if (conversation) changes.putConversation({ ...conversation, draft: value }, true);
      this.batches.commit(changes);
      await this.cache.write(() => this.cache.current.putDraft(conversationID, value));
      if (this.session.serviceReady) {
        // Kept on this device whatever happens; the service copy is for other devices.
        this.service.setConversationDraft(conversationID, value).catch((error) => {
          if (!isOfflineError(this.service, toChatError(error))) this.errors.reportError(error);
        });
      }
    });
  }

  getDraft(conversationID: string): Draft | null {
    const local = this.local.drafts.get(conversationID);
    if (local !== undefined) return local;
    return this.conversation(conversationID)?.draft ?? null;
  }

  /** Mark read, all or up to a message: at once here, then on the service (put back if it refuses). */
  async markConversationRead(conversationID: string, upTo?: Message): Promise<void> {
    return this.operation(async () => {
      this.requireConversationID(conversationID);
      requireStarted(this.session);
      const changes = this.batches.changes();
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
      this.batches.commit(changes);
      this.forEachExtension((extension) => extension.markedRead?.(conversationID, upTo));
      try {
        await this.service.markRead(conversationID, upTo);
      } catch (error) {
        const undo = this.batches.changes();
        if (before && after && undo.conversation(conversationID) === after) {
          undo.putConversation({ ...after, unreadCount: before.unreadCount, atMe: before.atMe }, true);
          this.batches.commit(undo);
        }
        throw error;
      }
    });
  }

  /** Messages arrived in the conversation being read: tell the service (one call at a time per conversation). */
  private markReadInBackground(conversationID: string): void {
    if (!this.session.serviceReady) return;
    if (this.markReadRunning.has(conversationID)) {
      this.markReadAgain.add(conversationID);
      return;
    }
    const session = this.session.id;
    this.forEachExtension((extension) => extension.markedRead?.(conversationID));
    this.markReadRunning.add(conversationID);
    this.service
      .markRead(conversationID)
      .catch((error) => {
        if (session === this.session.id && !isOfflineError(this.service, toChatError(error))) this.errors.reportError(error);
      })
      .finally(() => {
        this.markReadRunning.delete(conversationID);
        if (this.markReadAgain.delete(conversationID) && session === this.session.id) this.markReadInBackground(conversationID);
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
    requireStarted(this.session);
    if (!isObject(message) || !message.ID || !parseConversationID(message.conversationID)) {
      throw new ChatError(CHAT_ERROR.invalidArgument, 'resend() needs a message of this store.');
    }
    return this.sender.resend(message);
  }

  async cancelSend(message: Message): Promise<void> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'cancelSend() needs a message.');
      await this.sender.cancel(message);
    });
  }

  /** The service decides whether it may be recalled (sender, time limit); a refusal rejects and shows in `lastError`. */
  async revoke(message: Message): Promise<Message> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'revoke() needs a message.');
      const current = this.lists.findList(message.conversationID)?.get(message.ID) ?? message;
      if (current.status !== 'success') throw new ChatError(CHAT_ERROR.revokeFailed, 'Only a delivered message can be recalled.');
      const session = this.session.id;
      const revoked = await this.service.revokeMessage(current);
      if (session !== this.session.id) return revoked;
      const changes = this.batches.changes();
      const merged = changes.upsertMessage({ ...revoked, isRevoked: true, revoker: revoked.revoker || this.session.userID }, 'service', {
        persist: true,
        inRangeOnly: true,
      });
      const conversation = changes.conversation(merged.conversationID);
      if (conversation?.lastMessage?.ID === merged.ID) changes.putConversation({ ...conversation, lastMessage: merged }, true);
      this.batches.commit(changes);
      this.forEachExtension((extension) => extension.recalled?.([merged]));
      return merged;
    });
  }

  get reactions(): MessageReactions | undefined {
    return this.installed<MessageReactions>('reactions');
  }

  get readReceipts(): ReadReceipts | undefined {
    return this.installed<ReadReceipts>('readReceipts');
  }

  get conversions(): StateStore<ConversionsState> | undefined {
    return this.installed<MessageConversions>('conversions')?.state;
  }

  async translateMessage(message: Message, targetLanguage?: string): Promise<void> {
    return this.feature<MessageConversions>('conversions').translate(message, targetLanguage);
  }

  async convertVoiceToText(message: Message): Promise<void> {
    return this.feature<MessageConversions>('conversions').transcribe(message);
  }

  setConversionHidden(kind: ConversionKind, messageID: string, hidden: boolean): void {
    this.installed<MessageConversions>('conversions')?.setHidden(kind, messageID, hidden);
  }

  dismissConversion(kind: ConversionKind, messageID: string): void {
    this.installed<MessageConversions>('conversions')?.dismiss(kind, messageID);
  }

  async editMessage(message: Message, text: string): Promise<Message> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'editMessage() needs a message.');
      return this.feature<MessageEdits>('edits').edit(message, text);
    });
  }

  reEditText(message: Message): string | null {
    const edits = this.installed<MessageEdits>('edits');
    return edits && isObject(message) && message.ID ? edits.reEditText(message) : null;
  }

  reEditEndsAt(message: Message): number | null {
    const edits = this.installed<MessageEdits>('edits');
    return edits && isObject(message) && message.ID ? edits.reEditEndsAt(message) : null;
  }

  canManagePins(conversationID: string): boolean {
    return !!this.installed<PinnedMessages>('pins')?.canManage(conversationID);
  }

  async pinMessage(message: Message, pinned: boolean): Promise<void> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'pinMessage() needs a message.');
      const current = this.lists.findList(message.conversationID)?.get(message.ID) ?? message;
      await this.feature<PinnedMessages>('pins').pin(current, pinned !== false);
    });
  }

  async loadPinnedMessages(groupID: string): Promise<readonly PinnedMessage[]> {
    const pins = this.installed<PinnedMessages>('pins');
    if (!pins?.supported) return [];
    return this.operation(async () => {
      requireStarted(this.session);
      return pins.load(groupID);
    });
  }

  /** A conversation opened (or the service came back with one open): the features load what it shows (a group's pins). */
  private conversationShown(conversationID: string): void {
    this.forEachExtension((extension) => extension.conversationShown?.(conversationID));
  }

  canDeleteFromHistory(conversationID: string): boolean {
    const type = parseConversationID(conversationID)?.type;
    return (type === 'C2C' || type === 'GROUP') && this.service.features?.deleteFromHistory !== false;
  }

  messageActions(message: Message, options: { readonly recallWindowSeconds?: number } = {}): MessageAction[] {
    return availableMessageActions(message, {
      now: this.now(),
      recallWindowSeconds: recallWindowSeconds(this.service.features, options.recallWindowSeconds),
      deleteFromHistory: this.canDeleteFromHistory(message.conversationID),
      // Forwarding, translate, edits and pins are offered by the features installed.
      forward: false,
      ...Object.assign({}, ...[...this.extensions.values()].map((extension) => extension.actionRules?.(message))),
    });
  }

  async deleteMessages(messages: readonly Message[], options: { fromStorage?: boolean } = {}): Promise<void> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!Array.isArray(messages)) throw new ChatError(CHAT_ERROR.invalidArgument, 'deleteMessages() needs a list of messages.');
      const valid = messages.filter((m) => isObject(m) && m.ID && parseConversationID(m.conversationID));
      if (valid.length === 0) return;
      const session = this.session.id;
      if (options.fromStorage) {
        const onServer = valid.filter((m) => m.status === 'success' && !m.onlineOnly);
        if (onServer.length) await this.service.deleteMessages(onServer);
        if (session !== this.session.id) return;
      }
      this.sender.forget(valid);
      const changes = this.batches.changes();
      const removed = new Set<string>();
      const touched = new Set<string>();
      for (const message of valid) {
        // Only this device: a tombstone keeps the server's copy from coming back.
        const hide = !options.fromStorage && message.status === 'success';
        if (hide) this.local.hiddenIDs.add(message.ID);
        changes.removeMessage(message, hide ? 'tombstone' : 'delete');
        removed.add(message.ID);
        touched.add(message.conversationID);
      }
      for (const conversationID of touched) refreshLastMessage(this.conversationDeps, changes, conversationID, removed, true);
      this.batches.commit(changes);
      await this.cache.writesDone();
    });
  }

  /** One message to several users (not groups), each its own C2C message; a result per user. */
  async sendToUsers(userIDs: readonly string[], content: OutgoingContent, options: StoreSendOptions = {}): Promise<BatchSendResult[]> {
    return this.operation(async () => {
      requireStarted(this.session);
      const targets = [...new Set((Array.isArray(userIDs) ? userIDs : []).filter((id) => typeof id === 'string' && id !== ''))];
      if (targets.length === 0) throw new ChatError(CHAT_ERROR.invalidArgument, 'sendToUsers() needs at least one userID.');
      const batch = this.sender.batchMessage(targets, content, options);
      const session = this.session.id;
      const results = await this.service.sendToUsers(batch.message, targets, batch.options);
      if (session !== this.session.id) return results;
      const changes = this.batches.changes();
      const shown = results.map((result): BatchSendResult => {
        if (!result.message) return result;
        const delivered = changes.upsertMessage({ ...result.message, status: 'success', isRead: true }, 'service', {
          persist: !result.message.onlineOnly,
        });
        touchConversation(this.conversationDeps, changes, delivered);
        return { ...result, message: delivered };
      });
      this.batches.commit(changes);
      return shown;
    });
  }

  // ───────────────────────────── forwarding (store/forwarding.ts) ─────────────────────────────

  canForwardMerged(): boolean {
    return !!this.installed<Forwarding>('forwarding')?.canMerge;
  }

  async forwardMessages(
    messages: readonly Message[],
    conversationIDs: readonly string[],
    options?: ForwardOptions,
  ): Promise<ForwardResult[]> {
    return this.operation(async () => {
      requireStarted(this.session);
      return this.feature<Forwarding>('forwarding').forward(messages, conversationIDs, options);
    });
  }

  async loadMergedMessages(message: Message): Promise<readonly Message[]> {
    return this.operation(async () => {
      requireStarted(this.session);
      return this.feature<Forwarding>('forwarding').messagesOf(message);
    });
  }

  // ───────────────────────────── local messages ─────────────────────────────

  /** Put messages into this device's history (not sent). Good ones go in; bad ones are named in the rejection. */
  async importMessages(messages: readonly Message[]): Promise<void> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!Array.isArray(messages)) throw new ChatError(CHAT_ERROR.invalidArgument, 'importMessages() needs a list of messages.');
      const rejected: Array<{ index: number; reason: string }> = [];
      const changes = this.batches.changes();
      messages.forEach((message, index) => {
        if (!isObject(message) || typeof message.ID !== 'string' || !message.ID) {
          rejected.push({ index, reason: 'missing ID' });
        } else if (!parseConversationID(message.conversationID)) {
          rejected.push({ index, reason: `bad conversationID "${String(message.conversationID)}"` });
        } else if (!Array.isArray(message.elements)) {
          rejected.push({ index, reason: 'missing elements' });
        } else {
          this.local.hiddenIDs.delete(message.ID);
          const imported = changes.upsertMessage({ ...ownedBy(message, this.session.userID), isDeleted: false }, 'cache', {
            persist: true,
            inRangeOnly: true,
          });
          touchConversation(this.conversationDeps, changes, imported);
        }
      });
      this.batches.commit(changes);
      await this.cache.writesDone();
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
      requireStarted(this.session);
      const parsed = parseConversationID(conversationID);
      if (!parsed) throw new ChatError(CHAT_ERROR.invalidArgument, `"${String(conversationID)}" is not a conversation ID.`);
      if (!Array.isArray(elements) || elements.length === 0 || !elements.every((e) => isObject(e) && ELEMENT_TYPES.includes(e.type))) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'saveMessage() needs one or more message elements.');
      }
      const from = typeof options.from === 'string' && options.from ? options.from : this.session.userID;
      const mine = from === this.session.userID;
      const nowMs = this.now();
      const random = randomUint32();
      const seconds = Math.floor(nowMs / 1000);
      const time = this.stampSeconds(conversationID);
      const message: Message = {
        ...EMPTY_MESSAGE,
        ID: createMessageID(from, nowMs, random),
        conversationID,
        conversationType: parsed.type,
        from,
        to: mine || parsed.type === 'GROUP' ? parsed.targetID : this.session.userID,
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
      const changes = this.batches.changes();
      const saved = changes.upsertMessage(message, 'local', { persist: true });
      touchConversation(this.conversationDeps, changes, saved);
      this.batches.commit(changes);
      await this.cache.writesDone();
      return saved;
    });
  }

  /** Set the local-only `customInt` / `customStr` (never sent; kept when a server copy arrives). */
  async setLocalCustomData(message: Message, data: { customInt?: number; customStr?: string }): Promise<Message> {
    return this.operation(async () => {
      requireStarted(this.session);
      if (!isObject(message) || !message.ID) throw new ChatError(CHAT_ERROR.invalidArgument, 'setLocalCustomData() needs a message.');
      if (data.customInt !== undefined && !Number.isFinite(data.customInt)) {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'customInt must be a finite number.');
      }
      if (data.customStr !== undefined && typeof data.customStr !== 'string') {
        throw new ChatError(CHAT_ERROR.invalidArgument, 'customStr must be a string.');
      }
      const current =
        this.lists.findList(message.conversationID)?.get(message.ID) ??
        (await this.cache.current.getMessage(message.ID).catch(() => undefined)) ??
        message;
      const updated: Message = {
        ...current,
        customInt: data.customInt !== undefined ? Math.trunc(data.customInt) : current.customInt,
        customStr: data.customStr !== undefined ? data.customStr : current.customStr,
      };
      const changes = this.batches.changes();
      const merged = changes.upsertMessage(updated, 'local', { persist: !current.onlineOnly, inRangeOnly: true });
      const conversation = changes.conversation(merged.conversationID);
      if (conversation?.lastMessage?.ID === merged.ID) changes.putConversation({ ...conversation, lastMessage: merged }, true);
      this.batches.commit(changes);
      await this.cache.writesDone();
      return merged;
    });
  }

  /** Memory, then the cache, then the service. Messages deleted on this device are not found. */
  async findMessageByID(messageID: string): Promise<Message | undefined> {
    return this.operation(
      async () => {
        if (typeof messageID !== 'string' || !messageID || this.local.hiddenIDs.has(messageID)) return undefined;
        const inMemory = this.lists.findInMemory(messageID);
        if (inMemory) return inMemory;
        const cached = await this.cache.current.getMessage(messageID).catch(() => undefined);
        if (cached) return cached.isDeleted ? undefined : cached;
        if (!this.session.serviceReady) return undefined;
        const [found] = await this.service.findMessages([messageID]);
        return found && !found.isDeleted ? found : undefined;
      },
      { report: false },
    );
  }

  /** Memory, then the cache, then the service (see `findMessagesByLocators`). */
  async findMessageByLocator(locator: MessageLocator): Promise<Message | undefined> {
    if (!isObject(locator)) return undefined;
    const [found] = await this.findMessagesByLocators(locator.conversationID, [locator]);
    return found;
  }

  async findMessagesByLocators(conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]> {
    if (!parseConversationID(conversationID) || !Array.isArray(locators)) return [];
    const wanted = locators.filter((l): l is MessageLocator => isObject(l) && l.conversationID === conversationID);
    const found = new Map<MessageLocator, Message>();
    const list = this.lists.findList(conversationID)?.messages ?? [];
    for (const locator of wanted) {
      const inMemory = list.find((m) => matchesLocator(m, locator));
      const cached = inMemory ?? (await this.cache.current.findByLocator(locator).catch(() => undefined));
      if (cached) found.set(locator, cached);
    }
    const missing = wanted.filter((l) => !found.has(l));
    if (missing.length && this.session.serviceReady && this.service.findMessagesByLocators) {
      const fromService = await this.operation(() => this.service.findMessagesByLocators!(conversationID, missing), {
        report: false,
      }).catch(() => [] as Message[]);
      for (const locator of missing) {
        const match = fromService.find((m) => matchesLocator(m, locator));
        if (match) found.set(locator, match);
      }
    }
    const out: Message[] = [];
    for (const locator of wanted) {
      const message = found.get(locator);
      if (message && !message.isDeleted && !this.local.hiddenIDs.has(message.ID) && !out.includes(message)) out.push(message);
    }
    return out;
  }

  async downloadElement(message: Message, elementIndex: number, onProgress?: (loaded: number, total: number) => void): Promise<Blob> {
    return this.operation(
      async () => {
        requireStarted(this.session);
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
      requireStarted(this.session);
      if (typeof groupID !== 'string' || !groupID) throw new ChatError(CHAT_ERROR.invalidArgument, 'loadGroupMembers() needs a groupID.');
      const session = this.session.id;
      const members = Object.freeze(await this.service.getGroupMembers(groupID));
      if (session === this.session.id) {
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
        requireStarted(this.session);
        const parsed = parseConversationID(conversationID);
        if (!parsed || !this.supportsTyping(conversationID)) {
          throw new ChatError(CHAT_ERROR.invalidArgument, `Typing status cannot be sent in "${String(conversationID)}".`);
        }
        const nowMs = this.now();
        const random = randomUint32();
        const me = this.state.get().me;
        const message: Message = {
          ...EMPTY_MESSAGE,
          ID: createMessageID(this.session.userID, nowMs, random),
          conversationID,
          conversationType: parsed.type,
          from: this.session.userID,
          to: parsed.targetID,
          flow: 'out',
          time: Math.floor(this.serverClock.nowMs() / 1000),
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

  // ───────────────────────────── shared helpers of the parts ─────────────────────────────

  private conversation(conversationID: string): Conversation | undefined {
    return this.state.get().conversations.find((c) => c.conversationID === conversationID);
  }

  /** Is the user looking at this conversation now (messages arriving there are read at once). */
  private isReadingNow(conversationID: string): boolean {
    if (this.state.get().activeConversationID !== conversationID) return false;
    return this.visibleConversationID === undefined || this.visibleConversationID === conversationID;
  }

  /**
   * The time (seconds) for a message made here now: the server's clock, and never before the
   * newest message of the conversation already shown, so it sorts below what the reader sees.
   */
  private stampSeconds(conversationID: string): number {
    const newest = Math.max(
      this.lists.findList(conversationID)?.newest()?.time ?? 0,
      this.conversation(conversationID)?.lastMessage?.time ?? 0,
    );
    return Math.max(Math.floor(this.serverClock.nowMs() / 1000), newest);
  }

  /** Keep the learned offset to the server's clock, so a reload offline stamps messages right too. */
  private persistServerClock(): void {
    const offset = this.serverClock.takeOffsetToPersist();
    if (offset !== undefined) void this.cache.write(() => this.cache.current.setMeta(SERVER_CLOCK_KEY, offset));
  }

  /** Drop "typing…" marks when their time is up. */
  private scheduleTypingExpiry(): void {
    const until = nextTypingExpiry(this.state.get().typing);
    if (!Number.isFinite(until)) return;
    if (this.typingTimer !== null) this.timers.clearTimeout(this.typingTimer);
    const session = this.session.id;
    this.typingTimer = this.timers.setTimeout(
      () => {
        this.typingTimer = null;
        if (session !== this.session.id) return;
        this.errors.guard(() => {
          const now = this.now();
          const changes = this.batches.changes();
          for (const [conversationID, users] of Object.entries(this.state.get().typing)) {
            for (const [userID, time] of Object.entries(users)) if (time <= now) changes.setTyping(conversationID, userID, null);
          }
          this.batches.commit(changes, { persist: false });
          this.scheduleTypingExpiry();
        });
      },
      Math.max(0, until - this.now()),
    );
  }
}
