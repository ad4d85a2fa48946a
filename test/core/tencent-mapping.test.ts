import { test } from 'node:test';
import assert from 'node:assert/strict';
import TencentCloudChat from '@tencentcloud/chat';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import type { ImageElem } from '../../src/core/model/elements.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { elementFromSdk } from '../../src/core/service/tencent/map-element.js';
import { lastMessageFromSdk, messageFromSdk } from '../../src/core/service/tencent/map-message.js';
import {
  conversationFromSdk,
  decodeDraft,
  encodeDraft,
  groupMemberFromSdk,
  groupProfileFromSdk,
  remindTypeOf,
  userProfileFromSdk,
} from '../../src/core/service/tencent/map-conversation.js';
import { chatErrorFromSdk } from '../../src/core/service/tencent/map-error.js';
import { createRequestFor, fractionOf } from '../../src/core/service/tencent/outgoing.js';
import { DEFAULT_SDK_EVENTS, SDK_TYPES } from '../../src/core/service/tencent/sdk-types.js';
import { realSdk } from '../fakes/real-sdk.js';
import { ELEMENTS, fromBob } from '../fakes/tencent-sdk-fixtures.js';

const ME = { selfUserID: 'alice' };

/**
 * A message as SDK 3 hands it over at run time: its fields, private ones and all, frozen. The
 * field list is that of the SDK's Message class (a test below checks it against a message the
 * real SDK builds); values vary per case. Most received-message mapping runs on SDK-built
 * objects in tencent-sdk-received.test.ts; this file keeps the edge cases (missing and malformed
 * fields, older SDK field names) that a real SDK object cannot show.
 */
function sdkMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return deepFreeze({
    ID: '144115200000000002-1700000000-123456',
    type: 'TIMTextElem',
    payload: { text: 'hello [Smile]' },
    conversationID: 'C2Calice',
    conversationType: 'C2C',
    conversationSubType: undefined,
    time: 1700000005,
    sequence: 42,
    clientSequence: 42,
    random: 123456,
    priority: 'Normal',
    nick: 'Bob',
    avatar: 'https://example.com/bob.png',
    isPeerRead: false,
    nameCard: '',
    hasRiskContent: false,
    isPlaceMessage: 0,
    isRevoked: false,
    from: 'bob',
    to: 'alice',
    flow: 'in',
    isSystemMessage: false,
    protocol: 'JSON',
    isResend: false,
    isRead: false,
    status: 'success',
    _onlineOnlyFlag: false,
    _groupAtInfoList: [],
    _relayFlag: false,
    atUserList: [],
    cloudCustomData: '',
    isDeleted: false,
    isModified: false,
    _isExcludedFromUnreadCount: false,
    clientTime: 1700000000,
    senderTinyID: '144115200000000002',
    readReceiptInfo: { readCount: undefined, unreadCount: undefined, isPeerRead: undefined, timestamp: 0 },
    needReadReceipt: false,
    version: 0,
    isBroadcastMessage: false,
    isSupportExtension: false,
    revoker: '',
    revokerInfo: { userID: '', nick: '', avatar: '' },
    revokeReason: '',
    _isExcludedFromLastMessage: false,
    _receiverList: undefined,
    _cmConfigID: undefined,
    pinnerInfo: null,
    level: 0,
    ...overrides,
  });
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

test('SDK runtime names match the strings the adapter keeps (events and TYPES of the installed SDK)', () => {
  for (const [key, value] of Object.entries(DEFAULT_SDK_EVENTS)) {
    assert.equal(value, (TencentCloudChat.EVENT as unknown as Record<string, string>)[key], `EVENT.${key}`);
  }
  for (const [key, value] of Object.entries(SDK_TYPES)) {
    assert.equal(value, (TencentCloudChat.TYPES as unknown as Record<string, string>)[key], `TYPES.${key}`);
  }
});

test('a text message maps every field, from a frozen SDK object it never writes to', () => {
  const m = messageFromSdk(
    sdkMessage({ atUserList: ['alice'], cloudCustomData: '{"messageFeature":{"needTyping":1,"version":1}}', nameCard: 'B.' }),
    ME,
  )!;
  assert.equal(m.ID, '144115200000000002-1700000000-123456');
  assert.equal(m.conversationID, 'C2Calice');
  assert.equal(m.conversationType, 'C2C');
  assert.equal(m.from, 'bob');
  assert.equal(m.to, 'alice');
  assert.equal(m.flow, 'in');
  assert.equal(m.time, 1700000005);
  assert.equal(m.clientTime, 1700000000);
  assert.equal(m.sequence, 42);
  assert.equal(m.random, 123456);
  assert.equal(m.status, 'success');
  assert.equal(m.priority, 'Normal');
  assert.equal(m.nick, 'Bob');
  assert.equal(m.avatar, 'https://example.com/bob.png');
  assert.equal(m.nameCard, 'B.');
  assert.deepEqual(m.atUserList, ['alice']);
  assert.equal(m.cloudCustomData, '{"messageFeature":{"needTyping":1,"version":1}}');
  assert.equal(m.isRead, false);
  assert.equal(m.onlineOnly, false);
  assert.deepEqual(m.elements, [{ type: 'TIMTextElem', text: 'hello [Smile]' }]);
  assert.ok(Object.isFrozen(m) && Object.isFrozen(m.elements), 'our result is frozen too');
});

