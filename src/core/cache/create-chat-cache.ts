import type { CacheLimits, CacheWarning, ChatCache } from './chat-cache.js';
import { DexieCache } from './dexie-cache.js';
import { MemoryCache } from './memory-cache.js';

export interface CreateChatCacheOptions {
  /** SDKAppID or app name: with the user it names the database. */
  app: string | number;
  userID: string;
  limits?: CacheLimits;
  /** The IndexedDB to use; default the page's. `null` means there is none. */
  indexedDB?: IDBFactory | null;
}

/**
 * The cache for one app and user: IndexedDB through Dexie where the page has it, otherwise a
 * memory cache that says once, through `onWarning`, that nothing will outlive the page.
 */
export function createChatCache(options: CreateChatCacheOptions): ChatCache {
  const factory = 'indexedDB' in options ? options.indexedDB : (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  if (factory) return new DexieCache({ app: options.app, userID: options.userID, limits: options.limits, indexedDB: factory });
  return new MemoryCacheWithoutStorage(options.limits);
}

/** A MemoryCache standing in for a missing IndexedDB: it tells each warning listener so, once. */
class MemoryCacheWithoutStorage extends MemoryCache {
  private readonly warning: CacheWarning = {
    kind: 'unavailable',
    message: 'IndexedDB is not available: chat data is kept in memory for this session only.',
  };

  override onWarning(listener: (warning: CacheWarning) => void): () => void {
    let subscribed = true;
    queueMicrotask(() => {
      if (subscribed) listener(this.warning);
    });
    return () => {
      subscribed = false;
    };
  }
}
