import { LocalChatService, LocalServer } from '../../core/service/local/index.js';
import { seedDemo } from '../../core/service/local/seed-demo.js';

/** The embedded backend's namespace for the demo (its IndexedDB database and tab channel). */
export const DEMO_NAMESPACE = 'demo';

export interface DemoBackend {
  server: LocalServer;
  service: LocalChatService;
}

/**
 * The demo's embedded backend: the server (seeded with the demo users, chats and groups on a
 * first visit; the server keeps them) and a client session with the given latency.
 */
export async function openDemoBackend(latencyMs: number): Promise<DemoBackend> {
  const server = await LocalServer.open({ namespace: DEMO_NAMESPACE });
  await seedDemo(server);
  return { server, service: new LocalChatService(server, { latencyMs }) };
}