test('missing flow and conversationID are worked out from the sender and the signed-in user', () => {
  const out = messageFromSdk(
    { ID: 'x1', type: 'TIMTextElem', payload: { text: 'hi' }, from: 'alice', to: 'bob', conversationType: 'C2C' },
    ME,
  )!;
  assert.equal(out.flow, 'out');
  assert.equal(out.conversationID, 'C2Cbob');
  assert.equal(out.isRead, true, 'own messages count as read');
  const group = messageFromSdk(
    { ID: 'x2', type: 'TIMTextElem', payload: { text: 'hi' }, from: 'bob', to: 'team', conversationType: 'GROUP' },
    ME,
  )!;
  assert.equal(group.conversationID, 'GROUPteam');
  assert.equal(group.flow, 'in');
});

test('unsafe URLs from the SDK never reach the model', () => {
  const m = messageFromSdk(sdkMessage({ avatar: 'javascript:alert(1)' }), ME)!;
  assert.equal(m.avatar, '');
  const file = elementFromSdk('TIMFileElem', {
    fileName: 'x.pdf',
    fileSize: 10,
    fileUrl: 'data:text/html,<script>alert(1)</script>',
    uuid: 'u',
  });
  assert.deepEqual(file, { type: 'TIMFileElem', uuid: 'u', fileName: 'x.pdf', fileSize: 10, fileUrl: '' });
});

test('face, location and custom elements', () => {
  assert.deepEqual(elementFromSdk('TIMFaceElem', { index: 3, data: 'face-pack/03' }), {
    type: 'TIMFaceElem',
    index: 3,
    data: 'face-pack/03',
  });
  assert.deepEqual(elementFromSdk('TIMLocationElem', { description: 'Shenzhen', longitude: 113.93, latitude: 22.54 }), {
    type: 'TIMLocationElem',
    description: 'Shenzhen',
    longitude: 113.93,
    latitude: 22.54,
  });
  assert.deepEqual(elementFromSdk('TIMCustomElem', { data: '{"businessID":"order"}', description: 'An order', extension: 'ext' }), {
    type: 'TIMCustomElem',
    data: '{"businessID":"order"}',
    description: 'An order',
    extension: 'ext',
  });
});

test('image: SDK 3 objects (type 0 everywhere, sizeType set) map by position: original, thumbnail, large', () => {
  const image = elementFromSdk('TIMImageElem', {
    uuid: 'img-1',
    imageFormat: 3,
    imageInfoArray: [
      {
        instanceID: 1,
        sizeType: 1,
        type: 0,
        size: 90000,
        width: 1000,
        height: 750,
        imageUrl: 'https://cos.example.com/a?o',
        url: 'https://cos.example.com/a?o',
      },
      {
        instanceID: 2,
        sizeType: 3,
        type: 0,
        size: 0,
        width: 264,
        height: 198,
        imageUrl: 'https://cos.example.com/a?198',
        url: 'https://cos.example.com/a?198',
      },
      {
        instanceID: 3,
        sizeType: 2,
        type: 0,
        size: 0,
        width: 960,
        height: 720,
        imageUrl: 'https://cos.example.com/a?720',
        url: 'https://cos.example.com/a?720',
      },
    ],
  }) as ImageElem;
  assert.equal(image.imageFormat, 'PNG');
  assert.deepEqual(
    image.imageInfoArray.map((i) => [i.type, i.width, i.height, i.url]),
    [
      [0, 1000, 750, 'https://cos.example.com/a?o'],
      [1, 264, 198, 'https://cos.example.com/a?198'],
      [2, 960, 720, 'https://cos.example.com/a?720'],
    ],
  );
});

test('image: distinct known types are trusted whatever the order; bad entries are dropped or emptied', () => {
  const image = elementFromSdk('TIMImageElem', {
    uuid: 'img-2',
    imageFormat: 'jpg',
    imageInfoArray: [
      { type: 2, width: 720, height: 720, url: 'https://x.example/l' },
      null,
      { type: 0, width: 800, height: 800, url: 'vbscript:msgbox' },
      { type: 1, width: 198, height: 198, url: 'https://x.example/t' },
    ],
  }) as ImageElem;
  assert.equal(image.imageFormat, 'JPG');
  assert.deepEqual(
    image.imageInfoArray.map((i) => [i.type, i.url]),
    [
      [2, 'https://x.example/l'],
      [0, ''],
      [1, 'https://x.example/t'],
    ],
  );
});

