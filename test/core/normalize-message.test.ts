import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeMessage, normalizeMessages, DERIVED_ID_PREFIX, type Repair } from '../../src/core/interop/normalize-message.js';
import type { ImageElem, MessageElement, UnsupportedElem } from '../../src/core/model/elements.js';

/** A Web SDK message as `onMessageReceived` delivers it (public fields only). */
function webTextMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    ID: '144115217363870632-1700000000-3591234',
    type: 'TIMTextElem',
    payload: { text: 'Hello [Smile]' },
    conversationID: 'C2Calice',
    conversationType: 'C2C',
    to: 'me',
    from: 'alice',
    flow: 'in',
    time: 1700000000,
    clientTime: 1699999999,
    sequence: 42,
    random: 3591234,
    status: 'success',
    isRevoked: false,
    priority: 'Normal',
    nick: 'Alice',
    avatar: 'https://cdn.example.com/alice.png',
    isPeerRead: false,
    nameCard: '',
    atUserList: [],
    cloudCustomData: '',
    isDeleted: false,
    isModified: false,
    needReadReceipt: false,
    revoker: '',
    ...overrides,
  };
}

function repairAt(repairs: readonly Repair[], path: string): Repair | undefined {
  return repairs.find((repair) => repair.path === path);
}

function firstElement(input: unknown): MessageElement {
  return normalizeMessage(input).message.elements[0] as MessageElement;
}

test('a well-formed Web SDK message needs no repair', () => {
  const { message, repairs } = normalizeMessage(webTextMessage());
  assert.deepEqual(repairs, []);
  assert.equal(message.ID, '144115217363870632-1700000000-3591234');
  assert.deepEqual(message.elements, [{ type: 'TIMTextElem', text: 'Hello [Smile]' }]);
  assert.equal(message.clientTime, 1699999999);
  assert.equal(message.sequence, 42);
  assert.equal(message.avatar, 'https://cdn.example.com/alice.png');
});

test('null becomes a placeholder message with an unsupported element and a trace', () => {
  const { message, repairs } = normalizeMessage(null);
  assert.equal(message.conversationID, '');
  assert.equal(message.elements.length, 1);
  assert.equal(message.elements[0]?.type, 'unsupported');
  assert.deepEqual(repairs[0], { path: '', kind: 'dropped', detail: 'expected a message object, got null' });
  assert.ok(message.ID.startsWith(DERIVED_ID_PREFIX));
});

test('a string input is kept as the raw of the placeholder', () => {
  const { message, repairs } = normalizeMessage('{"ID":"x"}');
  assert.equal(repairs[0]?.kind, 'dropped');
  assert.match(repairs[0]?.detail ?? '', /got "\{\\"ID\\":\\"x\\"\}"/);
  assert.deepEqual(message.elements[0], { type: 'unsupported', originalType: '', summary: '', raw: '{"ID":"x"}' });
});

test('a number input becomes a placeholder', () => {
  const { message, repairs } = normalizeMessage(42);
  assert.equal(repairs[0]?.detail, 'expected a message object, got number 42');
  assert.equal((message.elements[0] as UnsupportedElem).raw, 42);
});

test('an array input becomes a placeholder (use normalizeMessages for lists)', () => {
  const { message, repairs } = normalizeMessage([webTextMessage()]);
  assert.equal(repairs[0]?.detail, 'expected a message object, got an array of 1');
  assert.equal(message.elements[0]?.type, 'unsupported');
});

test('a missing ID is derived from the content: stable for equal input, different for different input', () => {
  const withoutID = webTextMessage({ ID: undefined });
  const first = normalizeMessage(withoutID);
  const second = normalizeMessage({ ...withoutID });
  const other = normalizeMessage(webTextMessage({ ID: undefined, payload: { text: 'Hello' } }));
  assert.ok(first.message.ID.startsWith(DERIVED_ID_PREFIX));
  assert.equal(first.message.ID, second.message.ID);
  assert.notEqual(first.message.ID, other.message.ID);
  assert.equal(repairAt(first.repairs, 'ID')?.kind, 'defaulted');
  // A numeric ID is read as text.
  const numeric = normalizeMessage(webTextMessage({ ID: 123 }));
  assert.equal(numeric.message.ID, '123');
  assert.equal(repairAt(numeric.repairs, 'ID')?.kind, 'coerced');
});

