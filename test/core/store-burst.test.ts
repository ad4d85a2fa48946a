import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_MESSAGE, compareMessages, type Message } from '../../src/core/model/message.js';
import { MessageListStore } from '../../src/core/store/message-list-store.js';
import {
  conversationOf,
  countNotifications,
  makeStoreWorld,
  messagesOf,
  selectConversations,
  selectMessages,
  waitFor,
  type StoreWorld,
} from './store-harness.js';

function posted(count: number, prefix: string) {
  return Array.from({ length: count }, (_, i) => ({
    from: 'bob',
    conversationID: 'C2Calice',
    elements: [{ type: 'TIMTextElem' as const, text: `${prefix}${i}` }],
  }));
}

describe('ChatStore: bursts are batched', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('1,000 messages in one event: one notification for the list and one for the conversations', async () => {
    const alice = await world.client('alice');
    await alice.store.getOrCreateConversation('C2Cbob');
    await alice.store.openConversation('C2Cbob');
    const conversations = countNotifications(alice.store.state, selectConversations);
    const list = countNotifications(alice.store.messageList('C2Cbob'), selectMessages);
    await world.server.postMessages(posted(1000, 'm'));
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 1000, 'all 1,000 held');
    assert.equal(list.count, 1);
    assert.equal(conversations.count, 1);
    const messages = messagesOf(alice.store, 'C2Cbob');
    assert.ok(
      messages.every((m, i) => i === 0 || compareMessages(messages[i - 1]!, m) < 0),
      'sorted',
    );
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 0, 'open and visible: read at once');
  });

  it('1,000 messages as separate events in the same task: still one notification each', async () => {
    const alice = await world.client('alice');
    await alice.store.getOrCreateConversation('C2Cbob');
    alice.store.setConversationVisible(false);
    await alice.store.openConversation('C2Cbob');
    let events = 0;
    alice.service.on('messageReceived', () => events++);
    const conversations = countNotifications(alice.store.state, selectConversations);
    const list = countNotifications(alice.store.messageList('C2Cbob'), selectMessages);
    await Promise.all(posted(1000, 's').map((message) => world.server.postMessages([message])));
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 1000, 'all 1,000 held');
    assert.ok(events >= 1000, `the service told ${events} separate events`);
    assert.equal(list.count, 1);
    assert.equal(conversations.count, 1);
    await alice.store.settled();
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 1000, 'not visible: all unread');
    assert.equal((await alice.cache.getMessages('C2Cbob', { limit: 2000 })).length, 1000, 'written through in one go');
  });

  it('merges a batch into a long sorted list in linear time (no per-message re-sort)', () => {
    const list = new MessageListStore('C2Cx');
    const make = (n: number, time: number): Message => ({
      ...EMPTY_MESSAGE,
      ID: `m${n}`,
      conversationID: 'C2Cx',
      time,
      sequence: n,
      elements: [{ type: 'TIMTextElem', text: String(n) }],
    });
    list.apply(Array.from({ length: 50_000 }, (_, i) => make(i * 2, i * 2)));
    let notified = 0;
    list.state.subscribe(
      (s) => s.messages,
      () => notified++,
    );
    // 1,000 older messages interleaved (odd times) plus 1,000 newer: one pass, one notification.
    const interleaved = Array.from({ length: 1000 }, (_, i) => make(i * 2 + 1, i * 2 + 1)).reverse();
    const newer = Array.from({ length: 1000 }, (_, i) => make(200_000 + i, 200_000 + i));
    const started = performance.now();
    list.apply([...interleaved, ...newer, make(0, 0)]);
    const elapsed = performance.now() - started;
    assert.equal(notified, 1);
    assert.equal(list.messages.length, 52_000, 'deduped by ID');
    assert.ok(list.messages.every((m, i) => i === 0 || compareMessages(list.messages[i - 1]!, m) < 0));
    assert.ok(elapsed < 200, `merge took ${elapsed.toFixed(1)} ms`);
  });
});