test("sound, video and file read the SDK's alternative URL fields", () => {
  assert.deepEqual(
    elementFromSdk('TIMSoundElem', { uuid: 's', remoteAudioUrl: 'https://cos.example.com/s.m4a', second: 7, size: 5000, downloadFlag: 2 }),
    {
      type: 'TIMSoundElem',
      uuid: 's',
      url: 'https://cos.example.com/s.m4a',
      second: 7,
      size: 5000,
    },
  );
  assert.deepEqual(
    elementFromSdk('TIMVideoFileElem', {
      videoUUID: 'v',
      videoUrl: '',
      remoteVideoUrl: 'https://cos.example.com/v.mp4',
      videoSecond: 12,
      videoSize: 900000,
      videoFormat: 'mp4',
      snapshotUrl: 'https://cos.example.com/v.jpg',
      snapshotWidth: 320,
      snapshotHeight: 180,
    }),
    {
      type: 'TIMVideoFileElem',
      uuid: 'v',
      videoUrl: 'https://cos.example.com/v.mp4',
      videoSecond: 12,
      videoSize: 900000,
      videoFormat: 'mp4',
      thumbUrl: 'https://cos.example.com/v.jpg',
      thumbWidth: 320,
      thumbHeight: 180,
    },
  );
  assert.deepEqual(
    elementFromSdk('TIMFileElem', { uuid: 'f', fileName: 'report.pdf', fileSize: '2048', remoteFileUrl: 'https://cos.example.com/r.pdf' }),
    {
      type: 'TIMFileElem',
      uuid: 'f',
      fileName: 'report.pdf',
      fileSize: 2048,
      fileUrl: 'https://cos.example.com/r.pdf',
    },
  );
});

test('a merged message becomes TIMRelayElem; its messages are plain data of our model, not the SDK objects', () => {
  const payload = {
    downloadKey: '',
    title: 'Chat history of Alice and Bob',
    abstractList: ['Alice: hi', 'Bob: hello'],
    compatibleText: '[Chat history]',
    layersOverLimit: false,
    messageList: [
      {
        ID: 'a1',
        from: 'alice',
        nick: 'Alice',
        time: 100,
        messageSequence: 1,
        messageRandom: 5,
        messageBody: [{ type: 'TIMTextElem', payload: { text: 'hi' } }],
      },
      {
        from: 'bob',
        time: 101,
        messageBody: [
          {
            type: 'TIMImageElem',
            payload: { uuid: 'u', imageFormat: 1, imageInfoArray: [{ type: 0, width: 4, height: 3, size: 9, url: 'javascript:alert(1)' }] },
          },
        ],
      },
    ],
  };
  const element = elementFromSdk('TIMRelayElem', payload);
  assert.equal(element.type, 'TIMRelayElem');
  if (element.type !== 'TIMRelayElem') return;
  assert.equal(element.title, 'Chat history of Alice and Bob');
  assert.deepEqual([...element.abstractList], ['Alice: hi', 'Bob: hello']);
  assert.deepEqual(
    element.messageList.map((m) => [m.ID, m.from, m.time, m.sequence, m.random, m.elements[0]?.type]),
    [
      ['a1', 'alice', 100, 1, 5, 'TIMTextElem'],
      ['merged-bob-101-0-1', 'bob', 101, 0, 0, 'TIMImageElem'],
    ],
  );
  const image = element.messageList[1]!.elements[0];
  assert.equal(image?.type === 'TIMImageElem' && image.imageInfoArray[0]?.url, '', 'URLs inside are checked too');
  assert.ok(Object.isFrozen(element.messageList[0]));
  const deep = elementFromSdk('TIMRelayElem', { title: 'x', layersOverLimit: 1 });
  assert.equal(deep.type === 'TIMRelayElem' && deep.layersOverLimit, true);
});

test('group tips: profile changes with our key names, member mutes, group ID from the message', () => {
  const profile = messageFromSdk(
    sdkMessage({
      type: 'TIMGroupTipElem',
      conversationID: 'GROUPteam',
      conversationType: 'GROUP',
      to: 'team',
      payload: {
        operatorID: 'alice',
        operationType: 6,
        userIDList: [],
        newGroupProfile: {
          groupName: 'New name',
          muteAllMembers: true,
          notification: 'Be kind',
          groupCustomField: [{ key: 'k', value: 'v' }],
        },
        memberList: [],
        memberNum: 5,
      },
    }),
    ME,
  )!;
  assert.deepEqual(profile.elements[0], {
    type: 'TIMGroupTipElem',
    operationType: 6,
    operatorID: 'alice',
    userIDList: [],
    groupID: 'team',
    groupProfileChanges: [
      { key: 'name', value: 'New name' },
      { key: 'muteAllMembers', value: true },
      { key: 'notification', value: 'Be kind' },
    ],
    memberMuteChanges: [],
    memberNum: 5,
  });
  const mute = elementFromSdk('TIMGroupTipElem', {
    operatorID: 'alice',
    operationType: 7,
    userIDList: ['bob'],
    memberList: [{ userID: 'bob', muteTime: 600 }, { nick: 'x' }],
  });
  assert.equal(
    mute.type === 'TIMGroupTipElem' && JSON.stringify(mute.memberMuteChanges),
    JSON.stringify([{ userID: 'bob', muteTime: 600 }]),
  );
});

