import { describe, it, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { AT_ALL, type Message } from '../../src/core/model/message.js';
import { SYSTEM_CONVERSATION_ID, groupConversationID } from '../../src/core/model/ids.js';
import type { GroupSystemNoticeElem, GroupTipElem, ImageElem } from '../../src/core/model/elements.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { eventually, hasMessage, nextEvent, outgoingMessage, recordEvents, textMessage, textOf } from '../contract/contract-helpers.js';

/** LocalServer and LocalChatService behaviour beyond the shared contract: the server's rules and the simulated network. */

let server: LocalServer;
let alice: LocalChatService;
let bob: LocalChatService;

async function client(userID: string): Promise<LocalChatService> {
  const service = new LocalChatService(server);
  await service.login({ userID });
  return service;
}

const codeOf = async (promise: Promise<unknown>): Promise<number | undefined> =>
  promise.then(
    () => undefined,
    (error: { code?: number }) => error.code,
  );

const noticesOf = (messages: readonly Message[]) =>
  messages.flatMap((m) => m.elements).filter((e): e is GroupSystemNoticeElem => e.type === 'TIMGroupSystemNoticeElem');
const tipsOf = (messages: readonly Message[]) =>
  messages.flatMap((m) => m.elements).filter((e): e is GroupTipElem => e.type === 'TIMGroupTipElem');
const history = async (service: LocalChatService, conversationID: string) =>
  (await service.getMessageList({ conversationID, count: 100 })).messages;

beforeEach(async () => {
  server = await LocalServer.open({ storage: 'memory' });
  for (const userID of ['alice', 'bob', 'carol', 'dave'])
    await server.createUser({ userID, nick: userID[0]!.toUpperCase() + userID.slice(1) });
  alice = await client('alice');
  bob = await client('bob');
});

afterEach(() => server.close());

describe('simulated network', () => {
  it('adds the latency to every call and to uploads', async () => {
    alice.setLatency(60);
    let started = performance.now();
    await alice.getConversationList();
    assert.ok(performance.now() - started >= 55, 'a call takes the round trip');
    const times: number[] = [];
    started = performance.now();
    await alice.sendMessage(
      outgoingMessage('alice', 'C2Cbob', [{ type: 'TIMFileElem', uuid: '', fileName: 'a.bin', fileSize: 0, fileUrl: '' }]),
      {
        file: new Blob([new Uint8Array(300_000)]),
        onProgress: () => times.push(performance.now() - started),
      },
    );
    assert.ok(times.length >= 4, 'several chunks');
    assert.ok(times[times.length - 1]! >= 100, `progress spread over time (${times.map(Math.round)})`);
  });

  it('fails calls at the set rate, deterministically with an injected random', async () => {
    alice.setFailureRate(1, { random: () => 0 });
    const message = textMessage('alice', 'C2Cbob', 'lost on the way');
    assert.equal(await codeOf(alice.sendMessage(message)), CHAT_ERROR.network);
    assert.equal((await server.findMessages({ userID: 'bob', sessionID: '' }, [message.ID])).length, 0, 'request lost: nothing stored');
    const draws = [0.9, 0.1];
    alice.setFailureRate(0.5, { random: () => draws.shift() ?? 0.9 });
    assert.equal((await alice.getConversationList()).length >= 0, true, '0.9 ≥ 0.5 passes');
    assert.equal(await codeOf(alice.getConversationList()), CHAT_ERROR.network, '0.1 < 0.5 fails');
  });

  it('a lost answer leaves the message stored once; the retry gets it back', async () => {
    const events = recordEvents(bob, 'messageReceived');
    alice.setFailureRate(1, { random: () => 0, phase: 'response' });
    const message = textMessage('alice', 'C2Cbob', 'did it arrive?');
    assert.equal(await codeOf(alice.sendMessage(message)), CHAT_ERROR.network);
    alice.setFailureRate(0);
    const retried = await alice.sendMessage(message);
    assert.equal(retried.ID, message.ID);
    const stored = await history(bob, 'C2Calice');
    assert.deepEqual(
      stored.map((m) => m.ID),
      [message.ID],
      'one copy',
    );
    assert.equal(stored[0]!.sequence, retried.sequence);
    // Bob's news comes in order: once a later message reached him, a second delivery would have too.
    const later = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'later'));
    await server.postMessages([{ from: 'carol', conversationID: 'C2Cbob', elements: [{ type: 'TIMTextElem', text: 'later' }] }]);
    await later;
    events.stop();
    assert.equal(events.payloads.flatMap((p) => p.messages).filter((m) => m.ID === message.ID).length, 1, 'delivered once');
  });

  it('signs a user out everywhere when kicked out', async () => {
    const kicked = nextEvent(alice, 'kickedOut');
    await server.kickOut('alice', 'multipleDevice');
    assert.deepEqual(await kicked, { reason: 'multipleDevice' });
    assert.equal(alice.userID, '');
    assert.equal(await codeOf(alice.getConversationList()), CHAT_ERROR.notLoggedIn);
    assert.ok(await bob.getConversationList(), 'others stay');
  });

  it('reports once when IndexedDB was asked for but is missing', async () => {
    const memoryOnly = await LocalServer.open({ storage: 'indexeddb' });
    assert.equal(memoryOnly.storage.kind, 'memory');
    const service = new LocalChatService(memoryOnly);
    const errors = recordEvents(service, 'error');
    await service.login({ userID: 'alice' });
    assert.equal(errors.payloads.length, 1);
    assert.equal(errors.payloads[0]!.error.code, CHAT_ERROR.storage);
    memoryOnly.close();
  });
});

