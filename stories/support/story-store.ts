import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { seedDemo } from '../../src/core/service/local/seed-demo.js';
import { ChatStore } from '../../src/core/store/chat-store.js';

let counter = 0;

/** A store on a fresh in-memory embedded server with the demo data: every story gets its own. */
export async function storyStore(userID = 'alice', options: { open?: string; latencyMs?: number; offline?: boolean } = {}) {
  const server = await LocalServer.open({ namespace: `story-${counter++}`, storage: 'memory' });
  await seedDemo(server);
  const service = new LocalChatService(server, { latencyMs: options.latencyMs ?? 0 });
  const store = new ChatStore({ service, cache: new MemoryCache() });
  await store.start(userID);
  if (options.open) {
    // A story shows a conversation the demo data has, never an empty one made up by a typo.
    if (!store.state.get().conversations.some((c) => c.conversationID === options.open)) {
      throw new Error(`The story opens ${options.open}, which ${userID} does not have in the demo data.`);
    }
    await store.openConversation(options.open);
  }
  if (options.offline) service.setOffline(true);
  return { store, service, server };
}