test('wrong-typed times: numeric text, a Date and milliseconds are converted; garbage falls back', () => {
  const text = normalizeMessage(webTextMessage({ time: '1700000000' }));
  assert.equal(text.message.time, 1700000000);
  assert.equal(repairAt(text.repairs, 'time')?.kind, 'coerced');

  const date = normalizeMessage(webTextMessage({ time: new Date(1700000000500) }));
  assert.equal(date.message.time, 1700000000);

  const millis = normalizeMessage(webTextMessage({ time: 1700000000123 }));
  assert.equal(millis.message.time, 1700000000);
  assert.match(repairAt(millis.repairs, 'time')?.detail ?? '', /milliseconds/);

  const garbage = normalizeMessage(webTextMessage({ time: 'yesterday' }));
  assert.equal(garbage.message.time, 1699999999, 'the client time stands in');
  assert.equal(repairAt(garbage.repairs, 'time')?.kind, 'dropped');

  const nothing = normalizeMessage(webTextMessage({ time: { at: 1 }, clientTime: -5 }));
  assert.equal(nothing.message.time, 0);
  assert.equal(nothing.message.clientTime, 0);
  assert.ok(nothing.repairs.some((repair) => repair.path === 'time' && repair.kind === 'defaulted'));
});

test('numbers and booleans from text; other wrong types fall back to defaults', () => {
  const { message, repairs } = normalizeMessage(
    webTextMessage({ sequence: '17', random: 'lots', isPeerRead: 'true', isRead: 1, isRevoked: 'maybe', customInt: 2.6, nick: 99 }),
  );
  assert.equal(message.sequence, 17);
  assert.equal(message.random, 0);
  assert.equal(message.isPeerRead, true);
  assert.equal(message.isRead, true);
  assert.equal(message.isRevoked, false);
  assert.equal(message.customInt, 3);
  assert.equal(message.nick, '99');
  assert.equal(repairAt(repairs, 'random')?.kind, 'dropped');
  assert.equal(repairAt(repairs, 'isRevoked')?.kind, 'dropped');
  assert.equal(repairAt(repairs, 'sequence')?.kind, 'coerced');
});

test('bad enums are checked against their lists', () => {
  const { message, repairs } = normalizeMessage(webTextMessage({ status: 'sent', priority: 'HIGH', flow: 'sideways' }));
  assert.equal(message.status, 'success');
  assert.equal(repairAt(repairs, 'status')?.kind, 'dropped');
  assert.equal(message.priority, 'High');
  assert.equal(repairAt(repairs, 'priority')?.kind, 'coerced');
  assert.equal(message.flow, 'in');
  assert.equal(repairAt(repairs, 'flow')?.kind, 'dropped');

  const conflicting = normalizeMessage(webTextMessage({ conversationType: 'GROUP' }));
  assert.equal(conflicting.message.conversationType, 'C2C', 'the conversation ID decides');
  assert.equal(repairAt(conflicting.repairs, 'conversationType')?.kind, 'coerced');

  const unknown = normalizeMessage(webTextMessage({ conversationType: 'PRIVATE' }));
  assert.equal(unknown.message.conversationType, 'C2C');
  assert.equal(repairAt(unknown.repairs, 'conversationType')?.kind, 'dropped');
});

test('conversation ID and type are derived from each other and from sender/receiver', () => {
  const noID = normalizeMessage(webTextMessage({ conversationID: undefined }));
  assert.equal(noID.message.conversationID, 'C2Calice', 'incoming C2C: the sender is the peer');
  assert.equal(repairAt(noID.repairs, 'conversationID')?.kind, 'defaulted');

  const outgoing = normalizeMessage(webTextMessage({ conversationID: undefined, flow: 'out', from: 'me', to: 'bob' }));
  assert.equal(outgoing.message.conversationID, 'C2Cbob');

  const group = normalizeMessage(webTextMessage({ conversationID: undefined, conversationType: 'GROUP', to: 'team' }));
  assert.equal(group.message.conversationID, 'GROUPteam');

  const raw = normalizeMessage(webTextMessage({ conversationID: 'team', conversationType: 'GROUP', to: undefined }));
  assert.equal(raw.message.conversationID, 'GROUPteam');
  assert.equal(raw.message.to, 'team');
  assert.equal(repairAt(raw.repairs, 'conversationID')?.kind, 'coerced');

  const noType = normalizeMessage(webTextMessage({ conversationType: undefined, conversationID: 'GROUPteam', to: undefined }));
  assert.equal(noType.message.conversationType, 'GROUP');
  assert.equal(noType.message.to, 'team');

  const notice = normalizeMessage({
    ID: 'n1',
    flow: 'in',
    from: '@TIM#SYSTEM',
    time: 1,
    type: 'TIMGroupSystemNoticeElem',
    payload: { operationType: 5, operatorID: 'owner', groupProfile: { groupID: 'g1', name: 'Team' } },
  });
  assert.equal(notice.message.conversationID, '@TIM#SYSTEM');
  assert.equal(notice.message.conversationType, '@TIM#SYSTEM');

  const context = normalizeMessage(webTextMessage({ conversationID: undefined, conversationType: undefined }), {
    conversationID: 'GROUPteam',
  });
  assert.equal(context.message.conversationID, 'GROUPteam');
});

