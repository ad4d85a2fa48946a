import { createChatCache } from '../../core/cache/index.js';
import { deferredService } from '../../core/service/index.js';
import { ChatStore } from '../../core/store/index.js';
import { DEMO_NAMESPACE, type DemoBackend } from './demo-backend.js';
import type { DemoChat } from './demo-hook.js';

export { DEMO_NAMESPACE, type DemoBackend };

export interface DemoSetup {
  /** The store, to hand to the elements before `start()`. */
  store: ChatStore;
  /** The embedded backend, once it is open and seeded (it opens when the store signs in). */
  backend: Promise<DemoBackend>;
  /** Starts the store: its cache shows at once; it signs in once the backend is ready. */
  start(): Promise<void>;
}

/**
 * A complete chat on the embedded backend for `userID`: a store with its offline cache, and the
 * backend (the server, seeded with demo users, chats and groups on a first visit, and a client
 * session with the given latency) that it signs in to. The store exists at once, before the
 * backend has opened its database: hand it to the elements, then start it, and the page shows
 * what the cache holds (a skeleton on a first visit) while the backend gets ready and connects.
 *
 * ```ts
 * const demo = createDemoSetup('alice');
 * chat.store = demo.store;
 * await demo.start();
 * ```
 */
export function createDemoSetup(userID: string, options: { latencyMs?: number } = {}): DemoSetup {
  let opened: (backend: Promise<DemoBackend>) => void = () => {};
  const backend = new Promise<DemoBackend>((resolve) => (opened = resolve));
  // Loaded and opened when the store first needs it (to sign in), after it has shown its cache.
  const open = async (): Promise<DemoBackend> => (await import('./demo-backend.js')).openDemoBackend(options.latencyMs ?? 120);
  const service = deferredService(() => {
    const ready = open();
    opened(ready);
    return ready.then((b) => b.service);
  });
  const cache = createChatCache({ app: `tim-${DEMO_NAMESPACE}`, userID });
  // The demo's links get canned previews (an app's resolver would ask its server for Open Graph data).
  const linkPreview = async (url: string) => (await import('../../core/service/local/demo-link-previews.js')).demoLinkPreview(url);
  const store = new ChatStore({ service, cache, linkPreview });
  return { store, backend, start: () => store.start(userID) };
}

/** What `<tim-chat demo>` runs: the demo setup, started and stopped by the element. */
export async function createDemoChat(userID: string): Promise<DemoChat> {
  const { store, backend, start } = createDemoSetup(userID);
  return {
    store,
    start,
    stop: async () => {
      await store.stop();
      // Opened only if the store got as far as signing in.
      void backend.then(
        (b) => b.server.close(),
        () => {},
      );
    },
  };
}
