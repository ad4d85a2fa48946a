import { test } from 'node:test';
import assert from 'node:assert/strict';
import TencentCloudChat from '@tencentcloud/chat';
import { FAKE_EVENT_TRIGGERS, fakeWorld, settle } from '../fakes/fake-tencent-event-triggers.js';
import { realSdk } from '../fakes/real-sdk.js';
import { ELEMENTS, fromBob } from '../fakes/tencent-sdk-fixtures.js';
import { missingFields } from './tencent-declarations.js';

const runtimeEvents = TencentCloudChat.EVENT as unknown as Record<string, string>;

/**
 * What each event carries, as @tencentcloud/chat 3.6.6 emits it: the declared types where the
 * SDK declares one (every declared field present), else the fields its source puts there.
 */
const SHAPES: Record<string, (data: unknown) => string[]> = {
  MESSAGE_RECEIVED: (d) => listOf(d, 'Message'),
  MESSAGE_MODIFIED: (d) => listOf(d, 'Message'),
  MESSAGE_REVOKED: (d) => listOf(d, 'Message'),
  MESSAGE_READ_BY_PEER: (d) => listOf(d, 'Message'),
  CONVERSATION_LIST_UPDATED: (d) => listOf(d, 'Conversation'),
  GROUP_LIST_UPDATED: (d) => listOf(d, 'Group'),
  PROFILE_UPDATED: (d) => listOf(d, 'Profile'),
  FRIEND_LIST_UPDATED: (d) => [
    ...listOf(d, 'Friend'),
    ...(d as Array<{ profile: unknown }>).flatMap((f) => missingFields(f.profile, 'Profile')),
  ],
  FRIEND_GROUP_LIST_UPDATED: (d) => listOf(d, 'FriendGroup'),
  FRIEND_APPLICATION_LIST_UPDATED: (d) => [
    ...keys(d, ['friendApplicationList', 'unreadCount']),
    ...listOf((d as { friendApplicationList: unknown }).friendApplicationList, 'FriendApplication'),
  ],
  TOPIC_UPDATED: (d) => [...keys(d, ['groupID', 'topic']), ...missingFields((d as { topic: unknown }).topic, 'Topic')],
  PINNED_GROUP_MESSAGE_UPDATED: (d) => [
    ...keys(d, ['groupID', 'message', 'isPinned', 'operatorInfo']),
    ...missingFields((d as { message: unknown }).message, 'Message'),
  ],
  CONVERSATION_IN_GROUP_UPDATED: (d) => [
    ...keys(d, ['groupName', 'conversationList']),
    ...listOf((d as { conversationList: unknown }).conversationList, 'Conversation'),
  ],
  CONVERSATION_GROUP_LIST_UPDATED: (d) => (Array.isArray(d) && d.every((n) => typeof n === 'string') ? [] : ['folder names']),
  MESSAGE_READ_RECEIPT_RECEIVED: (d) =>
    Array.isArray(d)
      ? d.flatMap((r) =>
          keys(
            r,
            'groupID' in r ? ['groupID', 'messageID', 'readCount', 'unreadCount'] : ['userID', 'messageID', 'isPeerRead', 'timestamp'],
          ),
        )
      : ['a list'],
  MESSAGE_REACTIONS_UPDATED: (d) => [
    ...keys(d, ['messageID', 'reactionList']),
    ...(d as { reactionList: unknown[] }).reactionList.flatMap((r) =>
      keys(r, ['reactionID', 'totalUserCount', 'partialUserList', 'reactedByMyself']),
    ),
  ],
  MESSAGE_EXTENSIONS_UPDATED: (d) => keys(d, ['messageID', 'extensions']),
  MESSAGE_EXTENSIONS_DELETED: (d) => keys(d, ['messageID', 'keyList']),
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: (d) => (typeof d === 'number' ? [] : ['a number']),
  GROUP_ATTRIBUTES_UPDATED: (d) => keys(d, ['groupID', 'groupAttributes', 'updatedKeyList', 'deletedKeyList']),
  GROUP_COUNTER_UPDATED: (d) => keys(d, ['groupID', 'key', 'value']),
  TOPIC_CREATED: (d) => keys(d, ['groupID', 'topicID']),
  TOPIC_DELETED: (d) => keys(d, ['groupID', 'topicIDList']),
  USER_STATUS_UPDATED: (d) => (Array.isArray(d) ? d.flatMap((s) => keys(s, ['userID', 'statusType', 'customStatus'])) : ['a list']),
  BLACKLIST_UPDATED: (d) => (Array.isArray(d) && d.every((id) => typeof id === 'string') ? [] : ['user IDs']),
  MY_FOLLOWERS_LIST_UPDATED: (d) => keys(d, ['userInfoList', 'isAdd']),
  MY_FOLLOWING_LIST_UPDATED: (d) => keys(d, ['userInfoList', 'isAdd']),
  MUTUAL_FOLLOWERS_LIST_UPDATED: (d) => keys(d, ['userInfoList', 'isAdd']),
  KICKED_OUT: (d) => keys(d, ['type']),
  ERROR: (d) => keys(d, ['code', 'message']),
  NET_STATE_CHANGE: (d) => keys(d, ['state']),
  ALL_RECEIVE_MESSAGE_OPT_UPDATED: (d) => keys(d, ['messageRemindType', 'startTime', 'endTime', 'isRepeated']),
  SERVER_CONFIG_UPDATED: (d) => keys(d, ['config']),
  SDK_DESTROY: (d) => keys(d, ['SDKAppID']),
};