test('unsafe URL schemes are dropped everywhere, with a trace', () => {
  const { message, repairs } = normalizeMessage({
    ...webTextMessage({ avatar: 'javascript:alert(document.cookie)', type: undefined, payload: undefined }),
    elements: [
      { type: 'TIMSoundElem', payload: { uuid: 's', url: ' JAVASCRIPT:alert(1)', second: 4, size: 100 } },
      { type: 'TIMFileElem', payload: { uuid: 'f', fileName: 'a.pdf', fileSize: 10, fileUrl: 'vbscript:msgbox(1)' } },
      {
        type: 'TIMVideoFileElem',
        payload: { videoUrl: 'data:text/html,<script>alert(1)</script>', thumbUrl: '/relative/thumb.jpg', videoSecond: 3 },
      },
      {
        type: 'TIMImageElem',
        payload: {
          uuid: 'i',
          imageFormat: 'PNG',
          imageInfoArray: [{ type: 0, width: 800, height: 600, size: 9, url: 'java\tscript:alert(1)' }],
        },
      },
    ],
  });
  assert.equal(message.avatar, '');
  const [sound, file, video] = message.elements as unknown as readonly Record<string, unknown>[];
  assert.equal(sound?.url, '');
  assert.equal(file?.fileUrl, '');
  assert.equal(video?.videoUrl, '');
  assert.equal(video?.thumbUrl, '');
  for (const path of [
    'avatar',
    'elements[0].url',
    'elements[1].fileUrl',
    'elements[2].videoUrl',
    'elements[2].thumbUrl',
    'elements[3].imageInfoArray[0].url',
  ]) {
    assert.equal(repairAt(repairs, path)?.kind, 'dropped', path);
  }
  assert.ok(!JSON.stringify(message).toLowerCase().includes('script:'));
});

test('an image with no safe URL keeps its sizes so the UI can show a placeholder', () => {
  const image = firstElement(
    webTextMessage({
      type: 'TIMImageElem',
      payload: {
        uuid: 'img-1',
        imageFormat: 1,
        imageInfoArray: [
          { type: 0, width: 1600, height: 1200, size: 204800, url: 'javascript:alert(1)' },
          { type: 1, width: 264, height: 198, size: 0, url: '' },
          { type: 2, width: 960, height: 720, size: 0, imageUrl: 'https://cdn.example.com/large.jpg' },
        ],
      },
    }),
  ) as ImageElem;
  assert.equal(image.imageFormat, 'JPG', 'the numeric format code is named');
  assert.deepEqual(
    image.imageInfoArray.map(({ type, width, height, url }) => [type, width, height, url]),
    [
      [0, 1600, 1200, ''],
      [1, 264, 198, ''],
      [2, 960, 720, 'https://cdn.example.com/large.jpg'],
    ],
  );
});

test('an unknown element type becomes unsupported and keeps the raw data', () => {
  const payload = { title: 'Chat history', abstractList: ['alice: hi', 'bob: yo'], messageList: [{ ID: 'a' }] };
  const { message, repairs } = normalizeMessage(webTextMessage({ type: 'TIMFutureElem', payload }));
  assert.deepEqual(message.elements[0], { type: 'unsupported', originalType: 'TIMFutureElem', summary: 'Chat history', raw: payload });
  assert.equal(repairAt(repairs, 'elements[0].type')?.kind, 'unsupported');
  assert.notEqual((message.elements[0] as UnsupportedElem).raw, payload, 'the raw is a copy');
});

test('a missing payload makes an unsupported element, not an empty text', () => {
  const { message, repairs } = normalizeMessage(webTextMessage({ payload: undefined }));
  assert.deepEqual(message.elements[0], { type: 'unsupported', originalType: 'TIMTextElem', summary: '', raw: null });
  assert.equal(repairs[0]?.kind, 'unsupported');
  assert.equal(repairs[0]?.path, 'elements[0]');

  const noElements = normalizeMessage(webTextMessage({ type: undefined, payload: undefined }));
  assert.equal(noElements.message.elements[0]?.type, 'unsupported');
  assert.equal(repairAt(noElements.repairs, 'elements')?.kind, 'defaulted');

  const noText = normalizeMessage(webTextMessage({ payload: {} }));
  assert.deepEqual(noText.message.elements[0], { type: 'TIMTextElem', text: '' });
  assert.equal(repairAt(noText.repairs, 'elements[0].text')?.kind, 'defaulted');
});

