import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MessageElement } from '../../src/core/model/elements.js';
import { c2cConversationID, groupConversationID } from '../../src/core/model/ids.js';
import { AT_ALL } from '../../src/core/model/message.js';
import { senderSupportsTyping } from '../../src/core/model/tuikit-wire.js';
import { messageFromSdk } from '../../src/core/service/tencent/map-message.js';
import { createRequestFor, createSdkMessage } from '../../src/core/service/tencent/outgoing.js';
import type { TencentChatSDK } from '../../src/core/service/tencent/sdk-types.js';
import { outgoingMessage } from '../contract/contract-helpers.js';
import { publicFactoryRefuses, realSdk, type RealSdk } from '../fakes/real-sdk.js';
import { declaredFields } from './tencent-declarations.js';

/**
 * Mapping tests on messages the real @tencentcloud/chat builds (test/fakes/real-sdk.ts says
 * how, offline): the kit's message → the adapter's create request → the SDK's own factory →
 * the SDK's Message object → the adapter's mapping → the kit's message again.
 */
let sdk: RealSdk;

before(async () => {
  sdk = await realSdk('alice');
});

after(() => sdk.dispose());

/** Kit message → the SDK's message object, through the adapter's own request. */
function build(conversationID: string, elements: readonly MessageElement[], extra = {}, file?: Blob) {
  const message = outgoingMessage('alice', conversationID, elements, extra);
  const request = createRequestFor(message, file ? { file } : {});
  const sdkMessage = createSdkMessage(sdk.factories as TencentChatSDK, request);
  return { message, request, sdkMessage, mapped: messageFromSdk(sdkMessage, { selfUserID: 'alice' })! };
}

test("the SDK's public factories refuse before login (2024), which is why these tests call the factory behind them", async () => {
  assert.deepEqual(await publicFactoryRefuses(sdk.chat), { code: 2024 });
});

test('a real SDK message object has every field the SDK declares for Message', () => {
  const { sdkMessage } = build(c2cConversationID('bob'), [{ type: 'TIMTextElem', text: 'hi' }]);
  const keys = new Set(Object.keys(sdkMessage));
  const missing = declaredFields('Message').filter((field) => !keys.has(field) && !(field in sdkMessage));
  assert.deepEqual(missing, []);
});

test("text: the SDK builds it from the adapter's request and it maps back to the same text, addressed and typed", () => {
  const { mapped, sdkMessage } = build(c2cConversationID('bob'), [{ type: 'TIMTextElem', text: 'hello [Smile] 你好' }], {
    priority: 'High',
  });
  assert.match(mapped.ID, /^144115200000000001-\d+-\d+$/, 'the SDK names it tinyID-clientTime-random');
  assert.equal(mapped.conversationID, c2cConversationID('bob'));
  assert.equal(mapped.conversationType, 'C2C');
  assert.equal(mapped.from, 'alice');
  assert.equal(mapped.to, 'bob');
  assert.equal(mapped.flow, 'out');
  assert.equal(mapped.status, 'unSend');
  assert.equal(mapped.priority, 'High');
  assert.equal(mapped.onlineOnly, false);
  assert.ok(mapped.random > 0 && mapped.clientTime > 0);
  assert.deepEqual(mapped.elements, [{ type: 'TIMTextElem', text: 'hello [Smile] 你好' }]);
  assert.ok(senderSupportsTyping(mapped), "TUIKit's typing flag rides along in C2C");
  assert.equal(Object.isFrozen(mapped), true);
  assert.equal((sdkMessage as { payload: { text: string } }).payload.text, 'hello [Smile] 你好', 'the SDK object itself is untouched');
});

test('group text with mentions: createTextAtMessage, and the SDK keeps atUserList (with @all)', () => {
  const { mapped, request } = build(groupConversationID('team'), [{ type: 'TIMTextElem', text: '@bob @all hi' }], {
    atUserList: ['bob', AT_ALL],
  });
  assert.equal(request.method, 'createTextAtMessage');
  assert.equal(mapped.conversationID, groupConversationID('team'));
  assert.equal(mapped.conversationType, 'GROUP');
  assert.equal(mapped.to, 'team');
  assert.deepEqual([...mapped.atUserList], ['bob', AT_ALL]);
  assert.equal(mapped.cloudCustomData, '', 'no typing flag in groups');
});

test("face, location and custom elements round-trip through the SDK's factories", () => {
  const elements: MessageElement[] = [
    { type: 'TIMFaceElem', index: 3, data: 'tt00/01' },
    { type: 'TIMLocationElem', description: 'Shenzhen Bay', longitude: 113.94, latitude: 22.52 },
    { type: 'TIMCustomElem', data: '{"businessID":"order","id":7}', description: 'an order', extension: 'ext' },
  ];
  for (const element of elements) {
    const { mapped, sdkMessage } = build(c2cConversationID('bob'), [element], { cloudCustomData: '{"reply":1}' });
    assert.deepEqual(mapped.elements, [element], `${element.type} maps back`);
    assert.equal((sdkMessage as { type: string }).type, element.type, 'the SDK typed it the same');
  }
});

test('a custom message carries no typing flag (TUIKit reads the signal itself from custom data)', () => {
  const { mapped } = build(c2cConversationID('bob'), [{ type: 'TIMCustomElem', data: 'x', description: '', extension: '' }]);
  assert.equal(mapped.cloudCustomData, '');
});

// The SDK reads a video's size and duration in its browser branch only; test/browser/tencent-sdk-objects.test.ts checks them there.
test("voice and video: the SDK takes the adapter's File (and, for voice, the duration set on it)", () => {
  const voice = build(
    c2cConversationID('bob'),
    [{ type: 'TIMSoundElem', uuid: '', url: '', second: 7, size: 0 }],
    {},
    new Blob([new Uint8Array(640)], { type: 'audio/mp4' }),
  );
  const sound = voice.mapped.elements[0]!;
  assert.equal(sound.type, 'TIMSoundElem');
  if (sound.type === 'TIMSoundElem') {
    assert.equal(sound.size, 640, 'the size the SDK read from the file');
    assert.equal(sound.url, '', 'no URL before the upload');
    assert.equal(sound.second, 7, 'the duration the SDK read from the file');
  }
  const clip = build(
    c2cConversationID('bob'),
    [
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
    ],
    {},
    new Blob([new Uint8Array(2048)], { type: 'video/mp4' }),
  );
  const video = clip.mapped.elements[0]!;
  assert.equal(video.type, 'TIMVideoFileElem');
  if (video.type === 'TIMVideoFileElem') assert.ok(video.uuid.length > 0, 'the SDK named the upload');
});
