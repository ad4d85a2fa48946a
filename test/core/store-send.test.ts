import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { testImage } from '../contract/test-image.js';
import { conversationOf, makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

/** Messages the server keeps for a user in a conversation (its history, not a store's memory). */
async function history(world: StoreWorld, userID: string, conversationID: string) {
  const service = (await world.client(userID, { start: false })).service;
  await service.login({ userID });
  const page = await service.getMessageList({ conversationID, count: 100 });
  await service.logout();
  return page.messages;
}

describe('ChatStore: sending', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('shows a message as unSend once it is in the outbox, before the service answers; then success with server time and sequence', async () => {
    const alice = await world.client('alice', { latencyMs: 40 });
    const bob = await world.client('bob');
    const sending = alice.store.sendText('C2Cbob', 'hello Bob');

    await waitFor(() => alice.store.messageList('C2Cbob').get().messages.length > 0, 'the message shows');
    const [shown] = alice.store.messageList('C2Cbob').get().messages;
    assert.ok(shown, 'the message shows before the service answers');
    assert.deepEqual(
      (await alice.cache.getOutbox()).map((e) => e.message.ID),
      [shown.ID],
      'durable before it shows (write-ahead)',
    );
    assert.equal(shown.status, 'unSend');
    assert.equal(shown.flow, 'out');
    assert.equal(shown.sequence, 0);
    assert.ok(shown.ID.startsWith('alice-'));
    assert.ok(Number.isInteger(shown.random) && shown.random >= 0);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.lastMessage?.ID, shown.ID);

    const sent = await sending;
    assert.equal(sent.status, 'success');
    assert.equal(sent.ID, shown.ID);
    assert.equal(sent.random, shown.random);
    assert.ok(sent.sequence > 0, 'the server assigned a sequence');
    // The server's clock, read just after: the same second, or the next one when a second turned over.
    assert.ok(world.server.now() - sent.time >= 0 && world.server.now() - sent.time <= 1, `server time ${sent.time}`);
    assert.deepEqual(
      messagesOf(alice.store, 'C2Cbob').map((m) => [m.ID, m.status]),
      [[sent.ID, 'success']],
    );
    assert.deepEqual(
      JSON.parse(sent.cloudCustomData),
      { messageFeature: { needTyping: 1, version: 1 } },
      'TUIKit peers learn we show typing',
    );

    await alice.store.settled();
    assert.equal((await alice.cache.getMessage(sent.ID))?.status, 'success', 'written through to the cache');
    assert.deepEqual(await alice.cache.getOutbox(), [], 'removed from the outbox once accepted');

    await waitFor(() => conversationOf(bob.store, 'C2Calice')?.unreadCount === 1, 'Bob has one unread message');
    assert.equal(textOf(conversationOf(bob.store, 'C2Calice')?.lastMessage), 'hello Bob');
  });

  it('send fails → fail with the error → resend → success, with the same ID and random', async () => {
    const alice = await world.client('alice');
    await world.client('bob');
    alice.service.setFailureRate(1);
    const error = (await alice.store.sendText('C2Cbob', 'try me').catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.network);

    const [failed] = messagesOf(alice.store, 'C2Cbob');
    assert.equal(failed?.status, 'fail');
    assert.equal(failed?.error?.code, CHAT_ERROR.network);
    await alice.store.settled();
    const [entry] = await alice.cache.getOutbox();
    assert.equal(entry?.message.status, 'fail', 'kept (marked failed) so a resend has what it needs');

    alice.service.setFailureRate(0);
    const resent = await alice.store.resend(failed!);
    assert.equal(resent.status, 'success');
    assert.equal(resent.ID, failed!.ID);
    assert.equal(resent.random, failed!.random);
    assert.equal(resent.error, undefined);
    assert.deepEqual(
      messagesOf(alice.store, 'C2Cbob').map((m) => m.status),
      ['success'],
    );
    await alice.store.settled();
    assert.deepEqual(await alice.cache.getOutbox(), []);
    assert.equal((await history(world, 'bob', 'C2Calice')).length, 1);
  });

  it('a send whose answer was lost is delivered once when resent', async () => {
    const alice = await world.client('alice');
    alice.service.setFailureRate(1, { phase: 'response' });
    await assert.rejects(alice.store.sendText('C2Cbob', 'stored, answer lost'));
    alice.service.setFailureRate(0);
    const [failed] = messagesOf(alice.store, 'C2Cbob');
    const resent = await alice.store.resend(failed!);
    assert.equal(resent.status, 'success');
    const kept = await history(world, 'bob', 'C2Calice');
    assert.deepEqual(
      kept.map((m) => m.ID),
      [failed!.ID],
      'the server dropped the duplicate',
    );
  });

  it('reports upload progress on the message and ends with the server URLs', async () => {
    const alice = await world.client('alice', { latencyMs: 10 });
    const image = await testImage();
    const seen: number[] = [];
    const list = alice.store.messageList('C2Cbob');
    list.subscribe(
      (s) => s.messages[0]?.progress?.loaded,
      (loaded) => loaded !== undefined && seen.push(loaded),
    );
    const sent = await alice.store.send('C2Cbob', { type: 'image', file: image.blob, width: image.width, height: image.height });
    assert.ok(seen.length >= 3, `progress was reported (${seen.join(', ')})`);
    assert.equal(seen[seen.length - 1], image.blob.size);
    assert.equal(sent.status, 'success');
    assert.equal(sent.progress, undefined);
    const element = sent.elements[0];
    assert.equal(element?.type, 'TIMImageElem');
    if (element?.type === 'TIMImageElem') {
      assert.equal(element.imageInfoArray.length, 3);
      assert.ok(element.uuid, 'the server stored the file');
    }
  });

  it('cancels an upload in progress and drops a queued message: either disappears, with its outbox entry', async () => {
    const alice = await world.client('alice', { latencyMs: 40 });
    const image = await testImage();
    const sending = alice.store.send('C2Cbob', { type: 'image', file: image.blob, width: 1000, height: 750 });
    await waitFor(() => (messagesOf(alice.store, 'C2Cbob')[0]?.progress?.loaded ?? 0) > 0, 'the upload started');
    const [uploading] = messagesOf(alice.store, 'C2Cbob');
    await alice.store.cancelSend(uploading!);
    const error = (await sending.catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.uploadCancelled);
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob'), [], 'the cancelled upload is gone, not failed');
    await alice.store.settled();
    assert.ok(!(await alice.cache.getOutbox()).some((e) => e.message.ID === uploading!.ID), 'its outbox entry went');
    assert.equal(await alice.cache.getMessage(uploading!.ID), undefined);
    assert.notEqual(conversationOf(alice.store, 'C2Cbob')?.lastMessage?.ID, uploading!.ID);

    alice.service.setOffline(true);
    const queued = await alice.store.sendText('C2Cbob', 'never mind');
    assert.equal(queued.status, 'unSend');
    await alice.store.cancelSend(queued);
    assert.ok(!messagesOf(alice.store, 'C2Cbob').some((m) => m.ID === queued.ID), 'a queued message disappears');
    await alice.store.settled();
    assert.ok(!(await alice.cache.getOutbox()).some((e) => e.message.ID === queued.ID));
    assert.equal(await alice.cache.getMessage(queued.ID), undefined);
  });

  it('a message sent while offline is queued, shown as unSend, and delivered exactly once when back', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    alice.service.setOffline(true);
    await waitFor(() => alice.store.state.get().connection === 'disconnected', 'Alice sees she is offline');
    const queued = await alice.store.sendText('C2Cbob', 'sent in a tunnel');
    assert.equal(queued.status, 'unSend');
    assert.deepEqual(
      messagesOf(alice.store, 'C2Cbob').map((m) => m.status),
      ['unSend'],
    );
    await alice.store.settled();
    assert.deepEqual(
      (await alice.cache.getOutbox()).map((e) => e.message.ID),
      [queued.ID],
    );

    alice.service.setOffline(false);
    await waitFor(() => messagesOf(alice.store, 'C2Cbob')[0]?.status === 'success', 'delivered after reconnecting');
    await alice.store.settled();
    assert.deepEqual(await alice.cache.getOutbox(), []);
    assert.equal(messagesOf(alice.store, 'C2Cbob')[0]?.ID, queued.ID);
    await waitFor(() => conversationOf(bob.store, 'C2Calice')?.unreadCount === 1, 'Bob got it');
    // Reconnecting again delivers nothing more: the store looks at the (empty) outbox again, and sends nothing.
    const outboxChecked = new Promise<void>((resolve) => {
      const getOutbox = alice.cache.getOutbox.bind(alice.cache);
      alice.cache.getOutbox = async () => {
        const entries = await getOutbox();
        resolve();
        return entries;
      };
    });
    alice.service.setOffline(true);
    alice.service.setOffline(false);
    await outboxChecked;
    await alice.store.settled();
    assert.deepEqual(
      (await history(world, 'bob', 'C2Calice')).map((m) => m.ID),
      [queued.ID],
    );
  });

  it('the outbox survives a reload: a new store on the same cache delivers it exactly once', async () => {
    const cache = new MemoryCache();
    const first = await world.client('alice', { cache });
    first.service.setOffline(true);
    await waitFor(() => first.store.state.get().connection === 'disconnected', 'offline');
    const queued = await first.store.sendText('C2Cbob', 'before the reload');
    await first.store.stop();

    // "Reload": a new client and store over the same cache; it shows the message as sending first.
    const second = await world.client('alice', { cache, latencyMs: 30, start: false });
    const starting = second.store.start('alice');
    await waitFor(() => messagesOf(second.store, 'C2Cbob').some((m) => m.ID === queued.ID), 'the queued message shows');
    await starting;
    await waitFor(() => messagesOf(second.store, 'C2Cbob')[0]?.status === 'success', 'delivered after the reload');
    const delivered = messagesOf(second.store, 'C2Cbob')[0]!;
    assert.equal(delivered.random, queued.random);
    await second.store.settled();
    assert.deepEqual(await cache.getOutbox(), []);
    assert.deepEqual(
      (await history(world, 'bob', 'C2Calice')).map((m) => m.ID),
      [queued.ID],
    );
  });

  it('an upload broken by the connection stays queued with its file and is delivered when back', async () => {
    const alice = await world.client('alice', { latencyMs: 40 });
    const image = await testImage();
    const sending = alice.store.send('C2Cbob', { type: 'image', file: image.blob, width: 1000, height: 750 });
    await waitFor(() => (messagesOf(alice.store, 'C2Cbob')[0]?.progress?.loaded ?? 0) > 0, 'the upload started');
    alice.service.setOffline(true);
    const queued = await sending;
    assert.equal(queued.status, 'unSend');
    alice.service.setOffline(false);
    await waitFor(() => messagesOf(alice.store, 'C2Cbob')[0]?.status === 'success', 'delivered with its file');
    const [kept] = await history(world, 'bob', 'C2Calice');
    assert.equal(kept?.elements[0]?.type, 'TIMImageElem');
  });

  it('sends several elements in one message, keeps app cloudCustomData and options', async () => {
    const alice = await world.client('alice');
    const reply = JSON.stringify({
      messageReply: {
        messageID: 'x',
        messageAbstract: 'hi',
        messageSender: 'bob',
        messageType: 1,
        messageTime: 1,
        messageSequence: 1,
        version: 1,
      },
    });
    const sent = await alice.store.send(
      'C2Cbob',
      [
        { type: 'text', text: 'look' },
        { type: 'location', description: 'Office', longitude: 113.9, latitude: 22.5 },
        { type: 'face', index: 2, data: 'pack/02' },
      ],
      { priority: 'High', cloudCustomData: reply },
    );
    assert.deepEqual(
      sent.elements.map((e) => e.type),
      ['TIMTextElem', 'TIMLocationElem', 'TIMFaceElem'],
    );
    assert.equal(sent.priority, 'High');
    assert.equal(JSON.parse(sent.cloudCustomData).messageReply.messageID, 'x');
    const own = await alice.store.sendText('C2Cbob', 'app data', { cloudCustomData: 'plain app string' });
    assert.equal(own.cloudCustomData, 'plain app string', 'a non-JSON string of the app is left alone');
    await assert.rejects(
      alice.store.send('C2Cbob', [
        { type: 'file', file: new Blob(['a']) },
        { type: 'file', file: new Blob(['b']) },
      ]),
      (e: ChatError) => /only one video, sound or file/.test(e.message),
    );
  });

  it('refuses content it cannot send, with a clear ChatError and nothing shown', async () => {
    const alice = await world.client('alice');
    await assert.rejects(alice.store.sendText('C2Cbob', '   '), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
    await assert.rejects(alice.store.sendText('nonsense', 'hi'), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
    await assert.rejects(alice.store.send('C2Cbob', { type: 'image', file: 'not a blob' as unknown as Blob }), (e: ChatError) =>
      /image file/.test(e.message),
    );
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob'), []);
    const stopped = await world.client('carol', { start: false });
    await assert.rejects(stopped.store.sendText('C2Cbob', 'hi'), (e: ChatError) => e.code === CHAT_ERROR.notLoggedIn);
  });

  it('a message the server refuses (muted in the group) fails with that reason', async () => {
    const alice = await world.client('alice');
    const group = await world.server.createGroup({ ownerID: 'bob', memberIDs: ['alice'], name: 'Quiet', type: 'Work' });
    await world.server.muteGroupMember(group.groupID, 'bob', 'alice', 600);
    const error = (await alice.store.sendText(`GROUP${group.groupID}`, 'hello?').catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.mutedInGroup);
    const shown = messagesOf(alice.store, `GROUP${group.groupID}`).find((m) => m.flow === 'out');
    assert.equal(shown?.status, 'fail');
    assert.equal(shown?.error?.code, CHAT_ERROR.mutedInGroup);
  });
});

