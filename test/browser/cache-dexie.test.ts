import { expect } from '@open-wc/testing';
import { Dexie } from 'dexie';
import { cacheDatabaseName } from '../../src/core/cache/cache-database-name.js';
import { CACHE_SCHEMA_VERSION, ChatCacheDatabase } from '../../src/core/cache/cache-schema.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { locatorOf } from '../../src/core/model/message.js';
import { conversation, deleteDatabases, ids, textMessage, uniqueApp } from './cache-fixtures.js';

describe('DexieCache in real IndexedDB', () => {
  const opened: DexieCache[] = [];
  async function openCache(app: string, userID = 'alice', extra: Partial<ConstructorParameters<typeof DexieCache>[0]> = {}) {
    const cache = new DexieCache({ app, userID, ...extra });
    opened.push(cache);
    await cache.open();
    return cache;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  after(() => deleteDatabases('tim-cache-test-'));

  it('pages a conversation newest first by time then sequence, oldest first within a page', async () => {
    const cache = await openCache(uniqueApp('paging'));
    // 45 messages, two per second, in shuffled write order; another conversation alongside.
    const messages = Array.from({ length: 45 }, (_, n) => textMessage('C2Cbob', n, { time: 1_700_000_000 + Math.floor(n / 2) }));
    await cache.putMessages([...messages].reverse().slice(0, 20));
    await cache.putMessages([...messages].reverse().slice(20));
    await cache.putMessages([textMessage('C2Ccarol', 1), textMessage('C2Ccarol', 2)]);

    const newest = await cache.getMessages('C2Cbob', { limit: 20 });
    expect(ids(newest)).to.deep.equal(ids(messages.slice(25)));
    const cursor = { time: newest[0]!.time, sequence: newest[0]!.sequence };
    const older = await cache.getMessages('C2Cbob', { limit: 20, before: cursor });
    expect(ids(older)).to.deep.equal(ids(messages.slice(5, 25)));
    const oldest = await cache.getMessages('C2Cbob', { limit: 20, before: { time: older[0]!.time, sequence: older[0]!.sequence } });
    expect(ids(oldest)).to.deep.equal(ids(messages.slice(0, 5)));
    expect(await cache.getMessages('C2Cbob', { limit: 20, before: { time: 0, sequence: 0 } })).to.deep.equal([]);
    expect(ids(await cache.getMessages('C2Ccarol', { limit: 20 }))).to.deep.equal(['C2Ccarol-m1', 'C2Ccarol-m2']);
  });

  it('reads, replaces, finds and deletes messages', async () => {
    const cache = await openCache(uniqueApp('crud'));
    const first = textMessage('C2Cbob', 1, { flow: 'out', from: 'alice' });
    await cache.putMessages([first, textMessage('C2Cbob', 2), textMessage('C2Cbob', 3)]);
    expect(await cache.getMessage(first.ID)).to.deep.equal(first);

    const revoked = { ...first, isRevoked: true, revoker: 'alice', customInt: 7 };
    await cache.putMessages([revoked]);
    expect(await cache.getMessage(first.ID)).to.deep.equal(revoked);
    expect((await cache.findByLocator(locatorOf(revoked)))?.ID).to.equal(first.ID);
    expect(await cache.findByLocator({ ...locatorOf(revoked), random: 1 })).to.equal(undefined);
    expect(await cache.findByLocator({ ...locatorOf(revoked), isSelf: false })).to.equal(undefined);

    await cache.deleteMessages([first.ID]);
    expect(await cache.getMessage(first.ID)).to.equal(undefined);
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(['C2Cbob-m2', 'C2Cbob-m3']);
    await cache.deleteConversationMessages('C2Cbob');
    expect(await cache.getMessages('C2Cbob', { limit: 20 })).to.deep.equal([]);
  });

  it('never stores online-only messages or rows without keys, and never throws on bad input', async () => {
    const cache = await openCache(uniqueApp('bad'));
    const good = textMessage('C2Cbob', 1);
    await cache.putMessages([
      good,
      textMessage('C2Cbob', 2, { onlineOnly: true }),
      { ...textMessage('C2Cbob', 3), ID: '' },
      { ...textMessage('C2Cbob', 4), time: Number.NaN },
      null as never,
    ]);
    expect(ids(await cache.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal([good.ID]);
    expect(await cache.getMessages('C2Cbob', { limit: -1 })).to.deep.equal([]);
    expect(await cache.getMessages('C2Cbob', { limit: 5, before: { time: Number.NaN, sequence: 0 } })).to.deep.equal([]);
    await cache.putConversations([{ conversationID: 42 } as never]);
    expect(await cache.getConversations()).to.deep.equal([]);
  });

  it('keeps conversations, drafts, profiles, meta and the outbox', async () => {
    const cache = await openCache(uniqueApp('tables'));
    await cache.putConversations([conversation('C2Cbob'), conversation('GROUPg1')]);
    await cache.deleteConversation('C2Cbob');
    expect((await cache.getConversations()).map((c) => c.conversationID)).to.deep.equal(['GROUPg1']);

    const draft = { text: 'half a thought', editTime: 1_700_000_100, userDefine: '{"reply":"x"}' };
    await cache.putDraft('GROUPg1', draft);
    await cache.putDraft('C2Cbob', { ...draft, text: 'gone soon' });
    await cache.putDraft('C2Cbob', null);
    expect(await cache.getDrafts()).to.deep.equal({ GROUPg1: draft });

    await cache.putProfiles({ users: [{ userID: 'bob', nick: 'Bob', avatar: '' }] });
    await cache.putProfiles({
      groups: [
        {
          groupID: 'g1',
          name: 'G',
          avatar: '',
          type: 'Work',
          ownerID: 'bob',
          notification: '',
          introduction: '',
          memberCount: 2,
          muteAllMembers: false,
        },
      ],
    });
    const profiles = await cache.getProfiles();
    expect(profiles.users.map((u) => u.nick)).to.deep.equal(['Bob']);
    expect(profiles.groups.map((g) => g.name)).to.deep.equal(['G']);

    await cache.setMeta('lastSync', { at: 5 });
    expect(await cache.getMeta('lastSync')).to.deep.equal({ at: 5 });
    await cache.setMeta('lastSync', undefined);
    expect(await cache.getMeta('lastSync')).to.equal(undefined);

    const a = textMessage('C2Cbob', 1, { status: 'unSend', flow: 'out' });
    const b = textMessage('C2Cbob', 2, { status: 'unSend', flow: 'out' });
    await cache.putOutbox({ message: b, options: { priority: 'High' }, queuedAt: 200 });
    await cache.putOutbox({ message: a, options: {}, queuedAt: 100 });
    // A retry of `a` keeps its place; callbacks in the options are not stored.
    await cache.putOutbox({ message: a, options: { onProgress: () => {} } as never, queuedAt: 300 });
    const outbox = await cache.getOutbox();
    expect(outbox.map((e) => [e.message.ID, e.queuedAt])).to.deep.equal([
      [a.ID, 100],
      [b.ID, 200],
    ]);
    expect(outbox[0]!.options).to.deep.equal({});
    await cache.deleteOutbox(a.ID);
    expect((await cache.getOutbox()).map((e) => e.message.ID)).to.deep.equal([b.ID]);
  });

  it('gives each app and user a database of their own', async () => {
    expect(cacheDatabaseName('a-b', 'c')).not.to.equal(cacheDatabaseName('a', 'b-c'));
    expect(cacheDatabaseName(1400000000, 'user/1')).to.equal('tim-cache-1400000000-user%2F1');
    const app = uniqueApp('users');
    const alice = await openCache(app, 'alice');
    const bob = await openCache(app, 'bob');
    await alice.putMessages([textMessage('C2Cbob', 1)]);
    await alice.putConversations([conversation('C2Cbob')]);
    await bob.putMessages([textMessage('C2Calice', 1)]);
    expect(ids(await alice.getMessages('C2Cbob', { limit: 20 }))).to.deep.equal(['C2Cbob-m1']);
    expect(await bob.getMessages('C2Cbob', { limit: 20 })).to.deep.equal([]);
    expect(await bob.getConversations()).to.deep.equal([]);
    expect(await alice.getMessages('C2Calice', { limit: 20 })).to.deep.equal([]);
    const otherApp = await openCache(uniqueApp('users'), 'alice');
    expect(await otherApp.getMessages('C2Cbob', { limit: 20 })).to.deep.equal([]);
  });

  it('upgrades a version-1 database with rows to the current version and keeps every row', async () => {
    const app = uniqueApp('upgrade');
    const name = cacheDatabaseName(app, 'alice');
    const v1 = new ChatCacheDatabase(name, undefined, 1);
    await v1.open();
    expect(v1.verno).to.equal(1);
    const messages = Array.from({ length: 30 }, (_, n) => textMessage('C2Cbob', n));
    // Version 1 wrote some rows without a sequence; they must still page after the upgrade.
    const { sequence: _s, ...withoutSequence } = textMessage('C2Cbob', 30);
    await v1.messages.bulkPut([...messages, withoutSequence as never]);
    await v1.conversations.put(conversation('C2Cbob'));
    await v1.drafts.put({ conversationID: 'C2Cbob', draft: { text: 'x', editTime: 1, userDefine: '' } });
    const queued = textMessage('C2Cbob', 99, { status: 'unSend', flow: 'out', clientTime: 1_700_000_500 });
    await v1.outbox.put({ messageID: queued.ID, message: queued, options: {} } as never);
    await v1.users.put({ userID: 'bob', nick: 'Bob', avatar: '' });
    await v1.meta.put({ key: 'k', value: 1 });
    v1.close();

    const cache = await openCache(app, 'alice');
    expect(cache.database!.verno).to.equal(CACHE_SCHEMA_VERSION);
    expect(CACHE_SCHEMA_VERSION).to.be.greaterThan(1);
    const newest = await cache.getMessages('C2Cbob', { limit: 20 });
    const older = await cache.getMessages('C2Cbob', { limit: 20, before: newest[0]! });
    expect(ids([...older, ...newest]).sort()).to.deep.equal([...ids(messages), 'C2Cbob-m30'].sort());
    expect((await cache.getMessage('C2Cbob-m30'))!.sequence).to.equal(0);
    expect((await cache.getConversations()).length).to.equal(1);
    expect(Object.keys(await cache.getDrafts())).to.deep.equal(['C2Cbob']);
    const outbox = await cache.getOutbox();
    expect(outbox.map((e) => [e.message.ID, e.queuedAt])).to.deep.equal([[queued.ID, 1_700_000_500_000]]);
    expect((await cache.getProfiles()).users.length).to.equal(1);
    expect(await cache.getMeta('k')).to.equal(1);
    expect(await cache.database!.messages.count()).to.equal(31);
  });

  it('evicts the oldest messages over the per-conversation cap, never a queued one', async () => {
    const cache = await openCache(uniqueApp('cap'), 'alice', { limits: { maxMessagesPerConversation: 10 } });
    const messages = Array.from({ length: 15 }, (_, n) => textMessage('C2Cbob', n));
    await cache.putOutbox({ message: messages[0]!, options: {}, queuedAt: 1 });
    await cache.putMessages(messages);
    await cache.whenIdle();
    const kept = await cache.getMessages('C2Cbob', { limit: 100 });
    expect(ids(kept)).to.deep.equal(ids([messages[0]!, ...messages.slice(6)]));
    expect((await cache.getOutbox()).length).to.equal(1);
  });

  it('evicts the oldest messages over all conversations over the size limit', async () => {
    const cache = await openCache(uniqueApp('bytes'), 'alice', { limits: { maxTotalBytes: 40_000 } });
    const text = 'x'.repeat(900);
    // 60 messages of about 1.3 kB, alternating conversations in time.
    const messages = Array.from({ length: 60 }, (_, n) =>
      textMessage(n % 2 ? 'C2Cbob' : 'C2Ccarol', n, { elements: [{ type: 'TIMTextElem', text }] }),
    );
    await cache.putMessages(messages);
    await cache.whenIdle();
    const left = await cache.database!.messages.toArray();
    const bytes = left.reduce((sum, m) => sum + JSON.stringify(m).length, 0);
    expect(bytes).to.be.at.most(40_000);
    expect(left.length).to.be.greaterThan(15);
    // What is left is the newest: every evicted message is older than every kept one.
    const oldestKept = Math.min(...left.map((m) => m.time));
    const keptIDs = new Set(ids(left));
    const evicted = messages.filter((m) => !keptIDs.has(m.ID));
    expect(evicted.length).to.be.greaterThan(0);
    expect(evicted.every((m) => m.time <= oldestKept)).to.equal(true);
  });

  it('clear() deletes the database (sign-out)', async () => {
    const app = uniqueApp('clear');
    const cache = await openCache(app);
    await cache.putMessages([textMessage('C2Cbob', 1)]);
    await cache.clear();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.to.include(cacheDatabaseName(app, 'alice'));
    expect(await Dexie.exists(cacheDatabaseName(app, 'alice'))).to.equal(false);
    const again = await openCache(app);
    expect(await again.getMessages('C2Cbob', { limit: 20 })).to.deep.equal([]);
  });
});