describe('server rules', () => {
  it('drops a resend with a new ID but the same sender and random', async () => {
    const first = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'once', { random: 4242 }));
    const again = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'once', { random: 4242 }));
    assert.equal(again.ID, first.ID);
    assert.equal((await history(bob, 'C2Calice')).length, 1);
    const other = await bob.sendMessage(textMessage('bob', 'C2Calice', 'same random, other sender', { random: 4242 }));
    assert.notEqual(other.ID, first.ID);
  });

  it('uses the configured revoke time limit', async () => {
    server.setRevokeTimeLimit(10);
    const sent = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'quick'));
    server.advanceClock(11);
    assert.equal(await codeOf(alice.revokeMessage(sent)), CHAT_ERROR.revokeTimeLimit);
  });

  it('measures the 12 KB limit in UTF-8 bytes', async () => {
    assert.equal(await codeOf(alice.sendMessage(textMessage('alice', 'C2Cbob', '汉'.repeat(4097)))), CHAT_ERROR.textTooLong);
    assert.equal((await alice.sendMessage(textMessage('alice', 'C2Cbob', '汉'.repeat(4096)))).status, 'success');
  });

  it('refuses what a client may not send', async () => {
    const bad = (elements: Message['elements']) => codeOf(alice.sendMessage(outgoingMessage('alice', 'C2Cbob', elements)));
    assert.equal(await bad([]), CHAT_ERROR.invalidArgument);
    assert.equal(
      await bad([
        {
          type: 'TIMGroupTipElem',
          operationType: 1,
          operatorID: 'alice',
          userIDList: [],
          groupID: 'g',
          groupProfileChanges: [],
          memberMuteChanges: [],
        },
      ]),
      CHAT_ERROR.invalidArgument,
    );
    assert.equal(
      await bad([
        {
          type: 'TIMImageElem',
          uuid: '',
          imageFormat: 'PNG',
          imageInfoArray: [{ type: 0, width: 1, height: 1, size: 1, url: 'javascript:alert(1)' }],
        },
      ]),
      CHAT_ERROR.invalidArgument,
    );
    assert.equal(await codeOf(alice.sendMessage(textMessage('alice', 'C2Cnobody', 'hi'))), CHAT_ERROR.invalidArgument);
    assert.equal(await codeOf(alice.sendMessage(textMessage('alice', SYSTEM_CONVERSATION_ID, 'hi'))), CHAT_ERROR.invalidArgument);
    const forwarded = await alice.sendMessage(
      outgoingMessage('alice', 'C2Cbob', [
        {
          type: 'TIMImageElem',
          uuid: 'x',
          imageFormat: 'JPG',
          imageInfoArray: [{ type: 0, width: 10, height: 10, size: 9, url: 'https://example.com/a.jpg' }],
        },
      ]),
    );
    assert.equal((forwarded.elements[0] as ImageElem).imageInfoArray[0]!.url, 'https://example.com/a.jpg', 'a safe remote URL is kept');
  });

  it('reports per user in a batch send', async () => {
    const results = await alice.sendToUsers(textMessage('alice', 'C2Cbob', 'hello all'), ['bob', 'nobody', 'carol']);
    assert.deepEqual(
      results.map((r) => [r.userID, Boolean(r.message), r.error?.code]),
      [
        ['bob', true, undefined],
        ['nobody', false, CHAT_ERROR.invalidArgument],
        ['carol', true, undefined],
      ],
    );
  });

  it('flags and clears an @mention', async () => {
    const groupID = (await server.createGroup({ ownerID: 'alice', memberIDs: ['bob', 'carol'], name: 'Mentions' })).groupID;
    const conversationID = groupConversationID(groupID);
    await alice.sendMessage(textMessage('alice', conversationID, '@Bob look', { atUserList: ['bob'] }));
    let conversation = await bob.getConversation(conversationID);
    assert.equal(conversation.atMe, true);
    assert.equal(conversation.unreadCount, 1, 'the join tip is not unread');
    await bob.markRead(conversationID);
    conversation = await bob.getConversation(conversationID);
    assert.equal(conversation.atMe, false);
    await alice.sendMessage(textMessage('alice', conversationID, '@all lunch', { atUserList: [AT_ALL] }));
    assert.equal((await bob.getConversation(conversationID)).atMe, true, '@all mentions everyone');
    assert.equal((await alice.getConversation(conversationID)).atMe, false, 'but not the sender');
  });

  it("tells a user's other clients about deletes, drafts and their own messages", async () => {
    const aliceAgain = await client('alice');
    const sent = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'to delete'));
    const deleted = nextEvent(aliceAgain, 'messageDeleted');
    await alice.deleteMessages([sent]);
    assert.deepEqual(await deleted, { conversationID: 'C2Cbob', messageIDs: [sent.ID] });
    const drafted = nextEvent(aliceAgain, 'conversationUpdated', (p) => p.conversations.some((c) => c.draft?.text === 'later'));
    await alice.setConversationDraft('C2Cbob', { text: 'later', editTime: 0, userDefine: '' });
    const draft = (await drafted).conversations[0]!.draft!;
    assert.ok(draft.editTime > 0, 'a missing edit time becomes the server time');
    const gone = nextEvent(aliceAgain, 'conversationDeleted');
    await alice.deleteConversation('C2Cbob', { clearHistory: false });
    assert.deepEqual((await gone).conversationIDs, ['C2Cbob']);
  });

  it('delivers a burst posted at once as one event per user', async () => {
    const events = recordEvents(bob, 'messageReceived');
    const started = performance.now();
    const burst = Array.from({ length: 1000 }, (_, i) => ({
      from: 'alice',
      conversationID: 'C2Cbob',
      elements: [{ type: 'TIMTextElem' as const, text: `#${i}` }],
    }));
    await server.postMessages(burst);
    const last = `#999`;
    await eventually(() => events.payloads.some((p) => p.messages.some((m) => textOf(m) === last)), 3000, 'the last message of the burst');
    const ms = performance.now() - started;
    events.stop();
    assert.equal(events.payloads.length, 1);
    assert.equal(events.payloads[0]!.messages.length, 1000);
    assert.deepEqual(
      events.payloads[0]!.messages.map((m) => m.sequence),
      Array.from({ length: 1000 }, (_, i) => i + 1),
    );
    assert.equal((await bob.getConversation('C2Calice')).unreadCount, 1000);
    console.log(`1000 posted messages reached the client in ${ms.toFixed(0)} ms`);
  });
});

