import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { MessageListQuery } from '../../src/core/service/chat-service.js';
import { WINDOW_PAGES } from '../../src/core/store/message-paging.js';
import { conversationOf, makeStoreWorld, textOf, waitFor, type StoreClient, type StoreWorld } from './store-harness.js';

const BASE = 1_790_000_000;
const PAGE = 5;
const WINDOW = PAGE * WINDOW_PAGES;

/** `count` messages from Bob to Alice, a second apart, texts "m1"…; oldest first. */
async function bobWrites(world: StoreWorld, count: number): Promise<Message[]> {
  return world.server.postMessages(
    Array.from({ length: count }, (_, i) => ({
      from: 'bob',
      conversationID: 'C2Calice',
      elements: [{ type: 'TIMTextElem' as const, text: `m${i + 1}` }],
      time: BASE + i,
    })),
  );
}

const texts = (n: number, from = 1): string[] => Array.from({ length: n }, (_, i) => `m${from + i}`);

/** The list's messages are `m<first>`…`m<last>` with none missing or repeated. */
function assertStretch(messages: readonly Message[], first: number, last: number): void {
  assert.deepEqual(messages.map(textOf), texts(last - first + 1, first));
}

/** Counts the service's history calls by direction. */
function countPaging(client: StoreClient): { older: number; newer: number; newest: number } {
  const counts = { older: 0, newer: 0, newest: 0 };
  const original = client.service.getMessageList.bind(client.service);
  client.service.getMessageList = (query: MessageListQuery) => {
    if (!query.fromMessageID) counts.newest++;
    else if (query.direction === 'newer') counts.newer++;
    else counts.older++;
    return original(query);
  };
  return counts;
}

