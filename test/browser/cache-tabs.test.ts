import { expect, waitUntil } from '@open-wc/testing';
import type { CacheChange } from '../../src/core/cache/chat-cache.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { withNamedLock } from '../../src/core/cache/named-lock.js';
import { conversation, deleteDatabases, ids, textMessage, uniqueApp } from './cache-fixtures.js';

/** Two caches of one user on one database, as two tabs would have. */
async function twoTabs(label: string) {
  const app = uniqueApp(label);
  const a = new DexieCache({ app, userID: 'alice' });
  const b = new DexieCache({ app, userID: 'alice' });
  await Promise.all([a.open(), b.open()]);
  const seenByA: CacheChange[] = [];
  const seenByB: CacheChange[] = [];
  a.onExternalChange((c) => seenByA.push(c));
  b.onExternalChange((c) => seenByB.push(c));
  return { a, b, seenByA, seenByB };
}

describe('DexieCache across tabs of one user', () => {
  const opened: DexieCache[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((c) => c.close()));
  });
  after(() => deleteDatabases('tim-cache-test-'));

  it('tells the other tab about each write once, and never a tab about its own', async () => {
    const { a, b, seenByA, seenByB } = await twoTabs('external');
    opened.push(a, b);
    const m1 = textMessage('C2Cbob', 1);
    await a.putMessages([m1]);
    await a.putConversations([conversation('C2Cbob')]);
    await a.putDraft('C2Cbob', { text: 'hi', editTime: 1, userDefine: '' });
    await a.deleteMessages([m1.ID]);
    await a.putOutbox({ message: textMessage('C2Cbob', 2), options: {}, queuedAt: 1 });
    await waitUntil(() => seenByB.length === 5, 'B hears all five writes');
    expect(ids(seenByB[0]!.messages!)).to.deep.equal([m1.ID]);
    expect(seenByB[1]!.conversations!.map((c) => c.conversationID)).to.deep.equal(['C2Cbob']);
    expect(seenByB[2]!.drafts).to.deep.equal({ C2Cbob: { text: 'hi', editTime: 1, userDefine: '' } });
    expect(seenByB[3]!.deletedMessageIDs).to.deep.equal([m1.ID]);
    expect(seenByB[4]!.outboxChanged).to.equal(true);
    // A tab hears another's writes in order: once each hears the other's next write, nothing earlier is still coming.
    await a.putDraft('C2Ccarol', { text: 'last from A', editTime: 2, userDefine: '' });
    await b.putDraft('C2Cdave', { text: 'last from B', editTime: 2, userDefine: '' });
    await waitUntil(() => seenByB.length >= 6 && seenByA.length >= 1, "each hears the other's last write");
    expect(seenByB.length).to.equal(6, 'one notice for each of the five writes, then the last');
    expect(Object.keys(seenByB[5]!.drafts ?? {})).to.deep.equal(['C2Ccarol']);
    expect(seenByA.map((c) => Object.keys(c.drafts ?? {}))).to.deep.equal([['C2Cdave']], 'never a tab about its own writes');
  });

  it('sends IDs for a big write; the other tab reads the rows and sees each message once', async () => {
    const { a, b, seenByA, seenByB } = await twoTabs('bulk');
    opened.push(a, b);
    const page = Array.from({ length: 120 }, (_, n) => textMessage('GROUPg1', n));
    await a.putMessages(page);
    await b.putMessages([textMessage('C2Cbob', 1)]);
    await waitUntil(() => seenByB.length === 1 && seenByA.length === 1, 'each hears the other once');
    expect(ids(seenByB[0]!.messages!)).to.deep.equal(ids(page));
    expect(ids(seenByA[0]!.messages!)).to.deep.equal(['C2Cbob-m1']);
    // Both read the same rows.
    expect(ids(await b.getMessages('GROUPg1', { limit: 20 }))).to.deep.equal(ids(page.slice(100)));
  });

  it('tells the other tab which messages went when a conversation is cleared', async () => {
    const { a, b, seenByB } = await twoTabs('clearconv');
    opened.push(a, b);
    await a.putMessages([textMessage('C2Cbob', 1), textMessage('C2Cbob', 2), textMessage('C2Ccarol', 1)]);
    await a.deleteConversationMessages('C2Cbob');
    await waitUntil(() => seenByB.length === 2);
    expect(seenByB[1]!.deletedMessageIDs!.slice().sort()).to.deep.equal(['C2Cbob-m1', 'C2Cbob-m2']);
    expect(ids(await b.getMessages('C2Ccarol', { limit: 5 }))).to.deep.equal(['C2Ccarol-m1']);
  });

  it('gives the outbox lock to one tab at a time', async () => {
    const { a, b } = await twoTabs('lock');
    opened.push(a, b);
    expect(typeof navigator.locks?.request).to.equal('function');
    let release!: () => void;
    const holding = new Promise<void>((resolve) => (release = resolve));
    let aRunning = false;
    const aDone = a.withOutboxLock(async () => {
      aRunning = true;
      await holding;
    });
    await waitUntil(() => aRunning);
    let bRan = false;
    expect(await b.withOutboxLock(async () => void (bRan = true), { ifAvailable: true })).to.equal(false);
    expect(bRan).to.equal(false);
    // Without ifAvailable, B waits its turn.
    const bWaits = b.withOutboxLock(async () => void (bRan = true));
    const queued = async () => ((await navigator.locks.query()).pending ?? []).some((l) => l.name === `${b.name}:outbox`);
    await waitUntil(queued, 'B is queued for the lock');
    expect(bRan).to.equal(false);
    release();
    expect(await aDone).to.equal(true);
    expect(await bWaits).to.equal(true);
    expect(bRan).to.equal(true);
    // Another user's lock is a different lock.
    const carol = new DexieCache({ app: 'x', userID: 'carol' });
    expect(await carol.withOutboxLock(async () => {}, { ifAvailable: true })).to.equal(true);
  });

  it('falls back to a mutex in this page without Web Locks', async () => {
    const locks = Object.getOwnPropertyDescriptor(Navigator.prototype, 'locks')!;
    Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined });
    try {
      let release!: () => void;
      const holding = new Promise<void>((resolve) => (release = resolve));
      const first = withNamedLock('test-lock', () => holding);
      expect(await withNamedLock('test-lock', async () => {}, { ifAvailable: true })).to.equal(false);
      const order: string[] = [];
      const second = withNamedLock('test-lock', async () => void order.push('second'));
      order.push('released');
      release();
      expect(await first).to.equal(true);
      expect(await second).to.equal(true);
      expect(order).to.deep.equal(['released', 'second']);
      // A failing task passes its error on and frees the lock.
      let error: unknown;
      await withNamedLock('test-lock', async () => {
        throw new Error('task failed');
      }).catch((e) => (error = e));
      expect((error as Error).message).to.equal('task failed');
      expect(await withNamedLock('test-lock', async () => {}, { ifAvailable: true })).to.equal(true);
    } finally {
      Object.defineProperty(Navigator.prototype, 'locks', locks);
    }
  });
});
