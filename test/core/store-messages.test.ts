import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { EMPTY_MESSAGE, locatorOf, type Message } from '../../src/core/model/message.js';
import type { MessageListQuery } from '../../src/core/service/chat-service.js';
import { messagesFromDesktopJson } from '../../src/core/interop/desktop-json.js';
import { conversationOf, makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

const BASE = 1_790_000_000;

/** `count` messages from Bob to Alice, a second apart, texts "m1"…; returns them oldest first. */
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

function isAscending(messages: readonly Message[]): boolean {
  return messages.every(
    (m, i) => i === 0 || messages[i - 1]!.time < m.time || (messages[i - 1]!.time === m.time && messages[i - 1]!.sequence <= m.sequence),
  );
}

function localMessage(n: number, overrides: Partial<Message> = {}): Message {
  return {
    ...EMPTY_MESSAGE,
    ID: `imported-${n}`,
    conversationID: 'C2Cbob',
    from: 'bob',
    to: 'alice',
    flow: 'in',
    time: BASE - 1000 + n,
    clientTime: BASE - 1000 + n,
    sequence: n,
    random: 700 + n,
    isRead: true,
    elements: [{ type: 'TIMTextElem', text: `old ${n}` }],
    ...overrides,
  };
}

describe('ChatStore: message lists', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('pages history newest first until isCompleted, in order and without duplicates', async () => {
    await bobWrites(world, 45);
    const alice = await world.client('alice', { pageSize: 20 });
    await alice.store.openConversation('C2Cbob');
    const state = () => alice.store.messageList('C2Cbob').get();
    assert.equal(state().loaded, true);
    assert.deepEqual(state().messages.map(textOf).slice(0, 2), ['m26', 'm27']);
    assert.equal(state().messages.length, 20);
    assert.equal(state().isCompleted, false);

    await alice.store.loadOlder('C2Cbob');
    assert.equal(state().messages.length, 40);
    await alice.store.loadOlder('C2Cbob');
    assert.equal(state().messages.length, 45);
    assert.equal(state().isCompleted, true);
    assert.equal(state().loading, false);
    assert.deepEqual(
      state().messages.map(textOf),
      Array.from({ length: 45 }, (_, i) => `m${i + 1}`),
    );
    assert.ok(isAscending(state().messages));
    await alice.store.loadOlder('C2Cbob');
    assert.equal(state().messages.length, 45, 'nothing more once complete');
  });

  it('pages from the cache when it joins the service history, without asking the service for old pages', async () => {
    await bobWrites(world, 45);
    const cache = new MemoryCache();
    const first = await world.client('alice', { cache, pageSize: 20 });
    await first.store.openConversation('C2Cbob');
    await first.store.loadOlder('C2Cbob');
    await first.store.loadOlder('C2Cbob');
    await first.store.stop();

    const second = await world.client('alice', { cache, pageSize: 20, start: false });
    const asked: MessageListQuery[] = [];
    const original = second.service.getMessageList.bind(second.service);
    second.service.getMessageList = (query) => {
      asked.push(query);
      return original(query);
    };
    await second.store.start('alice');
    await second.store.openConversation('C2Cbob');
    await second.store.loadOlder('C2Cbob');
    await second.store.loadOlder('C2Cbob');
    const state = second.store.messageList('C2Cbob').get();
    assert.equal(state.messages.length, 45);
    assert.equal(state.isCompleted, true);
    assert.deepEqual(
      asked.map((q) => q.fromMessageID ?? 'newest'),
      ['newest'],
      'only the newest page came from the service',
    );
  });

  it('after a gap (messages missed while away) pages from the service, never showing the gap', async () => {
    await bobWrites(world, 10);
    const cache = new MemoryCache();
    const first = await world.client('alice', { cache, pageSize: 5 });
    await first.store.openConversation('C2Cbob');
    await first.store.loadOlder('C2Cbob');
    await first.store.stop();
    // 30 more while Alice is away: the cache now ends 30 messages before the service.
    await world.server.postMessages(
      Array.from({ length: 30 }, (_, i) => ({
        from: 'bob',
        conversationID: 'C2Calice',
        elements: [{ type: 'TIMTextElem' as const, text: `m${11 + i}` }],
        time: BASE + 10 + i,
      })),
    );
    const second = await world.client('alice', { cache, pageSize: 5 });
    await second.store.openConversation('C2Cbob');
    const texts = () => messagesOf(second.store, 'C2Cbob').map(textOf);
    assert.deepEqual(texts(), ['m36', 'm37', 'm38', 'm39', 'm40'], 'old cached messages set aside, no gap');
    for (let i = 0; i < 10 && !second.store.messageList('C2Cbob').get().isCompleted; i++) await second.store.loadOlder('C2Cbob');
    assert.deepEqual(
      texts(),
      Array.from({ length: 40 }, (_, i) => `m${i + 1}`),
    );
  });

  it('a list asked for before start (an element that got its store early) loads when the store starts, and after a re-start', async () => {
    await bobWrites(world, 3);
    const alice = await world.client('alice', { start: false });
    const list = alice.store.messageList('C2Cbob');
    assert.equal(list.get().loaded, false);
    await alice.store.start('alice');
    await waitFor(() => list.get().messages.length === 3, 'loaded after start');
    await alice.store.stop();
    assert.deepEqual(list.get().messages, [], 'emptied on sign-out');
    await alice.store.start('alice');
    await waitFor(() => list.get().messages.length === 3, 'the same store object loads again');
    assert.equal(alice.store.messageList('C2Cbob'), list);
  });

  it('loads around an old message (for jump-to-reply) and says false for an unknown one', async () => {
    const written = await bobWrites(world, 100);
    const alice = await world.client('alice', { pageSize: 20 });
    await alice.store.openConversation('C2Cbob');
    const target = written[9]!;
    assert.equal(await alice.store.loadAround('C2Cbob', target.ID), true);
    const messages = messagesOf(alice.store, 'C2Cbob');
    assert.ok(messages.some((m) => m.ID === target.ID));
    assert.ok(messages[0]!.time < target.time, 'with context before it');
    assert.ok(isAscending(messages));
    assert.equal(new Set(messages.map((m) => m.ID)).size, messages.length);
    assert.equal(await alice.store.loadAround('C2Cbob', 'no-such-message'), false);
    assert.equal(await alice.store.loadAround('C2Cbob', written[99]!.ID), true);
  });

  it('imports a list: deduped by ID, ordered by time then sequence; bad entries are named, good ones kept', async () => {
    const alice = await world.client('alice');
    const sameSecond = { time: BASE - 500, clientTime: BASE - 500 };
    await alice.store.importMessages([
      localMessage(3, sameSecond),
      localMessage(1),
      localMessage(2, sameSecond),
      localMessage(1, { elements: [{ type: 'TIMTextElem', text: 'old 1 (edited)' }] }),
    ]);
    await alice.store.openConversation('C2Cbob');
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['old 1 (edited)', 'old 2', 'old 3']);
    assert.deepEqual(
      (await alice.cache.getMessages('C2Cbob', { limit: 10 })).map((m) => m.ID),
      ['imported-1', 'imported-2', 'imported-3'],
    );
    assert.equal(textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage), 'old 3');

    const error = (await alice.store
      .importMessages([localMessage(4), { ...localMessage(5), conversationID: 'nowhere' }, null as unknown as Message])
      .catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.invalidArgument);
    assert.match(error.message, /2 of 3 messages were not imported.*#1: bad conversationID.*#2: missing ID/);
    assert.deepEqual((error.data as { imported: number }).imported, 1);
    assert.ok(
      messagesOf(alice.store, 'C2Cbob').some((m) => m.ID === 'imported-4'),
      'the good one is in',
    );
  });

  it('saves a message without sending it, with local-only custom fields', async () => {
    const alice = await world.client('alice');
    const saved = await alice.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'note to self' }], {
      customInt: 7,
      customStr: 'pinned-note',
    });
    assert.equal(saved.status, 'success');
    assert.equal(saved.flow, 'out');
    assert.equal(saved.customInt, 7);
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['note to self']);
    assert.equal(textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage), 'note to self');
    assert.equal((await alice.cache.getMessage(saved.ID))?.customStr, 'pinned-note');
    const bob = await world.client('bob');
    await bob.store.openConversation('C2Calice');
    assert.deepEqual(messagesOf(bob.store, 'C2Calice'), [], 'never sent');
    const tip = await alice.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'from bob, locally' }], { from: 'bob' });
    assert.equal(tip.flow, 'in');
    await assert.rejects(alice.store.saveMessage('C2Cbob', []), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
    await assert.rejects(
      alice.store.saveMessage('C2Cbob', [{ type: 'bogus' } as never]),
      (e: ChatError) => e.code === CHAT_ERROR.invalidArgument,
    );
  });

  it('keeps customInt / customStr when a server copy of the message arrives', async () => {
    const cache = new MemoryCache();
    const alice = await world.client('alice', { cache });
    const bob = await world.client('bob');
    await alice.store.openConversation('C2Cbob');
    const sent = await bob.store.sendText('C2Calice', 'mark me');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 1, 'Alice has it');
    const mine = await alice.store.setLocalCustomData(messagesOf(alice.store, 'C2Cbob')[0]!, { customInt: 3, customStr: 'starred' });
    assert.equal(mine.customInt, 3);
    await bob.store.revoke(sent);
    await waitFor(() => messagesOf(alice.store, 'C2Cbob')[0]?.isRevoked === true, 'the revoked server copy arrived');
    const after = messagesOf(alice.store, 'C2Cbob')[0]!;
    assert.equal(after.customInt, 3);
    assert.equal(after.customStr, 'starred');
    await alice.store.settled();
    assert.equal((await cache.getMessage(sent.ID))?.customStr, 'starred');
    assert.equal((await cache.getMessage(sent.ID))?.isRevoked, true);

    // A new store fetches the server's copy again: the local fields survive that merge too.
    await alice.store.stop();
    const again = await world.client('alice', { cache });
    await again.store.openConversation('C2Cbob');
    const merged = messagesOf(again.store, 'C2Cbob')[0]!;
    assert.deepEqual([merged.customInt, merged.customStr, merged.isRevoked], [3, 'starred', true]);
    await assert.rejects(
      again.store.setLocalCustomData(merged, { customInt: Number.NaN }),
      (e: ChatError) => e.code === CHAT_ERROR.invalidArgument,
    );
  });

  it('deletes locally (hidden on this device, still on the server) or from storage', async () => {
    const cache = new MemoryCache();
    const [a, b, c] = await bobWrites(world, 3);
    const alice = await world.client('alice', { cache });
    await alice.store.openConversation('C2Cbob');
    const held = (id: string) => messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === id)!;

    await alice.store.deleteMessages([held(a!.ID)]);
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['m2', 'm3']);
    await alice.store.deleteMessages([held(c!.ID)], { fromStorage: true });
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['m2']);
    assert.equal(textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage), 'm2', 'last message follows');
    assert.equal(await cache.getMessage(c!.ID), undefined);

    const service = (await world.client('alice', { start: false })).service;
    await service.login({ userID: 'alice' });
    const onServer = (await service.getMessageList({ conversationID: 'C2Cbob', count: 10 })).messages.map(textOf);
    assert.deepEqual(onServer, ['m1', 'm2'], 'the local delete left the server alone; the storage delete did not');

    // Reload: the server still has m1, but this device hid it.
    await alice.store.stop();
    const again = await world.client('alice', { cache });
    await again.store.openConversation('C2Cbob');
    assert.deepEqual(messagesOf(again.store, 'C2Cbob').map(textOf), ['m2']);
    assert.equal(await again.store.findMessageByID(a!.ID), undefined);
    assert.equal(b!.ID, messagesOf(again.store, 'C2Cbob')[0]!.ID);
  });

  it('finds messages by ID (memory, cache, service) and by locator; last N synchronously from memory', async () => {
    const written = await bobWrites(world, 30);
    const cache = new MemoryCache();
    const alice = await world.client('alice', { cache, pageSize: 20 });
    await alice.store.openConversation('C2Cbob');

    const newest = written[29]!;
    assert.equal((await alice.store.findMessageByID(newest.ID))?.ID, newest.ID, 'from memory');
    const old = written[2]!;
    assert.equal((await alice.store.findMessageByID(old.ID))?.ID, old.ID, 'from the service');
    assert.equal(await alice.store.findMessageByID('nope'), undefined);

    const inMemory = messagesOf(alice.store, 'C2Cbob').at(-1)!;
    assert.equal((await alice.store.findMessageByLocator(locatorOf(inMemory)))?.ID, inMemory.ID);
    await alice.store.stop();
    const fresh = await world.client('alice', { cache });
    assert.equal((await fresh.store.findMessageByLocator(locatorOf(inMemory)))?.ID, inMemory.ID, 'from the cache');
    assert.equal((await fresh.store.findMessageByID(inMemory.ID))?.ID, inMemory.ID, 'from the cache');
    assert.equal(await fresh.store.findMessageByLocator({ ...locatorOf(inMemory), random: 1 }), undefined);

    await fresh.store.openConversation('C2Cbob');
    const last = fresh.store.getLastMessages('C2Cbob', 50);
    assert.equal(last.length, 20, 'at most 20');
    assert.equal(last.at(-1)?.ID, newest.ID);
    assert.deepEqual(fresh.store.getLastMessages('C2Cbob', 3).map(textOf), ['m28', 'm29', 'm30']);
    assert.deepEqual(fresh.store.getLastMessages('C2Cnobody', 5), []);
    assert.deepEqual(fresh.store.getLastMessages('C2Cbob', -1), []);
    // A conversation whose list is not loaded still gives its last message.
    assert.deepEqual(
      fresh.store.getLastMessages('C2Cbob', 1).map((m) => m.ID),
      [newest.ID],
    );
  });
});

