/**
 * How to make the fake SDK emit each event of the real one, keyed by the SDK's own `EVENT` keys:
 * the `satisfies` below makes a new declared event a type error here until the fake can emit
 * it, and `test/core/tencent-fake-events.test.ts` runs every row against the installed SDK's
 * run-time `EVENT` table (which adds the events the SDK emits without declaring them).
 */
import type { SdkMessage } from '../../src/core/service/tencent/sdk-types.js';
import { FakeTencentChat, FakeTencentServer, type FakeEventKey } from './fake-tencent-chat.js';

/** Two users signed in, a third instance not yet, a group of all three and a message each way. */
export interface FakeWorld {
  readonly server: FakeTencentServer;
  readonly alice: FakeTencentChat;
  readonly bob: FakeTencentChat;
  /** Not signed in yet. */
  readonly carol: FakeTencentChat;
  readonly groupID: string;
  /** bob → alice, C2C. */
  readonly c2cMessage: SdkMessage;
  /** bob → the group. */
  readonly groupMessage: SdkMessage;
}

/** Lets every push the fake has scheduled arrive (it delivers each a macrotask later). */
export async function settle(rounds = 8): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export async function fakeWorld(): Promise<FakeWorld> {
  const server = new FakeTencentServer()
    .addUser({ userID: 'alice', nick: 'Alice', avatar: 'https://avatars.fake-tencent.invalid/alice.png' })
    .addUser({ userID: 'bob', nick: 'Bob', avatar: 'https://avatars.fake-tencent.invalid/bob.png' })
    .addUser({ userID: 'carol', nick: 'Carol' })
    .addGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', members: ['bob', 'carol'] });
  const alice = server.createInstance();
  const bob = server.createInstance();
  const carol = server.createInstance();
  await alice.login({ userID: 'alice', userSig: 'sig' });
  await bob.login({ userID: 'bob', userSig: 'sig' });
  const c2c = bob.createTextMessage({ to: 'alice', conversationType: 'C2C' as never, payload: { text: 'hi alice' } });
  const c2cMessage = (await bob.sendMessage(c2c)) as { data: { message: SdkMessage } };
  const group = bob.createTextMessage({ to: 'team', conversationType: 'GROUP' as never, payload: { text: 'hi team' } });
  const groupMessage = (await bob.sendMessage(group)) as { data: { message: SdkMessage } };
  await settle();
  return { server, alice, bob, carol, groupID: 'team', c2cMessage: c2cMessage.data.message, groupMessage: groupMessage.data.message };
}

export interface FakeEventTrigger {
  /** Which instance hears it. */
  readonly on: (w: FakeWorld) => FakeTencentChat;
  /** What happens (another client, the REST API, the console…). */
  readonly run: (w: FakeWorld) => unknown;
}

type Who = 'alice' | 'bob' | 'carol';
const heardBy = (who: Who) => (w: FakeWorld) => w[who];

