import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { createChatCache } from '../../src/core/cache/create-chat-cache.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import type { Message } from '../../src/core/model/message.js';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { nextEvent } from '../contract/contract-helpers.js';
import { ManualTimers } from '../support/manual-timers.js';
import { conversationOf, makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

function cachedConversation(overrides: Partial<Conversation>): Conversation {
  return {
    conversationID: 'C2Cbob',
    type: 'C2C',
    unreadCount: 0,
    lastMessage: null,
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime: 0,
    ...overrides,
  };
}

describe('ChatStore: cache first, then the service', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('shows the cached conversations, drafts, profiles and newest page before a slow service answers, then merges', async () => {
    const [m1, m2, m3] = await world.server.postMessages(
      ['one', 'two', 'three'].map((text, i) => ({
        from: 'bob',
        conversationID: 'C2Calice',
        elements: [{ type: 'TIMTextElem' as const, text }],
        time: 1_790_000_000 + i,
      })),
    );
    // What an earlier session left on this device: m1 with local-only fields, m2 recalled, not yet m3.
    const cache = new MemoryCache();
    const draft = { text: 'unsent thought', editTime: 1_790_000_100, userDefine: '' };
    await cache.putMessages([
      { ...m1!, conversationID: 'C2Cbob', flow: 'in', isRead: true, customInt: 5, customStr: 'starred' },
      { ...m2!, conversationID: 'C2Cbob', flow: 'in', isRead: true, isRevoked: true, revoker: 'bob' },
    ]);
    await cache.putConversations([
      cachedConversation({
        lastMessage: { ...m2!, conversationID: 'C2Cbob' },
        userProfile: { userID: 'bob', nick: 'Bob (cached)', avatar: '' },
        activeTime: m2!.time,
      }),
    ]);
    await cache.putDraft('C2Cbob', draft);
    await cache.putProfiles({ users: [{ userID: 'alice', nick: 'Alice (cached)', avatar: '' }] });

    const alice = await world.client('alice', { cache, latencyMs: 400, start: false });
    await alice.store.openConversation('C2Cbob');
    const starting = alice.store.start('alice');
    await waitFor(() => alice.store.messageList('C2Cbob').get().loaded, 'the cached page shows');
    const early = alice.store.state.get();
    assert.notEqual(early.connection, 'connected', 'the service has not answered yet');
    assert.equal(early.conversationsLoaded, true);
    assert.equal(early.me?.nick, 'Alice (cached)');
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.userProfile?.nick, 'Bob (cached)');
    assert.deepEqual(alice.store.getDraft('C2Cbob'), draft);
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['one', 'two']);

    await starting;
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 3, 'the service page merged');
    const [one, two, three] = messagesOf(alice.store, 'C2Cbob');
    assert.deepEqual([one!.ID, two!.ID, three!.ID], [m1!.ID, m2!.ID, m3!.ID], 'deduped by ID, in order');
    assert.deepEqual([one!.customInt, one!.customStr], [5, 'starred'], 'local-only fields kept');
    assert.equal(two!.isRevoked, true, 'revoked stays revoked');
    assert.equal(alice.store.state.get().me?.nick, 'Alice Chen', 'the service profile replaces the cached one');
    const conversation = conversationOf(alice.store, 'C2Cbob')!;
    assert.equal(conversation.userProfile?.nick, 'Bob Smith');
    assert.equal(conversation.lastMessage?.ID, m3!.ID);
    assert.deepEqual(conversation.draft, draft, 'the draft typed here is kept');
    await alice.store.settled();
    assert.equal((await cache.getMessage(m3!.ID))?.status, 'success', 'the new message is written through');
    assert.equal((await cache.getMessage(m1!.ID))?.customStr, 'starred');
  });

  it('starts offline from the cache, queues sends, and logs in and delivers when the network returns', async () => {
    const cache = new MemoryCache();
    await cache.putConversations([cachedConversation({ conversationID: 'C2Cbob', activeTime: 5 })]);
    const timers = new ManualTimers();
    const alice = await world.client('alice', { cache, start: false, timers });
    alice.service.setOffline(true);
    await alice.store.start('alice'); // resolves: the cache is shown, login is retried later
    assert.equal(alice.store.state.get().connection, 'disconnected');
    assert.equal(alice.store.state.get().lastError?.code, CHAT_ERROR.offline);
    assert.deepEqual(
      alice.store.state.get().conversations.map((c) => c.conversationID),
      ['C2Cbob'],
    );
    const queued = await alice.store.sendText('C2Cbob', 'written on the plane');
    assert.equal(queued.status, 'unSend');

    alice.service.setOffline(false);
    // The first retry is 2 s after the failed login.
    await waitFor(() => alice.store.state.get().connection === 'connected', 'logged in on retry', { timers, stepMs: 100, timeoutMs: 6000 });
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === queued.ID)?.status === 'success', 'delivered', { timers });
    assert.equal(alice.store.state.get().me?.nick, 'Alice Chen');
  });

  it('keeps working in memory when the cache is unusable, and says so in state once', async () => {
    const missing = await world.client('alice', { cache: createChatCache({ app: 'test', userID: 'alice', indexedDB: null }) });
    await waitFor(() => missing.store.state.get().cacheWarning?.kind === 'unavailable', 'warned');
    assert.equal((await missing.store.sendText('C2Cbob', 'still works')).status, 'success');

    class BrokenCache extends MemoryCache {
      override async open(): Promise<void> {
        throw new Error('the database is blocked');
      }
    }
    const broken = await world.client('bob', { cache: new BrokenCache() });
    assert.equal(broken.store.state.get().cacheWarning?.kind, 'unavailable');
    assert.match(broken.store.state.get().cacheWarning!.message, /blocked/);
    await broken.store.openConversation('C2Calice');
    await waitFor(() => messagesOf(broken.store, 'C2Calice').length === 1, 'Bob still receives');
  });

  it('sign-out with clearCache deletes what this device kept', async () => {
    const alice = await world.client('alice');
    await alice.store.sendText('C2Cbob', 'to be forgotten');
    await alice.store.settled();
    assert.equal((await alice.cache.getConversations()).length, 1);
    await alice.store.stop({ clearCache: true });
    assert.deepEqual(await alice.cache.getConversations(), []);
    assert.deepEqual(await alice.cache.getMessages('C2Cbob', { limit: 5 }), []);
    assert.equal(alice.store.state.get().me, null);
  });
});

