import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR } from '../../src/core/errors.js';
import type { ServiceFeatures } from '../../src/core/service/chat-service.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { installMessageFeatures } from '../../src/core/store/message-features.js';
import { makeStoreWorld, messagesOf, textOf, waitFor, type StoreWorld } from './store-harness.js';

/** One clock for the server and the stores, moved by the tests. */
let clockMs = Date.UTC(2026, 0, 5, 9, 0, 0);
const clock = () => clockMs;

describe('ChatStore: editing, re-edit and pins over the embedded backend', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    clockMs = Date.UTC(2026, 0, 5, 9, 0, 0);
    world = await makeStoreWorld({ clock, editTimeLimit: 900 });
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('alice edits her message; bob’s list shows the new text, marked modified', async () => {
    const alice = await world.client('alice', { now: clock });
    const bob = await world.client('bob', { now: clock });
    await bob.store.openConversation('C2Calice');
    const sent = await alice.store.sendText('C2Cbob', 'teh typo');
    await waitFor(() => messagesOf(bob.store, 'C2Calice').some((m) => m.ID === sent.ID), 'bob has the message');
    assert.ok(alice.store.messageActions(sent).includes('edit'));
    assert.ok(!bob.store.messageActions(messagesOf(bob.store, 'C2Calice').find((m) => m.ID === sent.ID)!).includes('edit'));
    const edited = await alice.store.editMessage(sent, 'the typo');
    assert.equal(textOf(edited), 'the typo');
    assert.equal(edited.isModified, true);
    assert.equal(textOf(messagesOf(alice.store, 'C2Cbob').find((m) => m.ID === sent.ID)), 'the typo');
    await waitFor(() => textOf(messagesOf(bob.store, 'C2Calice').find((m) => m.ID === sent.ID)) === 'the typo', 'bob sees the edit');
    assert.equal(messagesOf(bob.store, 'C2Calice').find((m) => m.ID === sent.ID)?.isModified, true);
    await waitFor(
      () => textOf(bob.store.state.get().conversations.find((c) => c.conversationID === 'C2Calice')?.lastMessage) === 'the typo',
      'the conversation’s last message too',
    );
  });

  it('refuses after the window, someone else’s message, and on a backend without editing', async () => {
    const alice = await world.client('alice', { now: clock });
    const bob = await world.client('bob', { now: clock });
    await bob.store.openConversation('C2Calice');
    const sent = await alice.store.sendText('C2Cbob', 'hello');
    await waitFor(() => messagesOf(bob.store, 'C2Calice').some((m) => m.ID === sent.ID), 'bob has it');
    const bobsCopy = messagesOf(bob.store, 'C2Calice').find((m) => m.ID === sent.ID)!;
    await assert.rejects(bob.store.editMessage(bobsCopy, 'mine now'), (e: { code: number }) => e.code === CHAT_ERROR.editNotAllowed);
    clockMs += 901_000;
    assert.ok(!alice.store.messageActions(sent).includes('edit'), 'the menu drops Edit');
    await assert.rejects(alice.store.editMessage(sent, 'late'), (e: { code: number }) => e.code === CHAT_ERROR.editTimeLimit);
    // The server holds the line too, whatever a client claims.
    await assert.rejects(alice.service.editMessage(sent, 'late'), (e: { code: number }) => e.code === CHAT_ERROR.editTimeLimit);
  });

  it('on a backend without editing or pins: no Edit, no Pin, and the calls reject as unsupported', async () => {
    class PlainService extends LocalChatService {
      override readonly features: ServiceFeatures = Object.freeze({});
    }
    const store = new ChatStore({ service: new PlainService(world.server), now: clock });
    installMessageFeatures(store);
    await store.start('alice');
    try {
      await world.server.createGroup({ groupID: 'plain', name: 'Plain', ownerID: 'alice', memberIDs: ['bob'] });
      await store.openConversation('GROUPplain');
      const sent = await store.sendText('GROUPplain', 'hi');
      await waitFor(() => store.state.get().groups['plain']?.selfRole === 'Owner', 'owner known');
      const actions = store.messageActions(sent);
      assert.ok(!actions.includes('edit') && !actions.includes('pin'), actions.join());
      assert.equal(store.canManagePins('GROUPplain'), false);
      await assert.rejects(store.editMessage(sent, 'x'), (e: { code: number }) => e.code === CHAT_ERROR.unsupported);
      await assert.rejects(store.pinMessage(sent, true), (e: { code: number }) => e.code === CHAT_ERROR.unsupported);
      assert.deepEqual(await store.loadPinnedMessages('plain'), []);
    } finally {
      await store.stop();
    }
  });

  it('offers "Re-edit" of one’s own recalled text for 2 minutes after the recall', async () => {
    const alice = await world.client('alice', { now: clock });
    const sent = await alice.store.sendText('C2Cbob', 'oops, wrong chat');
    clockMs += 60_000;
    const revoked = await alice.store.revoke(sent);
    assert.equal(alice.store.reEditText(revoked), 'oops, wrong chat');
    clockMs += 120_000;
    assert.equal(alice.store.reEditText(revoked), 'oops, wrong chat', 'still 2 minutes after the recall (3 after sending)');
    clockMs += 1_000;
    assert.equal(alice.store.reEditText(revoked), null);
    assert.equal(alice.store.reEditEndsAt(revoked), null);
  });

  it('pins: the owner pins and unpins, every member sees the list live, a member is refused', async () => {
    const alice = await world.client('alice', { now: clock });
    const bob = await world.client('bob', { now: clock });
    const group = await world.server.createGroup({ groupID: 'pins', name: 'Pins', ownerID: 'alice', memberIDs: ['bob', 'carol'] });
    const conversationID = `GROUP${group.groupID}`;
    await alice.store.openConversation(conversationID);
    await bob.store.openConversation(conversationID);
    const first = await alice.store.sendText(conversationID, 'rules: be kind');
    await waitFor(() => alice.store.canManagePins(conversationID), 'alice is known as the owner');
    await waitFor(() => bob.store.state.get().groups['pins']?.selfRole === 'Member', 'bob is known as a member');
    assert.equal(bob.store.canManagePins(conversationID), false);
    assert.ok(alice.store.messageActions(first).includes('pin'));
    await alice.store.pinMessage(first, true);
    assert.deepEqual(
      alice.store.state.get().pinnedMessages['pins']?.map((p) => p.message.ID),
      [first.ID],
    );
    assert.ok(alice.store.messageActions(first).includes('unpin'));
    await waitFor(() => bob.store.state.get().pinnedMessages['pins']?.[0]?.message.ID === first.ID, 'bob sees the pin');
    assert.equal(bob.store.state.get().pinnedMessages['pins']?.[0]?.pinnedBy, 'alice');
    const bobsCopy = messagesOf(bob.store, conversationID).find((m) => m.ID === first.ID) ?? first;
    await assert.rejects(bob.store.pinMessage(bobsCopy, false), (e: { code: number }) => e.code === CHAT_ERROR.pinNotAllowed);
    await assert.rejects(
      bob.service.pinGroupMessage(bobsCopy, false),
      (e: { code: number }) => e.code === CHAT_ERROR.pinNotAllowed,
      'the server refuses too',
    );
    await alice.store.pinMessage(first, false);
    await waitFor(() => bob.store.state.get().pinnedMessages['pins']?.length === 0, 'bob sees the unpin');
    // A store that starts later loads the pins when the group opens.
    await alice.store.pinMessage(first, true);
    const carol = await world.client('carol', { now: clock });
    await carol.store.openConversation(conversationID);
    await waitFor(() => carol.store.state.get().pinnedMessages['pins']?.length === 1, 'carol loads the pins');
  });

  it('pins stop at the backend’s limit', async () => {
    const alice = await world.client('alice', { now: clock });
    await world.server.createGroup({ groupID: 'many', name: 'Many', ownerID: 'alice', memberIDs: ['bob'] });
    await alice.store.openConversation('GROUPmany');
    await waitFor(() => alice.store.canManagePins('GROUPmany'), 'owner known');
    const max = alice.service.features.pinnedMessages!.max;
    for (let i = 0; i < max; i++) await alice.store.pinMessage(await alice.store.sendText('GROUPmany', `n${i}`), true);
    const extra = await alice.store.sendText('GROUPmany', 'one too many');
    await assert.rejects(alice.store.pinMessage(extra, true), (e: { code: number }) => e.code === CHAT_ERROR.pinLimit);
    await assert.rejects(alice.service.pinGroupMessage(extra, true), (e: { code: number }) => e.code === CHAT_ERROR.pinLimit);
    assert.equal(messagesOf(alice.store, 'GROUPmany').length >= max, true);
  });
});
