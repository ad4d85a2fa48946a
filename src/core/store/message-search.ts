import { toChatError, type ChatError } from '../errors.js';
import type { Message } from '../model/message.js';
import { CHAT_ERROR } from '../errors.js';
import type { ChatService, MessageSearchPage } from '../service/chat-service.js';
import { planSearch, snippetOf, type SnippetPart } from '../search/tokenize.js';
import { searchableText } from '../search/search-text.js';
import { StateStore } from './state-store.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';
import { LatestQuery, type StillLatest } from '../util/latest-query.js';
import type { Timers } from '../util/timers.js';

/** How long typing must pause before the cache is searched. */
export const MESSAGE_SEARCH_DELAY_MS = 200;
/** Messages found in the cache per page of results (the newest first; "more" adds as many again). */
export const MESSAGE_SEARCH_LIMIT = 50;
/** Server searches at most 2 a second (Tencent's `searchCloudMessages` limit). */
export const SERVER_SEARCH_INTERVAL_MS = 500;
/** Results asked of the server per search. */
const SERVER_SEARCH_COUNT = 20;

/** One conversation's matches, newest first. */
export interface MessageSearchGroup {
  readonly conversationID: string;
  readonly messages: readonly Message[];
  /**
   * Matches the server counted in this conversation beyond `messages` (it gives only a count
   * when searching every conversation); 0 when none. Searching within the conversation shows them.
   */
  readonly moreOnServer: number;
}

export interface MessageSearchState {
  /** The words searched (trimmed); '' shows nothing. */
  readonly query: string;
  /** Only this conversation's messages; null: every conversation's. */
  readonly conversationID: string | null;
  /** 'waiting' (typing has not paused yet), 'searching', 'done', 'failed' (`error`). */
  readonly status: 'idle' | 'waiting' | 'searching' | 'done' | 'failed';
  /** Matches grouped by conversation, the conversation with the newest match first. */
  readonly groups: readonly MessageSearchGroup[];
  readonly error: ChatError | null;
  /**
   * The server's part (`ChatService.searchMessages`, where the backend and the app's plan have it):
   * 'off' (none), 'searching', 'done', 'failed' (the cached results stay; no error is shown).
   */
  readonly server: 'off' | 'searching' | 'done' | 'failed';
  /** More results can be loaded (`loadMore`): the cache filled the last page, or the server has another. */
  readonly hasMore: boolean;
  /** `loadMore` is under way. */
  readonly loadingMore: boolean;
}

/** One result row: a message and its snippet (matches marked, as data to render as text). */
export interface MessageSearchResult {
  readonly conversationID: string;
  readonly message: Message;
  readonly snippet: readonly SnippetPart[];
}

const EMPTY: MessageSearchState = Object.freeze({
  query: '',
  conversationID: null,
  status: 'idle',
  groups: [],
  error: null,
  server: 'off',
  hasMore: false,
  loadingMore: false,
});

/** What a search found so far, page after page (the cache's newest `limit`, the server's pages). */
interface FoundSoFar {
  /** The words as typed (a trailing space ends the last word). */
  readonly query: string;
  limit: number;
  local: Message[];
  /** The server's pages together (null: not asked); `cursor` '' once it has no more. */
  server: { messages: Message[]; counts: Map<string, number>; cursor: string } | null;
}

const EMPTY_RESULTS = { status: 'idle', groups: [], error: null, server: 'off', hasMore: false, loadingMore: false } as const;

/** Group messages (newest first) by conversation, keeping the order of each conversation's newest. */
function groupByConversation(messages: readonly Message[]): MessageSearchGroup[] {
  const groups = new Map<string, Message[]>();
  for (const message of messages) {
    const group = groups.get(message.conversationID);
    if (group) group.push(message);
    else groups.set(message.conversationID, [message]);
  }
  return [...groups].map(([conversationID, list]) => Object.freeze({ conversationID, messages: Object.freeze(list), moreOnServer: 0 }));
}

/**
 * The cached matches (newest first) with a server page merged in: one result per message ID (the
 * cached copy wins: it has the edits and recalls this device saw), newest first, grouped by
 * conversation (the conversation with the newest match first). A conversation the server only
 * counted shows how many it holds beyond those shown (`moreOnServer`); one with nothing shown comes
 * after those with messages, in the server's order. `conversationID` keeps the server's answer to
 * that conversation (a search within one).
 */
export function mergeServerResults(
  local: readonly Message[],
  page: MessageSearchPage,
  conversationID: string | null = null,
): MessageSearchGroup[] {
  const seen = new Set(local.map((m) => m.ID));
  const added = page.messages.filter((m) => {
    if (seen.has(m.ID) || m.isRevoked || m.isDeleted || (conversationID && m.conversationID !== conversationID)) return false;
    seen.add(m.ID);
    return true;
  });
  // A stable sort: at the same second, the cache's order, then the server's.
  const all = [...local, ...added].sort((a, b) => b.time - a.time);
  const groups = groupByConversation(all);
  for (const { conversationID: id, count } of page.counts) {
    if (conversationID && id !== conversationID) continue;
    const index = groups.findIndex((g) => g.conversationID === id);
    const shown = index === -1 ? 0 : groups[index]!.messages.length;
    const more = Math.max(0, count - shown);
    if (more === 0) continue;
    if (index === -1) groups.push(Object.freeze({ conversationID: id, messages: Object.freeze([]), moreOnServer: more }));
    else groups[index] = Object.freeze({ ...groups[index]!, moreOnServer: more });
  }
  return groups;
}