describe('group flows', () => {
  let groupID: string;
  beforeEach(async () => {
    groupID = (await server.createGroup({ groupID: 'hikers', ownerID: 'alice', memberIDs: ['bob'], name: 'Hikers', type: 'Public' }))
      .groupID;
  });

  it('handles a join request: notice to the owner, then accepted or refused', async () => {
    const carol = await client('carol');
    assert.equal(await server.requestToJoinGroup(groupID, 'carol', 'let me in'), 'pending');
    const request = noticesOf(await history(alice, SYSTEM_CONVERSATION_ID)).find((n) => n.operationType === 1);
    assert.equal(request?.operatorID, 'carol');
    assert.equal(request?.handleMessage, 'let me in');
    assert.equal(
      await codeOf(server.answerJoinRequest(groupID, 'bob', 'carol', true)),
      CHAT_ERROR.notGroupMember,
      'members may not answer',
    );
    await server.answerJoinRequest(groupID, 'alice', 'carol', true, 'welcome');
    assert.ok(noticesOf(await history(carol, SYSTEM_CONVERSATION_ID)).some((n) => n.operationType === 2 && n.handleMessage === 'welcome'));
    assert.ok(
      tipsOf(await history(carol, groupConversationID(groupID))).some((t) => t.operationType === 1 && t.userIDList.includes('carol')),
      'the newcomer sees the join tip',
    );
    await server.requestToJoinGroup(groupID, 'dave', '');
    await server.answerJoinRequest(groupID, 'alice', 'dave', false, 'full');
    const dave = await client('dave');
    assert.ok(noticesOf(await history(dave, SYSTEM_CONVERSATION_ID)).some((n) => n.operationType === 3 && n.handleMessage === 'full'));
    assert.equal((await alice.getGroupMembers(groupID)).length, 3);
  });

  it('handles an invitation: notice to the invitee, answer to the inviter', async () => {
    await server.inviteToGroup(groupID, 'bob', 'carol', 'come hiking');
    const carol = await client('carol');
    assert.ok(noticesOf(await history(carol, SYSTEM_CONVERSATION_ID)).some((n) => n.operationType === 12 && n.operatorID === 'bob'));
    await server.answerGroupInvite(groupID, 'carol', true);
    assert.ok(noticesOf(await history(bob, SYSTEM_CONVERSATION_ID)).some((n) => n.operationType === 13 && n.operatorID === 'carol'));
    await server.inviteToGroup(groupID, 'bob', 'dave');
    await server.answerGroupInvite(groupID, 'dave', false);
    assert.ok(noticesOf(await history(bob, SYSTEM_CONVERSATION_ID)).some((n) => n.operationType === 14));
  });

  it('checks roles: owners cannot quit, members cannot kick, ownership moves with a tip', async () => {
    assert.equal(await codeOf(server.quitGroup(groupID, 'alice')), CHAT_ERROR.invalidArgument);
    assert.equal(await codeOf(server.kickGroupMembers(groupID, 'bob', ['alice'])), CHAT_ERROR.notGroupMember);
    const updated = nextEvent(bob, 'groupUpdated', (p) => p.group.ownerID === 'bob');
    await server.transferGroupOwner(groupID, 'alice', 'bob');
    assert.equal((await updated).group.selfRole, 'Owner');
    const tip = tipsOf(await history(alice, groupConversationID(groupID))).find((t) => t.operationType === 6);
    assert.deepEqual(tip?.groupProfileChanges, [{ key: 'owner', value: 'bob' }]);
    await server.updateGroupProfile(groupID, 'bob', { muteAllMembers: true });
    assert.equal(await codeOf(alice.sendMessage(textMessage('alice', groupConversationID(groupID), 'hello?'))), CHAT_ERROR.mutedInGroup);
    assert.equal((await bob.sendMessage(textMessage('bob', groupConversationID(groupID), 'owners may speak'))).status, 'success');
  });

  it('sends custom notices with the app data', async () => {
    await server.sendGroupCustomNotice(groupID, 'alice', '{"kind":"survey"}');
    const notice = noticesOf(await history(bob, SYSTEM_CONVERSATION_ID)).find((n) => n.operationType === 255);
    assert.equal(notice?.userDefinedField, '{"kind":"survey"}');
    assert.equal((await bob.getConversation(SYSTEM_CONVERSATION_ID)).unreadCount, 2, 'invited + custom notice are unread');
  });

  it('delivers online-only group messages to connected members only', async () => {
    const got = nextEvent(bob, 'messageReceived', hasMessage('typing-1'));
    await alice.sendMessage(textMessage('alice', groupConversationID(groupID), 'is typing', { ID: 'typing-1' }), { onlineOnly: true });
    assert.equal((await got).messages[0]!.onlineOnly, true);
    assert.equal(
      (await history(bob, groupConversationID(groupID))).some((m) => m.ID === 'typing-1'),
      false,
    );
  });
});