describe('ChatStore: two tabs of one user (DexieCache over one database)', () => {
  let world: StoreWorld;
  let indexedDB: IDBFactory;
  beforeEach(async () => {
    world = await makeStoreWorld();
    indexedDB = new IDBFactory();
  });
  afterEach(async () => {
    await world.dispose();
  });

  const tab = (app: string) => world.client('alice', { cache: new DexieCache({ app, userID: 'alice', indexedDB, IDBKeyRange }) });

  it("shows the other tab's local changes without a reload and without duplicates", async () => {
    const app = `tabs-${Math.random().toString(36).slice(2)}`;
    const a = await tab(app);
    const b = await tab(app);
    await a.store.openConversation('C2Cbob');
    await b.store.openConversation('C2Cbob');

    const note = await a.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'local note' }]);
    await waitFor(() => messagesOf(b.store, 'C2Cbob').some((m) => m.ID === note.ID), 'the saved message shows in tab B');

    // Tab B hears of it twice: from the server (another session of the same user) and from tab A's cache writes.
    const isSent = (m: Message) => textOf(m) === 'from tab A' && m.status === 'success';
    const fromServer = nextEvent(b.service, 'messageReceived', (p) => p.messages.some(isSent));
    const fromTabA = new Promise<void>((resolve) => {
      const stop = b.cache.onExternalChange((change) => {
        if (!change.messages?.some(isSent)) return;
        stop();
        resolve();
      });
    });
    const sent = await a.store.sendText('C2Cbob', 'from tab A');
    await waitFor(
      () => messagesOf(b.store, 'C2Cbob').some((m) => m.ID === sent.ID && m.status === 'success'),
      'the sent message shows in tab B',
    );
    await Promise.all([fromServer, fromTabA]);
    await b.store.settled();
    assert.equal(messagesOf(b.store, 'C2Cbob').filter((m) => m.ID === sent.ID).length, 1, 'once');
    assert.equal(messagesOf(b.store, 'C2Cbob').length, 2);

    await a.store.setLocalCustomData(sent, { customStr: 'tagged in A' });
    await waitFor(
      () => messagesOf(b.store, 'C2Cbob').find((m) => m.ID === sent.ID)?.customStr === 'tagged in A',
      'local fields cross tabs',
    );

    await a.store.setDraft('C2Cbob', { text: 'typed in A' });
    await waitFor(() => b.store.getDraft('C2Cbob')?.text === 'typed in A', 'the draft crosses tabs');

    await a.store.deleteMessages([note]);
    await waitFor(() => !messagesOf(b.store, 'C2Cbob').some((m) => m.ID === note.ID), 'the delete crosses tabs');
  });

  it('a message queued in one tab is delivered exactly once, whichever tab gets back online', async () => {
    const app = `outbox-${Math.random().toString(36).slice(2)}`;
    const a = await tab(app);
    const b = await tab(app);
    await b.store.openConversation('C2Cbob');
    a.service.setOffline(true);
    await waitFor(() => a.store.state.get().connection === 'disconnected', 'tab A offline');
    const queued = await a.store.sendText('C2Cbob', 'queued in A');
    assert.equal(queued.status, 'unSend');
    await a.store.settled();

    // Tab B reconnects first and delivers the shared outbox.
    b.service.setOffline(true);
    b.service.setOffline(false);
    await waitFor(() => messagesOf(b.store, 'C2Cbob').some((m) => m.ID === queued.ID && m.status === 'success'), 'tab B delivered it');
    a.service.setOffline(false);
    await waitFor(() => messagesOf(a.store, 'C2Cbob').find((m) => m.ID === queued.ID)?.status === 'success', 'tab A sees it delivered');
    await a.store.settled();
    await b.store.settled();
    assert.deepEqual(await a.cache.getOutbox(), []);

    const bob = await world.client('bob');
    await bob.store.openConversation('C2Calice');
    assert.deepEqual(
      messagesOf(bob.store, 'C2Calice').map((m) => m.ID),
      [queued.ID],
      'the server has it once',
    );
  });
});
