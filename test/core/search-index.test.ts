import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { cacheDatabaseName } from '../../src/core/cache/cache-database-name.js';
import { ChatCacheDatabase } from '../../src/core/cache/cache-schema.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { ChatCache } from '../../src/core/cache/chat-cache.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { textElem } from '../../src/core/model/factories.js';

const message = (n: number, text: string, conversationID = 'C2Cbob', extra: Partial<Message> = {}): Message => ({
  ...EMPTY_MESSAGE,
  ID: `m${n}`,
  conversationID,
  time: 1000 + n,
  sequence: n,
  elements: [textElem(text)],
  ...extra,
});

const ids = (messages: Message[]) => messages.map((m) => m.ID);

function dexie(factory = new IDBFactory()) {
  return new DexieCache({ app: 'node', userID: 'alice', indexedDB: factory, IDBKeyRange, searchBuildDelayMs: null });
}

// Both caches answer the same: the index of IndexedDB must agree with reading every message.
for (const [name, make] of [
  ['DexieCache (index)', () => dexie()],
  ['MemoryCache (scan)', () => new MemoryCache()],
] as Array<[string, () => ChatCache]>) {
  describe(`searchMessages: ${name}`, () => {
    it('finds CJK substrings, whole words and a prefix of the last word, newest first, in scope', async () => {
      const cache = make();
      await cache.open();
      await cache.putMessages([
        message(1, '明天一起吃午饭吧'),
        message(2, 'Lunch tomorrow? 明天见'),
        message(3, 'lunches are great', 'C2Ccarol'),
        message(4, 'meeting at noon', 'C2Ccarol'),
        message(5, '天明了'),
      ]);
      assert.deepEqual(ids(await cache.searchMessages('明天', { limit: 10 })), ['m2', 'm1']);
      assert.deepEqual(ids(await cache.searchMessages('天', { limit: 10 })), ['m5', 'm2', 'm1']);
      assert.deepEqual(ids(await cache.searchMessages('lunch ', { limit: 10 })), ['m2']);
      assert.deepEqual(ids(await cache.searchMessages('lunch', { limit: 10 })), ['m3', 'm2']);
      assert.deepEqual(ids(await cache.searchMessages('lunch', { limit: 10, conversationID: 'C2Ccarol' })), ['m3']);
      assert.deepEqual(ids(await cache.searchMessages('MEET', { limit: 10 })), ['m4']);
      assert.deepEqual(ids(await cache.searchMessages('明天 tomo', { limit: 10 })), ['m2']);
      assert.deepEqual(ids(await cache.searchMessages('lunch', { limit: 1 })), ['m3']);
      assert.deepEqual(ids(await cache.searchMessages('  ', { limit: 10 })), []);
      assert.deepEqual(ids(await cache.searchMessages('nothing', { limit: 10 })), []);
      await cache.close();
    });

    it('follows edits, revokes and deletions', async () => {
      const cache = make();
      await cache.open();
      await cache.putMessages([message(1, 'old words'), message(2, 'keep words'), message(3, 'gone words')]);
      assert.deepEqual(ids(await cache.searchMessages('words', { limit: 10 })), ['m3', 'm2', 'm1']);
      await cache.putMessages([message(1, 'new text'), message(2, 'keep words', 'C2Cbob', { isRevoked: true })]);
      await cache.deleteMessages(['m3']);
      assert.deepEqual(ids(await cache.searchMessages('words', { limit: 10 })), []);
      assert.deepEqual(ids(await cache.searchMessages('new', { limit: 10 })), ['m1']);
      // Back to the first text: found once.
      await cache.putMessages([message(1, 'old words')]);
      assert.deepEqual(ids(await cache.searchMessages('words', { limit: 10 })), ['m1']);
      await cache.close();
    });
  });
}

