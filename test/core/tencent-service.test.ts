import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import TencentCloudChat from '@tencentcloud/chat';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import {
  AT_ALL,
  buildMessageReply,
  isTypingMessage,
  parseMessageReply,
  typingCustomElem,
  typingStatusOf,
  withMessageReply,
} from '../../src/core/model/tuikit-wire.js';
import type { ChatServiceEvents } from '../../src/core/service/chat-service.js';
import { TencentChatService, type TencentChatServiceOptions } from '../../src/core/service/tencent/tencent-chat-service.js';
import { eventually, nextEvent, outgoingMessage, recordEvents, textMessage, textOf } from '../contract/contract-helpers.js';
import { EVENT, FakeTencentChat, FakeTencentServer, twoUserServer } from '../fakes/fake-tencent-chat.js';

const C2C_BOB = c2cConversationID('bob');
const C2C_ALICE = c2cConversationID('alice');

let server: FakeTencentServer;
const open: TencentChatService[] = [];

function client(options: TencentChatServiceOptions = {}): { service: TencentChatService; sdk: FakeTencentChat } {
  const sdk = server.createInstance();
  const service = new TencentChatService(sdk, { userSig: (id) => `sig-${id}`, fetch: server.fetch, readyTimeoutMs: 1000, ...options });
  open.push(service);
  return { service, sdk };
}

async function signedIn(userID: string, options: TencentChatServiceOptions = {}) {
  const c = client(options);
  await c.service.login({ userID });
  return c;
}

const callsOf = (sdk: FakeTencentChat, method: string) => sdk.calls.filter((c) => c.method === method);

