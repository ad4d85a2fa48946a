import { LocalChatService } from '../../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../../src/core/service/local/local-server.js';
import { ChatStore } from '../../../src/core/store/chat-store.js';
import { MemoryCache } from '../../../src/core/cache/memory-cache.js';

let counter = 0;

/** A real embedded server in memory with a few users, and a started store for one of them. */
export async function makeChat(userID = 'alice', options: { users?: string[] } = {}) {
  const server = await LocalServer.open({ namespace: `test-${Date.now()}-${counter++}`, storage: 'memory' });
  const users = options.users ?? ['alice', 'bob', 'carol', 'dave'];
  const nicks: Record<string, string> = { alice: 'Alice Chen', bob: 'Bob', carol: 'Carol', dave: '李雷' };
  for (const id of users) await server.createUser({ userID: id, nick: nicks[id] ?? id });
  const service = new LocalChatService(server);
  const store = new ChatStore({ service, cache: new MemoryCache() });
  await store.start(userID);
  return { server, service, store };
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}
