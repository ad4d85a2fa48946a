import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import type { ChatServiceEvents } from '../../src/core/service/chat-service.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import { SDK_EVENT_USE, type SdkEventKey } from '../../src/core/service/tencent/sdk-types.js';
import { eventually, nextEvent, recordEvents, textMessage, textOf } from '../contract/contract-helpers.js';
import { FakeTencentServer, type FakeCreateOptions, type FakeTencentChat } from '../fakes/fake-tencent-chat.js';
import { FAKE_EVENT_TRIGGERS, settle, type FakeWorld } from '../fakes/fake-tencent-event-triggers.js';

/** The adapter over the fake SDK: what each SDK event becomes in the kit. */
let server: FakeTencentServer;
const open: TencentChatService[] = [];

async function signedIn(userID: string, options: FakeCreateOptions = {}): Promise<{ service: TencentChatService; sdk: FakeTencentChat }> {
  const sdk = server.createInstance(options);
  const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}`, fetch: server.fetch, readyTimeoutMs: 1000 });
  open.push(service);
  await service.login({ userID });
  return { service, sdk };
}

beforeEach(() => {
  server = new FakeTencentServer()
    .addUser({ userID: 'alice', nick: 'Alice', avatar: 'https://avatars.fake-tencent.invalid/alice.png' })
    .addUser({ userID: 'bob', nick: 'Bob', avatar: 'https://avatars.fake-tencent.invalid/bob.png' })
    .addUser({ userID: 'carol', nick: 'Carol' })
    .addGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', members: ['bob', 'carol'] });
});

afterEach(async () => {
  for (const service of open.splice(0)) if (service.userID) await service.logout().catch(() => {});
});

describe('messages', () => {
  test('MESSAGE_MODIFIED: the edited message, same ID, time and sequence, new content', async () => {
    const { service: alice } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const sent = await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'helo'));
    const modified = nextEvent(alice, 'messageModified');
    server.modifyMessage(sent.ID, { payload: { text: 'hello' }, cloudCustomData: '{"edited":true}' });
    const [message] = (await modified).messages;
    assert.equal(message!.ID, sent.ID);
    assert.equal(textOf(message!), 'hello');
    assert.equal(message!.cloudCustomData, '{"edited":true}');
    assert.equal(message!.sequence, sent.sequence);
    assert.equal(message!.conversationID, c2cConversationID('bob'));
  });

  test('online-only: a received message the SDK did not keep (findMessage knows it not) is online-only; a stored one is not', async () => {
    const { service: alice, sdk } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const received = recordEvents(alice, 'messageReceived');
    await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'live'), { onlineOnly: true });
    const stored = await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'kept'));
    await eventually(() => received.payloads.flatMap((p) => p.messages).length === 2, 3000, 'both arrive');
    const [live, kept] = received.payloads.flatMap((p) => p.messages);
    assert.equal(live!.onlineOnly, true);
    assert.equal(kept!.onlineOnly, false);
    assert.equal(kept!.ID, stored.ID);
    assert.ok(
      sdk.calls.some((c) => c.method === 'findMessage' && c.args[0] === live!.ID),
      'decided by asking the SDK',
    );
  });

  test('MESSAGE_REACTIONS_UPDATED: the reactions that changed on a message this adapter has seen, with its conversation', async () => {
    const { service: alice } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const sent = await alice.sendMessage(textMessage('alice', groupConversationID('team'), 'vote'));
    const reactions = recordEvents(alice, 'messageReactionsUpdated');
    server.react('bob', sent.ID, 'thumbs');
    server.react('alice', sent.ID, 'thumbs');
    server.react('carol', sent.ID, 'heart');
    await eventually(() => reactions.payloads.length === 3, 3000, 'three updates');
    const shown = (i: number) =>
      reactions.payloads[i]!.reactions.map((r) => ({
        id: r.reactionID,
        count: r.count,
        users: [...r.userIDs].sort(),
        mine: r.reactedByMe,
      }));
    assert.equal(reactions.payloads[2]!.conversationID, groupConversationID('team'));
    assert.equal(reactions.payloads[2]!.messageID, sent.ID);
    // As the SDK reports them: only the reaction that changed, as it is now.
    assert.deepEqual(shown(1), [{ id: 'thumbs', count: 2, users: ['alice', 'bob'], mine: true }]);
    assert.deepEqual(shown(2), [{ id: 'heart', count: 1, users: ['carol'], mine: false }]);
    server.react('carol', sent.ID, 'heart', false);
    await eventually(() => reactions.payloads.length === 4, 3000, 'the removal');
    assert.deepEqual(shown(3), [{ id: 'heart', count: 0, users: [], mine: false }]);
    void bob;
  });

  test('MESSAGE_READ_RECEIPT_RECEIVED: a C2C receipt moves the peer read time to that message; group receipts pass on with counts', async () => {
    const { service: alice } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const c2c = await alice.sendMessage(textMessage('alice', c2cConversationID('bob'), 'read me'));
    const peerRead = nextEvent(alice, 'messageReadByPeer', (p) => p.conversationID === c2cConversationID('bob'));
    server.sendReadReceipt('bob', c2c.ID);
    assert.equal((await peerRead).peerReadTime, c2c.time);
    const group = await alice.sendMessage(textMessage('alice', groupConversationID('team'), 'all read me'));
    const receipts = nextEvent(alice, 'messageReadReceipt');
    server.sendReadReceipt('bob', group.ID);
    assert.deepEqual(await receipts, {
      conversationID: groupConversationID('team'),
      receipts: [{ messageID: group.ID, readCount: 1, unreadCount: 1 }],
    });
    void bob;
  });
});

describe('profiles and friends', () => {
  test('PROFILE_UPDATED: the new nick and avatar, for the user and their friends', async () => {
    server.addFriend('bob', 'alice');
    const { service: bob } = await signedIn('bob');
    const { service: alice } = await signedIn('alice');
    const toBob = nextEvent(bob, 'profileUpdated', (p) => p.profiles.some((x) => x.userID === 'alice'));
    const toAlice = nextEvent(alice, 'profileUpdated');
    server.updateProfile('alice', { nick: 'Alice C.', avatar: 'javascript:alert(1)' });
    for (const payload of [await toBob, await toAlice]) {
      assert.deepEqual(payload.profiles, [{ userID: 'alice', nick: 'Alice C.', avatar: '' }], 'an unsafe avatar never reaches the kit');
    }
  });

  test("FRIEND_LIST_UPDATED: remarks at sign-in, then each change, and a removed friend's remark is cleared", async () => {
    server.addFriend('alice', 'bob', 'Bobby');
    const { service: alice } = await signedIn('alice').then(async (c) => c);
    const updates = recordEvents(alice, 'profileUpdated');
    // The remark the SDK announced after sign-in may have come before we listened: ask the list.
    await eventually(
      async () => (await alice.getConversation(c2cConversationID('bob'))).userProfile?.remark === 'Bobby',
      3000,
      'remark in the conversation',
    );
    server.setFriendRemark('alice', 'bob', 'Robert');
    await eventually(
      () => updates.payloads.some((p) => p.profiles.some((x) => x.userID === 'bob' && x.remark === 'Robert')),
      3000,
      'changed remark',
    );
    server.removeFriend('alice', 'bob');
    await eventually(
      () => updates.payloads.some((p) => p.profiles.some((x) => x.userID === 'bob' && x.remark === '')),
      3000,
      'cleared remark',
    );
    const last = updates.payloads
      .flatMap((p) => p.profiles)
      .filter((x) => x.userID === 'bob')
      .at(-1)!;
    assert.deepEqual(last, { userID: 'bob', remark: '' }, 'a cleared remark leaves nick and avatar alone');
  });

  test('USER_STATUS_UPDATED: online, offline and the custom status text', async () => {
    server.addFriend('alice', 'bob');
    const { service: alice } = await signedIn('alice');
    const statuses = recordEvents(alice, 'userStatusUpdated');
    server.setUserStatus('bob', 1, 'in a meeting');
    server.setUserStatus('bob', 2);
    await eventually(() => statuses.payloads.length === 2, 3000, 'two updates');
    assert.deepEqual(
      statuses.payloads.flatMap((p) => p.statuses),
      [
        { userID: 'bob', status: 'online', customStatus: 'in a meeting' },
        { userID: 'bob', status: 'offline', customStatus: '' },
      ],
    );
  });
});

describe('groups', () => {
  test('tips and the group list become groupUpdated: name, member count, own role and mute', async () => {
    const { service: bob } = await signedIn('bob');
    await bob.getConversationList();
    const updates = recordEvents(bob, 'groupUpdated');
    server.updateGroupProfile('team', 'alice', { name: 'Team Renamed', notification: 'Be nice' });
    await eventually(() => updates.payloads.some((p) => p.group.name === 'Team Renamed'), 3000, 'renamed');
    server.setAdmin('team', 'alice', 'bob', true);
    await eventually(() => updates.payloads.some((p) => p.group.selfRole === 'Admin'), 3000, 'made admin');
    server.addMembers('team', 'alice', ['dave']);
    await eventually(() => updates.payloads.some((p) => p.group.memberCount === 4), 3000, 'grown');
    server.muteMember('team', 'alice', 'bob', 600);
    await eventually(() => updates.payloads.some((p) => (p.group.selfMuteUntil ?? 0) > 0), 3000, 'muted');
    const last = updates.payloads.at(-1)!.group;
    assert.equal(last.groupID, 'team');
    assert.equal(last.notification, 'Be nice');
    assert.ok((last.selfMuteUntil ?? 0) > 0, 'a later list refresh keeps the mute the tip told');
  });

  test('a group first met in a tip is fetched once and told', async () => {
    const { service: carol, sdk } = await signedIn('carol');
    const updates = recordEvents(carol, 'groupUpdated');
    const groupID = server.createGroup('alice', ['carol'], 'New one');
    await eventually(() => updates.payloads.some((p) => p.group.groupID === groupID && p.group.name === 'New one'), 3000, 'told');
    void sdk;
  });

  test('GROUP_ATTRIBUTES_UPDATED: the group with its attributes, kept through later profile changes', async () => {
    const { service: bob } = await signedIn('bob');
    await bob.getConversationList();
    const updates = recordEvents(bob, 'groupUpdated');
    server.setGroupAttributes('team', { seat1: 'alice', seat2: 'bob' });
    await eventually(() => updates.payloads.some((p) => p.group.attributes?.seat2 === 'bob'), 3000, 'attributes');
    server.setGroupAttributes('team', {}, ['seat2']);
    await eventually(() => updates.payloads.some((p) => p.group.attributes && !('seat2' in p.group.attributes)), 3000, 'a key deleted');
    server.updateGroupProfile('team', 'alice', { name: 'Seats' });
    await eventually(() => updates.payloads.some((p) => p.group.name === 'Seats'), 3000, 'renamed');
    assert.deepEqual(updates.payloads.at(-1)!.group.attributes, { seat1: 'alice' });
  });
});

describe('conversations', () => {
  test('partial updates: a conversation left out of an update is not deleted; one the SDK no longer has is, at the next update', async () => {
    server.syncConversationDeletion = false;
    server.webInstancesPerUser = 2;
    const { service: alice, sdk } = await signedIn('alice', { partialUpdatedConversations: true });
    const { service: bob } = await signedIn('bob');
    await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'one'));
    await bob.sendMessage(textMessage('bob', groupConversationID('team'), 'two'));
    await eventually(async () => (await alice.getConversationList()).length >= 2, 3000, 'two conversations');
    const deleted = recordEvents(alice, 'conversationDeleted');
    const updated = nextEvent(alice, 'conversationUpdated', (p) =>
      p.conversations.some((c) => c.conversationID === groupConversationID('team')),
    );
    await bob.sendMessage(textMessage('bob', groupConversationID('team'), 'three'));
    const payload = await updated;
    assert.deepEqual(
      payload.conversations.map((c) => c.conversationID),
      [groupConversationID('team')],
      'only the one that changed',
    );
    await settle();
    assert.deepEqual(deleted.payloads, [], 'the C2C conversation, left out, is not deleted');
    assert.ok(
      sdk.calls.some((c) => c.method === 'getConversationList' && Array.isArray(c.args[0])),
      'the adapter asked the SDK about it',
    );
    // Deleted on another device (the console syncs deletions): the partial update says nothing…
    server.syncConversationDeletion = true;
    const other = await signedIn('alice');
    await other.service.deleteConversation(c2cConversationID('bob'), { clearHistory: false });
    await settle();
    // …until any conversation changes: then the one missing is asked for, and it is gone.
    await bob.sendMessage(textMessage('bob', groupConversationID('team'), 'four'));
    await eventually(() => deleted.payloads.some((p) => p.conversationIDs.includes(c2cConversationID('bob'))), 3000, 'deleted');
  });

  test("TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: the SDK's total, when it changes", async () => {
    const { service: alice } = await signedIn('alice');
    const { service: bob } = await signedIn('bob');
    const totals = recordEvents(alice, 'totalUnreadUpdated');
    await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'one'));
    await bob.sendMessage(textMessage('bob', c2cConversationID('alice'), 'two'));
    await eventually(() => totals.payloads.some((p) => p.totalUnread === 2), 3000, 'two unread');
    await alice.markRead(c2cConversationID('bob'));
    await eventually(() => totals.payloads.at(-1)?.totalUnread === 0, 3000, 'none unread');
  });
});

describe('session', () => {
  test('SDK_DESTROY: the app destroyed the SDK, so the adapter is signed out and disconnected', async () => {
    const { service, sdk } = await signedIn('alice');
    const down = nextEvent(service, 'connectionStateChanged', (p) => p.state === 'disconnected');
    await sdk.destroy();
    await down;
    assert.equal(service.userID, '');
  });
});

test('events the adapter ignores make no kit event and no error', async () => {
  const ignored = (Object.keys(SDK_EVENT_USE) as SdkEventKey[]).filter((key) => SDK_EVENT_USE[key] === 'ignore');
  assert.ok(ignored.length > 10);
  for (const key of ignored) {
    const world = await worldOfServices();
    const trigger = FAKE_EVENT_TRIGGERS[key];
    const heard: string[] = [];
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    const service = world.services[trigger.on(world).currentUser as 'alice' | 'bob']!;
    const events: Array<keyof ChatServiceEvents> = [
      'messageReceived',
      'messageModified',
      'profileUpdated',
      'groupUpdated',
      'messageReactionsUpdated',
      'userStatusUpdated',
      'error',
    ];
    const offs = events.map((event) => service.on(event, () => heard.push(event)));
    try {
      await trigger.run(world);
      await settle();
    } finally {
      console.error = original;
      for (const off of offs) off();
    }
    assert.deepEqual(errors, [], `${key}: no error`);
    assert.deepEqual(
      heard.filter((e) => e !== 'groupUpdated' && e !== 'profileUpdated'),
      [],
      `${key}: nothing for the kit`,
    );
  }
});

/** The trigger table's world, with the adapter on alice's and bob's SDK instances. */
async function worldOfServices(): Promise<FakeWorld & { services: Record<'alice' | 'bob', TencentChatService> }> {
  const alice = await signedIn('alice');
  const bob = await signedIn('bob');
  const carol = server.createInstance();
  const sentC2C = await bob.service.sendMessage(textMessage('bob', c2cConversationID('alice'), 'hi'));
  const sentGroup = await bob.service.sendMessage(textMessage('bob', groupConversationID('team'), 'hi all'));
  await settle();
  return {
    server,
    alice: alice.sdk,
    bob: bob.sdk,
    carol,
    groupID: 'team',
    c2cMessage: bob.sdk.findMessage(sentC2C.ID)!,
    groupMessage: bob.sdk.findMessage(sentGroup.ID)!,
    services: { alice: alice.service, bob: bob.service },
  };
}