describe('search index in IndexedDB', () => {
  it('builds from messages cached before the upgrade, keeping them all', async () => {
    const factory = new IDBFactory();
    const old = new ChatCacheDatabase(cacheDatabaseName('node', 'alice'), { indexedDB: factory, IDBKeyRange }, 2);
    await old.open();
    await old.messages.bulkPut(Array.from({ length: 2500 }, (_, n) => message(n, n % 100 === 7 ? `rare 稀有 ${n}` : `common 常见 ${n}`)));
    old.close();
    const cache = dexie(factory);
    await cache.open();
    const rare = await cache.searchMessages('稀有', { limit: 50 });
    assert.equal(rare.length, 25);
    assert.equal(rare[0]!.ID, 'm2407');
    const common = await cache.searchMessages('common', { limit: 20, conversationID: 'C2Cbob' });
    assert.deepEqual(
      ids(common),
      Array.from({ length: 20 }, (_, i) => `m${2499 - i}`),
    );
    assert.equal(await cache.database!.messages.count(), 2500);
    await cache.close();
    // Opened again: the index is there, and new messages join it.
    const again = dexie(factory);
    await again.open();
    await again.putMessages([message(5000, 'rare again')]);
    assert.deepEqual(ids(await again.searchMessages('rare ag', { limit: 5 })), ['m5000']);
    assert.equal((await again.searchMessages('稀有', { limit: 50 })).length, 25);
    await again.close();
  });

  it('orders many candidates by time across rows of times, and sees the times another tab added', async () => {
    const factory = new IDBFactory();
    // More messages than a row of times holds, indexed out of time order (IDs sort as text).
    const old = new ChatCacheDatabase(cacheDatabaseName('node', 'alice'), { indexedDB: factory, IDBKeyRange }, 2);
    await old.open();
    await old.messages.bulkPut(Array.from({ length: 9000 }, (_, n) => message(n, `word ${n}`)));
    old.close();
    const [a, b] = [dexie(factory), dexie(factory)];
    await a.open();
    const newest = (from: number, count: number) => Array.from({ length: count }, (_, i) => `m${from - i}`);
    assert.deepEqual(ids(await a.searchMessages('word', { limit: 20 })), newest(8999, 20));
    await b.open();
    await b.putMessages(Array.from({ length: 30 }, (_, i) => message(20_000 + i, `word late ${i}`)));
    await b.searchMessages('late', { limit: 1 }); // written
    assert.deepEqual(ids(await a.searchMessages('word', { limit: 25 })), [...newest(20_029, 25)]);
    await a.close();
    await b.close();
  });

  it('indexes a message once when every open tab hears of it', async () => {
    const factory = new IDBFactory();
    const [a, b] = [dexie(factory), dexie(factory)];
    await a.open();
    await b.open();
    // Each has written before, so each knows the fingerprints of what was indexed then.
    await a.putMessages([message(0, 'warm up')]);
    await a.searchMessages('warm', { limit: 1 });
    await b.putMessages([message(0, 'warm up')]);
    await b.searchMessages('warm', { limit: 1 });
    const same = [message(1, 'both tabs got this'), message(2, 'and this')];
    await a.putMessages(same);
    await a.searchMessages('both', { limit: 5 }); // written by a
    await b.putMessages([...same, message(3, 'only b has this')]);
    assert.deepEqual(ids(await b.searchMessages('this', { limit: 5 })), ['m3', 'm2', 'm1']);
    const meta = await a.database!.meta.get('search-index');
    assert.equal((meta!.value as { nextOrdinal: number }).nextOrdinal, 4, 'four documents, not six');
    await a.putMessages([message(4, 'then a again')]);
    assert.deepEqual(ids(await a.searchMessages('this', { limit: 5 })), ['m3', 'm2', 'm1']);
    assert.equal(((await a.database!.meta.get('search-index'))!.value as { nextOrdinal: number }).nextOrdinal, 5);
    await a.close();
    await b.close();
  });

  it('finds what another tab indexed since it last looked', async () => {
    const factory = new IDBFactory();
    const [a, b] = [dexie(factory), dexie(factory)];
    await a.open();
    await b.open();
    await a.putMessages([message(1, 'alpha one')]);
    await a.searchMessages('alpha', { limit: 5 }); // written
    assert.deepEqual(ids(await b.searchMessages('alpha', { limit: 5 })), ['m1']);
    await a.putMessages([message(2, 'alpha two')]);
    await a.searchMessages('alpha', { limit: 5 });
    assert.deepEqual(ids(await b.searchMessages('alpha', { limit: 5 })), ['m2', 'm1']);
    await a.close();
    await b.close();
  });
});
