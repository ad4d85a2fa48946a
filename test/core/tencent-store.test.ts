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
  assert.deepEqual(aliceList.get().messages.map((m) => m.ID), [sent.ID], 'one copy, under the ID the server gave it');
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
  await eventually(() => bob.state.get().conversations.some((c) => c.conversationID === conversationID && c.unreadCount === 1), 3000, 'unread');
  const conversation = bob.state.get().conversations.find((c) => c.conversationID === conversationID)!;
  assert.equal(conversation.lastMessage?.ID, sent.ID);
  assert.equal(conversation.userProfile?.nick, 'Alice');
  const list = bob.messageList(conversationID);
  await bob.openConversation(conversationID);
  await eventually(() => list.get().messages.length === 1, 3000, 'history');
  assert.equal(list.get().messages[0]!.ID, sent.ID);
  await aliceService.logout();
});
