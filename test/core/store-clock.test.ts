import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { ServerClock } from '../../src/core/store/server-clock.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

describe('ServerClock', () => {
  it('learns the offset from acknowledgements, raised by incoming messages but never lowered by old ones', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local);
    assert.equal(clock.nowMs(), 1_000_000);
    clock.observeAck(1_090); // the server says 1,090 s while we read 1,000 s
    assert.equal(clock.offsetMs, 90_000);
    local += 5_000;
    clock.observeIncoming(100); // a message from long ago
    assert.equal(clock.offsetMs, 90_000);
    clock.observeIncoming(1_100); // 1,100 s at local 1,005 s: the server is 95 s ahead
    assert.equal(clock.offsetMs, 95_000);
    assert.equal(clock.nowMs(), 1_005_000 + 95_000);
  });

  it('acknowledgements can lower it again (the local clock was set forward)', () => {
    let local = 1_000_000;
    const clock = new ServerClock(() => local, 60_000);
    local = 2_000_000; // the user moved the local clock on by 1,000 s
    for (let i = 0; i < 8; i++) clock.observeAck(1_001 + i * 0);
    assert.equal(clock.offsetMs, 1_001_000 - 2_000_000);
  });

  it('starts from a kept offset, and says when the offset moved enough to be kept again', () => {
    const clock = new ServerClock(() => 0);
    clock.restore(42_000);
    assert.equal(clock.offsetMs, 42_000);
    assert.equal(clock.takeOffsetToPersist(), undefined);
    clock.observeIncoming(50);
    assert.equal(clock.takeOffsetToPersist(), 50_000);
    assert.equal(clock.takeOffsetToPersist(), undefined);
    clock.restore('nonsense');
    assert.equal(clock.offsetMs, 50_000);
  });
});

describe('ChatStore: new messages are stamped with the server clock', () => {
  let world: StoreWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  /** The texts of a conversation's messages, oldest first. */
  const texts = (store: Parameters<typeof messagesOf>[0], conversationID: string) => messagesOf(store, conversationID).map(textOf);

  /** Every order the list showed, from now on (one entry per change). */
  function orders(store: Parameters<typeof messagesOf>[0], conversationID: string): string[][] {
    const seen: string[][] = [];
    store.messageList(conversationID).subscribe(
      (s) => s.messages,
      (messages) => seen.push(messages.map(textOf)),
    );
    return seen;
  }

  it('a reply sent in the same second as the question sorts below it while sending and after delivery', async () => {
    const fixed = 1_700_000_000_000;
    world = await makeStoreWorld({ clock: () => fixed });
    const alice = await world.client('alice', { now: () => fixed, latencyMs: 60 });
    const bob = await world.client('bob', { now: () => fixed });
    await bob.store.sendText('C2Calice', 'Are you there?');
    await waitFor(() => texts(alice.store, 'C2Cbob').includes('Are you there?'), 'the question');
    const seen = orders(alice.store, 'C2Cbob');
    const sending = alice.store.sendText('C2Cbob', 'Yes, here');
    // It shows once it is in the outbox (write-ahead), before the service answers.
    await waitFor(() => texts(alice.store, 'C2Cbob').includes('Yes, here'), 'the reply shows');
    assert.deepEqual(texts(alice.store, 'C2Cbob'), ['Are you there?', 'Yes, here']);
    await sending;
    assert.deepEqual(texts(alice.store, 'C2Cbob'), ['Are you there?', 'Yes, here']);
    assert.ok(
      seen.every((order) => order.join('|') === 'Are you there?|Yes, here'),
      `orders seen: ${JSON.stringify(seen)}`,
    );
  });

  for (const skewSeconds of [90, -90]) {
    it(`with the server clock ${skewSeconds > 0 ? 'ahead' : 'behind'} by 90 s, a reply sorts below the question and keeps its place on delivery`, async () => {
      world = await makeStoreWorld({ clock: () => Date.now() + skewSeconds * 1000 });
      const alice = await world.client('alice', { latencyMs: 40 });
      const bob = await world.client('bob');
      await bob.store.sendText('C2Calice', 'Are you there?');
      await waitFor(() => texts(alice.store, 'C2Cbob').includes('Are you there?'), 'the question');
      const seen = orders(alice.store, 'C2Cbob');
      const reply = await alice.store.sendText('C2Cbob', 'Yes, here');
      const again = await alice.store.sendText('C2Cbob', 'Still here');
      assert.deepEqual(texts(alice.store, 'C2Cbob'), ['Are you there?', 'Yes, here', 'Still here']);
      assert.ok(
        seen.every((order) => order.every((text, i) => text === ['Are you there?', 'Yes, here', 'Still here'][i])),
        `orders seen: ${JSON.stringify(seen)}`,
      );
      // Stamped with the server's time, not the browser's: within a few seconds of it.
      const serverNow = Date.now() / 1000 + skewSeconds;
      assert.ok(Math.abs(again.time - serverNow) < 5, `stamped ${again.time}, server ${serverNow}`);
      assert.ok(reply.time >= messagesOf(alice.store, 'C2Cbob')[0]!.time);
    });
  }

  it('offline with the server 90 s ahead: queued replies sort below the question, across a reload, and keep their order when delivered', async () => {
    world = await makeStoreWorld({ clock: () => Date.now() + 90_000 });
    const cache = new MemoryCache();
    const alice = await world.client('alice', { cache });
    const bob = await world.client('bob');
    await bob.store.sendText('C2Calice', 'Are you there?');
    await waitFor(() => texts(alice.store, 'C2Cbob').includes('Are you there?'), 'the question');
    alice.service.setOffline(true);
    const queued = await alice.store.sendText('C2Cbob', 'Queued reply');
    assert.equal(queued.status, 'unSend');
    assert.deepEqual(texts(alice.store, 'C2Cbob'), ['Are you there?', 'Queued reply']);
    await alice.store.settled();

    // A reload while still offline: the store is new, the cache and the learned offset are kept.
    await alice.store.stop();
    // Its login is retried later (fake time from the real clock's reading, moved on while the test waits).
    const timers = new ManualTimers(Date.now());
    const reloaded = await world.client('alice', { cache, start: false, timers });
    reloaded.service.setOffline(true);
    await reloaded.store.start('alice');
    reloaded.store.messageList('C2Cbob');
    await waitFor(() => texts(reloaded.store, 'C2Cbob').includes('Queued reply'), 'the queued reply after the reload', { timers });
    const second = await reloaded.store.sendText('C2Cbob', 'Queued after reload');
    assert.equal(second.status, 'unSend');
    assert.deepEqual(texts(reloaded.store, 'C2Cbob'), ['Are you there?', 'Queued reply', 'Queued after reload']);

    reloaded.service.setOffline(false);
    await waitFor(() => messagesOf(reloaded.store, 'C2Cbob').every((m) => m.status === 'success'), 'delivery', { timers, stepMs: 100 });
    assert.deepEqual(texts(reloaded.store, 'C2Cbob'), ['Are you there?', 'Queued reply', 'Queued after reload']);
    await waitFor(() => texts(bob.store, 'C2Calice').length === 3, "Bob's copies");
    assert.deepEqual(texts(bob.store, 'C2Calice'), ['Are you there?', 'Queued reply', 'Queued after reload']);
  });
});
