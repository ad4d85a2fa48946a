import { createChatCache, type ChatCache } from '../../core/cache/index.js';
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
  const start = async () => {
    await store.start(userID);
    void cacheDemoHistory(backend, cache, userID);
  };
  return { store, backend, start };
}

/**
 * The demo's seeded chats are history the store has not paged through yet: keep them in the
 * cache once (in the background) so that "Search messages" finds them, as it finds what a
 * user has read. An app's cache fills as its user reads; the demo has no such past.
 */
async function cacheDemoHistory(backend: Promise<DemoBackend>, cache: ChatCache, userID: string): Promise<void> {
  const key = `demo-history-cached:${userID}`;
  try {
    const { service } = await backend;
    if (await cache.getMeta(key)) return;
    for (const conversation of await service.getConversationList()) {
      let fromMessageID: string | undefined;
      for (let page = 0; page < 20; page++) {
        const found = await service.getMessageList({
          conversationID: conversation.conversationID,
          count: 50,
          fromMessageID,
          direction: 'older',
        });
        await cache.putMessages(found.messages);
        if (found.isCompleted || !found.messages.length) break;
        fromMessageID = found.messages[0]!.ID;
      }
    }
    await cache.setMeta(key, true);
  } catch {
    // The demo runs on without it: search then finds what was read.
  }
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
