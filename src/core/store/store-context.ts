import type { ChatCache } from '../cache/chat-cache.js';
import { CHAT_ERROR, ChatError, toChatError } from '../errors.js';
import type { Conversation, Draft } from '../model/conversation.js';
import type { Message } from '../model/message.js';
import type { GroupProfile } from '../model/profile.js';
import type { ChatService, UserProfileUpdate } from '../service/chat-service.js';
import type { ChatState } from './chat-store-api.js';
import { CoalescingQueue } from './coalescing-queue.js';
import { MentionedProfiles } from './mentioned-profiles.js';
import { MessageListStore } from './message-list-store.js';
import { ServerClock } from './server-clock.js';
import { StateStore } from './state-store.js';
import { StoreChanges, type StoreChangesHost } from './store-changes.js';
import type { Timers } from '../util/timers.js';

/** What the service (or another tab, through the cache) told the store; applied in batches. */
export type StoreEvent =
  | { kind: 'received'; messages: readonly Message[]; source: 'service' | 'cache' }
  | { kind: 'revoked'; messages: readonly Message[] }
  | { kind: 'peerRead'; conversationID: string; peerReadTime: number }
  | { kind: 'conversations'; conversations: readonly Conversation[]; source: 'service' | 'cache' }
  | { kind: 'conversationsDeleted'; conversationIDs: readonly string[]; persist: boolean }
  | { kind: 'messagesDeleted'; messageIDs: readonly string[]; conversationID?: string; persist: boolean }
  | { kind: 'modified'; messages: readonly Message[] }
  | { kind: 'profiles'; profiles: readonly UserProfileUpdate[] }
  | { kind: 'group'; group: GroupProfile }
  | { kind: 'drafts'; drafts: Record<string, Draft | null> };

/** Follow-up work the parts of the store ask of each other. */
export interface StoreHooks {
  /** Fill in a conversation the store only knows from a message. */
  fetchConversation(conversationID: string): void;
  /** Tell the service the conversation is read (messages arrived while the user was reading it). */
  markReadInBackground(conversationID: string): void;
  /** Drop "typing…" marks when their time is up. */
  scheduleTypingExpiry(): void;
  /** Apply a batch of events (the event queue hands them over). */
  applyEvents(events: readonly StoreEvent[]): void;
}

/** Cache meta key of the learned offset to the server's clock (ms). */
export const SERVER_CLOCK_KEY = 'serverClockOffsetMs';

export function initialState(locale: string): ChatState {
  return {
    me: null,
    connection: 'disconnected',
    kickedOut: null,
    conversations: Object.freeze([]) as readonly Conversation[],
    totalUnread: 0,
    conversationsLoaded: false,
    activeConversationID: null,
    missingConversationIDs: Object.freeze([]) as readonly string[],
    users: Object.freeze({}),
    groups: Object.freeze({}),
    groupMembers: Object.freeze({}),
    typing: Object.freeze({}),
    cacheWarning: null,
    lastError: null,
    locale,
  };
}

/** Data from outside (events, callers) may be anything: check before reading fields. */
export function isObject<T>(value: T): value is T & object {
  return typeof value === 'object' && value !== null;
}

/**
 * What the parts of the store share: the state, the service and cache, the session, the
 * message lists, and the primitives to change state in batches and write through to the cache.
 */
export class StoreContext implements StoreChangesHost {
  readonly state: StateStore<ChatState>;
  cache: ChatCache;

  userID = '';
  /** Bumped by start and stop, so that late answers of an earlier session are dropped. */
  session = 0;
  /** Logged in to the service in this session. */
  serviceReady = false;
  /**
   * Which conversation a view said is on screen: undefined while no view reports (a headless store
   * treats the open conversation as read), else the conversation open when it last reported, or null.
   * A report is about that conversation only: opening another one waits for the view's next report.
   */
  visibleConversationID: string | null | undefined = undefined;
  readonly lists = new Map<string, MessageListStore>();
  /** Drafts set on this device: they beat the service's; null = cleared here. */
  readonly drafts = new Map<string, Draft | null>();
  /** Messages deleted on this device only: a server copy of them stays hidden. */
  readonly hiddenIDs = new Set<string>();
  readonly events: CoalescingQueue<StoreEvent>;
  /** Counts conversation changes, so that an answer about an older state is recognised as stale. */
  conversationClock = 0;
  readonly conversationChangedAt = new Map<string, number>();
  /** Cache writes run one after another, in the order the store made them. */
  private writeChain: Promise<void> = Promise.resolve();
  /** The server's clock as learned from its timestamps: new messages are stamped with it. */
  readonly serverClock: ServerClock;
  /** Fetches the profiles of people that tips and notices name and the store has not met. */
  private readonly mentionedProfiles: MentionedProfiles;

  constructor(
    readonly service: ChatService,
    cache: ChatCache,
    readonly pageSize: number,
    readonly now: () => number,
    readonly timers: Timers,
    locale: string,
    readonly hooks: StoreHooks,
  ) {
    this.cache = cache;
    this.serverClock = new ServerClock(now);
    this.state = new StateStore<ChatState>(initialState(locale));
    this.events = new CoalescingQueue<StoreEvent>((events) => this.guard(() => hooks.applyEvents(events)), timers);
    this.mentionedProfiles = new MentionedProfiles(this);
  }