/** The rows to show, group after group, each with its snippet. */
export function messageSearchResults(state: MessageSearchState, width = 80): MessageSearchResult[] {
  const plan = planSearch(state.query);
  if (!plan) return [];
  return state.groups.flatMap((group) =>
    group.messages.map((message) => ({
      conversationID: group.conversationID,
      message,
      snippet: snippetOf(searchableText(message), plan, width),
    })),
  );
}

export interface MessageSearchDeps {
  readonly session: SessionView;
  readonly timers: Timers;
  /** The backend (its `searchMessages` where `features.cloudMessageSearch` says so). */
  readonly service: Pick<ChatService, 'features' | 'searchMessages'>;
  /** The local clock (epoch ms), for the server's rate limit. */
  now(): number;
  /** The cache's search (the store's current cache). */
  searchCache(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]>;
}

/**
 * Message search over the messages cached on this device: searched once typing pauses, the
 * latest query winning over answers that come late; across every conversation or within one.
 * Where the backend searches its server too (`features.cloudMessageSearch`), its answer is merged
 * in after the cached one (`mergeServerResults`), at most 2 server calls a second; when the app's
 * plan lacks it (`unsupported`), the server is asked no more until the next sign-in.
 * Opening a result is the message list's jump (`<tim-message-list>.jumpToMessage`, which loads the
 * history around it).
 */
export class MessageSearch implements StoreExtension {
  readonly state = new StateStore<MessageSearchState>(EMPTY);
  /** The latest query wins: an answer for an older one is dropped. */
  private readonly queries: LatestQuery;
  /** When the server was last asked (epoch ms; its rate limit). */
  private lastServerCall = -Infinity;
  /** The session in which the server said it has no search (asked no more in it). */
  private serverRefusedIn: unknown = null;
  /** The wait for the server's rate limit: ended (early) by a newer query. */
  private serverWait: { timer: unknown; done: () => void } | null = null;
  /** The current search's results so far (for `loadMore`). */
  private found: FoundSoFar | null = null;
  /** The `loadMore` under way. */
  private moreRun: Promise<void> | null = null;

  constructor(private readonly deps: MessageSearchDeps) {
    this.queries = new LatestQuery(deps.timers, MESSAGE_SEARCH_DELAY_MS);
  }

  /** Search every conversation (null) or one. A new scope searches the current words again. */
  setScope(conversationID: string | null): Promise<void> {
    const scope = conversationID || null;
    if (this.state.get().conversationID === scope) return this.queries.current ?? Promise.resolve();
    const query = this.state.get().query;
    this.supersede();
    this.state.set({ ...EMPTY_RESULTS, conversationID: scope, query: '' });
    return query ? this.search(query, true) : Promise.resolve();
  }

  /**
   * Search for `query` once typing pauses (`immediately` for Enter). Resolves when this query's
   * answer is in (or a newer query replaced it); a failure shows in `state.error`.
   */
  search(query: string, immediately = false): Promise<void> {
    const words = String(query ?? '').trim();
    const current = this.state.get();
    if (words === current.query && (current.status === 'done' || current.status === 'searching') && !immediately)
      return this.queries.current ?? Promise.resolve();
    this.supersede();
    if (!words || !planSearch(words)) {
      this.state.set({ ...EMPTY_RESULTS, query: words });
      return Promise.resolve();
    }
    this.state.set({ query: words, status: 'waiting', error: null, hasMore: false, loadingMore: false });
    return this.queries.start((stillLatest) => this.run(query, stillLatest), immediately);
  }

  /** Start over (the dialog closed): no words, no results. */
  clear(): void {
    this.supersede();
    this.state.set({ ...EMPTY_RESULTS, query: '' });
  }

  /** Signed out: nothing of the last user's searches. */
  reset(): void {
    this.supersede();
    this.serverRefusedIn = null;
    this.state.set(EMPTY);
  }

  private async run(query: string, stillLatest: StillLatest): Promise<void> {
    const session = this.deps.session.id;
    const askServer = this.serverSearches();
    // The words as typed: a trailing space ends the last word (no prefix match).
    const found: FoundSoFar = { query: query.trimStart(), limit: MESSAGE_SEARCH_LIMIT, local: [], server: null };
    this.found = found;
    this.state.set({ status: 'searching', server: askServer ? 'searching' : 'off' });
    try {
      found.local = await this.searchCache(found);
      if (!stillLatest() || session !== this.deps.session.id) return;
      this.state.set({
        status: 'done',
        groups: Object.freeze(groupByConversation(found.local)),
        error: null,
        hasMore: this.hasMore(found),
      });
    } catch (error) {
      if (!stillLatest()) return;
      this.state.set({ ...EMPTY_RESULTS, status: 'failed', error: toChatError(error) });
      return;
    }
    if (askServer) await this.runServer(found, stillLatest, session);
  }

