import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { conversationOf, makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

describe('ChatStore: conversations', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('lists pinned first, then by last activity; total unread leaves muted conversations out', async () => {
    const alice = await world.client('alice');
    await world.server.postMessages([
      { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'b1' }], time: 100 },
    ]);
    await world.server.postMessages([
      { from: 'carol', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'c1' }], time: 200 },
    ]);
    await world.server.postMessages([
      { from: 'dave', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'd1' }], time: 300 },
      { from: 'dave', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'd2' }], time: 301 },
    ]);
    await waitFor(() => alice.store.state.get().conversations.length === 3, 'three conversations');
    const order = () => alice.store.state.get().conversations.map((c) => c.conversationID);
    assert.deepEqual(order(), ['C2Cdave', 'C2Ccarol', 'C2Cbob']);
    assert.equal(alice.store.state.get().totalUnread, 4);

    await alice.store.pinConversation('C2Cbob', true);
    assert.deepEqual(order(), ['C2Cbob', 'C2Cdave', 'C2Ccarol']);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.isPinned, true);

    await alice.store.muteConversation('C2Cdave', true);
    assert.equal(conversationOf(alice.store, 'C2Cdave')?.messageRemindType, 'AcceptNotNotify');
    assert.equal(alice.store.state.get().totalUnread, 2, "dave's two unread are not counted while muted");
    await alice.store.muteConversation('C2Cdave', false);
    assert.equal(alice.store.state.get().totalUnread, 4);

    // The service agrees (a fresh store for the same user sees the same settings).
    const again = await world.client('alice');
    assert.deepEqual(
      again.store.state.get().conversations.map((c) => [c.conversationID, c.isPinned]),
      [
        ['C2Cbob', true],
        ['C2Cdave', false],
        ['C2Ccarol', false],
      ],
    );
  });

  it('a refused pin is put back and rejects with a ChatError in lastError', async () => {
    const alice = await world.client('alice');
    await alice.store.getOrCreateConversation('C2Cbob');
    alice.service.setFailureRate(1);
    const error = (await alice.store.pinConversation('C2Cbob', true).catch((e: ChatError) => e)) as ChatError;
    assert.equal(error.code, CHAT_ERROR.network);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.isPinned, false, 'put back');
    assert.equal(alice.store.state.get().lastError?.code, CHAT_ERROR.network);
    alice.service.setFailureRate(0);
    await assert.rejects(alice.store.pinConversation('C2Cnobody', true), (e: ChatError) => e.code === CHAT_ERROR.conversationNotFound);
    await assert.rejects(alice.store.getOrCreateConversation('bogus'), (e: ChatError) => e.code === CHAT_ERROR.invalidArgument);
  });

  it('get-or-create makes a new, empty conversation with the peer profile', async () => {
    const alice = await world.client('alice');
    const conversation = await alice.store.getOrCreateConversation('C2Cdave');
    assert.equal(conversation.conversationID, 'C2Cdave');
    assert.equal(conversation.userProfile?.nick, 'Dave Lee');
    assert.equal(conversation.lastMessage, null);
    assert.ok(conversationOf(alice.store, 'C2Cdave'));
    assert.equal(alice.store.state.get().users['dave']?.nick, 'Dave Lee');
  });

  it('deletes a conversation keeping its messages, or with them, as asked', async () => {
    const alice = await world.client('alice');
    await alice.store.sendText('C2Cbob', 'kept');
    await alice.store.sendText('C2Ccarol', 'dropped');
    await alice.store.settled();

    await alice.store.deleteConversation('C2Cbob');
    assert.equal(conversationOf(alice.store, 'C2Cbob'), undefined);
    assert.equal(
      (await alice.cache.getConversations()).some((c) => c.conversationID === 'C2Cbob'),
      false,
    );
    assert.equal((await alice.cache.getMessages('C2Cbob', { limit: 10 })).length, 1, 'history kept in the cache');
    await alice.store.openConversation('C2Cbob');
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['kept'], 'history still there when reopened');

    await alice.store.deleteConversation('C2Ccarol', { clearHistory: true });
    assert.equal(conversationOf(alice.store, 'C2Ccarol'), undefined);
    assert.deepEqual(await alice.cache.getMessages('C2Ccarol', { limit: 10 }), []);
    const fresh = await world.client('alice');
    await fresh.store.openConversation('C2Ccarol');
    assert.deepEqual(messagesOf(fresh.store, 'C2Ccarol'), [], 'gone from the service too');
  });

  it('keeps drafts with edit time and user data, in the conversation and the cache', async () => {
    let now = 1_800_000_000_000;
    const alice = await world.client('alice', { now: () => now });
    await alice.store.getOrCreateConversation('C2Cbob');
    await alice.store.setDraft('C2Cbob', { text: 'half a thought', userDefine: '{"reply":"m1"}' });
    const draft = { text: 'half a thought', editTime: 1_800_000_000, userDefine: '{"reply":"m1"}' };
    assert.deepEqual(alice.store.getDraft('C2Cbob'), draft);
    assert.deepEqual(conversationOf(alice.store, 'C2Cbob')?.draft, draft);
    assert.deepEqual((await alice.cache.getDrafts())['C2Cbob'], draft);
    // A draft moves the conversation up (its edit time counts as activity).
    await alice.store.sendText('C2Ccarol', 'newer');
    now += 60_000;
    await alice.store.setDraft('C2Cbob', { text: 'still thinking' });
    assert.equal(alice.store.state.get().conversations[0]?.conversationID, 'C2Cbob');

    await alice.store.setDraft('C2Cbob', null);
    assert.equal(alice.store.getDraft('C2Cbob'), null);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.draft, null);
    assert.equal((await alice.cache.getDrafts())['C2Cbob'], undefined);
    await assert.rejects(
      alice.store.setDraft('C2Cbob', { text: 42 as unknown as string }),
      (e: ChatError) => e.code === CHAT_ERROR.invalidArgument,
    );
  });

  it('receiving: unread grows while closed; read at once while open and visible; read on becoming visible', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    await bob.store.sendText('C2Calice', 'one');
    await bob.store.sendText('C2Calice', 'two');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 2, 'two unread while closed');
    assert.equal(alice.store.state.get().totalUnread, 2);

    await alice.store.openConversation('C2Cbob');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 0, 'read when opened');
    await bob.store.sendText('C2Calice', 'three');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 3, 'the new message arrives');
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 0, 'read at once');
    assert.ok(messagesOf(alice.store, 'C2Cbob').every((m) => m.isRead));
    await waitFor(async () => {
      const [server] = (await world.server.getConversationList({ userID: 'alice', sessionID: 'x' })).filter(
        (c) => c.conversationID === 'C2Cbob',
      );
      return server?.unreadCount === 0;
    }, 'the service knows it is read');

    alice.store.setConversationVisible(false);
    await bob.store.sendText('C2Calice', 'four');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 1, 'counts while hidden');
    alice.store.setConversationVisible(true);
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 0, 'read on becoming visible');
  });

  it('a view saying one conversation is on screen says nothing of the next one opened: it stays unread until that one shows', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    await alice.store.openConversation('C2Ccarol');
    alice.store.setConversationVisible(true);
    await bob.store.sendText('C2Calice', 'one');
    await bob.store.sendText('C2Calice', 'two');
    await waitFor(
      () => messagesOf(alice.store, 'C2Cbob').length === 2 || conversationOf(alice.store, 'C2Cbob')?.unreadCount === 2,
      'two unread',
    );
    await alice.store.openConversation('C2Cbob');
    await bob.store.sendText('C2Calice', 'three');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 3, 'still unread: the view has not shown it yet');
    alice.store.setConversationVisible(true);
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 0, 'read once the view shows it');
  });

  it('marks read explicitly, all or up to a message, and the peer sees receipts', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const first = await bob.store.sendText('C2Calice', 'first');
    // Read receipts are by time in seconds (as in TIM): the second message is a second later.
    world.server.advanceClock(1);
    await bob.store.sendText('C2Calice', 'second');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 2, 'two unread');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 2, 'Alice holds them');

    const upTo = messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === first.ID)!;
    await alice.store.markConversationRead('C2Cbob', upTo);
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 1);
    assert.deepEqual(
      messagesOf(alice.store, 'C2Cbob').map((m) => m.isRead),
      [true, false],
    );
    await waitFor(
      () =>
        messagesOf(bob.store, 'C2Calice')
          .map((m) => m.isPeerRead)
          .join() === 'true,false',
      'Bob sees the first read',
    );
    assert.ok((conversationOf(bob.store, 'C2Calice')?.peerReadTime ?? 0) >= first.time);

    await alice.store.markConversationRead('C2Cbob');
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 0);
    await waitFor(() => messagesOf(bob.store, 'C2Calice').every((m) => m.isPeerRead), 'Bob sees both read');
    await bob.store.settled();
    assert.ok(
      (await bob.cache.getMessages('C2Calice', { limit: 5 })).every((m) => m.isPeerRead),
      'receipts written through',
    );

    alice.service.setOffline(true);
    await assert.rejects(alice.store.markConversationRead('C2Cbob'), (e: ChatError) => e.code === CHAT_ERROR.offline);
  });

  it('loads group members, follows the connection state, and shows being kicked out', async () => {
    const alice = await world.client('alice');
    const group = await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob', 'carol'], name: 'Team', type: 'Work' });
    const members = await alice.store.loadGroupMembers(group.groupID);
    assert.deepEqual(members.map((m) => m.userID).sort(), ['alice', 'bob', 'carol']);
    assert.equal(alice.store.state.get().groupMembers[group.groupID]?.length, 3);
    await waitFor(() => !!conversationOf(alice.store, `GROUP${group.groupID}`), 'the group conversation appears');
    assert.equal(alice.store.state.get().groups[group.groupID]?.name, 'Team');
    await world.server.updateGroupProfile(group.groupID, 'alice', { name: 'Team A' });
    await waitFor(() => alice.store.state.get().groups[group.groupID]?.name === 'Team A', 'group profile updated');

    assert.equal(alice.store.state.get().connection, 'connected');
    alice.service.setOffline(true);
    await waitFor(() => alice.store.state.get().connection === 'disconnected', 'disconnected');
    alice.service.setOffline(false);
    await waitFor(() => alice.store.state.get().connection === 'connected', 'connected again');

    await world.server.kickOut('alice', 'multipleDevice');
    await waitFor(() => alice.store.state.get().kickedOut === 'multipleDevice', 'kicked out');
    assert.equal(alice.store.state.get().connection, 'disconnected');
  });

  it('a subscriber that throws neither breaks the store nor reaches the page', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    await alice.store.openConversation('C2Cbob');
    alice.store.messageList('C2Cbob').subscribe(
      (s) => s.messages.length,
      () => {
        throw new Error('a broken element');
      },
    );
    await bob.store.sendText('C2Calice', 'still delivered');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 1, 'the message is in the state');
    await alice.store.settled();
    assert.match(alice.store.state.get().lastError?.message ?? '', /a broken element/);
    await bob.store.sendText('C2Calice', 'and the next one');
    await waitFor(() => messagesOf(alice.store, 'C2Cbob').length === 2, 'the store keeps working');
  });

  it('catches up after being offline: missed messages arrive once, unread is right', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    alice.service.setOffline(true);
    await bob.store.sendText('C2Calice', 'while you were out');
    // The server told Alice's session when Bob's send was stored; offline, it keeps the news for later.
    await alice.store.settled();
    assert.equal(conversationOf(alice.store, 'C2Cbob'), undefined);
    alice.service.setOffline(false);
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 1, 'caught up');
    await alice.store.openConversation('C2Cbob');
    assert.deepEqual(messagesOf(alice.store, 'C2Cbob').map(textOf), ['while you were out']);
  });
});