describe('ChatStore: revoke, batch send, online-only', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld({ revokeTimeLimit: 120 });
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('revokes within the limit on both sides, and refuses after the limit with a clear error', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const sent = await alice.store.sendText('C2Cbob', 'oops');
    const revoked = await alice.store.revoke(sent);
    assert.equal(revoked.isRevoked, true);
    assert.equal(revoked.revoker, 'alice');
    assert.equal(messagesOf(alice.store, 'C2Cbob')[0]?.isRevoked, true);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.lastMessage?.isRevoked, true);
    await bob.store.openConversation('C2Calice');
    await waitFor(() => messagesOf(bob.store, 'C2Calice')[0]?.isRevoked === true, 'Bob sees it recalled');

    const late = await alice.store.sendText('C2Cbob', 'too late to take back');
    world.server.advanceClock(121);
    const error = (await alice.store.revoke(late).catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.revokeTimeLimit);
    assert.match(error.message, /120 seconds/);
    assert.equal(alice.store.state.get().lastError?.code, CHAT_ERROR.revokeTimeLimit, 'the store shows the error');
    assert.equal(messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === late.ID)?.isRevoked, false);

    await waitFor(() => messagesOf(bob.store, 'C2Calice').some((m) => m.ID === late.ID), 'Bob has the second message');
    const notMine = messagesOf(bob.store, 'C2Calice').find((m) => m.ID === late.ID)!;
    await assert.rejects(bob.store.revoke(notMine), (e: ChatError) => e.code === CHAT_ERROR.revokeNotSender);
  });

  it('batch send to three users makes three conversations, one message each', async () => {
    const alice = await world.client('alice');
    const results = await alice.store.sendToUsers(['bob', 'carol', 'dave', 'bob'], { type: 'text', text: 'news for all' });
    assert.deepEqual(
      results.map((r) => [r.userID, r.message?.status]),
      [
        ['bob', 'success'],
        ['carol', 'success'],
        ['dave', 'success'],
      ],
    );
    for (const peer of ['bob', 'carol', 'dave']) {
      const conversation = conversationOf(alice.store, `C2C${peer}`);
      assert.equal(textOf(conversation?.lastMessage), 'news for all', `conversation with ${peer}`);
      assert.equal((await history(world, peer, 'C2Calice')).length, 1);
    }
    assert.equal(alice.store.state.get().conversations.length, 3);
    await assert.rejects(alice.store.sendToUsers([], { type: 'text', text: 'x' }), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
  });

  it('online-only messages leave no unread and no history; a TUIKit typing signal sets typing and is never shown', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    await alice.store.sendText('C2Cbob', 'a normal one');
    await waitFor(() => conversationOf(bob.store, 'C2Calice')?.unreadCount === 1, 'normal message counted');

    await alice.store.sendText('C2Cbob', 'live only', { onlineOnly: true });
    await waitFor(() => messagesOf(bob.store, 'C2Calice').some((m) => textOf(m) === 'live only'), 'the live message reaches Bob');
    await bob.store.settled();
    assert.equal(conversationOf(bob.store, 'C2Calice')?.unreadCount, 1, 'no unread for online-only');
    assert.equal(textOf(conversationOf(bob.store, 'C2Calice')?.lastMessage), 'a normal one');
    assert.deepEqual((await history(world, 'bob', 'C2Calice')).map(textOf), ['a normal one'], 'not in history');
    const live = messagesOf(bob.store, 'C2Calice').find((m) => textOf(m) === 'live only');
    assert.ok(live, 'shown live to a connected client');
    assert.equal(await bob.cache.getMessage(live!.ID), undefined, 'never stored in the cache');
    await alice.store.settled();
    assert.deepEqual(await alice.cache.getOutbox(), []);

    await alice.store.sendTyping('C2Cbob');
    await waitFor(() => (bob.store.state.get().typing['C2Calice']?.['alice'] ?? 0) > Date.now(), 'Bob sees Alice typing');
    const until = bob.store.state.get().typing['C2Calice']!['alice']!;
    assert.ok(until - Date.now() <= 5_000 && until - Date.now() > 4_000, 'for 5 s');
    assert.ok(!messagesOf(bob.store, 'C2Calice').some((m) => m.elements[0]?.type === 'TIMCustomElem'), 'never shown');
    // A real message from the peer ends "typing…".
    await alice.store.sendText('C2Cbob', 'done typing');
    await waitFor(() => bob.store.state.get().typing['C2Calice'] === undefined, 'typing cleared by the message');
    await assert.rejects(alice.store.sendTyping('@TIM#SYSTEM'), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
  });
});