  /**
   * The next page of results: the cache's next newest (when it filled the last page) and the
   * server's next page (when it gave a cursor), merged in as before. Resolves when they are in;
   * nothing happens while the first page or another "more" is under way, or when there is no more.
   */
  loadMore(): Promise<void> {
    const state = this.state.get();
    const found = this.found;
    if (this.moreRun) return this.moreRun;
    if (!found || state.status !== 'done' || state.server === 'searching' || !state.hasMore) return Promise.resolve();
    const stillLatest = this.queries.stillLatest();
    const session = this.deps.session.id;
    const run = (async () => {
      this.state.set({ loadingMore: true });
      const localFull = found.local.length >= found.limit;
      if (localFull) {
        found.limit += MESSAGE_SEARCH_LIMIT;
        try {
          const local = await this.searchCache(found);
          if (!stillLatest() || session !== this.deps.session.id) return;
          found.local = local;
        } catch {
          // Keep what is shown; the cache is asked again by the next "more".
          found.limit -= MESSAGE_SEARCH_LIMIT;
        }
      }
      if (found.server?.cursor && this.serverSearches()) await this.runServer(found, stillLatest, session);
      if (!stillLatest() || session !== this.deps.session.id) return;
      this.state.set({ groups: this.groupsOf(found), hasMore: this.hasMore(found), loadingMore: false });
    })().finally(() => {
      if (this.moreRun === run) this.moreRun = null;
    });
    this.moreRun = run;
    return run;
  }

  private searchCache(found: FoundSoFar): Promise<Message[]> {
    const conversationID = this.state.get().conversationID ?? undefined;
    return this.deps.searchCache(found.query, { limit: found.limit, conversationID });
  }

  private hasMore(found: FoundSoFar): boolean {
    return found.local.length >= found.limit || !!found.server?.cursor;
  }

  private groupsOf(found: FoundSoFar): readonly MessageSearchGroup[] {
    if (!found.server) return Object.freeze(groupByConversation(found.local));
    const counts = [...found.server.counts].map(([conversationID, count]) => ({ conversationID, count }));
    const page: MessageSearchPage = { messages: found.server.messages, counts, cursor: found.server.cursor };
    return Object.freeze(mergeServerResults(found.local, page, this.state.get().conversationID));
  }

  /** Does the backend search its server (and has it not said the app's plan lacks it)? */
  private serverSearches(): boolean {
    const { service, session } = this.deps;
    return !!(service.features?.cloudMessageSearch && service.searchMessages && this.serverRefusedIn !== session.id);
  }

  /**
   * Ask the server for its first page, or the next (within its rate limit), and merge what it
   * gave so far into the cached matches. A failure ends the server's pages (the cached ones stay).
   */
  private async runServer(found: FoundSoFar, stillLatest: StillLatest, session: unknown): Promise<void> {
    const wait = this.lastServerCall + SERVER_SEARCH_INTERVAL_MS - this.deps.now();
    if (wait > 0) {
      await new Promise<void>((done) => {
        this.serverWait = { timer: this.deps.timers.setTimeout(done, wait), done };
      });
      this.serverWait = null;
    }
    if (!stillLatest() || session !== this.deps.session.id) return;
    const conversationID = this.state.get().conversationID;
    const keywords = found.query.trim().split(/\s+/u).filter(Boolean);
    const cursor = found.server?.cursor;
    this.lastServerCall = this.deps.now();
    try {
      const page = await this.deps.service.searchMessages!({
        keywords,
        ...(conversationID ? { conversationID } : {}),
        ...(cursor ? { cursor } : {}),
        count: SERVER_SEARCH_COUNT,
      });
      if (!stillLatest() || session !== this.deps.session.id) return;
      const server = (found.server ??= { messages: [] as Message[], counts: new Map<string, number>(), cursor: '' });
      server.messages.push(...page.messages);
      for (const { conversationID: id, count } of page.counts) server.counts.set(id, count);
      server.cursor = page.cursor;
      this.state.set({ groups: this.groupsOf(found), server: 'done', hasMore: this.hasMore(found) });
    } catch (error) {
      if (toChatError(error).code === CHAT_ERROR.unsupported) this.serverRefusedIn = session;
      if (!stillLatest()) return;
      if (found.server) found.server.cursor = '';
      this.state.set({ server: this.serverRefusedIn === session ? 'off' : 'failed', hasMore: this.hasMore(found) });
    }
  }

  /** The search under way (if any) is dropped: its answer is ignored and its promise ends. */
  private supersede(): void {
    this.queries.supersede();
    if (this.serverWait) {
      this.deps.timers.clearTimeout(this.serverWait.timer);
      this.serverWait.done();
      this.serverWait = null;
    }
    this.found = null;
    this.moreRun = null;
  }
}

/** Message search for a store (installed by the elements that open `<tim-message-search>`). */
export const messageSearchFeature: StoreFeature<MessageSearch> = {
  name: 'messageSearch',
  create: (internals) => new MessageSearch(internals),
};