describe('ChatStore: "Discard" (do not receive) on the embedded backend', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('messages of a discarded conversation never arrive, are not counted and are not in its history; accepting again brings the next ones', async () => {
    const alice = await world.client('alice');
    const bob = await world.client('bob');
    const group = await world.server.createGroup({ ownerID: 'bob', memberIDs: ['alice'], name: 'Noisy', type: 'Work' });
    const groupID = `GROUP${group.groupID}`;
    await bob.store.sendText('C2Calice', 'before');
    await bob.store.sendText(groupID, 'group before');
    await waitFor(
      () => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 1 && conversationOf(alice.store, groupID)?.unreadCount === 1,
      'the first messages',
    );
    await alice.store.markConversationRead('C2Cbob');
    await alice.store.markConversationRead(groupID);
    await alice.store.setMessageRemindType('C2Cbob', 'Discard');
    await alice.store.setMessageRemindType(groupID, 'Discard');
    alice.store.messageList('C2Cbob');

    await bob.store.sendText('C2Calice', 'discarded');
    await bob.store.sendText(groupID, 'group discarded');
    // News reaches a session in order: once a later message is in, the discarded ones would be too.
    await world.server.postMessages([{ from: 'carol', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'later' }] }]);
    await waitFor(() => textOf(conversationOf(alice.store, 'C2Ccarol')?.lastMessage) === 'later', 'a later message');
    await alice.store.settled();
    assert.equal(conversationOf(alice.store, 'C2Cbob')?.unreadCount, 0);
    assert.equal(conversationOf(alice.store, groupID)?.unreadCount, 0);
    assert.equal(textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage), 'before');
    assert.ok(!messagesOf(alice.store, 'C2Cbob').some((m) => textOf(m) === 'discarded'), 'not shown live');
    const history = await alice.service.getMessageList({ conversationID: 'C2Cbob', count: 20 });
    assert.deepEqual(history.messages.map(textOf), ['before']);
    // Bob's own copy is there: only Alice does not receive it.
    assert.ok(messagesOf(bob.store, 'C2Calice').some((m) => textOf(m) === 'discarded'));

    await alice.store.setMessageRemindType('C2Cbob', 'AcceptAndNotify');
    await bob.store.sendText('C2Calice', 'after');
    await waitFor(() => conversationOf(alice.store, 'C2Cbob')?.unreadCount === 1, 'the next message counts again');
    assert.equal(textOf(conversationOf(alice.store, 'C2Cbob')?.lastMessage), 'after');
  });
});

