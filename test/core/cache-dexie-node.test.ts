import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CacheWarning } from '../../src/core/cache/chat-cache.js';
import { createChatCache } from '../../src/core/cache/create-chat-cache.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';

// The real-browser tests are in test/browser/cache*.test.ts; these check the same code runs in Node.
const message = (n: number): Message => ({ ...EMPTY_MESSAGE, ID: `m${n}`, conversationID: 'C2Cbob', time: 100 + n, sequence: n });

describe('DexieCache in Node', () => {
  it('pages through an IndexedDB implementation it is given', async () => {
    const cache = new DexieCache({ app: 'node', userID: 'alice', indexedDB: new IDBFactory(), IDBKeyRange });
    await cache.open();
    assert.equal(cache.kind, 'indexeddb');
    await cache.putMessages(Array.from({ length: 30 }, (_, n) => message(n)));
    const newest = await cache.getMessages('C2Cbob', { limit: 20 });
    assert.deepEqual(
      newest.map((m) => m.ID),
      Array.from({ length: 20 }, (_, n) => `m${n + 10}`),
    );
    const older = await cache.getMessages('C2Cbob', { limit: 20, before: newest[0]! });
    assert.equal(older.length, 10);
    await cache.close();
  });

  it('works in memory where there is no IndexedDB, and says so once', async () => {
    assert.equal((globalThis as { indexedDB?: unknown }).indexedDB, undefined);
    const cache = new DexieCache({ app: 'node', userID: 'alice' });
    const warnings: CacheWarning[] = [];
    cache.onWarning((w) => warnings.push(w));
    await cache.open();
    await cache.putMessages([message(1)]);
    assert.deepEqual(
      (await cache.getMessages('C2Cbob', { limit: 5 })).map((m) => m.ID),
      ['m1'],
    );
    assert.deepEqual(
      warnings.map((w) => w.kind),
      ['unavailable'],
    );
    assert.equal(createChatCache({ app: 'node', userID: 'alice' }).kind, 'memory');
    await cache.close();
  });
});
