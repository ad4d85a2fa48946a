import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import {
  MESSAGE_SEARCH_DELAY_MS,
  messageSearchFeature,
  messageSearchResults,
  type MessageSearch,
} from '../../src/core/store/message-search.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

describe('message search in the store', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(() => world.dispose());

  const found = (search: MessageSearch) =>
    search.state
      .get()
      .groups.map((g) => `${g.conversationID}: ${g.messages.map((m) => (m.elements[0] as { text: string }).text).join(' | ')}`);

  async function chats(timers?: ManualTimers, cache = false) {
    const options = cache
      ? { cache: new DexieCache({ app: 'node', userID: 'alice', indexedDB: new IDBFactory(), IDBKeyRange, searchBuildDelayMs: null }) }
      : {};
    const alice = await world.client('alice', { ...options, ...(timers ? { timers } : {}) });
    const bob = await world.client('bob');
    const carol = await world.client('carol');
    await alice.store.sendText('C2Cbob', 'Lunch tomorrow? 明天中午吃饭');
    await bob.store.sendText('C2Calice', 'sure, lunch at noon');
    await carol.store.sendText('C2Calice', '明天见 see you at lunch');
    await alice.store.sendText('C2Ccarol', 'dinner instead?');
    await alice.store.settled();
    return alice;
  }

  for (const cache of ['MemoryCache', 'DexieCache'] as const) {
    test(`finds cached messages grouped by conversation, newest first (${cache})`, async () => {
      const alice = await chats(undefined, cache === 'DexieCache');
      const search = alice.store.use(messageSearchFeature);
      await waitFor(async () => (await search.search('lunch', true), search.state.get().groups.length === 2), 'both chats cached');
      // (Sent within a second: the groups' order is the server's, so compare them sorted.)
      assert.deepEqual(found(search).sort(), [
        'C2Cbob: sure, lunch at noon | Lunch tomorrow? 明天中午吃饭',
        'C2Ccarol: 明天见 see you at lunch',
      ]);
      await search.search('明天', true);
      assert.deepEqual(found(search).sort(), ['C2Cbob: Lunch tomorrow? 明天中午吃饭', 'C2Ccarol: 明天见 see you at lunch']);
      // Within one conversation.
      await search.setScope('C2Cbob');
      assert.equal(search.state.get().query, '明天', 'the words stay, searched again');
      assert.deepEqual(found(search), ['C2Cbob: Lunch tomorrow? 明天中午吃饭']);
      await search.search('noo', true);
      assert.deepEqual(found(search), ['C2Cbob: sure, lunch at noon']);
      const [row] = messageSearchResults(search.state.get());
      assert.deepEqual(row!.snippet, [
        { text: 'sure, lunch at ', mark: false },
        { text: 'noo', mark: true },
        { text: 'n', mark: false },
      ]);
    });
  }

  test('searches once typing pauses, and the latest words win', async () => {
    const timers = new ManualTimers(Date.now());
    const alice = await chats(timers);
    const search = alice.store.use(messageSearchFeature);
    await waitFor(async () => (await search.search('dinner', true), search.state.get().groups.length === 1), 'cached');
    search.clear();
    const first = search.search('lun');
    assert.equal(search.state.get().status, 'waiting', 'nothing searched yet');
    const second = search.search('dinner');
    await first; // ended by the newer words
    timers.advance(MESSAGE_SEARCH_DELAY_MS - 1);
    assert.equal(search.state.get().status, 'waiting');
    timers.advance(1);
    await second;
    assert.equal(search.state.get().status, 'done');
    assert.deepEqual(found(search), ['C2Ccarol: dinner instead?']);
    await search.search('  ', true);
    assert.equal(search.state.get().status, 'idle');
    assert.deepEqual(search.state.get().groups, []);
  });

  test('a new message is found once cached; sign-out forgets the search', async () => {
    const alice = await chats();
    const bob = await world.client('dave');
    const search = alice.store.use(messageSearchFeature);
    await bob.store.sendText('C2Calice', 'a brand new pineapple');
    await waitFor(async () => (await search.search('pineapple', true), search.state.get().groups.length === 1), 'the new message cached');
    assert.deepEqual(found(search), ['C2Cdave: a brand new pineapple']);
    await alice.store.stop();
    assert.equal(search.state.get().query, '');
    assert.deepEqual(search.state.get().groups, []);
  });
});
