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
}

/**
 * A complete chat on the embedded backend for `userID`: the server (seeded with demo users,
 * chats and groups the first time), a client session, and a store with its offline cache.
 *
 * The store is not started: hand it to the elements first, then call `store.start(userID)`, so
 * the page shows what the cache holds while the backend connects.
 */
export async function createDemoSetup(userID: string, options: { latencyMs?: number } = {}): Promise<DemoSetup> {
  const server = await LocalServer.open({ namespace: DEMO_NAMESPACE });
  await seedDemo(server);
  const service = new LocalChatService(server, { latencyMs: options.latencyMs ?? 120 });
  const cache = createChatCache({ app: `tim-${DEMO_NAMESPACE}`, userID });
  const store = new ChatStore({ service, cache });
  return { store, service, server };
}

/** What `<tim-chat demo>` runs: the demo setup, started and stopped by the element. */
export async function createDemoChat(userID: string): Promise<DemoChat> {
  const { store, server } = await createDemoSetup(userID);
  return {
    store,
    start: () => store.start(userID),
    stop: async () => {
      await store.stop();
      server.close();
    },
  };
}