test('huge text is never truncated', () => {
  const text = `${'长文本 long text 😀 '.repeat(200_000)}end`;
  const element = firstElement(webTextMessage({ payload: { text } }));
  assert.equal(element.type, 'TIMTextElem');
  assert.equal((element as { text: string }).text.length, text.length);
  assert.ok((element as { text: string }).text.endsWith('end'));
});

test('nested garbage is repaired piece by piece and never throws', () => {
  const cyclic: Record<string, unknown> = { name: 'loop' };
  cyclic.self = cyclic;
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('boom');
      },
      ownKeys() {
        throw new Error('boom');
      },
    },
  );
  const { message, repairs } = normalizeMessage({
    ...webTextMessage({
      type: undefined,
      payload: undefined,
      atUserList: ['bob', 7, { id: 'x' }, null],
      cloudCustomData: { messageReply: { id: 'm0' } },
      progress: 'half',
    }),
    elements: [
      null,
      'text?',
      {
        type: 'TIMImageElem',
        payload: { imageInfoArray: [null, 'x', { type: 'big', width: {} }, { type: 0, width: '800', height: -1, url: 5 }, { type: 0 }] },
      },
      {
        type: 'TIMGroupTipElem',
        payload: {
          operationType: '6',
          userIDList: 'alice',
          newGroupProfile: { name: { deep: [1, [2, [3]]] }, muteAllMembers: 1 },
          memberList: [{ userID: 'u1', muteTime: '60' }, { muteTime: 5 }, 3],
        },
      },
      { type: 'TIMWeirdElem', payload: { cyclic, fn: () => 1, sym: Symbol('s'), big: 10n } },
      { type: 'TIMCustomElem', payload: hostile },
      { type: 'TIMLocationElem', payload: { longitude: 500, latitude: 'north', description: ['x'] } },
    ],
  });
  assert.equal(message.elements.length, 7);
  assert.equal(message.elements[0]?.type, 'unsupported');
  assert.equal(message.elements[1]?.type, 'unsupported');
  const image = message.elements[2] as ImageElem;
  assert.deepEqual(image.imageInfoArray, [{ type: 0, width: 800, height: 0, size: 0, url: '' }]);
  const tip = message.elements[3] as Extract<MessageElement, { type: 'TIMGroupTipElem' }>;
  assert.equal(tip.operationType, 6);
  assert.deepEqual(tip.userIDList, []);
  assert.deepEqual(tip.groupProfileChanges, [
    { key: 'name', value: '{"deep":[1,[2,[3]]]}' },
    { key: 'muteAllMembers', value: true },
  ]);
  assert.deepEqual(tip.memberMuteChanges, [{ userID: 'u1', muteTime: 60 }]);
  const weird = message.elements[4] as UnsupportedElem;
  assert.deepEqual(weird.raw, { cyclic: { name: 'loop', self: '[circular]' }, fn: '[function]', sym: '[symbol]', big: '10' });
  assert.equal(message.elements[5]?.type, 'TIMCustomElem', 'a hostile payload reads as empty fields');
  assert.deepEqual(message.elements[6], { type: 'TIMLocationElem', description: '', longitude: 0, latitude: 0 });
  assert.deepEqual(message.atUserList, ['bob', '7']);
  assert.equal(message.cloudCustomData, '{"messageReply":{"id":"m0"}}');
  assert.equal(message.progress, undefined);
  for (const path of [
    'elements[2].imageInfoArray[0]',
    'elements[2].imageInfoArray[2].type',
    'elements[2].imageInfoArray[4]',
    'elements[4].raw',
    'atUserList[2]',
    'progress',
    'elements[6].longitude',
  ]) {
    assert.ok(
      repairs.some((repair) => repair.path === path),
      `a repair at ${path}`,
    );
  }
});

test('a hostile object at the top is survived', () => {
  const hostile = new Proxy(
    {},
    {
      get() {
        throw new Error('no reading');
      },
      ownKeys() {
        throw new Error('no listing');
      },
      getPrototypeOf() {
        throw new Error('no proto');
      },
    },
  );
  assert.doesNotThrow(() => normalizeMessage(hostile));
  assert.equal(normalizeMessage(hostile).message.elements.length, 1);
});

