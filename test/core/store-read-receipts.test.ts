import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { readReceiptsFeature, type ReadReceipts } from '../../src/core/store/read-receipts.js';
import { ReadMemberPages } from '../../src/core/store/read-member-pages.js';
import {
  mergeReceipt,
  readCountLabel,
  receiptsToSend,
  showsReadCount,
  wantsAcknowledging,
  wantsReadReceipt,
} from '../../src/core/store/selectors/read-receipt-rules.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreClient, type StoreWorld } from './store-harness.js';

const GROUP = 'GROUPteam';
const msg = (patch: Partial<Message>): Message => ({
  ...EMPTY_MESSAGE,
  ID: 'm',
  conversationID: GROUP,
  conversationType: 'GROUP',
  from: 'bob',
  to: 'team',
  flow: 'in',
  status: 'success',
  needReadReceipt: true,
  ...patch,
});

describe('read receipt rules (pure)', () => {
  test('a message asks for receipts in groups, on a backend that has them, unless the sender said no or it is online-only', () => {
    const features = { groupReadReceipts: true };
    assert.equal(wantsReadReceipt(GROUP, {}, features), true, 'on by default, as TUIKit');
    assert.equal(wantsReadReceipt(GROUP, { needReadReceipt: false }, features), false);
    assert.equal(wantsReadReceipt(GROUP, { onlineOnly: true }, features), false, 'typing signals are never read');
    assert.equal(wantsReadReceipt(c2cConversationID('bob'), {}, features), false, 'C2C read state needs no asking');
    assert.equal(wantsReadReceipt(GROUP, {}, {}), false, 'a backend without them');
    assert.equal(wantsReadReceipt(GROUP, {}, undefined), false);
  });

  test('the reader acknowledges delivered group messages of others that asked, once, up to what was seen', () => {
    const a = msg({ ID: 'a', time: 10, sequence: 1 });
    const b = msg({ ID: 'b', time: 20, sequence: 2 });
    const c = msg({ ID: 'c', time: 30, sequence: 3 });
    const list = [
      a,
      msg({ ID: 'plain', time: 11, needReadReceipt: undefined }),
      msg({ ID: 'own', time: 12, flow: 'out', from: 'alice' }),
      msg({ ID: 'recalled', time: 13, isRevoked: true }),
      msg({ ID: 'online', time: 14, onlineOnly: true }),
      msg({ ID: 'pending', time: 15, status: 'unSend' }),
      b,
      c,
    ];
    assert.deepEqual(
      receiptsToSend(list, new Set(), undefined).map((m) => m.ID),
      ['a', 'b', 'c'],
    );
    assert.deepEqual(
      receiptsToSend(list, new Set(['a']), b).map((m) => m.ID),
      ['b'],
      'not twice, and not past what was seen',
    );
    assert.equal(wantsAcknowledging(msg({ conversationType: 'C2C', conversationID: 'C2Cbob' })), false);
  });

  test('only one’s own delivered group messages that asked show a count', () => {
    assert.equal(showsReadCount(msg({ flow: 'out', from: 'alice' })), true);
    assert.equal(showsReadCount(msg({ flow: 'out', from: 'alice', status: 'unSend' })), false, 'not while sending');
    assert.equal(showsReadCount(msg({ flow: 'out', from: 'alice', needReadReceipt: undefined })), false);
    assert.equal(showsReadCount(msg({ flow: 'out', from: 'alice', isRevoked: true })), false);
    assert.equal(showsReadCount(msg({})), false, "someone else's");
  });

  test('the label says Unread, N read, or All read (TUIKit’s words)', () => {
    assert.deepEqual(readCountLabel({ readCount: 0, unreadCount: 3 }), { kind: 'unread' });
    assert.deepEqual(readCountLabel({ readCount: 2, unreadCount: 1 }), { kind: 'read', count: 2 });
    assert.deepEqual(readCountLabel({ readCount: 3, unreadCount: 0 }), { kind: 'all' });
    assert.deepEqual(readCountLabel({ readCount: 0, unreadCount: 0 }), { kind: 'unread' }, 'nobody to read it');
  });

  test('a late answer with fewer readers does not take counts back; a member leaving may lower the unread', () => {
    const two = { messageID: 'm', readCount: 2, unreadCount: 1 };
    assert.equal(mergeReceipt(two, { messageID: 'm', readCount: 1, unreadCount: 2 }), two);
    assert.deepEqual(mergeReceipt(two, { messageID: 'm', readCount: 3, unreadCount: 0 }), { messageID: 'm', readCount: 3, unreadCount: 0 });
    assert.deepEqual(mergeReceipt(two, { messageID: 'm', readCount: 2, unreadCount: 0 }), { messageID: 'm', readCount: 2, unreadCount: 0 });
    assert.equal(mergeReceipt(two, { ...two }), two, 'the same counts keep the same object');
  });
});

