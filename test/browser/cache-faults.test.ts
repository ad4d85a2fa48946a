import { expect, waitUntil } from '@open-wc/testing';
import { cacheDatabaseName } from '../../src/core/cache/cache-database-name.js';
import { CACHE_SCHEMA_VERSION, ChatCacheDatabase } from '../../src/core/cache/cache-schema.js';
import type { CacheChange } from '../../src/core/cache/chat-cache.js';
import { createChatCache } from '../../src/core/cache/create-chat-cache.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { collectWarnings, conversation, deleteDatabases, ids, pause, textMessage, uniqueApp } from './cache-fixtures.js';

/** What a fresh connection finds on disk. */
async function onDisk(app: string, userID = 'alice') {
  const db = new ChatCacheDatabase(cacheDatabaseName(app, userID));
  await db.open();
  try {
    return {
      messages: await db.messages.toArray(),
      conversations: await db.conversations.toArray(),
      verno: db.verno,
    };
  } finally {
    db.close();
  }
}

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('DexieCache when storage fails', () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  after(() => deleteDatabases('tim-cache-test-'));

  it('keeps working in memory when IndexedDB is missing, with one warning', async () => {
    const cache = new DexieCache({
      app: uniqueApp('missing'),
      userID: 'alice',
      indexedDB: undefined,
      limits: { maxMessagesPerConversation: 3 },
    });
    opened.push(cache);
    const warnings = collectWarnings(cache);
    await cache.open();
    expect(cache.kind).to.equal('memory');
    expect(cache.database).to.equal(null);
    const messages = Array.from({ length: 5 }, (_, n) => textMessage('C2Cbob', n));
    await cache.putMessages(messages);
    await cache.putConversations([conversation('C2Cbob')]);
    await cache.putOutbox({ message: messages[0]!, options: {}, queuedAt: 1 });
    await cache.putDraft('C2Cbob', { text: 'd', editTime: 1, userDefine: '' });
    await cache.deleteMessages([messages[4]!.ID]);
    await cache.whenIdle();
    // Capped at 3 in memory too; the queued message stays.
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(ids([messages[0]!, messages[2]!, messages[3]!]));
    expect((await cache.getConversations()).length).to.equal(1);
    expect(Object.keys(await cache.getDrafts())).to.deep.equal(['C2Cbob']);
    expect((await cache.getOutbox()).length).to.equal(1);
    await cache.close();
    await cache.open();
    expect(warnings.map((w) => w.kind)).to.deep.equal(['unavailable']);
    // A listener that comes later still hears it, once.
    const late = collectWarnings(cache);
    await pause(0);
    expect(late.map((w) => w.kind)).to.deep.equal(['unavailable']);
  });

  it('createChatCache gives a memory cache that warns once when IndexedDB is missing', async () => {
    const cache = createChatCache({ app: uniqueApp('factory'), userID: 'alice', indexedDB: null });
    expect(cache).to.be.instanceOf(MemoryCache);
    expect(cache.kind).to.equal('memory');
    const warnings = collectWarnings(cache);
    await cache.open();
    await cache.putMessages([textMessage('C2Cbob', 1)]);
    await pause(0);
    expect(warnings.map((w) => w.kind)).to.deep.equal(['unavailable']);
    const real = createChatCache({ app: uniqueApp('factory'), userID: 'alice', limits: { maxMessagesPerConversation: 10 } });
    opened.push(real);
    expect(real).to.be.instanceOf(DexieCache);
    await real.open();
    expect(real.kind).to.equal('indexeddb');
  });

  it('keeps writes in memory when the disk is full, warns once, and writes them when there is room', async () => {
    const app = uniqueApp('quota');
    const cache = new DexieCache({ app, userID: 'alice', retryDelayMs: 30 });
    opened.push(cache);
    const warnings = collectWarnings(cache);
    await cache.open();
    await cache.putMessages([textMessage('C2Cbob', 1)]);
    const table = cache.database!.messages;
    const bulkPut = table.bulkPut;
    let refused = 0;
    table.bulkPut = (() => {
      refused++;
      return Promise.reject(quotaError());
    }) as unknown as typeof bulkPut;

    await cache.putMessages([textMessage('C2Cbob', 2)]);
    await cache.putMessages([textMessage('C2Cbob', 3)]);
    await cache.deleteMessages(['C2Cbob-m1']);
    await waitUntil(() => refused > 1, 'a few retries, all refused');
    expect(refused).to.be.greaterThan(1);
    expect(warnings.map((w) => w.kind)).to.deep.equal(['quota']);
    // Reads see memory laid over disk.
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(['C2Cbob-m2', 'C2Cbob-m3']);
    expect(await cache.getMessage('C2Cbob-m1')).to.equal(undefined);
    expect(ids((await onDisk(app)).messages)).to.deep.equal(['C2Cbob-m1']);

    table.bulkPut = bulkPut;
    await waitUntil(async () => ids((await onDisk(app)).messages).join() === 'C2Cbob-m2,C2Cbob-m3', 'written once there is room', {
      timeout: 5000,
    });
    await cache.putMessages([textMessage('C2Cbob', 4)]);
    expect(ids((await onDisk(app)).messages)).to.deep.equal(['C2Cbob-m2', 'C2Cbob-m3', 'C2Cbob-m4']);
    expect(warnings.length).to.equal(1);
  });

  it('works in memory while another tab blocks the upgrade, then writes it all once unblocked', async () => {
    const app = uniqueApp('blocked');
    const name = cacheDatabaseName(app, 'alice');
    // An old tab at version 1 that does not let go when asked.
    const oldTab = new ChatCacheDatabase(name, { autoOpen: false }, 1);
    oldTab.on('versionchange', () => false);
    await oldTab.open();
    await oldTab.conversations.put(conversation('C2Cbob'));

    const cache = new DexieCache({ app, userID: 'alice' });
    opened.push(cache);
    const warnings = collectWarnings(cache);
    const changes: CacheChange[] = [];
    cache.onExternalChange((c) => changes.push(c));
    await cache.open(); // resolves although the upgrade waits
    expect(warnings.map((w) => w.kind)).to.deep.equal(['blocked']);
    expect(cache.database).to.equal(null);
    await cache.putMessages([textMessage('C2Cbob', 1), textMessage('C2Cbob', 2)]);
    await cache.putDraft('C2Cbob', { text: 'd', editTime: 1, userDefine: '' });
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(['C2Cbob-m1', 'C2Cbob-m2']);

    oldTab.close();
    await waitUntil(() => cache.database !== null, 'opens once the old tab closes');
    await cache.whenIdle();
    const disk = await onDisk(app);
    expect(disk.verno).to.equal(CACHE_SCHEMA_VERSION);
    expect(ids(disk.messages)).to.deep.equal(['C2Cbob-m1', 'C2Cbob-m2']);
    expect(disk.conversations.map((c) => c.conversationID)).to.deep.equal(['C2Cbob']);
    // The store hears what the database held all along.
    await waitUntil(() => changes.length === 1);
    expect(changes[0]!.conversations!.map((c) => c.conversationID)).to.deep.equal(['C2Cbob']);
    expect(Object.keys(changes[0]!.drafts!)).to.deep.equal(['C2Cbob']);
    expect(warnings.length).to.equal(1);
  });

  it("gives way to another tab's upgrade and reconnects by itself", async () => {
    const app = uniqueApp('versionchange');
    const name = cacheDatabaseName(app, 'alice');
    const cache = new DexieCache({ app, userID: 'alice' });
    opened.push(cache);
    const warnings = collectWarnings(cache);
    await cache.open();
    await cache.putMessages([textMessage('C2Cbob', 1)]);

    // A newer tab with a version 3 schema.
    const newer = new ChatCacheDatabase(name);
    newer.version(CACHE_SCHEMA_VERSION + 1).stores({ users: 'userID, nick' });
    await newer.open(); // would wait forever if the cache held on
    expect(newer.verno).to.equal(CACHE_SCHEMA_VERSION + 1);

    await cache.putMessages([textMessage('C2Cbob', 2)]);
    await waitUntil(() => cache.database !== null, 'reconnected');
    await cache.whenIdle();
    expect(ids(await newer.messages.toArray())).to.deep.equal(['C2Cbob-m1', 'C2Cbob-m2']);
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(['C2Cbob-m1', 'C2Cbob-m2']);
    newer.close();
    expect(warnings).to.deep.equal([]);
  });

  it('recreates the database after another tab deleted it', async () => {
    const app = uniqueApp('deleted');
    const cache = new DexieCache({ app, userID: 'alice' });
    opened.push(cache);
    await cache.open();
    await cache.putMessages([textMessage('C2Cbob', 1)]);
    const otherTab = new DexieCache({ app, userID: 'alice' });
    await otherTab.open();
    await otherTab.clear();
    await waitUntil(() => cache.database !== null);
    await cache.putMessages([textMessage('C2Cbob', 2)]);
    await cache.whenIdle();
    expect(ids((await onDisk(app)).messages)).to.deep.equal(['C2Cbob-m2']);
  });
});