test('group system notices read the group from groupProfile (name or groupName)', () => {
  assert.deepEqual(
    elementFromSdk('TIMGroupSystemNoticeElem', {
      operationType: 1,
      operatorID: 'carol',
      groupProfile: { groupID: 'team', groupName: 'Team' },
      handleMessage: 'let me in',
    }),
    {
      type: 'TIMGroupSystemNoticeElem',
      operationType: 1,
      operatorID: 'carol',
      groupID: 'team',
      groupName: 'Team',
      handleMessage: 'let me in',
      userDefinedField: '',
    },
  );
  const custom = elementFromSdk('TIMGroupSystemNoticeElem', {
    operationType: 255,
    groupProfile: { groupID: 'g', name: 'G' },
    userDefinedField: 'party at 8',
  });
  assert.equal(custom.type === 'TIMGroupSystemNoticeElem' && custom.userDefinedField, 'party at 8');
  assert.equal(custom.type === 'TIMGroupSystemNoticeElem' && custom.groupName, 'G');
});

test('unknown and malformed input becomes an unsupported element or null, never an exception', () => {
  const future = elementFromSdk('TIMStreamElem', { chunks: ['a'] });
  assert.deepEqual(future, { type: 'unsupported', originalType: 'TIMStreamElem', summary: '', raw: { chunks: ['a'] } });
  assert.equal(elementFromSdk('TIMTextElem', null).type, 'unsupported', 'a text element without text');
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  assert.deepEqual(elementFromSdk(42, cyclic), { type: 'unsupported', originalType: '', summary: '', raw: null });
  assert.equal(messageFromSdk(null, ME), null);
  assert.equal(messageFromSdk(42, ME), null);
  assert.equal(messageFromSdk({ ID: '' }, ME), null, 'without an ID nothing can refer to it');
  const hostile = {
    ID: 'h1',
    get payload() {
      throw new Error('boom');
    },
    type: 'TIMTextElem',
  };
  const mapped = messageFromSdk(hostile, ME);
  assert.equal(mapped?.elements[0]?.type, 'unsupported', 'a throwing getter reads as missing');
  const weird = messageFromSdk(
    { ID: 'w', time: 'soon', sequence: -3, priority: 'Urgent', status: 'lost', atUserList: ['x', 5, null], cloudCustomData: { reply: 1 } },
    ME,
  )!;
  assert.equal(weird.time, 0);
  assert.equal(weird.sequence, 0);
  assert.equal(weird.priority, 'Normal');
  assert.equal(weird.status, 'success');
  assert.deepEqual(weird.atUserList, ['x']);
  assert.equal(weird.cloudCustomData, '{"reply":1}');
});

test('revoked messages name the revoker (revokerInfo in SDK 3, revoker before)', () => {
  const m = messageFromSdk(sdkMessage({ isRevoked: true, revokerInfo: { userID: 'bob', nick: 'Bob', avatar: '' } }), ME)!;
  assert.equal(m.isRevoked, true);
  assert.equal(m.revoker, 'bob');
  const old = messageFromSdk(sdkMessage({ isRevoked: true, revokerInfo: undefined, revoker: 'carol' }), ME)!;
  assert.equal(old.revoker, 'carol');
  assert.equal(messageFromSdk(sdkMessage({ revoker: 'bob' }), ME)!.revoker, '', 'no revoker unless revoked');
});

test("online-only is the adapter's call (what the SDK did not keep), never the SDK's private _onlineOnlyFlag", () => {
  assert.equal(messageFromSdk(sdkMessage({ _onlineOnlyFlag: true }), ME)!.onlineOnly, false, 'the private field is not read');
  const decided = messageFromSdk(sdkMessage(), { ...ME, isOnlineOnly: (id) => id === '144115200000000002-1700000000-123456' })!;
  assert.equal(decided.onlineOnly, true);
});

/** A conversation as SDK 3 hands it over (fields of the SDK's Conversation class; checked below against a real one). */
function sdkConversation(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return deepFreeze({
    conversationID: 'C2Cbob',
    type: 'C2C',
    subType: undefined,
    unreadCount: 2,
    lastMessage: {
      lastTime: 1700000100,
      lastSequence: 7,
      fromAccount: 'bob',
      payload: { text: 'see you' },
      type: 'TIMTextElem',
      messageForShow: 'see you',
      nick: 'Bob',
      avatar: '',
      version: 0,
      cloudCustomData: '',
      isRevoked: false,
      revoker: null,
      onlineOnlyFlag: false,
      nameCard: '',
      isPeerRead: false,
    },
    groupProfile: undefined,
    userProfile: { userID: 'bob', nick: 'Bob', avatar: 'javascript:void(0)', gender: 'Gender_Type_Unknown', selfSignature: 'hi there' },
    groupAtInfoList: [],
    remark: '',
    isPinned: true,
    messageRemindType: 'AcceptNotNotifyExceptAt',
    markList: [],
    customData: '',
    conversationGroupList: [],
    draftText: '',
    peerReadTime: 1700000050,
    ...overrides,
  });
}