describe('group read receipts in the store (readReceiptsFeature, embedded backend)', () => {
  let world: StoreWorld;
  let groupID: string;
  let conversationID: string;

  beforeEach(async () => {
    world = await makeStoreWorld();
    groupID = (await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob', 'carol'], name: 'Team', type: 'Work' })).groupID;
    conversationID = groupConversationID(groupID);
  });
  afterEach(async () => {
    await world.dispose();
  });

  const receiptsOf = (client: StoreClient) => client.store.readReceipts as ReadReceipts;
  const copyOf = async (client: StoreClient, messageID: string) => {
    await waitFor(() => messagesOf(client.store, conversationID).some((m) => m.ID === messageID), `${client.userID} has it`);
    return messagesOf(client.store, conversationID).find((m) => m.ID === messageID)!;
  };

  test('a group message asks for receipts by default; the sender sees the count move live as members read it, and who they are', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    messagesOf(alice.store, conversationID);
    const sent = await alice.store.sendText(conversationID, 'please read the plan');
    assert.equal(sent.needReadReceipt, true);
    await waitFor(() => receiptsOf(alice).of(sent) !== null, 'counts loaded');
    assert.deepEqual(receiptsOf(alice).of(sent), { messageID: sent.ID, readCount: 0, unreadCount: 2 });

    await copyOf(bob, sent.ID);
    await bob.store.openConversation(conversationID); // a headless store reads the open conversation
    await waitFor(() => receiptsOf(alice).of(sent)?.readCount === 1, 'alice hears that bob read it');
    assert.deepEqual(receiptsOf(alice).of(sent), { messageID: sent.ID, readCount: 1, unreadCount: 1 });

    const read = await receiptsOf(alice).readMembers(sent, 'read');
    assert.deepEqual([...read.userIDs], ['bob']);
    const unread = await receiptsOf(alice).readMembers(sent, 'unread', '', 1);
    assert.deepEqual([...unread.userIDs], ['carol']);
    assert.equal(unread.isCompleted, true);
    await waitFor(() => !!alice.store.state.get().users['carol'], "the readers' names are fetched");
  });

  test('the reader acknowledges each message once, only what was seen, in one call per conversation; a failed call is tried again', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const calls: string[][] = [];
    const original = bob.service.sendReadReceipts.bind(bob.service);
    let failNext = false;
    bob.service.sendReadReceipts = async (messages) => {
      calls.push(messages.map((m) => m.ID));
      if (failNext) {
        failNext = false;
        throw Object.assign(new Error('offline'), { code: CHAT_ERROR.network });
      }
      return original(messages);
    };
    const first = await alice.store.sendText(conversationID, 'one');
    const second = await alice.store.sendText(conversationID, 'two');
    const plain = await alice.store.sendText(conversationID, 'no receipt', { needReadReceipt: false });
    assert.equal(plain.needReadReceipt, undefined);
    const firstCopy = await copyOf(bob, first.ID);
    await copyOf(bob, plain.ID);

    failNext = true;
    await bob.store.markConversationRead(conversationID, firstCopy);
    await waitFor(() => calls.length === 1, 'one call');
    assert.deepEqual(calls[0], [first.ID], 'up to what was seen');
    await bob.store.settled();

    await bob.store.markConversationRead(conversationID, firstCopy);
    await waitFor(() => calls.length === 2, 'tried again');
    assert.deepEqual(calls[1], [first.ID]);

    await bob.store.markConversationRead(conversationID);
    await bob.store.markConversationRead(conversationID);
    await waitFor(() => calls.length === 3, 'the rest');
    assert.deepEqual(calls[2], [second.ID], 'the first not again, the plain one never, both reads in one call');
    messagesOf(alice.store, conversationID);
    await waitFor(() => receiptsOf(alice).of(second)?.readCount === 1, 'alice sees the second read');
    assert.equal(calls.length, 3);
  });

  test('no receipts one-to-one, nor in a group that does not allow them', async () => {
    const alice = await world.client('alice');
    const quiet = (await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob'], name: 'Quiet', type: 'Public' })).groupID;
    const inQuiet = await alice.store.sendText(groupConversationID(quiet), 'hello');
    assert.equal(inQuiet.needReadReceipt, undefined, "the server keeps the group's setting");
    assert.equal(receiptsOf(alice).of(inQuiet), null);
    const direct = await alice.store.sendText(c2cConversationID('bob'), 'hi');
    assert.equal(direct.needReadReceipt, undefined);
    await assert.rejects(receiptsOf(alice).readMembers(direct, 'read'), (e: { code?: number }) => e.code === CHAT_ERROR.invalidArgument);
  });

  test('without the feature a store has no readReceipts; on a backend without them it shows none and rejects with unsupported', async () => {
    const bare = new ChatStore({ service: new LocalChatService(world.server, { latencyMs: 0 }), cache: new MemoryCache() });
    assert.equal(bare.readReceipts, undefined);
    const service = new LocalChatService(world.server, { latencyMs: 0 });
    Object.defineProperty(service, 'features', { value: { ...service.features, groupReadReceipts: false } });
    const store = new ChatStore({ service, cache: new MemoryCache() });
    const receipts = store.use(readReceiptsFeature);
    await store.start('alice');
    const sent = await store.sendText(conversationID, 'no receipts here');
    assert.equal(sent.needReadReceipt, undefined, 'not asked for');
    assert.equal(receipts.supported, false);
    assert.equal(receipts.of({ ...sent, needReadReceipt: true }), null);
    await assert.rejects(
      receipts.readMembers({ ...sent, needReadReceipt: true }, 'read'),
      (e: { code?: number }) => e.code === CHAT_ERROR.unsupported,
    );
    await store.stop();
  });
});

