import { afterEach, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { c2cConversationID } from '../../src/core/model/ids.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { TencentChatService } from '../../src/core/service/tencent/tencent-chat-service.js';
import { eventually, textMessage } from '../contract/contract-helpers.js';
import { twoUserServer, type FakeTencentServer } from '../fakes/fake-tencent-chat.js';

/** The kit end to end on the Tencent adapter: ChatStore over TencentChatService over the fake SDK. */
let server: FakeTencentServer;
const stores: ChatStore[] = [];

async function storeFor(userID: string): Promise<ChatStore> {
  const service = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}`, fetch: server.fetch });
  const store = new ChatStore({ service });
  stores.push(store);
  await store.start(userID);
  return store;
}

beforeEach(() => {
  server = twoUserServer();
});

afterEach(async () => {
  for (const store of stores.splice(0)) await store.stop();
});

// The SDK names sent messages itself, so the stored message comes back under a new ID
// (ChatService.sendMessage allows that): the store must replace its optimistic copy.
test('messages sent and received through the store show once each, on both sides', async () => {
  const alice = await storeFor('alice');
  const bob = await storeFor('bob');
  const sent = await alice.sendText(c2cConversationID('bob'), 'hello through the store');
  assert.equal(sent.status, 'success');
  const aliceList = alice.messageList(c2cConversationID('bob'));
  await eventually(() => aliceList.get().messages.every((m) => m.status === 'success'), 3000, 'delivered');
  assert.deepEqual(
    aliceList.get().messages.map((m) => m.ID),
    [sent.ID],
    'one copy, under the ID the server gave it',
  );
  const bobList = bob.messageList(c2cConversationID('alice'));
  await bob.openConversation(c2cConversationID('alice'));
  await eventually(() => bobList.get().messages.length === 1, 3000, 'bob sees it');
  assert.equal(bobList.get().messages[0]!.ID, sent.ID);
  await eventually(() => bob.state.get().conversations.some((c) => c.conversationID === c2cConversationID('alice')), 3000, 'conversation');
});

test('the receiving store: the conversation with its unread count and the message, once', async () => {
  const bob = await storeFor('bob');
  const aliceService = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}` });
  await aliceService.login({ userID: 'alice' });
  const sent = await aliceService.sendMessage(textMessage('alice', c2cConversationID('bob'), 'hi bob'));
  const conversationID = c2cConversationID('alice');
  await eventually(
    () => bob.state.get().conversations.some((c) => c.conversationID === conversationID && c.unreadCount === 1),
    3000,
    'unread',
  );
  const conversation = bob.state.get().conversations.find((c) => c.conversationID === conversationID)!;
  assert.equal(conversation.lastMessage?.ID, sent.ID);
  assert.equal(conversation.userProfile?.nick, 'Alice');
  const list = bob.messageList(conversationID);
  await bob.openConversation(conversationID);
  await eventually(() => list.get().messages.length === 1, 3000, 'history');
  assert.equal(list.get().messages[0]!.ID, sent.ID);
  await aliceService.logout();
});

test('an edit made elsewhere replaces the text in the open list, the conversation and the cache', async () => {
  const bob = await storeFor('bob');
  const aliceService = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}` });
  await aliceService.login({ userID: 'alice' });
  const sent = await aliceService.sendMessage(textMessage('alice', c2cConversationID('bob'), 'see you at 5'));
  const conversationID = c2cConversationID('alice');
  const list = bob.messageList(conversationID);
  await bob.openConversation(conversationID);
  await eventually(() => list.get().messages.length === 1, 3000, 'history');
  server.modifyMessage(sent.ID, { payload: { text: 'see you at 6' } });
  await eventually(
    () =>
      list.get().messages[0]?.elements[0]?.type === 'TIMTextElem' &&
      (list.get().messages[0]!.elements[0] as { text: string }).text === 'see you at 6',
    3000,
    'edited in the list',
  );
  const conversation = bob.state.get().conversations.find((c) => c.conversationID === conversationID)!;
  assert.equal((conversation.lastMessage?.elements[0] as { text: string }).text, 'see you at 6', 'and as the last message');
  assert.equal(list.get().messages.length, 1, 'still one message');
  await aliceService.logout();
});

test('a new nick, avatar and friend remark show wherever the person does', async () => {
  server.addFriend('bob', 'alice');
  const bob = await storeFor('bob');
  const aliceService = new TencentChatService(server.createInstance(), { userSig: (id) => `sig-${id}` });
  await aliceService.login({ userID: 'alice' });
  await aliceService.sendMessage(textMessage('alice', c2cConversationID('bob'), 'hi'));
  const conversationID = c2cConversationID('alice');
  await eventually(() => bob.state.get().conversations.some((c) => c.conversationID === conversationID), 3000, 'conversation');
  await bob.loadGroupMembers('team');
  server.updateProfile('alice', { nick: 'Alice Chen', avatar: 'https://avatars.fake-tencent.invalid/alice-2.png' });
  await eventually(() => bob.state.get().users.alice?.nick === 'Alice Chen', 3000, 'the user table');
  const state = bob.state.get();
  assert.equal(state.users.alice!.avatar, 'https://avatars.fake-tencent.invalid/alice-2.png');
  const conversation = state.conversations.find((c) => c.conversationID === conversationID)!;
  assert.equal(conversation.userProfile?.nick, 'Alice Chen', 'the conversation');
  assert.equal(state.groupMembers.team?.find((m) => m.userID === 'alice')?.nick, 'Alice Chen', 'the group member list');
  server.setFriendRemark('bob', 'alice', 'Ali');
  await eventually(() => bob.state.get().users.alice?.remark === 'Ali', 3000, 'the remark');
  assert.equal(bob.state.get().users.alice!.nick, 'Alice Chen', 'the nick stays under the remark');
  await aliceService.logout();
});

test('my own new nick shows as "me"', async () => {
  const alice = await storeFor('alice');
  server.updateProfile('alice', { nick: 'A. Chen' });
  await eventually(() => alice.state.get().me?.nick === 'A. Chen', 3000, 'me');
});