test("a conversation: lastMessage from the SDK's plain summary, profile, pin, mute, peer read time", () => {
  const c = conversationFromSdk(sdkConversation(), ME)!;
  assert.equal(c.conversationID, 'C2Cbob');
  assert.equal(c.type, 'C2C');
  assert.equal(c.unreadCount, 2);
  assert.equal(c.isPinned, true);
  assert.equal(c.messageRemindType, 'AcceptNotNotify', 'the "except @" variant still mutes');
  assert.equal(c.peerReadTime, 1700000050);
  assert.equal(c.activeTime, 1700000100);
  assert.equal(c.draft, null);
  assert.equal(c.atMe, false);
  assert.deepEqual(
    c.userProfile,
    { userID: 'bob', nick: 'Bob', avatar: '', selfSignature: 'hi there', remark: '' },
    'the remark (empty when not a friend) comes from the conversation',
  );
  const last = c.lastMessage!;
  assert.equal(last.ID, '', 'the summary has no ID');
  assert.equal(last.from, 'bob');
  assert.equal(last.to, 'alice');
  assert.equal(last.flow, 'in');
  assert.equal(last.time, 1700000100);
  assert.equal(last.sequence, 7);
  assert.deepEqual(last.elements, [{ type: 'TIMTextElem', text: 'see you' }]);
});

test('a conversation: the full message seen last stands in for the summary when it is the same one', () => {
  const seen: Message = {
    ...EMPTY_MESSAGE,
    ID: 'real-id',
    conversationID: 'C2Cbob',
    from: 'bob',
    time: 1700000100,
    sequence: 7,
    elements: [{ type: 'TIMTextElem', text: 'see you' }],
  };
  const c = conversationFromSdk(sdkConversation(), { ...ME, lastSeen: () => seen })!;
  assert.equal(c.lastMessage, seen);
  const revoked = conversationFromSdk(
    sdkConversation({ lastMessage: { ...(sdkConversation().lastMessage as object), isRevoked: true, revoker: 'bob' } }),
    { ...ME, lastSeen: () => seen },
  )!;
  assert.equal(revoked.lastMessage?.ID, 'real-id');
  assert.equal(revoked.lastMessage?.isRevoked, true);
  const older: Message = { ...seen, time: 1700000000, sequence: 5 };
  assert.equal(
    conversationFromSdk(sdkConversation(), { ...ME, lastSeen: () => older })!.lastMessage?.ID,
    '',
    'a different message is not used',
  );
});

test('a conversation: messageForShow when the summary has no payload; no last message at all gives null', () => {
  const c = conversationFromSdk(
    sdkConversation({
      lastMessage: { lastTime: 5, lastSequence: 1, fromAccount: 'alice', payload: null, type: 'TIMImageElem', messageForShow: '[Image]' },
    }),
    ME,
  )!;
  assert.deepEqual(c.lastMessage?.elements, [{ type: 'unsupported', originalType: 'TIMImageElem', summary: '[Image]', raw: null }]);
  assert.equal(c.lastMessage?.flow, 'out');
  assert.equal(c.lastMessage?.to, 'bob');
  const empty = conversationFromSdk(
    sdkConversation({ lastMessage: { lastTime: 0, lastSequence: 0, fromAccount: '', payload: null, type: '', messageForShow: '' } }),
    ME,
  )!;
  assert.equal(empty.lastMessage, null);
  assert.equal(empty.activeTime, 0);
});

test('a group conversation: group profile, types, own role, @me', () => {
  const c = conversationFromSdk(
    sdkConversation({
      conversationID: 'GROUP@TGS#1',
      type: 'GROUP',
      userProfile: undefined,
      groupProfile: {
        groupID: '@TGS#1',
        name: 'Team',
        avatar: 'https://example.com/t.png',
        type: 'Private',
        ownerID: 'alice',
        notification: 'n',
        introduction: 'i',
        memberNum: 12,
        muteAllMembers: false,
        selfInfo: { role: 'Admin', nameCard: 'A', messageRemindType: 'AcceptAndNotify', muteTime: 0 },
      },
      groupAtInfoList: [{ from: 'bob', groupID: '@TGS#1', messageSequence: 7, atTypeArray: [1] }],
      messageRemindType: 'AcceptAndNotify',
    }),
    ME,
  )!;
  assert.equal(c.type, 'GROUP');
  assert.equal(c.atMe, true);
  assert.equal(c.messageRemindType, 'AcceptAndNotify');
  assert.deepEqual(c.groupProfile, {
    groupID: '@TGS#1',
    name: 'Team',
    avatar: 'https://example.com/t.png',
    type: 'Work',
    ownerID: 'alice',
    notification: 'n',
    introduction: 'i',
    memberCount: 12,
    muteAllMembers: false,
    selfRole: 'Admin',
  });
  assert.equal(c.lastMessage?.to, '@TGS#1');
  assert.equal(groupProfileFromSdk({ groupID: 'm', type: 'ChatRoom', memberCount: 3 }).type, 'Meeting');
  assert.equal(groupProfileFromSdk({ groupID: 'm', type: 'AVChatRoom' }).type, 'AVChatRoom');
  assert.equal(groupProfileFromSdk({ groupID: 'm', type: 'Community' }).type, 'Community');
  assert.equal(groupProfileFromSdk({ groupID: 'm', type: 'Public', memberCount: 3 }).memberCount, 3);
});