test('the result is frozen, deeply for elements, and the input is not touched', () => {
  const input = {
    ...webTextMessage({ type: undefined, payload: undefined }),
    elements: [
      {
        type: 'TIMImageElem',
        payload: {
          uuid: 'i',
          imageFormat: 'PNG',
          imageInfoArray: [{ type: 0, width: 1, height: 1, size: 1, url: 'https://cdn.example.com/i.png' }],
        },
      },
      { type: 'TIMGroupTipElem', payload: { operationType: 7, memberList: [{ userID: 'u', muteTime: 60 }] } },
      { type: 'TIMNew', payload: { nested: { list: [1, 2] } } },
    ],
  };
  const snapshot = structuredClone(input);
  const { message } = normalizeMessage(Object.freeze(input));
  assert.deepEqual(input, snapshot);
  const isDeepFrozen = (value: unknown): boolean =>
    typeof value !== 'object' || value === null || (Object.isFrozen(value) && Object.values(value).every(isDeepFrozen));
  assert.ok(Object.isFrozen(message));
  assert.ok(Object.isFrozen(message.atUserList));
  assert.ok(isDeepFrozen(message.elements));
});

test('our own flattened elements are accepted and normalizing is idempotent', () => {
  const flattened = {
    ...webTextMessage({ type: undefined, payload: undefined }),
    elements: [
      { type: 'TIMTextElem', text: 'look' },
      { type: 'TIMFaceElem', index: 3, data: 'pack/03' },
      { type: 'TIMLocationElem', description: 'Office', longitude: 113.94, latitude: 22.54 },
      { type: 'TIMCustomElem', data: '{"businessID":"order"}', description: 'Order', extension: '' },
      { type: 'unsupported', originalType: 'TIMRelayElem', summary: 'History', raw: { title: 'History' } },
    ],
  };
  const first = normalizeMessage(flattened);
  assert.deepEqual(first.repairs, []);
  assert.deepEqual(
    first.message.elements.map((element) => element.type),
    ['TIMTextElem', 'TIMFaceElem', 'TIMLocationElem', 'TIMCustomElem', 'unsupported'],
  );
  const second = normalizeMessage(first.message);
  assert.deepEqual(second.message, first.message);
  assert.deepEqual(second.repairs, []);
});

test('Web SDK group tips and notices map to the model', () => {
  const tip = firstElement(
    webTextMessage({
      conversationID: 'GROUPteam',
      conversationType: 'GROUP',
      type: 'TIMGroupTipElem',
      payload: {
        operatorID: 'admin',
        operationType: 6,
        userIDList: [],
        groupProfile: { groupID: 'team', groupName: 'Team' },
        newGroupProfile: {
          groupName: 'New name',
          ownerID: 'carol',
          muteAllMembers: true,
          groupCustomField: [{ key: 'level', value: 'gold' }],
        },
        memberNum: 12,
      },
    }),
  );
  assert.deepEqual(tip, {
    type: 'TIMGroupTipElem',
    operationType: 6,
    operatorID: 'admin',
    userIDList: [],
    groupID: 'team',
    groupProfileChanges: [
      { key: 'name', value: 'New name' },
      { key: 'owner', value: 'carol' },
      { key: 'muteAllMembers', value: true },
      { key: 'custom:level', value: 'gold' },
    ],
    memberMuteChanges: [],
    memberNum: 12,
  });
  const notice = firstElement({
    ID: 'n',
    flow: 'in',
    from: '@TIM#SYSTEM',
    to: 'me',
    time: 5,
    conversationID: '@TIM#SYSTEM',
    conversationType: '@TIM#SYSTEM',
    type: 'TIMGroupSystemNoticeElem',
    payload: {
      operationType: 255,
      operatorID: 'admin',
      groupProfile: { groupID: 'team', name: 'Team' },
      handleMessage: '',
      userDefinedField: 'hello all',
    },
  });
  assert.deepEqual(notice, {
    type: 'TIMGroupSystemNoticeElem',
    operationType: 255,
    operatorID: 'admin',
    groupID: 'team',
    groupName: 'Team',
    handleMessage: '',
    userDefinedField: 'hello all',
  });
});

test('normalizeMessages prefixes paths with the index and refuses non-lists', () => {
  const { messages, repairs } = normalizeMessages([webTextMessage(), webTextMessage({ time: 'x' }), 7]);
  assert.equal(messages.length, 3);
  assert.ok(repairs.some((repair) => repair.path === '[1].time'));
  assert.ok(repairs.some((repair) => repair.path === '[2]'));
  const bad = normalizeMessages({ length: 2 });
  assert.deepEqual(bad.messages, []);
  assert.equal(bad.repairs[0]?.kind, 'dropped');
});
