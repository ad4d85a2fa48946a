import type { Message } from '../model/message.js';
import type { ChatService, ChatServiceEvents } from '../service/chat-service.js';
import type { ChatState, MessageListState } from './chat-store-api.js';
import type { MessageLists } from './message-lists.js';
import type { MessageSender } from './message-sender.js';
import type { MessageActionRules } from './selectors/message-actions.js';
import type { StateStore } from './state-store.js';
import type { StoreBatches } from './store-batches.js';
import type { StateErrorSink } from './store-errors.js';
import type { StoreSession } from './store-session.js';
import type { Timers } from '../util/timers.js';

/**
 * The parts of a `ChatStore` a feature is built from when it is installed (`store.use(feature)`).
 * Internal to the kit's features: an app installs them, it does not write them.
 */
export interface StoreInternals {
  readonly service: ChatService;
  readonly session: StoreSession;
  readonly state: StateStore<ChatState>;
  readonly lists: MessageLists;
  readonly batches: StoreBatches;
  readonly errors: StateErrorSink;
  readonly sender: MessageSender;
  /** The local clock (epoch ms). */
  now(): number;
  /** The store's timers (tests drive them). */
  readonly timers: Timers;
  /** The time (seconds) for a message made here now in a conversation. */
  stampSeconds(conversationID: string): number;
  /** Fetch the profiles of people the store has not met (names in `state.users`). */
  wantProfiles(userIDs: readonly string[]): void;
  /** Search the messages of the session's cache (`ChatCache.searchMessages`). */
  searchCache(query: string, options: { limit: number; conversationID?: string }): Promise<Message[]>;
}

/** Listen to a service event while the session runs (a handler's throw is reported, not raised). */
export type OnServiceEvent = <K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void) => void;

/** The moments of a store's life an installed feature takes part in; each is optional. */
export interface StoreExtension {
  /** A session starts: listen to the service events the feature needs. */
  subscribe?(on: OnServiceEvent): void;
  /** The service is ready (after a login, and after a reconnect). */
  connected?(): void;
  /** Signed out: forget what belonged to the session. */
  reset?(): void;
  /** A conversation's message list is in use. */
  listOpened?(list: StateStore<MessageListState>): void;
  /** A conversation was opened with the service ready (or the service came back with it open). */
  conversationShown?(conversationID: string): void;
  /** The reader has now seen a conversation's messages, up to `upTo` (all when absent): the store marks them read. */
  markedRead?(conversationID: string, upTo?: Message): void;
  /** Messages were recalled, here or elsewhere. */
  recalled?(messages: readonly Message[]): void;
  /** What the feature adds to the rules of a message's menu. */
  actionRules?(message: Message): Partial<MessageActionRules>;
}

/**
 * A feature a store can be given: a name (one of each per store) and how it is made from the
 * store's parts. The store stays small without them; `<tim-message-list>` and the other elements
 * install the ones their actions need (`installMessageFeatures`).
 */
export interface StoreFeature<T extends StoreExtension = StoreExtension> {
  readonly name: string;
  create(internals: StoreInternals): T;
}

/** A store that takes features (`ChatStore.use`); another `ChatStoreApi` may not. */
interface FeatureStore {
  use<T extends StoreExtension>(feature: StoreFeature<T>): T;
}

/** `store`'s instance of the feature, installed on first use; undefined for a store without `use`. */
export function useFeature<T extends StoreExtension>(store: object | undefined, feature: StoreFeature<T>): T | undefined {
  const use = (store as Partial<FeatureStore> | undefined)?.use;
  return typeof use === 'function' ? (use.call(store, feature) as T) : undefined;
}

/** Give `store` the features (once each; a store without `use` is left as it is). */
export function installFeatures(store: object | undefined, features: readonly StoreFeature[]): void {
  for (const feature of features) useFeature(store, feature);
}