function keys(value: unknown, names: readonly string[]): string[] {
  if (typeof value !== 'object' || value === null) return [...names];
  return names.filter((name) => !(name in value));
}

function listOf(value: unknown, interfaceName: string): string[] {
  if (!Array.isArray(value) || value.length === 0) return [`a non-empty list of ${interfaceName}`];
  return value.flatMap((item) => missingFields(item, interfaceName).map((field) => `${interfaceName}.${field}`));
}

test('the fake can emit every event of the installed SDK (declared and run-time only), and only those', () => {
  assert.deepEqual(Object.keys(FAKE_EVENT_TRIGGERS).sort(), Object.keys(runtimeEvents).sort());
});

for (const [key, trigger] of Object.entries(FAKE_EVENT_TRIGGERS)) {
  test(`fake emits ${key} (${runtimeEvents[key]}) the way the SDK does`, async () => {
    const world = await fakeWorld();
    const heard: unknown[] = [];
    const instance = trigger.on(world);
    instance.on(runtimeEvents[key]!, (event: { name: string; data: unknown }) => {
      assert.equal(event.name, runtimeEvents[key], 'handlers get {name, data}');
      heard.push(event.data);
    });
    await trigger.run(world);
    await settle();
    assert.ok(heard.length > 0, `${key} was emitted`);
    const shape = SHAPES[key];
    if (shape) assert.deepEqual(shape(heard[heard.length - 1]), [], `${key} carries what the SDK's declarations and source say`);
  });
}

test("the fake's messages, conversations (and their last-message summary), groups and profiles have the fields of the real SDK's objects", async () => {
  const sdk = await realSdk('alice');
  try {
    const world = await fakeWorld();
    const realMessage = sdk.received(fromBob(), ELEMENTS.text);
    const fakeMessage = world.alice.findMessage(world.c2cMessage.ID)!;
    const publicKeys = (o: object) => Object.keys(o).filter((k) => !k.startsWith('_'));
    assert.deepEqual(
      publicKeys(realMessage).filter((k) => !(k in fakeMessage)),
      [],
      'message fields',
    );
    const realConversation = sdk.conversation({ conversationID: 'C2Cbob', type: 'C2C', unreadCount: 1, lastMessage: realMessage });
    const { data } = (await world.alice.getConversationList()) as { data: { conversationList: Array<Record<string, unknown>> } };
    const fakeConversation = data.conversationList.find((c) => c.conversationID === 'C2Cbob')!;
    assert.deepEqual(
      publicKeys(realConversation).filter((k) => !(k in fakeConversation)),
      [],
      'conversation fields',
    );
    assert.deepEqual(
      Object.keys(realConversation.lastMessage as object).sort(),
      Object.keys(fakeConversation.lastMessage as object).sort(),
      "the last-message summary has exactly the real one's fields",
    );
    const realGroup = sdk.group({ groupID: 'team', name: 'Team', memberNum: 3 });
    const { data: groupData } = (await world.alice.getGroupProfile({ groupID: 'team' })) as { data: { group: Record<string, unknown> } };
    assert.deepEqual(
      publicKeys(realGroup).filter((k) => !(k in groupData.group)),
      [],
      'group fields',
    );
    const realProfile = sdk.profile({ userID: 'bob', nick: 'Bob' });
    const { data: profiles } = (await world.alice.getUserProfile({ userIDList: ['bob'] })) as { data: Array<Record<string, unknown>> };
    assert.deepEqual(
      publicKeys(realProfile).filter((k) => !(k in profiles[0]!)),
      [],
      'profile fields',
    );
  } finally {
    sdk.dispose();
  }
});
