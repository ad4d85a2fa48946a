import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { NEW_CHAT_SEARCH_DELAY_MS, NewChat, newChatFeature, newChatResults } from '../../src/core/store/new-chat.js';
import { ManualTimers } from '../support/manual-timers.js';
import { makeStoreWorld, waitFor, type StoreWorld } from './store-harness.js';

describe('new chat: finding people and groups, joining', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
    await world.server.createGroup({
      groupID: 'garden',
      name: 'Open Garden 花园',
      ownerID: 'bob',
      memberIDs: ['carol'],
      type: 'Public',
      joinOption: 'FreeAccess',
    });
    await world.server.createGroup({
      groupID: 'hikers',
      name: 'Weekend Hikers',
      ownerID: 'bob',
      type: 'Public',
      joinOption: 'NeedPermission',
    });
    await world.server.createGroup({
      groupID: 'club',
      name: 'Garden club (invite only)',
      ownerID: 'bob',
      type: 'Public',
      joinOption: 'DisableApply',
    });
    await world.server.createGroup({ groupID: 'team', name: 'Garden team', ownerID: 'bob', memberIDs: ['carol'], type: 'Work' });
  });
  afterEach(() => world.dispose());

  const rows = (newChat: NewChat) =>
    newChatResults(newChat.state.get()).map((r) =>
      r.kind === 'person' ? `person ${r.profile.userID}` : `group ${r.group.groupID} ${r.join}`,
    );

  test('asks the backend only once typing pauses, and the latest keyword wins', async () => {
    const timers = new ManualTimers(Date.now());
    const alice = await world.client('alice', { timers });
    const newChat = alice.store.use(newChatFeature);
    assert.equal(newChat.supported, true);
    const first = newChat.search('gar');
    assert.equal(newChat.state.get().status, 'waiting', 'nothing asked yet');
    const second = newChat.search('garden');
    await first; // ended by the newer keyword
    timers.advance(NEW_CHAT_SEARCH_DELAY_MS - 1);
    assert.equal(newChat.state.get().status, 'waiting');
    timers.advance(1);
    await second;
    assert.equal(newChat.state.get().query, 'garden');
    assert.deepEqual(rows(newChat), ['group garden join', 'group club closed'], 'a work group is for its members only');
  });

  test('finds people by ID or name (never oneself), groups by ID; each row says what it offers', async () => {
    const alice = await world.client('alice');
    const newChat = alice.store.use(newChatFeature);
    await newChat.search('bob', true);
    assert.deepEqual(rows(newChat), ['person bob']);
    assert.equal(newChatResults(newChat.state.get())[0]!.conversationID, c2cConversationID('bob'));
    await newChat.search('王', true);
    assert.deepEqual(rows(newChat), ['person carol'], 'a Chinese name, by a part of it');
    await newChat.search('alice', true);
    assert.deepEqual(rows(newChat), [], 'oneself is not offered');
    await newChat.search('hikers', true);
    assert.deepEqual(rows(newChat), ['group hikers request']);
    await newChat.search('  ', true);
    assert.equal(newChat.state.get().status, 'idle');
  });

  test('joins a free group at once (the row becomes Open); asks to join one that approves (Requested)', async () => {
    const alice = await world.client('alice');
    const newChat = alice.store.use(newChatFeature);
    await newChat.search('garden', true);
    const joining = newChat.join('garden');
    assert.deepEqual(rows(newChat), ['group garden joining', 'group club closed']);
    await joining;
    assert.deepEqual(rows(newChat), ['group garden open', 'group club closed']);
    assert.ok((await alice.service.getGroupMembers('garden')).some((m) => m.userID === 'alice'));
    await alice.store.openConversation(groupConversationID('garden'));
    await waitFor(
      () => !!alice.store.state.get().conversations.some((c) => c.conversationID === groupConversationID('garden')),
      'the group is in the list',
    );

    await newChat.search('hikers', true);
    await newChat.join('hikers', 'hello');
    assert.deepEqual(rows(newChat), ['group hikers requested']);
  });

  test('a refused join says why; the row offers nothing dead', async () => {
    const alice = await world.client('alice');
    const newChat = alice.store.use(newChatFeature);
    await newChat.search('club', true);
    await assert.rejects(newChat.join('club'), (e: ChatError) => e.code === CHAT_ERROR.notGroupMember);
    assert.deepEqual(rows(newChat), ['group club failed']);
    assert.equal(newChat.state.get().joins.club?.error?.code, CHAT_ERROR.notGroupMember);
  });

  test('a backend failure shows as failed; signing out forgets the searches', async () => {
    const alice = await world.client('alice');
    const newChat = alice.store.use(newChatFeature);
    alice.service.setOffline(true);
    await newChat.search('bob', true);
    assert.equal(newChat.state.get().status, 'failed');
    assert.equal(newChat.state.get().error?.code, CHAT_ERROR.offline);
    alice.service.setOffline(false);
    await newChat.search('bob', true);
    assert.deepEqual(rows(newChat), ['person bob']);
    await alice.store.stop();
    assert.deepEqual([newChat.state.get().query, newChat.state.get().people.length], ['', 0]);
  });

  test('without the backend’s directory, nothing is offered and calls reject with unsupported', async () => {
    const alice = await world.client('alice');
    const plain = Object.create(alice.service, { features: { value: {} } }) as LocalChatService;
    const newChat = new NewChat({ service: plain, session: { userID: 'alice', id: 1, serviceReady: true }, timers: new ManualTimers() });
    assert.equal(newChat.supported, false);
    await assert.rejects(newChat.search('bob'), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
    await assert.rejects(newChat.join('garden'), (e: ChatError) => e.code === CHAT_ERROR.unsupported);
  });
});
