import { ChatError, toChatError, unsupportedFeature } from '../errors.js';
import { c2cConversationID, groupConversationID } from '../model/ids.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';
import type { ChatService, FoundGroup } from '../service/chat-service.js';
import { StateStore } from './state-store.js';
import type { StoreExtension, StoreFeature } from './store-extension.js';
import type { SessionView } from './store-session.js';
import { LatestQuery, type StillLatest } from '../util/latest-query.js';
import type { Timers } from '../util/timers.js';

/** How long typing must pause before the backend is asked (Tencent's cloud search allows 2 a second). */
export const NEW_CHAT_SEARCH_DELAY_MS = 300;

/**
 * What a found group offers the reader: 'open' (a member), 'join' (free to join), 'request' (an
 * owner or admin approves), 'closed' (by invitation only), and this session's join going out or done:
 * 'joining', 'requested' (waiting for approval), 'failed' (`joinError` says why).
 */
export type GroupJoinState = 'open' | 'join' | 'request' | 'closed' | 'joining' | 'requested' | 'failed';

/** One row of the new-chat search: a person to write to, or a group to open or join. */
export type NewChatResult =
  | { readonly kind: 'person'; readonly conversationID: string; readonly profile: UserProfile }
  | { readonly kind: 'group'; readonly conversationID: string; readonly group: GroupProfile; readonly join: GroupJoinState };

export interface NewChatState {
  /** The keyword searched (trimmed); '' shows nothing. */
  readonly query: string;
  /** 'waiting' (typing has not paused yet), 'searching', 'done', 'failed' (`error`). */
  readonly status: 'idle' | 'waiting' | 'searching' | 'done' | 'failed';
  readonly people: readonly UserProfile[];
  readonly groups: readonly FoundGroup[];
  readonly error: ChatError | null;
  /** This session's joins by groupID. */
  readonly joins: Readonly<
    Record<string, { readonly state: 'joining' | 'joined' | 'requested' | 'failed'; readonly error: ChatError | null }>
  >;
}

const EMPTY: NewChatState = Object.freeze({ query: '', status: 'idle', people: [], groups: [], error: null, joins: {} });

function groupJoinState(found: FoundGroup, join: NewChatState['joins'][string] | undefined): GroupJoinState {
  if (found.isMember || join?.state === 'joined') return 'open';
  if (join) return join.state === 'joining' ? 'joining' : join.state === 'requested' ? 'requested' : 'failed';
  if (found.group.joinOption === 'FreeAccess') return 'join';
  if (found.group.joinOption === 'DisableApply') return 'closed';
  return 'request';
}

/** The rows to show, people first (as TUIKit's "Start chat" lists contacts, then groups). */
export function newChatResults(state: NewChatState): NewChatResult[] {
  return [
    ...state.people.map((profile): NewChatResult => ({ kind: 'person', conversationID: c2cConversationID(profile.userID), profile })),
    ...state.groups.map((found): NewChatResult => ({
      kind: 'group',
      conversationID: groupConversationID(found.group.groupID),
      group: found.group,
      join: groupJoinState(found, state.joins[found.group.groupID]),
    })),
  ];
}

export interface NewChatDeps {
  readonly service: ChatService;
  readonly session: SessionView;
  readonly timers: Timers;
}

/**
 * "New chat": people and groups found through the backend (`ServiceFeatures.directory`) by ID or
 * name, searched once typing pauses, the latest keyword winning over answers that come late; and
 * joining a found group (at once, or a request an admin approves). Opening the chat is the
 * store's `openConversation` with the row's `conversationID`.
 */
export class NewChat implements StoreExtension {
  readonly state = new StateStore<NewChatState>(EMPTY);
  /** The latest keyword wins: an answer for an older one is dropped. */
  private readonly queries: LatestQuery;

  constructor(private readonly deps: NewChatDeps) {
    this.queries = new LatestQuery(deps.timers, NEW_CHAT_SEARCH_DELAY_MS);
  }

  get supported(): boolean {
    const { service } = this.deps;
    return !!(service.features?.directory && service.findUsers && service.findGroups && service.joinGroup);
  }

  /**
   * Search for `keyword` once typing pauses (`immediately` for Enter). Resolves when this keyword's
   * answer is in (or a newer keyword replaced it); a failure shows in `state.error`.
   */
  search(keyword: string, immediately = false): Promise<void> {
    if (!this.supported)
      return Promise.reject(unsupportedFeature('finding people and groups', this.deps.service.constructor?.name || 'This backend'));
    const query = String(keyword ?? '').trim();
    const current = this.state.get();
    if (query === current.query && (current.status === 'done' || current.status === 'searching'))
      return this.queries.current ?? Promise.resolve();
    if (!query) {
      this.queries.supersede();
      this.state.set({ query: '', status: 'idle', people: [], groups: [], error: null });
      return Promise.resolve();
    }
    this.state.set({ query, status: 'waiting', error: null });
    return this.queries.start((stillLatest) => this.run(query, stillLatest), immediately);
  }

  /** Join a found group, or ask to; rejects (and shows 'failed') when the backend refuses. */
  async join(groupID: string, note = ''): Promise<void> {
    const { service } = this.deps;
    if (!this.supported) throw unsupportedFeature('joining groups', service.constructor?.name || 'This backend');
    if (this.state.get().joins[groupID]?.state === 'joining') return;
    const session = this.deps.session.id;
    this.putJoin(groupID, 'joining', null);
    try {
      const result = await service.joinGroup!(groupID, note);
      if (session === this.deps.session.id) this.putJoin(groupID, result === 'pending' ? 'requested' : 'joined', null);
    } catch (error) {
      const chatError = toChatError(error);
      if (session === this.deps.session.id) this.putJoin(groupID, 'failed', chatError);
      throw chatError;
    }
  }

  /** Start over (the dialog closed): no keyword, no results; joins done stay known. */
  clear(): void {
    this.queries.supersede();
    this.state.set({ query: '', status: 'idle', people: [], groups: [], error: null });
  }

  /** Signed out: nothing of the last user's searches. */
  reset(): void {
    this.queries.supersede();
    this.state.set(EMPTY);
  }

  private async run(query: string, stillLatest: StillLatest): Promise<void> {
    const { service } = this.deps;
    this.state.set({ status: 'searching' });
    try {
      const [people, groups] = await Promise.all([service.findUsers!(query), service.findGroups!(query)]);
      if (!stillLatest()) return;
      this.state.set({ status: 'done', people: Object.freeze([...people]), groups: Object.freeze([...groups]), error: null });
    } catch (error) {
      if (!stillLatest()) return;
      this.state.set({ status: 'failed', people: [], groups: [], error: toChatError(error) });
    }
  }

  private putJoin(groupID: string, state: 'joining' | 'joined' | 'requested' | 'failed', error: ChatError | null): void {
    this.state.set((s) => ({ joins: { ...s.joins, [groupID]: Object.freeze({ state, error }) } }));
  }
}

/** "New chat" for a store (installed by `<tim-conversation-list>` when its backend has `directory`). */
export const newChatFeature: StoreFeature<NewChat> = {
  name: 'newChat',
  create: (internals) => new NewChat(internals),
};