describe('ChatStore: the message window', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('holds at most a window: scrolling up trims the newest end, scrolling down trims the oldest, and every message comes back once', async () => {
    await bobWrites(world, 200);
    const alice = await world.client('alice', { pageSize: PAGE });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    assert.equal(state().hasNewer, false);

    let largest = 0;
    while (!state().isCompleted) {
      await alice.store.loadOlder('C2Cbob');
      largest = Math.max(largest, state().messages.length);
      assert.ok(state().messages.length <= WINDOW, `at most ${WINDOW} held, not ${state().messages.length}`);
    }
    assert.equal(largest, WINDOW);
    assert.equal(state().hasNewer, true, 'the newest end left the window');
    assertStretch(state().messages, 1, WINDOW);

    const counts = countPaging(alice);
    while (state().hasNewer) {
      await alice.store.loadNewer('C2Cbob');
      const messages = state().messages;
      assert.ok(messages.length <= WINDOW);
      const first = Number(textOf(messages[0]).slice(1));
      assertStretch(messages, first, first + messages.length - 1);
    }
    assertStretch(state().messages, 200 - WINDOW + 1, 200);
    assert.equal(state().isCompleted, false, 'the oldest end left the window: older paging works again');
    assert.equal(counts.newer + counts.older + counts.newest, 0, 'what left the window came back from the cache');
    assert.equal(state().error, null);

    // And up again, from the cache too.
    await alice.store.loadOlder('C2Cbob');
    assertStretch(state().messages, 200 - WINDOW - PAGE + 1, 200 - PAGE);
    assert.equal(state().hasNewer, true);
  });

  it('keeps messages that arrive while the window is away from the newest out of it; they come with paging down', async () => {
    await bobWrites(world, 120);
    const alice = await world.client('alice', { pageSize: PAGE });
    const bob = await world.client('bob');
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    while (!state().hasNewer) await alice.store.loadOlder('C2Cbob');
    const held = state().messages;
    const unreadBefore = conversationOf(alice.store, 'C2Cbob')!.unreadCount;

    await bob.store.sendText('C2Calice', 'late news');
    await waitFor(() => textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage) === 'late news', 'last message updated');
    assert.equal(state().messages, held, 'the window is unchanged');
    assert.equal(state().hasNewer, true);
    assert.ok(conversationOf(alice.store, 'C2Cbob')!.unreadCount >= unreadBefore);
    assert.deepEqual(alice.store.getLastMessages('C2Cbob', 1).map(textOf), ['late news'], 'the last messages are not the window’s');

    while (state().hasNewer) await alice.store.loadNewer('C2Cbob');
    const messages = state().messages;
    assert.equal(textOf(messages[messages.length - 1]), 'late news');
    assert.equal(textOf(messages[messages.length - 2]), 'm120');
  });

  it('a message sent from far up brings the list back to the newest page', async () => {
    await bobWrites(world, 120);
    const alice = await world.client('alice', { pageSize: PAGE });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    while (!state().hasNewer) await alice.store.loadOlder('C2Cbob');

    const sending = alice.store.sendText('C2Cbob', 'from up there');
    await sending;
    await waitFor(() => !state().loading && state().messages.length > 1, 'the newest page read');
    const messages = state().messages;
    assert.equal(state().hasNewer, false);
    assert.equal(textOf(messages[messages.length - 1]), 'from up there');
    assert.equal(textOf(messages[messages.length - 2]), 'm120');
    assert.ok(messages.length <= WINDOW);
    assert.ok(messages.every((m, i) => i === 0 || m.time >= messages[i - 1]!.time));
  });

  it('jumps to an old message with a window around it, not by paging from the newest, and pages down from there', async () => {
    const written = await bobWrites(world, 300);
    const alice = await world.client('alice', { pageSize: PAGE });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    const counts = countPaging(alice);

    assert.equal(await alice.store.loadAround('C2Cbob', written[39]!.ID), true);
    assert.deepEqual(counts, { older: 1, newer: 1, newest: 0 }, 'one page each side of the target');
    assertStretch(state().messages, 40 - PAGE, 40 + PAGE);
    assert.equal(state().hasNewer, true);
    assert.equal(state().isCompleted, false);

    await alice.store.loadOlder('C2Cbob');
    assertStretch(state().messages, 40 - 2 * PAGE, 40 + PAGE);
    await alice.store.loadNewer('C2Cbob');
    assertStretch(state().messages, 40 - 2 * PAGE, 40 + 2 * PAGE);

    // A second jump, further down, replaces the window; the newest page comes back with loadLatest.
    assert.equal(await alice.store.loadAround('C2Cbob', written[199]!.ID), true);
    assertStretch(state().messages, 200 - PAGE, 200 + PAGE);
    await alice.store.loadLatest('C2Cbob');
    assertStretch(state().messages, 300 - PAGE + 1, 300);
    assert.equal(state().hasNewer, false);

    // Near the newest, the service's page after it reaches the end: the window is not detached.
    assert.equal(await alice.store.loadAround('C2Cbob', written[290]!.ID), true);
    assert.equal(state().hasNewer, true, 'the page after m291 stops short of m300');
    assert.equal(await alice.store.loadAround('C2Cbob', written[297]!.ID), true);
    assert.equal(state().hasNewer, false);
    assert.equal(textOf(state().messages[state().messages.length - 1]), 'm300');
  });

  it('forgets the reactions of messages that left the window once many were asked for, and asks again when they come back', async () => {
    await bobWrites(world, 2600);
    const alice = await world.client('alice', { pageSize: 50 });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    const known = () => Object.keys(alice.reactions.state.get().byMessage).length;
    while (!state().isCompleted) {
      await alice.store.loadOlder('C2Cbob');
      await waitFor(() => known() > 0 && state().messages.every((m) => m.ID in alice.reactions.state.get().byMessage), 'reactions loaded');
    }
    assert.ok(known() <= 2000 + 50 * WINDOW_PAGES, `${known()} kept for ${state().messages.length} held`);
    const first = state().messages[0]!;
    assert.ok(first.ID in alice.reactions.state.get().byMessage, 'those held are kept');
  });

  it('offline, jumps and pages down from the cache alone', async () => {
    const written = await bobWrites(world, 80);
    const alice = await world.client('alice', { pageSize: PAGE });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    while (!state().isCompleted) await alice.store.loadOlder('C2Cbob');
    while (state().hasNewer) await alice.store.loadNewer('C2Cbob');
    // Everything is in the cache now; the connection goes.
    alice.service.setOffline(true);
    await waitFor(() => alice.store.state.get().connection !== 'connected', 'offline');
    assert.equal(await alice.store.loadAround('C2Cbob', written[10]!.ID), true);
    assertStretch(state().messages, 11 - PAGE, 11 + PAGE);
    for (let i = 0; i < 40 && state().hasNewer; i++) await alice.store.loadNewer('C2Cbob');
    assert.equal(state().error, null);
    assertStretch(state().messages, 80 - WINDOW + 1, 80);
  });
});

describe('MemoryCache: pages towards the newest', () => {
  it('reads the oldest `limit` strictly after a cursor, in order', async () => {
    const cache = new MemoryCache();
    const message = (n: number, time = 100 + n): Message => ({
      ...EMPTY_MESSAGE,
      ID: `m${n}`,
      conversationID: 'C2Cbob',
      time,
      sequence: n,
    });
    await cache.putMessages([message(3), message(1), message(2, 101), message(4), message(5)]);
    const ids = async (after: { time: number; sequence: number }, limit: number) =>
      (await cache.getMessages('C2Cbob', { limit, after })).map((m) => m.ID);
    assert.deepEqual(await ids({ time: 101, sequence: 1 }, 2), ['m2', 'm3']);
    assert.deepEqual(await ids({ time: 0, sequence: 0 }, 10), ['m1', 'm2', 'm3', 'm4', 'm5']);
    assert.deepEqual(await ids({ time: 105, sequence: 5 }, 10), []);
  });
});