test('conversations our model has no place for are left out', () => {
  assert.equal(conversationFromSdk(sdkConversation({ conversationID: 'GROUP@TGS#_1@TOPIC#_2', type: 'TOPIC' }), ME), null);
  assert.equal(conversationFromSdk(sdkConversation({ conversationID: 'whatever' }), ME), null);
  assert.equal(conversationFromSdk(null, ME), null);
  assert.equal(conversationFromSdk({ conversationID: '@TIM#SYSTEM', type: '@TIM#SYSTEM' }, ME)?.type, '@TIM#SYSTEM');
});

test("remind types: the SDK's values map onto our three", () => {
  assert.equal(remindTypeOf('AcceptAndNotify'), 'AcceptAndNotify');
  assert.equal(remindTypeOf('AcceptNotNotify'), 'AcceptNotNotify');
  assert.equal(remindTypeOf('NotReceiveMsgExceptAt'), 'AcceptNotNotify');
  assert.equal(remindTypeOf('Discard'), 'Discard');
  assert.equal(remindTypeOf(undefined), 'AcceptAndNotify');
});

test("drafts: ours round-trip through draftText; TUIKit's JSON gives its plain abstract (never its html); plain text stays text", () => {
  const draft = { text: 'half a thought [Smile]', editTime: 1700000000, userDefine: '{"reply":"x"}' };
  assert.deepEqual(decodeDraft(encodeDraft(draft)), draft);
  assert.deepEqual(decodeDraft('{"html":"<p>hi<img src=x onerror=alert(1)></p>","abstract":"hi","messageID":"m1","type":"reply"}'), {
    text: 'hi',
    editTime: 0,
    userDefine: '',
  });
  assert.deepEqual(decodeDraft('just typing'), { text: 'just typing', editTime: 0, userDefine: '' });
  assert.deepEqual(decodeDraft('{not json'), { text: '{not json', editTime: 0, userDefine: '' });
  assert.equal(decodeDraft(''), null);
});

test('profiles and members', () => {
  assert.deepEqual(userProfileFromSdk({ userID: 'u', nick: 7, avatar: 'https://e.example/a.png' }), {
    userID: 'u',
    nick: '7',
    avatar: 'https://e.example/a.png',
  });
  assert.deepEqual(userProfileFromSdk(undefined, 'fallback'), { userID: 'fallback', nick: '', avatar: '' });
  assert.deepEqual(
    groupMemberFromSdk({ userID: 'bob', nick: 'Bob', avatar: '', nameCard: 'B', role: 'Owner', muteUntil: 1700000000, joinTime: 1 }),
    {
      userID: 'bob',
      nick: 'Bob',
      avatar: '',
      nameCard: 'B',
      role: 'Owner',
      muteUntil: 1700000000,
    },
  );
  assert.equal(groupMemberFromSdk({ role: 'Custom', userID: 'x' })?.role, 'Member');
  assert.equal(groupMemberFromSdk({ nick: 'no id' }), null);
});

test("SDK errors become ChatErrors with the kit's codes and words; the SDK's code stays in data", () => {
  const cases: Array<[number, number]> = [
    [2024, CHAT_ERROR.notLoggedIn],
    [2100, CHAT_ERROR.sendFailed],
    [2110, CHAT_ERROR.revokeFailed],
    [2800, CHAT_ERROR.network],
    [2801, CHAT_ERROR.timeout],
    [20016, CHAT_ERROR.revokeTimeLimit],
    [10031, CHAT_ERROR.revokeTimeLimit],
    [10010, CHAT_ERROR.notGroupMember],
    [10017, CHAT_ERROR.mutedInGroup],
    [80002, CHAT_ERROR.textTooLong],
  ];
  for (const [sdkCode, kitCode] of cases) {
    const error = chatErrorFromSdk({ code: sdkCode, message: `sdk says ${sdkCode}` });
    assert.ok(error instanceof ChatError);
    assert.equal(error.code, kitCode, `code ${sdkCode}`);
    assert.match(error.message, new RegExp(`sdk says ${sdkCode}`), "the SDK's words are kept");
    assert.equal((error.data as { sdkCode: number }).sdkCode, sdkCode);
  }
  assert.match(chatErrorFromSdk({ code: 2024, message: '' }).message, /not signed in/i);
  assert.match(chatErrorFromSdk({ code: 2800 }).message, /network/i);
  const unknown = chatErrorFromSdk({ code: 20003, message: 'invalid userID' });
  assert.equal(unknown.code, 20003, 'a code the kit does not name is kept');
  assert.equal(unknown.message, 'invalid userID', "in the SDK's words");
  assert.match(chatErrorFromSdk({ code: 20003 }).message, /20003/);
  const thrown = chatErrorFromSdk(new TypeError('x is undefined'), CHAT_ERROR.sendFailed);
  assert.equal(thrown.code, CHAT_ERROR.sendFailed);
  assert.match(thrown.message, /x is undefined/);
  const same = new ChatError(CHAT_ERROR.offline, 'offline');
  assert.equal(chatErrorFromSdk(same), same);
  assert.equal(chatErrorFromSdk('weird').code, CHAT_ERROR.unknown);
});