describe("ChatStore: importing and saving one's own messages", () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it("the desktop document's import example, sent by the signed-in user, is shown as their outgoing message", async () => {
    const alice = await world.client('alice');
    // TIMMsgImportMsgList's example: only message_sender (the login ID), no message_is_from_self.
    const json = JSON.stringify([
      {
        message_client_time: 1551446728,
        message_elem_array: [{ elem_type: 0, text_elem_content: 'this is import msg' }],
        message_sender: 'alice',
        message_server_time: 1551446728,
      },
    ]);
    const { messages } = messagesFromDesktopJson(json, { conversationID: 'C2Cbob' });
    await alice.store.importMessages(messages);
    await alice.store.openConversation('C2Cbob');
    const [imported] = messagesOf(alice.store, 'C2Cbob');
    assert.deepEqual([imported?.from, imported?.to, imported?.flow, locatorOf(imported!).isSelf], ['alice', 'bob', 'out', true]);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount ?? 0, 0);
  });

  it('a message saved without sending is outgoing when it is from the signed-in user, incoming otherwise', async () => {
    const alice = await world.client('alice');
    const mine = await alice.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'note to self' }]);
    const theirs = await alice.store.saveMessage('C2Cbob', [{ type: 'TIMTextElem', text: 'a tip' }], { from: 'bob' });
    assert.deepEqual([mine.flow, mine.to, locatorOf(mine).isSelf], ['out', 'bob', true]);
    assert.deepEqual([theirs.flow, theirs.to, locatorOf(theirs).isSelf], ['in', 'alice', false]);
  });
});
