import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import {
  AT_ALL,
  TUIKIT_MESSAGE_TYPE,
  buildMessageReply,
  isTypingMessage,
  mentionsUser,
  mergeCloudCustomData,
  parseCloudCustomData,
  parseMessageReply,
  parseTypingStatus,
  senderSupportsTyping,
  tuikitMessageType,
  typingCustomElem,
  typingStatusData,
  typingStatusOf,
  withMessageFeature,
  withMessageReply,
} from '../../src/core/model/tuikit-wire.js';

const message = (extra: Partial<Message>): Message => ({ ...EMPTY_MESSAGE, ID: 'm1', from: 'alice', ...extra });

test('typing status: the exact JSON TUIKit sends, both states', () => {
  assert.deepEqual(JSON.parse(typingStatusData(true)), {
    businessID: 'user_typing_status',
    typingStatus: 1,
    version: 1,
    userAction: 14,
    actionParam: 'EIMAMSG_InputStatus_Ing',
  });
  assert.deepEqual(JSON.parse(typingStatusData(false)), {
    businessID: 'user_typing_status',
    typingStatus: 0,
    version: 1,
    userAction: 0,
    actionParam: 'EIMAMSG_InputStatus_End',
  });
  assert.deepEqual(typingCustomElem(true), { type: 'TIMCustomElem', data: typingStatusData(true), description: '', extension: '' });
});

test('typing status is read from new and old clients, and nothing else passes for it', () => {
  assert.deepEqual(parseTypingStatus(typingStatusData(true)), { isTyping: true });
  assert.deepEqual(parseTypingStatus(typingStatusData(false)), { isTyping: false });
  assert.deepEqual(parseTypingStatus('{"userAction":14,"actionParam":"EIMAMSG_InputStatus_Ing"}'), { isTyping: true }, 'before businessID');
  assert.deepEqual(parseTypingStatus('{"userAction":14,"actionParam":"EIMAMSG_InputStatus_End"}'), { isTyping: false });
  assert.deepEqual(parseTypingStatus('{"businessID":"user_typing_status","actionParam":"EIMAMSG_InputStatus_End"}'), { isTyping: false });
  assert.equal(parseTypingStatus('{"businessID":"order","typingStatus":1}'), null);
  assert.equal(parseTypingStatus('dice'), null);
  assert.equal(parseTypingStatus(''), null);
  assert.equal(parseTypingStatus('[1]'), null);
  const typing = message({ elements: [typingCustomElem(true)] });
  assert.equal(isTypingMessage(typing), true);
  assert.deepEqual(typingStatusOf(typing), { isTyping: true });
  assert.equal(
    isTypingMessage(message({ elements: [{ type: 'TIMTextElem', text: typingStatusData(true) }] })),
    false,
    'a text that looks like it is text',
  );
  assert.equal(isTypingMessage(message({ elements: [] })), false);
});

test('messageFeature: added to cloudCustomData without losing what is there, and read back', () => {
  assert.equal(withMessageFeature(''), '{"messageFeature":{"needTyping":1,"version":1}}');
  assert.deepEqual(JSON.parse(withMessageFeature('{"messageReply":{"messageID":"x"}}')), {
    messageReply: { messageID: 'x' },
    messageFeature: { needTyping: 1, version: 1 },
  });
  assert.equal(withMessageFeature('plain app string'), 'plain app string', 'never overwrites data that is not ours to parse');
  assert.equal(senderSupportsTyping(message({ cloudCustomData: withMessageFeature('') })), true);
  assert.equal(senderSupportsTyping(message({ cloudCustomData: '' })), false);
  assert.equal(senderSupportsTyping(message({ cloudCustomData: '{"messageFeature":"yes"}' })), false);
});

test("replies: TUIKit's messageReply fields, built from the quoted message and read back", () => {
  const quoted = message({ ID: 'q1', nick: 'Alice', time: 1700000000, sequence: 9, elements: [{ type: 'TIMTextElem', text: 'lunch?' }] });
  const reply = buildMessageReply(quoted);
  assert.deepEqual(reply, {
    messageAbstract: 'lunch?',
    messageSender: 'Alice',
    messageID: 'q1',
    messageType: 1,
    messageTime: 1700000000,
    messageSequence: 9,
    version: 1,
  });
  const data = withMessageReply(withMessageFeature(''), reply);
  assert.deepEqual(parseCloudCustomData(data).messageReply, reply);
  assert.deepEqual(parseMessageReply(data), reply);
  const image = buildMessageReply(
    message({ nameCard: 'Ali', elements: [{ type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [] }] }),
    { abstract: '[Image]' },
  );
  assert.equal(image.messageType, TUIKIT_MESSAGE_TYPE.image);
  assert.equal(image.messageSender, 'Ali', 'the name card first');
  assert.equal(image.messageAbstract, '[Image]');
  const long = buildMessageReply(message({ elements: [{ type: 'TIMTextElem', text: '字'.repeat(500) }] }));
  assert.equal(Array.from(long.messageAbstract).length, 201, 'cut at 200 characters plus an ellipsis');
});