describe('ChatStore: a dismissed group', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('is marked dismissed when the notice arrives, and after a fresh start from the service', async () => {
    const alice = await world.client('alice');
    const group = await world.server.createGroup({ ownerID: 'bob', memberIDs: ['alice'], name: 'Old project', type: 'Work' });
    await waitFor(() => Boolean(alice.store.state.get().groups[group.groupID]), 'the group is known');
    assert.equal(alice.store.state.get().groups[group.groupID]?.isDismissed, undefined);
    await world.server.dismissGroup(group.groupID, 'bob');
    await waitFor(() => alice.store.state.get().groups[group.groupID]?.isDismissed === true, 'the live notice marks it');
    const fresh = await world.client('alice');
    await waitFor(() => fresh.store.state.get().groups[group.groupID]?.isDismissed === true, 'the service says so too');
  });
});

describe('ChatStore: a conversation that does not exist', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('an unknown group, a group one is not in, or an unknown user is reported missing; a real one is not', async () => {
    const alice = await world.client('alice');
    const others = await world.server.createGroup({ ownerID: 'bob', memberIDs: ['carol'], name: 'Not hers', type: 'Work' });
    for (const id of ['GROUPdesign', `GROUP${others.groupID}`, 'C2Cnobody']) {
      await alice.store.openConversation(id);
      await waitFor(() => alice.store.state.get().missingConversationIDs.includes(id), `${id} missing`);
      assert.equal(conversationOf(alice.store, id), undefined, 'no conversation is made for it');
    }
    await alice.store.openConversation('C2Cbob');
    await waitFor(() => Boolean(conversationOf(alice.store, 'C2Cbob')), 'a real conversation');
    assert.ok(!alice.store.state.get().missingConversationIDs.includes('C2Cbob'));
  });

  it('opened before the service is ready, it is checked once signed in', async () => {
    const alice = await world.client('alice', { start: false });
    await alice.store.openConversation('GROUPdesign');
    await alice.store.start('alice');
    await waitFor(() => alice.store.state.get().missingConversationIDs.includes('GROUPdesign'), 'checked after sign-in');
  });
});
