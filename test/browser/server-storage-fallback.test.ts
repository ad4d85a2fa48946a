import { expect } from '@open-wc/testing';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { CacheWarning } from '../../src/core/cache/chat-cache.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LOCAL_SERVER_DB_PREFIX, LocalServer } from '../../src/core/service/local/local-server.js';
import { seedDemo } from '../../src/core/service/local/seed-demo.js';
import { ChatStore } from '../../src/core/store/chat-store.js';

/**
 * A database of the server's name at a newer version, without the server's tables, held open by
 * a connection that does not yield to upgrades (another app, a later kit in another tab).
 */
function holdForeignDatabase(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => request.result.createObjectStore('somethingElse');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('the embedded backend on a database it cannot use', () => {
  it('falls back to memory with one storage warning instead of hanging on a newer database without its tables', async function () {
    this.timeout(20000);
    const namespace = `foreign-${Date.now()}`;
    const foreign = await holdForeignDatabase(LOCAL_SERVER_DB_PREFIX + namespace, 40);
    const server = await LocalServer.open({ namespace });
    expect(server.storage.kind).to.equal('memory');
    expect(server.storageWarning?.message).to.match(/memory/);
    await seedDemo(server); // what the demo does next: it must work, in memory
    const store = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
    const warnings: (CacheWarning | null)[] = [];
    store.state.subscribe(
      (s) => s.cacheWarning,
      (w) => warnings.push(w),
    );
    await store.start('alice');
    expect(store.state.get().conversations.length).to.be.greaterThan(0);
    expect(warnings.filter(Boolean)).to.have.length(1);
    expect(store.state.get().cacheWarning?.kind).to.equal('unavailable');
    expect(store.state.get().lastError).to.equal(null);
    await store.stop();
    server.close();
    foreign.close();
  });
});