const outgoing = (elements: Message['elements'], extra: Partial<Message> = {}): Message => ({
  ...EMPTY_MESSAGE,
  ID: 'client-1',
  conversationID: 'C2Cbob',
  conversationType: 'C2C',
  from: 'alice',
  to: 'bob',
  flow: 'out',
  status: 'unSend',
  elements,
  ...extra,
});

test("outgoing: text, with TUIKit's typing feature flag on C2C and the message priority", () => {
  const request = createRequestFor(outgoing([{ type: 'TIMTextElem', text: 'hi' }], { priority: 'High', cloudCustomData: '{"app":1}' }));
  assert.equal(request.method, 'createTextMessage');
  assert.deepEqual(
    { ...request.options },
    {
      to: 'bob',
      conversationType: 'C2C',
      priority: 'High',
      cloudCustomData: '{"app":1,"messageFeature":{"needTyping":1,"version":1}}',
      payload: { text: 'hi' },
    },
  );
  const plain = createRequestFor(outgoing([{ type: 'TIMTextElem', text: 'hi' }], { cloudCustomData: 'opaque app string' }), {
    announceTyping: true,
  });
  assert.equal(plain.options.cloudCustomData, 'opaque app string', 'data that is not JSON is never overwritten');
  const quiet = createRequestFor(outgoing([{ type: 'TIMTextElem', text: 'hi' }]), { announceTyping: false });
  assert.equal(quiet.options.cloudCustomData, undefined);
});

test('outgoing: a group text with mentions uses createTextAtMessage; mentions are ignored in C2C', () => {
  const group = createRequestFor(
    outgoing([{ type: 'TIMTextElem', text: '@Bob @all look' }], {
      conversationID: 'GROUPteam',
      conversationType: 'GROUP',
      to: 'team',
      atUserList: ['bob', '__kImSDK_MesssageAtALL__'],
    }),
  );
  assert.equal(group.method, 'createTextAtMessage');
  assert.deepEqual(group.options.payload, { text: '@Bob @all look', atUserList: ['bob', '__kImSDK_MesssageAtALL__'] });
  assert.equal(group.options.conversationType, 'GROUP');
  assert.equal(group.options.cloudCustomData, undefined, 'no typing flag in groups');
  assert.equal(createRequestFor(outgoing([{ type: 'TIMTextElem', text: 'x' }], { atUserList: ['bob'] })).method, 'createTextMessage');
});

test('outgoing: face, location, custom', () => {
  assert.deepEqual(createRequestFor(outgoing([{ type: 'TIMFaceElem', index: 2, data: 'pack/02' }])).options.payload, {
    index: 2,
    data: 'pack/02',
  });
  assert.equal(
    createRequestFor(outgoing([{ type: 'TIMLocationElem', description: 'Here', longitude: 1, latitude: 2 }])).method,
    'createLocationMessage',
  );
  const custom = createRequestFor(
    outgoing([{ type: 'TIMCustomElem', data: '{"businessID":"user_typing_status"}', description: '', extension: '' }]),
  );
  assert.equal(custom.method, 'createCustomMessage');
  assert.equal(custom.options.cloudCustomData, undefined, 'custom messages (typing among them) carry no feature flag');
});

