import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { OutboxEntry } from '../../src/core/cache/chat-cache.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import { EMPTY_MESSAGE, locatorOf, type Message } from '../../src/core/model/message.js';

function message(conversationID: string, n: number, overrides: Partial<Message> = {}): Message {
  return {
    ...EMPTY_MESSAGE,
    ID: `${conversationID}-m${n}`,
    conversationID,
    from: 'peer',
    to: 'me',
    time: 1_700_000_000 + n,
    clientTime: 1_700_000_000 + n,
    sequence: n,
    random: 5000 + n,
    elements: [{ type: 'TIMTextElem', text: `message ${n}` }],
    ...overrides,
  };
}

function conversation(conversationID: string): Conversation {
  return {
    conversationID,
    type: 'C2C',
    unreadCount: 0,
    lastMessage: null,
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime: 1,
  };
}

const ids = (messages: readonly Message[]): string[] => messages.map((m) => m.ID);

describe('MemoryCache', () => {
  it('pages messages newest first by time then sequence, returned oldest first', async () => {
    const cache = new MemoryCache();
    // Written out of order, with two messages in the same second told apart by sequence.
    const all = [5, 1, 4, 2, 3].map((n) => message('C2Cpeer', n));
    const sameSecond = message('C2Cpeer', 6, { time: 1_700_000_005, sequence: 6 });
    await cache.putMessages([...all, sameSecond]);
    assert.deepEqual(ids(await cache.getMessages('C2Cpeer', { limit: 3 })), ['C2Cpeer-m4', 'C2Cpeer-m5', 'C2Cpeer-m6']);
    const before = { time: 1_700_000_004, sequence: 4 };
    assert.deepEqual(ids(await cache.getMessages('C2Cpeer', { limit: 2, before })), ['C2Cpeer-m2', 'C2Cpeer-m3']);
    // Strictly before: same time, lower sequence only.
    const cursor = { time: 1_700_000_005, sequence: 6 };
    assert.deepEqual(ids(await cache.getMessages('C2Cpeer', { limit: 1, before: cursor })), ['C2Cpeer-m5']);
    assert.deepEqual(await cache.getMessages('C2Cnobody', { limit: 5 }), []);
    assert.deepEqual(await cache.getMessages('C2Cpeer', { limit: 0 }), []);
  });

  it('replaces by ID, finds by ID and by locator, deletes one or a whole conversation', async () => {
    const cache = new MemoryCache();
    await cache.putMessages([message('C2Ca', 1), message('C2Ca', 2), message('C2Cb', 1)]);
    await cache.putMessages([message('C2Ca', 1, { isRevoked: true })]);
    assert.equal((await cache.getMessage('C2Ca-m1'))?.isRevoked, true);
    assert.equal((await cache.getMessages('C2Ca', { limit: 10 })).length, 2);

    const target = message('C2Ca', 2);
    assert.equal((await cache.findByLocator(locatorOf(target)))?.ID, 'C2Ca-m2');
    assert.equal(await cache.findByLocator({ ...locatorOf(target), random: 1 }), undefined);
    assert.equal(await cache.findByLocator({ ...locatorOf(target), isSelf: true }), undefined);

    await cache.deleteMessages(['C2Ca-m1', 'unknown']);
    assert.equal(await cache.getMessage('C2Ca-m1'), undefined);
    await cache.deleteConversationMessages('C2Ca');
    assert.deepEqual(await cache.getMessages('C2Ca', { limit: 10 }), []);
    assert.equal((await cache.getMessage('C2Cb-m1'))?.ID, 'C2Cb-m1');
  });

  it('keeps conversations, drafts, profiles and meta', async () => {
    const cache = new MemoryCache();
    await cache.putConversations([conversation('C2Ca'), conversation('C2Cb')]);
    await cache.deleteConversation('C2Ca');
    assert.deepEqual(
      (await cache.getConversations()).map((c) => c.conversationID),
      ['C2Cb'],
    );

    await cache.putDraft('C2Cb', { text: 'hi', editTime: 10, userDefine: '{"reply":1}' });
    await cache.putDraft('C2Ca', { text: 'gone', editTime: 11, userDefine: '' });
    await cache.putDraft('C2Ca', null);
    assert.deepEqual(await cache.getDrafts(), { C2Cb: { text: 'hi', editTime: 10, userDefine: '{"reply":1}' } });

    await cache.putProfiles({ users: [{ userID: 'u1', nick: 'One', avatar: '' }], groups: [] });
    await cache.putProfiles({ users: [{ userID: 'u1', nick: 'Uno', avatar: '' }] });
    assert.deepEqual((await cache.getProfiles()).users, [{ userID: 'u1', nick: 'Uno', avatar: '' }]);

    await cache.setMeta('cursor', { at: 3 });
    assert.deepEqual(await cache.getMeta('cursor'), { at: 3 });
    await cache.clear();
    assert.deepEqual(await cache.getConversations(), []);
    assert.equal(await cache.getMeta('cursor'), undefined);
  });

  it('keeps the outbox in the order messages were queued; a retry keeps its place', async () => {
    const cache = new MemoryCache();
    const file = new Blob(['abc']);
    const entry = (n: number, queuedAt: number, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
      message: message('C2Ca', n, { status: 'unSend' }),
      options: {},
      queuedAt,
      ...extra,
    });
    await cache.putOutbox(entry(2, 200));
    await cache.putOutbox(entry(1, 100, { options: { file } }));
    await cache.putOutbox(entry(2, 300, { message: message('C2Ca', 2, { status: 'fail' }) }));
    const outbox = await cache.getOutbox();
    assert.deepEqual(
      outbox.map((e) => [e.message.ID, e.queuedAt, e.message.status]),
      [
        ['C2Ca-m1', 100, 'unSend'],
        ['C2Ca-m2', 200, 'fail'],
      ],
    );
    assert.equal(outbox[0]!.options.file, file);
    await cache.deleteOutbox('C2Ca-m1');
    assert.deepEqual(
      (await cache.getOutbox()).map((e) => e.message.ID),
      ['C2Ca-m2'],
    );
  });

  it('evicts the oldest messages over the per-conversation cap, never one in the outbox', async () => {
    const cache = new MemoryCache({ maxMessagesPerConversation: 3 });
    await cache.putOutbox({ message: message('C2Ca', 1, { status: 'unSend' }), options: {}, queuedAt: 1 });
    await cache.putMessages([1, 2, 3, 4, 5].map((n) => message('C2Ca', n)));
    assert.deepEqual(ids(await cache.getMessages('C2Ca', { limit: 10 })), ['C2Ca-m1', 'C2Ca-m4', 'C2Ca-m5']);
  });

  it('evicts the oldest messages across conversations over the byte budget', async () => {
    const one = JSON.stringify(message('C2Ca', 1)).length * 2;
    const cache = new MemoryCache({ maxTotalBytes: one * 10 });
    for (let n = 1; n <= 12; n++) await cache.putMessages([message(n % 2 ? 'C2Ca' : 'C2Cb', n)]);
    const left = [...(await cache.getMessages('C2Ca', { limit: 20 })), ...(await cache.getMessages('C2Cb', { limit: 20 }))];
    assert.ok(left.length <= 10 && left.length >= 8, `kept ${left.length}`);
    // The newest survive; the oldest went first.
    assert.ok(left.some((m) => m.ID === 'C2Cb-m12'));
    assert.equal(await cache.getMessage('C2Ca-m1'), undefined);
  });

  it('runs outbox-lock holders one at a time; ifAvailable gives up while it is held', async () => {
    const cache = new MemoryCache();
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = cache.withOutboxLock(async () => {
      order.push('first in');
      await held;
      order.push('first out');
    });
    const second = cache.withOutboxLock(async () => {
      order.push('second');
    });
    assert.equal(await cache.withOutboxLock(async () => void order.push('skipped'), { ifAvailable: true }), false);
    release();
    assert.equal(await first, true);
    assert.equal(await second, true);
    assert.deepEqual(order, ['first in', 'first out', 'second']);
    // A failing holder releases the lock.
    await assert.rejects(cache.withOutboxLock(async () => Promise.reject(new Error('boom'))));
    assert.equal(await cache.withOutboxLock(async () => {}, { ifAvailable: true }), true);
  });

  it('never reports external changes or warnings, and survives close/open', async () => {
    const cache = new MemoryCache();
    let heard = 0;
    const offChange = cache.onExternalChange(() => heard++);
    const offWarning = cache.onWarning(() => heard++);
    await cache.putMessages([message('C2Ca', 1)]);
    await cache.close();
    await cache.open();
    assert.equal((await cache.getMessage('C2Ca-m1'))?.ID, 'C2Ca-m1');
    offChange();
    offWarning();
    assert.equal(heard, 0);
    assert.equal(cache.kind, 'memory');
  });
});
