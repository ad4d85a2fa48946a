import { createChatCache } from '../../core/cache/create-chat-cache.js';
import { LocalChatService } from '../../core/service/local/local-chat-service.js';
import { LocalServer } from '../../core/service/local/local-server.js';
import { seedDemo } from '../../core/service/local/seed-demo.js';
import { ChatStore } from '../../core/store/chat-store.js';

/** The embedded backend's namespace for the demo (its IndexedDB database and tab channel). */
export const DEMO_NAMESPACE = 'demo';

export interface DemoSetup {
  store: ChatStore;
  service: LocalChatService;
  server: LocalServer;
}

/**
 * A complete chat on the embedded backend, signed in as `userID`: the server (seeded with demo
 * users, chats and groups the first time), a client session, and a store with its offline cache.
 * What `<tim-chat>` starts when no store is given.
 */
export async function createDemoSetup(userID: string, options: { latencyMs?: number } = {}): Promise<DemoSetup> {
  const server = await LocalServer.open({ namespace: DEMO_NAMESPACE });
  await seedDemo(server);
  const service = new LocalChatService(server, { latencyMs: options.latencyMs ?? 120 });
  const cache = createChatCache({ app: `tim-${DEMO_NAMESPACE}`, userID });
  const store = new ChatStore({ service, cache });
  await store.start(userID);
  return { store, service, server };
}

export async function createDemoStore(userID: string): Promise<ChatStore> {
  return (await createDemoSetup(userID)).store;
}