describe('who has read it, paged (ReadMemberPages)', () => {
  const message = msg({ flow: 'out', from: 'alice' });

  test('a page at a time per list, never a member twice, the cursor kept; asking while one loads joins it', async () => {
    const asked: string[] = [];
    const pages = new ReadMemberPages(message, async (_m, filter, cursor) => {
      asked.push(`${filter}:${cursor}`);
      if (filter === 'unread') return { userIDs: ['dave'], nextCursor: '', isCompleted: true };
      return cursor === ''
        ? { userIDs: ['bob', 'carol'], nextCursor: '2', isCompleted: false }
        : { userIDs: ['carol', 'erin'], nextCursor: '', isCompleted: true };
    });
    const first = pages.more('read');
    assert.equal(pages.state.get().read.loading, true);
    assert.equal(pages.more('read'), first, 'joined');
    await first;
    assert.deepEqual(pages.state.get().read, { userIDs: ['bob', 'carol'], loading: false, complete: false, error: null });
    await pages.more('read');
    assert.deepEqual([...pages.state.get().read.userIDs], ['bob', 'carol', 'erin']);
    assert.equal(pages.state.get().read.complete, true);
    await pages.more('read');
    await pages.more('unread');
    assert.deepEqual(asked, ['read:', 'read:2', 'unread:'], 'nothing asked once complete');
    assert.deepEqual([...pages.state.get().unread.userIDs], ['dave']);
  });

  test('a failure is kept for a retry, which asks for the same page; a cursor that does not move ends the list', async () => {
    let fail = true;
    const pages = new ReadMemberPages(message, async (_m, _f, cursor) => {
      if (fail) throw new Error('offline');
      return { userIDs: ['bob'], nextCursor: cursor, isCompleted: false };
    });
    await pages.more('read');
    assert.equal((pages.state.get().read.error as Error).message, 'offline');
    assert.equal(pages.state.get().read.loading, false);
    fail = false;
    await pages.more('read');
    assert.deepEqual(pages.state.get().read, { userIDs: ['bob'], loading: false, complete: true, error: null });
  });
});
