import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { ChatCache } from '../../src/core/cache/chat-cache.js';
import { LocalChatService, LocalServer, type LocalServerOptions } from '../../src/core/service/local/index.js';
import type { ChatState, MessageListState } from '../../src/core/store/chat-store-api.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { installMessageFeatures } from '../../src/core/store/message-features.js';
import { reactionsFeature, type MessageReactions } from '../../src/core/store/message-reactions.js';
import type { StateStore } from '../../src/core/store/state-store.js';
import type { Message } from '../../src/core/model/message.js';
import type { Timers } from '../../src/core/util/timers.js';
export { waitFor } from '../support/wait-for.js';

/** One user of the world: their client of the local server, their cache and their store. */
export interface StoreClient {
  readonly userID: string;
  readonly service: LocalChatService;
  readonly cache: ChatCache;
  readonly store: ChatStore;
  /** The store's reactions (every message feature is installed, as `<tim-message-list>` does). */
  readonly reactions: MessageReactions;
}

export interface StoreWorld {
  readonly server: LocalServer;
  /** A store for a user (not started unless `start` is true, the default). */
  client(
    userID: string,
    options?: { cache?: ChatCache; latencyMs?: number; pageSize?: number; start?: boolean; now?: () => number; timers?: Timers },
  ): Promise<StoreClient>;
  dispose(): Promise<void>;
}

export const USERS = [
  ['alice', 'Alice Chen'],
  ['bob', 'Bob Smith'],
  ['carol', '王芳'],
  ['dave', 'Dave Lee'],
] as const;

/** A fresh in-memory LocalServer with four users; stores are made per user on demand. */
export async function makeStoreWorld(options: LocalServerOptions = {}): Promise<StoreWorld> {
  const server = await LocalServer.open({
    storage: 'memory',
    namespace: `store-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    ...options,
  });
  for (const [userID, nick] of USERS) await server.createUser({ userID, nick });
  const clients: StoreClient[] = [];
  return {
    server,
    async client(userID, clientOptions = {}) {
      const service = new LocalChatService(server, { latencyMs: clientOptions.latencyMs ?? 0 });
      const cache = clientOptions.cache ?? new MemoryCache();
      const store = new ChatStore({
        service,
        cache,
        ...(clientOptions.pageSize ? { pageSize: clientOptions.pageSize } : {}),
        ...(clientOptions.now ? { now: clientOptions.now } : {}),
        ...(clientOptions.timers ? { timers: clientOptions.timers } : {}),
      });
      installMessageFeatures(store);
      const client = { userID, service, cache, store, reactions: store.use(reactionsFeature) };
      clients.push(client);
      if (clientOptions.start !== false) await store.start(userID);
      return client;
    },
    async dispose() {
      for (const { store } of clients) await store.stop();
      server.close();
    },
  };
}

export function conversationOf(store: ChatStore, conversationID: string) {
  return store.state.get().conversations.find((c) => c.conversationID === conversationID);
}

export function messagesOf(store: ChatStore, conversationID: string): readonly Message[] {
  return store.messageList(conversationID).get().messages;
}

export const textOf = (message: Message | null | undefined): string => {
  const element = message?.elements[0];
  return element?.type === 'TIMTextElem' ? element.text : '';
};

/** Count notifications a subscriber of `selector` gets. */
export function countNotifications<S extends object, T>(
  store: StateStore<S>,
  selector: (state: S) => T,
): { readonly count: number; stop(): void } {
  let count = 0;
  const stop = store.subscribe(selector, () => count++);
  return {
    get count() {
      return count;
    },
    stop,
  };
}

export const selectConversations = (state: ChatState) => state.conversations;
export const selectMessages = (state: MessageListState) => state.messages;