export const FAKE_EVENT_TRIGGERS = {
  SDK_READY: { on: heardBy('carol'), run: (w) => w.carol.login({ userID: 'carol', userSig: 'sig' }) },
  SDK_NOT_READY: { on: heardBy('alice'), run: (w) => w.alice.logout() },
  SDK_DESTROY: { on: heardBy('alice'), run: (w) => w.alice.destroy() },
  MESSAGE_RECEIVED: {
    on: heardBy('alice'),
    run: (w) => w.bob.sendMessage(w.bob.createTextMessage({ to: 'alice', conversationType: 'C2C' as never, payload: { text: 'again' } })),
  },
  ROOM_CUSTOM_DATA_RECEIVED: { on: heardBy('bob'), run: (w) => w.server.sendRoomCustomData(w.groupID, { seat: 1 }) },
  MESSAGE_MODIFIED: {
    on: heardBy('alice'),
    run: (w) => w.server.modifyMessage(w.c2cMessage.ID, { payload: { text: 'hi alice (edited)' } }),
  },
  MESSAGE_REVOKED: { on: heardBy('alice'), run: (w) => w.bob.revokeMessage(w.c2cMessage) },
  MESSAGE_READ_BY_PEER: { on: heardBy('bob'), run: (w) => w.alice.setMessageRead({ conversationID: 'C2Cbob' }) },
  MESSAGE_READ_RECEIPT_RECEIVED: { on: heardBy('bob'), run: (w) => w.server.sendReadReceipt('alice', w.groupMessage.ID) },
  MESSAGE_EXTENSIONS_UPDATED: {
    on: heardBy('alice'),
    run: (w) => w.server.setMessageExtensions(w.c2cMessage.ID, [{ key: 'k', value: 'v' }]),
  },
  MESSAGE_EXTENSIONS_DELETED: { on: heardBy('alice'), run: (w) => w.server.setMessageExtensions(w.c2cMessage.ID, [], ['k']) },
  MESSAGE_REACTIONS_UPDATED: { on: heardBy('bob'), run: (w) => w.server.react('alice', w.c2cMessage.ID, 'emoji_like') },
  CONVERSATION_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.alice.pinConversation({ conversationID: 'C2Cbob', isPinned: true }) },
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: {
    on: heardBy('alice'),
    run: (w) =>
      w.bob.sendMessage(w.bob.createTextMessage({ to: 'alice', conversationType: 'C2C' as never, payload: { text: 'one more' } })),
  },
  CONVERSATION_GROUP_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.setConversationGroup('alice', 'Work', ['C2Cbob']) },
  CONVERSATION_IN_GROUP_UPDATED: { on: heardBy('alice'), run: (w) => w.server.setConversationGroup('alice', 'Work', ['C2Cbob']) },
  GROUP_LIST_UPDATED: { on: heardBy('bob'), run: (w) => w.server.updateGroupProfile(w.groupID, 'alice', { name: 'Team 2' }) },
  GROUP_ATTRIBUTES_UPDATED: { on: heardBy('bob'), run: (w) => w.server.setGroupAttributes(w.groupID, { seat1: 'alice' }) },
  GROUP_COUNTER_UPDATED: { on: heardBy('bob'), run: (w) => w.server.setGroupCounter(w.groupID, 'likes', 3) },
  TOPIC_CREATED: { on: heardBy('bob'), run: (w) => w.server.topicEvent(w.groupID, 'topic-1', 'created') },
  TOPIC_DELETED: { on: heardBy('bob'), run: (w) => w.server.topicEvent(w.groupID, 'topic-1', 'deleted') },
  TOPIC_UPDATED: { on: heardBy('bob'), run: (w) => w.server.topicEvent(w.groupID, 'topic-1', 'updated') },
  PROFILE_UPDATED: { on: heardBy('alice'), run: (w) => w.server.updateProfile('alice', { nick: 'Alice C.' }) },
  USER_STATUS_UPDATED: {
    on: heardBy('alice'),
    run: (w) => {
      w.server.addFriend('alice', 'bob');
      w.server.setUserStatus('bob', 1, 'busy');
    },
  },
  BLACKLIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.block('alice', 'carol') },
  FRIEND_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.addFriend('alice', 'bob', 'Bobby') },
  FRIEND_GROUP_LIST_UPDATED: {
    on: heardBy('alice'),
    run: (w) => {
      w.server.addFriend('alice', 'bob');
      w.server.setFriendGroup('alice', 'Colleagues', ['bob']);
    },
  },
  FRIEND_APPLICATION_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.requestFriend('bob', 'alice', 'hello') },
  MY_FOLLOWERS_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.follow('bob', 'alice') },
  MY_FOLLOWING_LIST_UPDATED: { on: heardBy('alice'), run: (w) => w.server.follow('alice', 'bob') },
  MUTUAL_FOLLOWERS_LIST_UPDATED: {
    on: heardBy('alice'),
    run: (w) => {
      w.server.follow('alice', 'bob');
      w.server.follow('bob', 'alice');
    },
  },
  KICKED_OUT: { on: heardBy('alice'), run: (w) => w.server.kick('alice', 'multipleDevice') },
  ERROR: { on: heardBy('alice'), run: (w) => w.server.reportError('alice', { code: 2800, message: 'network error' }) },
  NET_STATE_CHANGE: { on: heardBy('alice'), run: (w) => w.server.setNetState('alice', 'connecting') },
  ALL_RECEIVE_MESSAGE_OPT_UPDATED: {
    on: heardBy('alice'),
    run: (w) => w.server.setAllReceiveMessageOpt('alice', 'AcceptNotNotify', 0, 3600, true),
  },
  SERVER_CONFIG_UPDATED: { on: heardBy('alice'), run: (w) => w.server.pushServerConfig({ msg_ext: 1 }) },
  PINNED_GROUP_MESSAGE_UPDATED: { on: heardBy('alice'), run: (w) => w.server.pinGroupMessage(w.groupID, 'bob', w.groupMessage.ID, true) },
} as const satisfies { readonly [K in FakeEventKey]: FakeEventTrigger };