async function rejectsWith(promise: Promise<unknown>, code: number): Promise<ChatError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ChatError, `a ChatError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    assert.ok(error.message.length > 0);
    return error;
  }
  assert.fail(`expected a rejection with ${code}`);
}

beforeEach(() => {
  server = twoUserServer().addUser({ userID: 'carol', nick: 'Carol' });
});

afterEach(async () => {
  for (const service of open.splice(0)) if (service.userID) await service.logout().catch(() => {});
});

describe('session', () => {
  test('login waits for sdkStateReady, then reports connected and the profile', async () => {
    const { service, sdk } = client();
    const states = recordEvents(service, 'connectionStateChanged');
    const profile = await service.login({ userID: 'alice' });
    assert.equal(sdk.isReady(), true, 'the SDK was ready before login resolved');
    assert.deepEqual(profile, { userID: 'alice', nick: 'Alice', avatar: 'https://avatars.fake-tencent.invalid/alice.png' });
    assert.equal(service.userID, 'alice');
    assert.deepEqual(
      states.payloads.map((p) => p.state),
      ['connecting', 'connected'],
    );
    assert.deepEqual(callsOf(sdk, 'login')[0]!.args[0], { userID: 'alice', userSig: 'sig-alice' }, 'the userSig came from the provider');
  });

  test('a userSig passed to login wins over the provider; without either login is refused before the SDK is called', async () => {
    const { service, sdk } = client();
    await service.login({ userID: 'alice', userSig: 'from-the-app' });
    assert.equal((callsOf(sdk, 'login')[0]!.args[0] as { userSig: string }).userSig, 'from-the-app');
    const bare = new TencentChatService(server.createInstance());
    await rejectsWith(bare.login({ userID: 'bob' }), CHAT_ERROR.invalidArgument);
    await rejectsWith(bare.login({ userID: '  ' }), CHAT_ERROR.invalidArgument);
  });

  test('a refused login leaves the adapter signed out with no SDK listeners', async () => {
    const { service, sdk } = client({ userSig: () => 'expired' });
    const error = await rejectsWith(service.login({ userID: 'alice' }), CHAT_ERROR.kickedOut);
    assert.equal((error.data as { sdkCode: number }).sdkCode, 70001);
    assert.equal(service.userID, '');
    assert.equal(service.getConnectionState(), 'disconnected');
    assert.equal(sdk.listenerCount(), 0);
    await rejectsWith(service.getConversationList(), CHAT_ERROR.notLoggedIn);
  });

  test('login gives up with timeout when the SDK never becomes ready', async () => {
    class NeverReady extends FakeTencentChat {
      override emit(name: string, data: unknown): void {
        if (name !== EVENT.SDK_READY) super.emit(name, data);
      }
      override isReady(): boolean {
        return false;
      }
    }
    const service = new TencentChatService(new NeverReady(server), { userSig: () => 'sig', readyTimeoutMs: 60 });
    await rejectsWith(service.login({ userID: 'alice' }), CHAT_ERROR.timeout);
    assert.equal(service.userID, '');
  });

  test('the app may pass TencentCloudChat.EVENT from its SDK', async () => {
    const { service } = await signedIn('alice', { events: TencentCloudChat.EVENT });
    const bob = await signedIn('bob');
    const got = nextEvent(service, 'messageReceived');
    await bob.service.sendMessage(textMessage('bob', C2C_ALICE, 'events by enum'));
    assert.equal(textOf((await got).messages[0]!), 'events by enum');
  });

  test('logout signs out and removes every SDK listener', async () => {
    const { service, sdk } = await signedIn('alice');
    assert.ok(sdk.listenerCount() >= 8);
    await service.logout();
    assert.equal(sdk.listenerCount(), 0);
    assert.equal(service.userID, '');
    assert.equal(sdk.isReady(), false);
    await rejectsWith(service.getConversationList(), CHAT_ERROR.notLoggedIn);
  });

  test('kicked out: the reason, disconnected, and every call refused with notLoggedIn', async () => {
    const { service } = await signedIn('alice');
    const kicked = nextEvent(service, 'kickedOut');
    server.kick('alice', 'userSigExpired');
    assert.deepEqual(await kicked, { reason: 'userSigExpired' });
    assert.equal(service.getConnectionState(), 'disconnected');
    assert.equal(service.userID, '');
    await rejectsWith(service.sendMessage(textMessage('alice', C2C_BOB, 'x')), CHAT_ERROR.notLoggedIn);
    const again = await signedIn('bob');
    const rest = nextEvent(again.service, 'kickedOut');
    server.kick('bob', 'REST_API_Kick');
    assert.deepEqual(await rest, { reason: 'REST' });
  });

  test('a second web instance of the same user kicks the first (the console default of one)', async () => {
    const first = await signedIn('alice');
    const kicked = nextEvent(first.service, 'kickedOut');
    await signedIn('alice');
    assert.deepEqual(await kicked, { reason: 'multipleAccount' });
  });

  test('network state changes reach the app; calls wait for nothing while offline', async () => {
    const { service, sdk } = await signedIn('alice');
    const connecting = nextEvent(service, 'connectionStateChanged', (p) => p.state === 'connecting');
    sdk.emit(EVENT.NET_STATE_CHANGE, { state: 'connecting' });
    await connecting;
    server.setOffline(sdk, true);
    await eventually(() => service.getConnectionState() === 'disconnected');
    const before = sdk.calls.length;
    await rejectsWith(service.getMessageList({ conversationID: C2C_BOB, count: 5 }), CHAT_ERROR.offline);
    assert.equal(sdk.calls.length, before, 'refused without asking the SDK');
    server.setOffline(sdk, false);
    await eventually(() => service.getConnectionState() === 'connected');
  });

  test('SDK error events and a throwing subscriber do not stop delivery', async () => {
    const { service, sdk } = await signedIn('alice');
    const errors = recordEvents(service, 'error');
    service.on('messageReceived', () => {
      throw new Error('a broken subscriber');
    });
    const received = nextEvent(service, 'messageReceived');
    const originalError = console.error;
    console.error = () => {};
    try {
      sdk.emit(EVENT.ERROR, { code: 2800, message: 'socket closed' });
      const bob = await signedIn('bob');
      await bob.service.sendMessage(textMessage('bob', C2C_ALICE, 'still delivered'));
      assert.equal(textOf((await received).messages[0]!), 'still delivered');
    } finally {
      console.error = originalError;
    }
    assert.equal(errors.payloads[0]?.error.code, CHAT_ERROR.network);
  });
});

describe('sending', () => {
  test("the stored message carries the SDK's ID; the client ID still finds it", async () => {
    const alice = await signedIn('alice');
    const outgoing = textMessage('alice', C2C_BOB, 'hello', { customInt: 7, customStr: 'local' });
    const sent = await alice.service.sendMessage(outgoing);
    assert.notEqual(sent.ID, outgoing.ID, 'the SDK makes the ID other clients see');
    assert.match(sent.ID, /^\d+-\d+-\d+$/);
    assert.equal(sent.status, 'success');
    assert.equal(sent.customInt, 7, 'local-only fields are kept');
    assert.equal(sent.customStr, 'local');
    assert.deepEqual(
      (await alice.service.findMessages([outgoing.ID])).map((m) => m.ID),
      [sent.ID],
    );
  });

  test('a failed send rejects with the mapped code; the retry resends the same SDK message; a third call sends nothing', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const message = textMessage('alice', C2C_BOB, 'flaky');
    server.failNext('sendMessage', { code: 2800, message: 'network broken' });
    const error = await rejectsWith(alice.service.sendMessage(message), CHAT_ERROR.network);
    assert.equal((error.data as { sdkCode: number }).sdkCode, 2800);
    const received = recordEvents(bob.service, 'messageReceived');
    const sent = await alice.service.sendMessage(message);
    assert.equal(sent.status, 'success');
    assert.equal(callsOf(alice.sdk, 'resendMessage').length, 1, 'resendMessage for the failed one');
    assert.equal(callsOf(alice.sdk, 'resendMessage')[0]!.args[0], callsOf(alice.sdk, 'sendMessage')[0]!.args[0], 'the same SDK message');
    const third = await alice.service.sendMessage(message);
    assert.equal(third, sent);
    assert.equal(callsOf(alice.sdk, 'sendMessage').length + callsOf(alice.sdk, 'resendMessage').length, 2);
    await eventually(() => received.payloads.length > 0);
    assert.equal(received.payloads.flatMap((p) => p.messages).length, 1, 'bob got it once');
  });

  test('two calls for the same message at once share one send', async () => {
    const alice = await signedIn('alice');
    const message = textMessage('alice', C2C_BOB, 'once');
    const [a, b] = await Promise.all([alice.service.sendMessage(message), alice.service.sendMessage(message)]);
    assert.equal(a.ID, b.ID);
    assert.equal(callsOf(alice.sdk, 'sendMessage').length, 1);
  });

  test('send options reach the SDK: priority, online-only, offline push info', async () => {
    const alice = await signedIn('alice');
    // Every field the SDK declares (OFFLINE_PUSH_INFO_PARAMS) and the send options document adds.
    const push = {
      title: 'New message',
      description: 'Alice wrote',
      extension: '{"route":"chat"}',
      disablePush: false,
      disableVoipPush: true,
      ignoreIOSBadge: true,
      androidOPPOChannelID: 'oppo-chat',
      androidInfo: {
        sound: 'ding.mp3',
        XiaoMiChannelID: 'mi',
        OPPOChannelID: 'oppo',
        FCMChannelID: 'fcm',
        VIVOClassification: '1',
        VIVOCategory: 'IM',
        HuaWeiCategory: 'IM',
        OPPOCategory: 'IM',
      },
      apnsInfo: { sound: 'ding.caf', ignoreIOSBadge: true, disableVoipPush: true },
    };
    await alice.service.sendMessage(textMessage('alice', C2C_BOB, 'a'), { priority: 'Low', offlinePushInfo: push });
    assert.equal((callsOf(alice.sdk, 'createTextMessage')[0]!.args[0] as { priority: string }).priority, 'Low');
    const sent = callsOf(alice.sdk, 'sendMessage')[0]!.args[1] as { offlinePushInfo: typeof push };
    assert.deepEqual(sent, { offlinePushInfo: push });
    assert.notEqual(sent.offlinePushInfo.androidInfo, push.androidInfo, 'the SDK gets copies, not the app’s objects');
    const live = await alice.service.sendMessage(textMessage('alice', C2C_BOB, 'b'), { onlineOnly: true });
    assert.deepEqual(callsOf(alice.sdk, 'sendMessage')[1]!.args[1], { onlineUserOnly: true });
    assert.equal(live.onlineOnly, true);
  });

  test('upload progress is reported in bytes; an abort before the send starts sends nothing', async () => {
    const alice = await signedIn('alice');
    const file = new Blob([new Uint8Array(5000)], { type: 'application/pdf' });
    const seen: Array<[number, number]> = [];
    const message = outgoingMessage('alice', C2C_BOB, [{ type: 'TIMFileElem', uuid: '', fileName: 'plan.pdf', fileSize: 0, fileUrl: '' }]);
    const sent = await alice.service.sendMessage(message, { file, onProgress: (loaded, total) => seen.push([loaded, total]) });
    assert.deepEqual(seen, [
      [2500, 5000],
      [5000, 5000],
    ]);
    const element = sent.elements[0]!;
    assert.ok(element.type === 'TIMFileElem' && element.fileUrl.startsWith('https://cos.fake-tencent.invalid/'));
    const aborted = new AbortController();
    aborted.abort();
    const other = outgoingMessage('alice', C2C_BOB, [{ type: 'TIMFileElem', uuid: '', fileName: 'b.pdf', fileSize: 0, fileUrl: '' }]);
    await rejectsWith(alice.service.sendMessage(other, { file, signal: aborted.signal }), CHAT_ERROR.uploadCancelled);
    assert.equal(callsOf(alice.sdk, 'createFileMessage').length, 1, 'no SDK message made for the aborted one');
  });

  test('an abort during the upload cannot stop SDK 3 (it has no cancel call): the send completes and says so', async () => {
    const alice = await signedIn('alice');
    const controller = new AbortController();
    const message = outgoingMessage('alice', C2C_BOB, [{ type: 'TIMFileElem', uuid: '', fileName: 'big.bin', fileSize: 0, fileUrl: '' }]);
    const sent = await alice.service.sendMessage(message, {
      file: new Blob([new Uint8Array(100)]),
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    assert.equal(sent.status, 'success', 'reported as sent, because it was');
  });

  test("the SDK's own upload limits come back as fileTooLarge", async () => {
    const alice = await signedIn('alice');
    const message = outgoingMessage('alice', C2C_BOB, [{ type: 'TIMSoundElem', uuid: '', url: '', second: 3, size: 0 }]);
    // Audio may be 20 MB at most.
    const tooBig = new Blob([new Uint8Array(20 * 1024 * 1024 + 1)], { type: 'audio/mp4' });
    await rejectsWith(alice.service.sendMessage(message, { file: tooBig }), CHAT_ERROR.fileTooLarge);
  });

  test('batch send: one send per user, a result per user, failures included', async () => {
    const alice = await signedIn('alice');
    server.failNext('sendMessage', { code: 2800, message: 'lost' });
    const results = await alice.service.sendToUsers(textMessage('alice', C2C_BOB, 'notice'), ['bob', 'carol', 'bob']);
    assert.deepEqual(
      results.map((r) => r.userID),
      ['bob', 'carol'],
      'each user once',
    );
    assert.equal(results[0]!.error?.code, CHAT_ERROR.network);
    assert.equal(results[1]!.message?.conversationID, c2cConversationID('carol'));
    const retry = await alice.service.sendToUsers(textMessage('alice', C2C_BOB, 'notice'), ['bob']);
    assert.equal(retry[0]!.message?.status, 'success');
  });

  test('mentions: a group text with atUserList goes out as an @ message and marks the conversation for the mentioned', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const conversationID = groupConversationID('team');
    const received = nextEvent(bob.service, 'messageReceived');
    const marked = nextEvent(bob.service, 'conversationUpdated', (p) =>
      p.conversations.some((c) => c.conversationID === conversationID && c.atMe),
    );
    await alice.service.sendMessage(textMessage('alice', conversationID, '@Bob look', { atUserList: ['bob'] }));
    assert.equal(callsOf(alice.sdk, 'createTextAtMessage').length, 1);
    assert.deepEqual((await received).messages[0]!.atUserList, ['bob']);
    await marked;
    const everyone = nextEvent(bob.service, 'messageReceived');
    await alice.service.sendMessage(textMessage('alice', conversationID, '@all hi', { atUserList: [AT_ALL] }));
    assert.deepEqual((await everyone).messages[0]!.atUserList, [AT_ALL]);
  });

  test("typing status: TUIKit's online-only custom message, delivered live and never stored", async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const received = nextEvent(bob.service, 'messageReceived');
    await alice.service.sendMessage(outgoingMessage('alice', C2C_BOB, [typingCustomElem(true)]), { onlineOnly: true });
    const typing = (await received).messages[0]!;
    assert.equal(isTypingMessage(typing), true);
    assert.deepEqual(typingStatusOf(typing), { isTyping: true });
    assert.equal(typing.onlineOnly, true);
    assert.equal((await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 20 })).messages.length, 0);
  });

  test("replies: TUIKit's messageReply travels in cloudCustomData", async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const original = await alice.service.sendMessage(textMessage('alice', C2C_BOB, 'lunch at 12?'));
    const reply = buildMessageReply(original);
    const received = nextEvent(alice.service, 'messageReceived');
    await bob.service.sendMessage(textMessage('bob', C2C_ALICE, 'yes', { cloudCustomData: withMessageReply('', reply) }));
    const got = (await received).messages[0]!;
    assert.deepEqual(parseMessageReply(got.cloudCustomData), {
      messageAbstract: 'lunch at 12?',
      messageSender: 'Alice',
      messageID: original.ID,
      messageType: 1,
      messageTime: original.time,
      messageSequence: original.sequence,
      version: 1,
    });
    assert.match(got.cloudCustomData, /"messageFeature":\{"needTyping":1,"version":1\}/, 'and the typing feature flag TUIKit looks for');
  });
});

describe('history', () => {
  async function conversationWith(count: number) {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const sent: Message[] = [];
    for (let i = 1; i <= count; i++) sent.push(await alice.service.sendMessage(textMessage('alice', C2C_BOB, `m${i}`)));
    return { alice, bob, sent };
  }

  test('pages of 20 from an SDK that gives 15 a call', async () => {
    const { bob } = await conversationWith(40);
    const page1 = await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 20 });
    assert.deepEqual(
      page1.messages.map(textOf),
      Array.from({ length: 20 }, (_, i) => `m${21 + i}`),
    );
    assert.equal(page1.isCompleted, false);
    assert.deepEqual(
      callsOf(bob.sdk, 'getMessageList').map((c) => (c.args[0] as { count: number }).count),
      [15, 5],
    );
    const page2 = await bob.service.getMessageList({
      conversationID: C2C_ALICE,
      count: 20,
      fromMessageID: page1.messages[0]!.ID,
      direction: 'older',
    });
    assert.deepEqual(
      page2.messages.map(textOf),
      Array.from({ length: 20 }, (_, i) => `m${1 + i}`),
    );
    assert.equal(page2.isCompleted, true);
    assert.equal(callsOf(bob.sdk, 'getMessageList').length, 4);
  });

  test('older from a message the SDK has forgotten: found again by hopping on its time', async () => {
    const { bob } = await conversationWith(30);
    const first = await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 10 });
    const second = await bob.service.getMessageList({
      conversationID: C2C_ALICE,
      count: 10,
      fromMessageID: first.messages[0]!.ID,
      direction: 'older',
    });
    // Loading the newest page again makes the SDK drop the older messages it held.
    await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 10 });
    assert.equal(bob.sdk.findMessage(second.messages[0]!.ID), null);
    const third = await bob.service.getMessageList({
      conversationID: C2C_ALICE,
      count: 10,
      fromMessageID: second.messages[0]!.ID,
      direction: 'older',
    });
    assert.deepEqual(
      third.messages.map(textOf),
      Array.from({ length: 10 }, (_, i) => `m${1 + i}`),
    );
    assert.equal(third.isCompleted, true);
    assert.ok(callsOf(bob.sdk, 'getMessageListHopping').length > 0);
  });

  test('newer in a group walks by sequence, 15 a call', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const sent: Message[] = [];
    for (let i = 1; i <= 25; i++) sent.push(await alice.service.sendMessage(textMessage('alice', groupConversationID('team'), `g${i}`)));
    await eventually(() => bob.sdk.findMessage(sent[24]!.ID) !== null);
    const page = await bob.service.getMessageList({
      conversationID: groupConversationID('team'),
      count: 18,
      fromMessageID: sent[2]!.ID,
      direction: 'newer',
    });
    assert.deepEqual(
      page.messages.map(textOf),
      Array.from({ length: 18 }, (_, i) => `g${4 + i}`),
    );
    assert.equal(page.isCompleted, false);
    const hops = callsOf(bob.sdk, 'getMessageListHopping').map((c) => c.args[0] as { sequence: number; direction: number });
    assert.deepEqual(
      hops.map((h) => [h.sequence, h.direction]),
      [
        [sent[2]!.sequence + 1, 1],
        [sent[2]!.sequence + 16, 1],
      ],
    );
    const rest = await bob.service.getMessageList({
      conversationID: groupConversationID('team'),
      count: 18,
      fromMessageID: page.messages[17]!.ID,
      direction: 'newer',
    });
    assert.deepEqual(rest.messages.map(textOf), ['g22', 'g23', 'g24', 'g25']);
    assert.equal(rest.isCompleted, true);
  });

  test('deleting messages the SDK no longer holds; more than 30 go in batches of 30', async () => {
    const { alice, sent } = await conversationWith(35);
    await alice.service.getMessageList({ conversationID: C2C_BOB, count: 5 });
    assert.equal(alice.sdk.findMessage(sent[0]!.ID), null, 'loading the newest page made the SDK forget the rest');
    await alice.service.deleteMessages(sent);
    assert.deepEqual(
      callsOf(alice.sdk, 'deleteMessage').map((c) => (c.args[0] as unknown[]).length),
      [30, 5],
    );
    assert.equal((await alice.service.getMessageList({ conversationID: C2C_BOB, count: 50 })).messages.length, 0);
  });

  test('a message known only by its time is located by hopping before it is deleted or recalled', async () => {
    const { alice, bob } = await conversationWith(20);
    const bobsCopies = (await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 20 })).messages;
    await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 5 });
    const old = bobsCopies[2]!;
    assert.equal(bob.sdk.findMessage(old.ID), null, "bob's SDK forgot it");
    await bob.service.deleteMessages([old]);
    assert.ok(callsOf(bob.sdk, 'getMessageListHopping').length > 0);
    assert.equal(callsOf(bob.sdk, 'deleteMessage').length, 1);
    const list = await bob.service.getMessageList({ conversationID: C2C_ALICE, count: 50 });
    assert.ok(!list.messages.some((m) => m.ID === old.ID));
    assert.equal((await alice.service.getMessageList({ conversationID: C2C_BOB, count: 50 })).messages.length, 20, 'alice keeps hers');
  });
});

describe('conversations and reading', () => {
  test('unread, last message with its real ID, and markRead', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const sent: Message[] = [];
    for (let i = 0; i < 3; i++) sent.push(await alice.service.sendMessage(textMessage('alice', C2C_BOB, `u${i}`)));
    const conversation = await bob.service.getConversation(C2C_ALICE);
    assert.equal(conversation.unreadCount, 3);
    assert.equal(conversation.lastMessage?.ID, sent[2]!.ID);
    assert.equal(textOf(conversation.lastMessage!), 'u2');
    await bob.service.markRead(C2C_ALICE);
    assert.equal((await bob.service.getConversation(C2C_ALICE)).unreadCount, 0);
  });

  test('markRead up to an older message leaves the conversation unread (the Web SDK reads all or nothing)', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const sent: Message[] = [];
    for (let i = 0; i < 3; i++) sent.push(await alice.service.sendMessage(textMessage('alice', C2C_BOB, `r${i}`)));
    await eventually(() => bob.sdk.findMessage(sent[2]!.ID) !== null);
    const receipts = recordEvents(alice.service, 'messageReadByPeer');
    await bob.service.markRead(C2C_ALICE, sent[1]);
    assert.equal(callsOf(bob.sdk, 'setMessageRead').length, 0);
    assert.equal((await bob.service.getConversation(C2C_ALICE)).unreadCount, 3);
    await bob.service.markRead(C2C_ALICE, sent[2]);
    assert.equal(callsOf(bob.sdk, 'setMessageRead').length, 1, 'up to the newest: the whole conversation');
    await eventually(() => receipts.payloads.length > 0);
    assert.equal(receipts.payloads[0]!.conversationID, C2C_BOB);
    assert.equal(receipts.payloads[0]!.peerReadTime, sent[2]!.time);
  });

  test('pin, mute (per type), draft in draftText as JSON; a TUIKit draft reads as its plain abstract', async () => {
    const alice = await signedIn('alice');
    await alice.service.getConversation(C2C_BOB);
    await alice.service.pinConversation(C2C_BOB, true);
    await alice.service.setMessageRemindType(C2C_BOB, 'AcceptNotNotify');
    await alice.service.setMessageRemindType(groupConversationID('team'), 'Discard');
    assert.deepEqual(
      callsOf(alice.sdk, 'setMessageRemindType').map((c) => c.args[0]),
      [
        { userIDList: ['bob'], messageRemindType: 'AcceptNotNotify' },
        { groupID: 'team', messageRemindType: 'Discard' },
      ],
    );
    await rejectsWith(alice.service.setMessageRemindType('@TIM#SYSTEM', 'Discard'), CHAT_ERROR.invalidArgument);
    const draft = { text: 'see [Smile]', editTime: 1700000000, userDefine: '{"replyTo":"m1"}' };
    await alice.service.setConversationDraft(C2C_BOB, draft);
    const draftText = (callsOf(alice.sdk, 'setConversationDraft')[0]!.args[0] as { draftText: string }).draftText;
    assert.deepEqual(JSON.parse(draftText), { ...draft, abstract: draft.text });
    const conversation = (await alice.service.getConversationList()).find((c) => c.conversationID === C2C_BOB)!;
    assert.equal(conversation.isPinned, true);
    assert.equal(conversation.messageRemindType, 'AcceptNotNotify');
    assert.deepEqual(conversation.draft, draft);
    // A TUIKit client on the same account would have written this:
    await alice.sdk.setConversationDraft({ conversationID: C2C_BOB, draftText: '{"html":"<p>hi <b>there</b></p>","abstract":"hi there"}' });
    assert.deepEqual((await alice.service.getConversation(C2C_BOB)).draft, { text: 'hi there', editTime: 0, userDefine: '' });
  });

  test("a conversation deleted on another device is reported as deleted (with the console's multi-client sync of deletions)", async () => {
    server.webInstancesPerUser = 2;
    server.syncConversationDeletion = true;
    const phone = await signedIn('alice');
    const laptop = await signedIn('alice');
    await (await signedIn('bob')).service.sendMessage(textMessage('bob', C2C_ALICE, 'hi'));
    await eventually(async () => (await laptop.service.getConversationList()).some((c) => c.conversationID === C2C_BOB));
    const deleted = nextEvent(laptop.service, 'conversationDeleted');
    await phone.service.deleteConversation(C2C_BOB, { clearHistory: false });
    assert.deepEqual(await deleted, { conversationIDs: [C2C_BOB] });
  });

  test('profiles: unsafe avatars are dropped; group members are paged 100 at a time', async () => {
    const alice = await signedIn('alice');
    const [bob] = await alice.service.getUserProfiles(['bob']);
    assert.deepEqual(bob, { userID: 'bob', nick: 'Bob', avatar: '' });
    const many = Array.from({ length: 149 }, (_, i) => `user${i}`);
    for (const id of many) server.addUser({ userID: id });
    server.addGroup({ groupID: 'big', ownerID: 'alice', members: many });
    const members = await alice.service.getGroupMembers('big');
    assert.equal(members.length, 150);
    assert.deepEqual(
      callsOf(alice.sdk, 'getGroupMemberList').map((c) => (c.args[0] as { offset: number }).offset),
      [0, 100],
    );
    assert.equal(members.find((m) => m.userID === 'alice')?.role, 'Owner');
    const capped = await (await signedIn('carol', { maxGroupMembers: 120 })).service.getGroupMembers('big');
    assert.equal(capped.length, 120);
  });
});

describe('downloads', () => {
  test("the element's remote URL is fetched with progress; an element without one is refused", async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const bytes = new Uint8Array(4096).map((_, i) => i % 251);
    const sent = await alice.service.sendMessage(
      outgoingMessage('alice', C2C_BOB, [{ type: 'TIMFileElem', uuid: '', fileName: 'data.bin', fileSize: 0, fileUrl: '' }]),
      { file: new Blob([bytes], { type: 'application/octet-stream' }) },
    );
    const progress: Array<[number, number]> = [];
    const blob = await bob.service.downloadElement(sent, 0, { onProgress: (loaded, total) => progress.push([loaded, total]) });
    assert.deepEqual(new Uint8Array(await blob.arrayBuffer()), bytes);
    assert.deepEqual(progress[progress.length - 1], [4096, 4096]);
    assert.ok(progress.length >= 2);
    await rejectsWith(bob.service.downloadElement(textMessage('alice', C2C_BOB, 'no file'), 0), CHAT_ERROR.invalidArgument);
    const tampered: Message = {
      ...sent,
      elements: [{ type: 'TIMFileElem', uuid: '', fileName: 'x', fileSize: 1, fileUrl: 'javascript:alert(1)' }],
    };
    await rejectsWith(bob.service.downloadElement(tampered, 0), CHAT_ERROR.invalidArgument);
    const missing: Message = {
      ...sent,
      elements: [{ type: 'TIMFileElem', uuid: '', fileName: 'x', fileSize: 1, fileUrl: 'https://cos.fake-tencent.invalid/none' }],
    };
    await rejectsWith(bob.service.downloadElement(missing, 0), CHAT_ERROR.network);
  });
});

describe('events', () => {
  test('group tips and system notices arrive as elements of our model', async () => {
    const alice = await signedIn('alice');
    const carol = await signedIn('carol');
    const tip = nextEvent(alice.service, 'messageReceived', (p) => p.messages.some((m) => m.elements[0]?.type === 'TIMGroupTipElem'));
    const notice = nextEvent(carol.service, 'messageReceived', (p) =>
      p.messages.some((m) => m.elements[0]?.type === 'TIMGroupSystemNoticeElem'),
    );
    server.addMembers('team', 'bob', ['carol']);
    server.kickMember('team', 'alice', 'carol');
    const tipMessage = (await tip).messages[0]!;
    assert.equal(tipMessage.conversationID, groupConversationID('team'));
    assert.deepEqual(tipMessage.elements[0], {
      type: 'TIMGroupTipElem',
      operationType: 1,
      operatorID: 'bob',
      userIDList: ['carol'],
      groupID: 'team',
      groupProfileChanges: [],
      memberMuteChanges: [],
      memberNum: 3,
    });
    const noticeMessage = (await notice).messages.find((m) => m.elements[0]?.type === 'TIMGroupSystemNoticeElem')!;
    assert.equal(noticeMessage.conversationID, '@TIM#SYSTEM');
    assert.deepEqual(noticeMessage.elements[0], {
      type: 'TIMGroupSystemNoticeElem',
      operationType: 4,
      operatorID: 'alice',
      groupID: 'team',
      groupName: 'Team',
      handleMessage: '',
      userDefinedField: '',
    });
  });

  test('a recall reaches the other side as messageRevoked with the revoker', async () => {
    const alice = await signedIn('alice');
    const bob = await signedIn('bob');
    const sent = await alice.service.sendMessage(textMessage('alice', C2C_BOB, 'oops'));
    const revoked = nextEvent(bob.service, 'messageRevoked');
    const result = await alice.service.revokeMessage(sent);
    assert.equal(result.isRevoked, true);
    assert.equal(result.revoker, 'alice');
    const seen: ChatServiceEvents['messageRevoked'] = await revoked;
    assert.deepEqual(
      seen.messages.map((m) => [m.ID, m.isRevoked, m.revoker]),
      [[sent.ID, true, 'alice']],
    );
  });

  test("the recall time limit is the server's setting; a group recall past it (10031) reads as revokeTimeLimit", async () => {
    server.revokeTimeLimit = 30;
    const alice = await signedIn('alice');
    const sent = await alice.service.sendMessage(textMessage('alice', groupConversationID('team'), 'late'));
    server.advance(31);
    const error = await rejectsWith(alice.service.revokeMessage(sent), CHAT_ERROR.revokeTimeLimit);
    assert.equal((error.data as { sdkCode: number }).sdkCode, 10031);
  });
});