  // Lists (StoreChangesHost)

  list(conversationID: string): MessageListStore {
    let list = this.lists.get(conversationID);
    if (!list) {
      list = new MessageListStore(conversationID);
      this.lists.set(conversationID, list);
    }
    return list;
  }

  findList(conversationID: string): MessageListStore | undefined {
    return this.lists.get(conversationID);
  }

  findInMemory(messageID: string): Message | undefined {
    for (const list of this.lists.values()) {
      const found = list.get(messageID);
      if (found) return found;
    }
    return undefined;
  }

  conversation(conversationID: string): Conversation | undefined {
    return this.state.get().conversations.find((c) => c.conversationID === conversationID);
  }

  // Batches

  /**
   * A change set for a change the store makes itself. Service events still waiting are applied
   * first: they happened before this change, and applied after it they would undo it with
   * older news.
   */
  changes(): StoreChanges {
    if (this.events.size) this.events.flush();
    return new StoreChanges(this);
  }

  /** A change set for applying events (no flush: the queue is handing them over). */
  eventChanges(): StoreChanges {
    return new StoreChanges(this);
  }

  /** Apply a change set to the state (one notification per store) and write it through to the cache. */
  commit(changes: StoreChanges, options: { persist?: boolean } = {}): void {
    for (const conversationID of changes.changedConversationIDs) {
      this.conversationChangedAt.set(conversationID, ++this.conversationClock);
    }
    changes.apply();
    this.mentionedProfiles.noteChanges(changes);
    if (options.persist === false) return;
    const put = [...changes.cachePut.values()];
    const deleted = [...changes.cacheDelete];
    const conversations = [...changes.cacheConversations.values()];
    const deletedConversations = [...changes.cacheDeletedConversations];
    const users = [...changes.cacheUsers.values()];
    const groups = [...changes.cacheGroups.values()];
    if (put.length) this.write(() => this.cache.putMessages(put));
    if (deleted.length) this.write(() => this.cache.deleteMessages(deleted));
    if (conversations.length) this.write(() => this.cache.putConversations(conversations));
    for (const conversationID of deletedConversations) this.write(() => this.cache.deleteConversation(conversationID));
    if (users.length || groups.length) this.write(() => this.cache.putProfiles({ users, groups }));
  }

  /** Has the conversation changed here since the clock read `askedAt` (so an answer asked then is stale). */
  changedSince(conversationID: string, askedAt: number): boolean {
    return (this.conversationChangedAt.get(conversationID) ?? 0) > askedAt;
  }

  // Cache

  /** Queue a cache write behind the others; a failing write is reported, never thrown. */
  write(task: () => Promise<void>): Promise<void> {
    const session = this.session;
    const run = this.writeChain.then(task).catch((error) => {
      if (session === this.session) {
        this.state.set({ cacheWarning: { kind: 'error', message: toChatError(error, CHAT_ERROR.storage).message } });
      }
    });
    this.writeChain = run;
    return run;
  }

  /** Resolves when the cache writes made so far are done. */
  writesDone(): Promise<void> {
    return this.writeChain;
  }

  /** The cached copies of messages, by ID (absent when the cache has none). */
  async cacheCopies(messages: readonly Message[]): Promise<Map<string, Message>> {
    const found = await Promise.all(messages.map((m) => this.cache.getMessage(m.ID).catch(() => undefined)));
    const copies = new Map<string, Message>();
    found.forEach((copy, i) => {
      if (copy) copies.set(messages[i]!.ID, copy);
    });
    return copies;
  }

  // Time

  /**
   * The time (seconds) for a message made here now: the server's clock, and never before the
   * newest message of the conversation already shown, so it sorts below what the reader sees.
   */
  stampSeconds(conversationID: string): number {
    const newest = Math.max(this.findList(conversationID)?.newest()?.time ?? 0, this.conversation(conversationID)?.lastMessage?.time ?? 0);
    return Math.max(Math.floor(this.serverClock.nowMs() / 1000), newest);
  }

  /** Keep the learned offset to the server's clock, so a reload offline stamps messages right too. */
  persistServerClock(): void {
    const offset = this.serverClock.takeOffsetToPersist();
    if (offset !== undefined) void this.write(() => this.cache.setMeta(SERVER_CLOCK_KEY, offset));
  }

  // Errors and rules

  reportError(error: unknown): void {
    try {
      this.state.set({ lastError: toChatError(error) });
    } catch {
      // A subscriber that throws on this too cannot be told; the page must not see it either.
    }
  }

  /** Run work the page did not start (timers, event batches): a failure goes to `lastError`, never to the page. */
  guard(work: () => void): void {
    try {
      work();
    } catch (error) {
      this.reportError(error);
    }
  }

  isOfflineError(error: ChatError): boolean {
    return error.code === CHAT_ERROR.offline || this.service.getConnectionState() !== 'connected';
  }

  requireStarted(): void {
    if (!this.userID) throw new ChatError(CHAT_ERROR.notLoggedIn, 'The store is not started: call start(userID) first.');
  }

  /** Is the user looking at this conversation now (messages arriving there are read at once). */
  isReadingNow(conversationID: string): boolean {
    if (this.state.get().activeConversationID !== conversationID) return false;
    return this.visibleConversationID === undefined || this.visibleConversationID === conversationID;
  }
}