test('replies written by TUIKit clients are read defensively', () => {
  const fromAndroid =
    '{"messageReply":{"messageID":"m-9","messageAbstract":"hi","messageSender":"Bob","messageType":1,"messageTime":"1700000000","messageSequence":3,"version":1,"messageRootID":"root-1"}}';
  assert.deepEqual(parseMessageReply(fromAndroid), {
    messageAbstract: 'hi',
    messageSender: 'Bob',
    messageID: 'm-9',
    messageType: 1,
    messageTime: 1700000000,
    messageSequence: 3,
    version: 1,
    messageRootID: 'root-1',
  });
  assert.equal(parseMessageReply('{"messageReply":{"messageAbstract":"no id"}}'), null);
  assert.equal(parseMessageReply('{"messageReply":"x"}'), null);
  assert.equal(parseMessageReply('not json'), null);
  assert.equal(parseMessageReply(''), null);
  assert.deepEqual(parseMessageReply('{"messageReply":{"messageID":"z","messageType":"nonsense"}}')?.messageType, 0);
});

test('TUIKit message type numbers for every element type', () => {
  const of = (elements: Message['elements']) => tuikitMessageType(message({ elements }));
  assert.equal(of([{ type: 'TIMTextElem', text: '' }]), 1);
  assert.equal(of([{ type: 'TIMCustomElem', data: '', description: '', extension: '' }]), 2);
  assert.equal(of([{ type: 'TIMImageElem', uuid: '', imageFormat: '', imageInfoArray: [] }]), 3);
  assert.equal(of([{ type: 'TIMSoundElem', uuid: '', url: '', second: 0, size: 0 }]), 4);
  assert.equal(
    of([
      {
        type: 'TIMVideoFileElem',
        uuid: '',
        videoUrl: '',
        videoSecond: 0,
        videoSize: 0,
        videoFormat: '',
        thumbUrl: '',
        thumbWidth: 0,
        thumbHeight: 0,
      },
    ]),
    5,
  );
  assert.equal(of([{ type: 'TIMFileElem', uuid: '', fileName: '', fileSize: 0, fileUrl: '' }]), 6);
  assert.equal(of([{ type: 'TIMLocationElem', description: '', longitude: 0, latitude: 0 }]), 7);
  assert.equal(of([{ type: 'TIMFaceElem', index: 0, data: '' }]), 8);
  assert.equal(
    of([
      {
        type: 'TIMGroupTipElem',
        operationType: 1,
        operatorID: '',
        userIDList: [],
        groupID: '',
        groupProfileChanges: [],
        memberMuteChanges: [],
      },
    ]),
    9,
  );
  assert.equal(of([{ type: 'unsupported', originalType: 'TIMRelayElem', summary: 'Chat history', raw: null }]), 10);
  assert.equal(of([{ type: 'unsupported', originalType: 'X', summary: '', raw: null }]), 0);
  assert.equal(of([]), 0);
  assert.equal(
    buildMessageReply(message({ elements: [{ type: 'unsupported', originalType: 'TIMRelayElem', summary: 'Chat history', raw: null }] }))
      .messageAbstract,
    'Chat history',
  );
});

test('mentions: by user ID or @all, never of the sender', () => {
  assert.equal(AT_ALL, '__kImSDK_MesssageAtALL__');
  assert.equal(mentionsUser(message({ from: 'alice', atUserList: ['bob'] }), 'bob'), true);
  assert.equal(mentionsUser(message({ from: 'alice', atUserList: [AT_ALL] }), 'carol'), true);
  assert.equal(mentionsUser(message({ from: 'alice', atUserList: [AT_ALL] }), 'alice'), false);
  assert.equal(mentionsUser(message({ from: 'alice', atUserList: ['dave'] }), 'bob'), false);
});

test('cloudCustomData: parse and merge never throw and keep other keys', () => {
  assert.deepEqual(parseCloudCustomData('{"a":1}'), { a: 1 });
  assert.deepEqual(parseCloudCustomData('{broken'), {});
  assert.deepEqual(parseCloudCustomData('"just a string"'), {});
  assert.equal(mergeCloudCustomData('', { a: 1 }), '{"a":1}');
  assert.deepEqual(JSON.parse(mergeCloudCustomData('{"a":1,"b":2}', { b: 3 })), { a: 1, b: 3 });
  assert.equal(mergeCloudCustomData('[1,2]', { a: 1 }), '[1,2]');
});
