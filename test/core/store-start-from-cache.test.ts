// Starting from the cache (issue: "Start from the cache, as the README promises"): the store shows
// what this device kept before the backend answers — even before the backend exists
// (`deferredService`) — says it is connecting meanwhile, and shows a skeleton (not "no
// conversations") on a first visit with an empty cache.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { ChatService } from '../../src/core/service/chat-service.js';
import { deferredService } from '../../src/core/service/deferred-chat-service.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

/** A promise and the functions that settle it, for a service that arrives when the test says. */
function later<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('start from the cache', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('shows the cached list and the open conversation before the service even exists, then signs in when it arrives', async () => {
    const [posted] = await world.server.postMessages([
      { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'kept on this device' }] },
    ]);
    // An earlier session left the conversation and its message in the cache.
    const cache = new MemoryCache();
    const first = await world.client('alice', { cache });
    await waitFor(() => first.store.state.get().conversations.length === 1, 'the first session loads');
    await first.store.openConversation('C2Cbob');
    await first.store.settled();
    await first.store.stop();

    const arrival = later<ChatService>();
    let made = 0;
    const store = new ChatStore({
      service: deferredService(() => {
        made++;
        return arrival.promise;
      }),
      cache,
    });
    await store.openConversation('C2Cbob');
    const starting = store.start('alice');
    await waitFor(() => store.messageList('C2Cbob').get().loaded && store.state.get().conversationsLoaded, 'the cache shows');
    assert.deepEqual(
      store.state.get().conversations.map((c) => c.conversationID),
      ['C2Cbob'],
    );
    assert.deepEqual(
      store
        .messageList('C2Cbob')
        .get()
        .messages.map((m) => m.ID),
      [posted!.ID],
    );
    assert.equal(store.state.get().connection, 'connecting', 'it says it is connecting, not offline');
    assert.equal(made, 1, 'the service is asked for once the cache is shown, to sign in');

    arrival.resolve(new LocalChatService(world.server, { latencyMs: 0 }));
    await starting;
    assert.equal(store.state.get().connection, 'connected');
    assert.equal(store.state.get().me?.nick, 'Alice Chen');
    // Events reach the store through the subscriptions it made before the service existed.
    await world.server.postMessages([{ from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'live' }] }]);
    await waitFor(() => store.messageList('C2Cbob').get().messages.length === 2, 'a live message arrives');
    await store.stop();
  });

  it('a first visit (empty cache) keeps the lists loading until the service answers', async () => {
    await world.server.postMessages([{ from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'first' }] }]);
    const alice = await world.client('alice', { latencyMs: 150, start: false });
    await alice.store.openConversation('C2Cdave');
    // The first page's load from the cache: `loading` goes on, then off (the service is not there yet).
    const loadings: boolean[] = [];
    alice.store.messageList('C2Cdave').subscribe(
      (s) => s.loading,
      (loading) => loadings.push(loading),
    );
    const starting = alice.store.start('alice');
    await waitFor(() => loadings.join() === 'true,false', 'the cache was read for the open conversation');
    assert.equal(alice.store.state.get().connection, 'connecting');
    assert.equal(alice.store.state.get().conversationsLoaded, false, 'a skeleton, not "no conversations"');
    assert.equal(alice.store.messageList('C2Cdave').get().loaded, false, 'a skeleton, not "no messages yet"');
    await starting;
    assert.equal(alice.store.state.get().conversationsLoaded, true, 'an empty list is known to be empty now');
    await waitFor(() => alice.store.messageList('C2Cdave').get().loaded, 'the open conversation is known once the service answered');
    assert.equal(alice.store.messageList('C2Cdave').get().messages.length, 0);
  });

  it('a service that cannot be made fails the sign-in with its error; the cache stays on screen, and it is tried again', async () => {
    const cache = new MemoryCache();
    await cache.putConversations([
      {
        conversationID: 'C2Cbob',
        type: 'C2C',
        unreadCount: 0,
        isPinned: false,
        messageRemindType: 'AcceptAndNotify',
        activeTime: 1,
        lastMessage: null,
        draft: null,
        peerReadTime: 0,
        atMe: false,
      },
    ]);
    let attempts = 0;
    const service = deferredService(() =>
      ++attempts === 1 ? Promise.reject(new Error('the SDK did not load')) : Promise.resolve(new LocalChatService(world.server)),
    );
    const store = new ChatStore({ service, cache });
    await store.start('alice');
    assert.equal(store.state.get().lastError?.message, 'the SDK did not load');
    assert.equal(store.state.get().connection, 'disconnected');
    assert.deepEqual(
      store.state.get().conversations.map((c) => c.conversationID),
      ['C2Cbob'],
    );
    // The store signs in again later (its retry timer); a call now makes the service anew.
    await service.login({ userID: 'alice' });
    assert.equal(attempts, 2);
    await store.stop();
  });

  it('deferredService: answers at once what is synchronous, and stopping a store that never signed in does not make the service', async () => {
    let made = 0;
    const service = deferredService(() => {
      made++;
      return Promise.resolve(new LocalChatService(world.server));
    });
    assert.equal(service.userID, '');
    assert.equal(service.getConnectionState(), 'disconnected');
    assert.equal(service.features, undefined, 'a data member is not a method');
    const unsubscribe = service.on('messageReceived', () => {});
    unsubscribe();
    await service.logout();
    assert.equal(made, 0);
    assert.equal(await Promise.resolve(service), service, 'not a thenable');
    await service.login({ userID: 'alice' });
    assert.equal(made, 1);
    assert.equal(service.userID, 'alice');
    assert.equal(service.getConnectionState(), 'connected');
    assert.deepEqual(service.features, new LocalChatService(world.server).features, "the service's own data members");
    await service.logout();
  });
});