test('outgoing: attachments become Files of our own making, named and typed, with the durations the SDK reads', async () => {
  const png = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
  const image = createRequestFor(outgoing([{ type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [] }]), { file: png });
  assert.equal(image.method, 'createImageMessage');
  assert.equal(Object.prototype.toString.call(image.file), '[object File]');
  assert.equal(image.file!.name, 'image.png');
  assert.equal(image.file!.type, 'image/png');
  assert.deepEqual(new Uint8Array(await image.file!.arrayBuffer()), new Uint8Array([1, 2, 3]));
  assert.equal(image.options.payload.file, image.file);

  const doc = createRequestFor(outgoing([{ type: 'TIMFileElem', uuid: '', fileName: 'report.pdf', fileSize: 0, fileUrl: '' }]), {
    file: new Blob(['x'], { type: 'application/pdf' }),
  });
  assert.equal(doc.file!.name, 'report.pdf');
  const named = new File(['x'], 'holiday.jpg', { type: 'image/jpeg' });
  assert.equal(
    createRequestFor(outgoing([{ type: 'TIMImageElem', uuid: '', imageFormat: '', imageInfoArray: [] }]), { file: named }).file!.name,
    'holiday.jpg',
  );
  assert.notEqual(
    createRequestFor(outgoing([{ type: 'TIMImageElem', uuid: '', imageFormat: '', imageInfoArray: [] }]), { file: named }).file,
    named,
    "the SDK writes onto its file: never the caller's",
  );

  const sound = createRequestFor(outgoing([{ type: 'TIMSoundElem', uuid: '', url: '', second: 3, size: 0 }]), {
    file: new Blob(['a'], { type: 'audio/mp4' }),
  });
  assert.equal(sound.method, 'createAudioMessage');
  assert.equal((sound.file as unknown as { duration: number }).duration, 3000, 'milliseconds for audio');
  const video = createRequestFor(
    outgoing([
      {
        type: 'TIMVideoFileElem',
        uuid: '',
        videoUrl: '',
        videoSecond: 12,
        videoSize: 0,
        videoFormat: 'mp4',
        thumbUrl: '',
        thumbWidth: 0,
        thumbHeight: 0,
      },
    ]),
    { file: new Blob(['v'], { type: 'video/mp4' }) },
  );
  assert.equal(video.method, 'createVideoMessage');
  assert.equal((video.file as unknown as { duration: number }).duration, 12, 'seconds for video');

  let fraction = -1;
  const withProgress = createRequestFor(outgoing([{ type: 'TIMFileElem', uuid: '', fileName: 'a', fileSize: 0, fileUrl: '' }]), {
    file: new Blob(['x']),
    onUploadProgress: (f) => (fraction = f),
  });
  (withProgress.options.onProgress as (value: unknown) => void)(0.25);
  assert.equal(fraction, 0.25);
});

test('outgoing: what the Web SDK cannot send is refused with invalidArgument', () => {
  const refuse = (message: Message, file?: Blob) =>
    assert.throws(
      () => createRequestFor(message, file ? { file } : {}),
      (e: unknown) => e instanceof ChatError && e.code === CHAT_ERROR.invalidArgument,
    );
  refuse(outgoing([{ type: 'TIMTextElem', text: 'x' }], { conversationID: '@TIM#SYSTEM', conversationType: '@TIM#SYSTEM' }));
  refuse(outgoing([{ type: 'TIMTextElem', text: 'x' }], { conversationID: 'nonsense' }));
  refuse(outgoing([]));
  refuse(
    outgoing([
      { type: 'TIMTextElem', text: 'a' },
      { type: 'TIMFaceElem', index: 1, data: 'x' },
    ]),
  );
  refuse(outgoing([{ type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [] }]));
  refuse(
    outgoing([
      {
        type: 'TIMGroupTipElem',
        operationType: 1,
        operatorID: 'a',
        userIDList: [],
        groupID: 'g',
        groupProfileChanges: [],
        memberMuteChanges: [],
      },
    ]),
  );
  refuse(outgoing([{ type: 'unsupported', originalType: 'TIMRelayElem', summary: '', raw: null }]));
});

test('upload progress from the SDK: a fraction, or a percentage in some versions', () => {
  assert.equal(fractionOf(0.5), 0.5);
  assert.equal(fractionOf(50), 0.5);
  assert.equal(fractionOf(100), 1);
  assert.equal(fractionOf({ percent: 0.3 }), 0.3);
  assert.equal(fractionOf(NaN), 0);
  assert.equal(fractionOf(-1), 0);
});

test('the last message of a conversation summary works for groups and for unknown element types', () => {
  const last = lastMessageFromSdk(
    {
      lastTime: 10,
      lastSequence: 3,
      fromAccount: 'bob',
      type: 'TIMCustomElem',
      payload: { data: 'x', description: 'Order #1', extension: '' },
      messageForShow: 'Order #1',
    },
    { conversationID: 'GROUPteam', type: 'GROUP' },
    ME,
  )!;
  assert.equal(last.to, 'team');
  assert.equal(last.conversationType, 'GROUP');
  assert.deepEqual(last.elements, [{ type: 'TIMCustomElem', data: 'x', description: 'Order #1', extension: '' }]);
});

test("this file's hand-written fixtures have the fields of the real SDK's objects", async () => {
  const sdk = await realSdk('alice');
  try {
    const real = sdk.received(fromBob(), ELEMENTS.text);
    const fixture = sdkMessage();
    // `_elements` is where the SDK keeps what `type` and `payload` show.
    assert.deepEqual(
      Object.keys(real).filter((k) => !(k in fixture) && k !== '_elements'),
      [],
    );
    const conversation = sdk.conversation({ conversationID: 'C2Cbob', type: 'C2C', lastMessage: real });
    const fixtureConversation = sdkConversation();
    assert.deepEqual(
      Object.keys(conversation).filter((k) => !k.startsWith('_') && !(k in fixtureConversation)),
      [],
    );
    assert.deepEqual(
      Object.keys(conversation.lastMessage as object).filter((k) => !(k in (fixtureConversation.lastMessage as object))),
      [],
      'the summary',
    );
  } finally {
    sdk.dispose();
  }
});
