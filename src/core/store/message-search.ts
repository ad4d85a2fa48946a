import { toChatError, type ChatError } from '../errors.js';
import type { Message } from '../model/message.js';
import { planSearch, snippetOf, type SnippetPart } from '../search/tokenize.js';
import { searchableText } from '../search/search-text.js';
import { StateStore } from './state-store.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';
import type { Timers } from '../util/timers.js';

/** How long typing must pause before the cache is searched. */
export const MESSAGE_SEARCH_DELAY_MS = 200;
/** Messages found at most per search (the newest). */
const MESSAGE_SEARCH_LIMIT = 50;

/** One conversation's matches, newest first. */
export interface MessageSearchGroup {
  readonly conversationID: string;
  readonly messages: readonly Message[];
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
}

/** One result row: a message and its snippet (matches marked, as data to render as text). */
export interface MessageSearchResult {
  readonly conversationID: string;
  readonly message: Message;
  readonly snippet: readonly SnippetPart[];
}

const EMPTY: MessageSearchState = Object.freeze({ query: '', conversationID: null, status: 'idle', groups: [], error: null });

/** Group messages (newest first) by conversation, keeping the order of each conversation's newest. */
function groupByConversation(messages: readonly Message[]): MessageSearchGroup[] {
  const groups = new Map<string, Message[]>();
  for (const message of messages) {
    const group = groups.get(message.conversationID);
    if (group) group.push(message);
    else groups.set(message.conversationID, [message]);
  }
  return [...groups].map(([conversationID, list]) => Object.freeze({ conversationID, messages: Object.freeze(list) }));
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
  /** The cache's search (the store's current cache). */
  searchCache(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]>;
}

/**
 * Message search over the messages cached on this device: searched once typing pauses, the
 * latest query winning over answers that come late; across every conversation or within one.
 * Opening a result is the message list's jump (`<tim-message-list>.jumpToMessage`, which loads the
 * history around it).
 */
export class MessageSearch implements StoreExtension {
  readonly state = new StateStore<MessageSearchState>(EMPTY);
  private timer: unknown = null;
  /** Bumped by every query: an answer for an older one is dropped. */
  private searchID = 0;
  private settle: (() => void) | null = null;
  private running: Promise<void> | null = null;

  constructor(private readonly deps: MessageSearchDeps) {}

  /** Search every conversation (null) or one. A new scope searches the current words again. */
  setScope(conversationID: string | null): Promise<void> {
    const scope = conversationID || null;
    if (this.state.get().conversationID === scope) return this.running ?? Promise.resolve();
    const query = this.state.get().query;
    this.supersede();
    this.state.set({ conversationID: scope, query: '', status: 'idle', groups: [], error: null });
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
      return this.running ?? Promise.resolve();
    this.supersede();
    if (!words || !planSearch(words)) {
      this.state.set({ query: words, status: 'idle', groups: [], error: null });
      return Promise.resolve();
    }
    const searchID = this.searchID;
    this.state.set({ query: words, status: 'waiting', error: null });
    const running = new Promise<void>((resolve) => {
      this.settle = resolve;
      const run = () => {
        this.timer = null;
        void this.run(query, searchID).finally(resolve);
      };
      if (immediately) run();
      else this.timer = this.deps.timers.setTimeout(run, MESSAGE_SEARCH_DELAY_MS);
    });
    this.running = running;
    return running;
  }

  /** Start over (the dialog closed): no words, no results. */
  clear(): void {
    this.supersede();
    this.state.set({ query: '', status: 'idle', groups: [], error: null });
  }

  /** Signed out: nothing of the last user's searches. */
  reset(): void {
    this.supersede();
    this.state.set(EMPTY);
  }

  private async run(query: string, searchID: number): Promise<void> {
    const session = this.deps.session.id;
    const conversationID = this.state.get().conversationID ?? undefined;
    this.state.set({ status: 'searching' });
    try {
      // The words as typed: a trailing space ends the last word (no prefix match).
      const found = await this.deps.searchCache(query.trimStart(), { limit: MESSAGE_SEARCH_LIMIT, conversationID });
      if (searchID !== this.searchID || session !== this.deps.session.id) return;
      this.state.set({ status: 'done', groups: Object.freeze(groupByConversation(found)), error: null });
    } catch (error) {
      if (searchID !== this.searchID) return;
      this.state.set({ status: 'failed', groups: [], error: toChatError(error) });
    }
  }

  /** The search under way (if any) is dropped: its answer is ignored and its promise ends. */
  private supersede(): void {
    this.searchID++;
    if (this.timer !== null) this.deps.timers.clearTimeout(this.timer);
    this.timer = null;
    this.settle?.();
    this.settle = null;
    this.running = null;
  }
}

/** Message search for a store (installed by the elements that open `<tim-message-search>`). */
export const messageSearchFeature: StoreFeature<MessageSearch> = {
  name: 'messageSearch',
  create: (internals) => new MessageSearch(internals),
};
