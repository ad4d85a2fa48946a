import { createChatCache } from '../../core/cache/create-chat-cache.js';
import { LocalChatService } from '../../core/service/local/local-chat-service.js';
import { LocalServer } from '../../core/service/local/local-server.js';
import { seedDemo } from '../../core/service/local/seed-demo.js';
import { ChatStore } from '../../core/store/chat-store.js';
import type { DemoChat } from './demo-hook.js';

/** The embedded backend's namespace for the demo (its IndexedDB database and tab channel). */
export const DEMO_NAMESPACE = 'demo';

export interface DemoSetup {
  store: ChatStore;
  service: LocalChatService;
  server: LocalServer;
  /** Seeds the backend on a first visit, then starts the store (it shows its cache first). */
  start(): Promise<void>;
}

/**
 * A complete chat on the embedded backend for `userID`: the server, a client session with the
 * given latency, and a store with its offline cache. Not started: hand `store` to the elements
 * first, then call `start()`, so the page shows what the cache holds (a skeleton on a first
 * visit) while the backend is seeded and connects.
 *
 * ```ts
 * const demo = await createDemoSetup('alice');
 * chat.store = demo.store;
 * await demo.start();
 * ```
 */
export async function createDemoSetup(userID: string, options: { latencyMs?: number } = {}): Promise<DemoSetup> {
  const server = await LocalServer.open({ namespace: DEMO_NAMESPACE });
  const service = new LocalChatService(server, { latencyMs: options.latencyMs ?? 120 });
  const cache = createChatCache({ app: `tim-${DEMO_NAMESPACE}`, userID });
  const store = new ChatStore({ service, cache });
  // The demo users, chats and groups, made once per browser (the server keeps them).
  let seeded: Promise<void> | undefined;
  const start = async () => {
    await (seeded ??= seedDemo(server));
    await store.start(userID);
  };
  return { store, service, server, start };
}

/** What `<tim-chat demo>` runs: the demo setup, started and stopped by the element. */
export async function createDemoChat(userID: string): Promise<DemoChat> {
  const { store, server, start } = await createDemoSetup(userID);
  return {
    store,
    start,
    stop: async () => {
      await store.stop();
      server.close();
    },
  };
}
