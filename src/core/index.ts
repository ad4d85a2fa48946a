/**
 * tim-elements/core: the chat without the elements — model, store, caches, backends and the
 * pure helpers (emoji, notices, i18n, desktop JSON interop). No Lit, no DOM rendering; it runs
 * in Node and in the browser.
 *
 * ```ts
 * import { ChatStore, LocalServer, LocalChatService, createChatCache } from 'tim-elements/core';
 * const server = await LocalServer.open();
 * const store = new ChatStore({ service: new LocalChatService(server), cache: createChatCache({ app: 'demo', userID: 'alice' }) });
 * await store.start('alice');
 * ```
 */

// The model and errors
export * from './model/index.js';
export * from './errors.js';

// The backend contract and the backends
export type * from './service/chat-service.js';
export * from './service/local/index.js';
export { seedDemo, DEMO_USERS, DEMO_DEFAULT_USER, DEMO_GROUPS } from './service/local/seed-demo.js';
export * from './service/tencent/index.js';

// Caches
export type * from './cache/chat-cache.js';
export { MemoryCache } from './cache/memory-cache.js';
export { DexieCache, DEFAULT_CACHE_LIMITS, type DexieCacheOptions } from './cache/dexie-cache.js';
export { createChatCache, type CreateChatCacheOptions } from './cache/create-chat-cache.js';

// The store
export { StateStore, shallowEqual, type Unsubscribe } from './store/state-store.js';
export type * from './store/chat-store-api.js';
export { ChatStore, type ChatStoreOptions } from './store/chat-store.js';
export { TypingSignal, TYPING_PAUSE_MS, TYPING_REFRESH_MS, TYPING_SHOWN_MS } from './typing/typing-signal.js';
export { typingUserIDs, type TypingState } from './typing/typing-state.js';
export type { Timers } from './util/timers.js';

// Pure helpers
export * from './emoji/index.js';
export * from './notices/index.js';
export * from './i18n/index.js';
export * from './interop/index.js';
