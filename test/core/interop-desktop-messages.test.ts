import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  messageToDesktop,
  messagesFromDesktopJson,
  messagesToDesktopJson,
  DESKTOP_PASSTHROUGH_KEY,
} from '../../src/core/interop/desktop-json.js';
import type { DesktopMemo } from '../../src/core/interop/desktop-passthrough.js';
import type { MessageElement } from '../../src/core/model/elements.js';
import {
  createMessage,
  customElem as customOf,
  faceElem as faceOf,
  fileElem as fileOf,
  groupSystemNoticeElem,
  groupTipElem,
  imageElem as imageOf,
  locationElem as locationOf,
  soundElem as soundOf,
  textElem as textOf,
  videoElem as videoOf,
} from '../../src/core/model/factories.js';
import { locatorOf, type Message } from '../../src/core/model/message.js';
import * as fx from './interop-desktop-fixtures.js';

/** Imports one desktop message, expecting no error. */
function importOne(json: fx.Json): Message {
  const result = messagesFromDesktopJson(JSON.stringify([json]), { selfUserID: 'me' });
  assert.deepEqual(result.errors, []);
  assert.equal(result.messages.length, 1);
  return result.messages[0] as Message;
}

/** export(import(x)) must give x back exactly. */
function assertRoundTrip(json: fx.Json): Message {
  const message = importOne(json);
  assert.deepEqual(JSON.parse(messagesToDesktopJson([message])), [json]);
  return message;
}

/** The keys kept aside for an elem; the model itself must carry every mapped key. */
function elemMemoKeys(message: Message, index = 0): string[] {
  const memo = message.passthrough?.[DESKTOP_PASSTHROUGH_KEY] as DesktopMemo | undefined;
  return (memo?.elems?.[index]?.keys ?? []).map((entry) => entry.key).sort();
}

function messageMemoKeys(message: Message): string[] {
  const memo = message.passthrough?.[DESKTOP_PASSTHROUGH_KEY] as DesktopMemo | undefined;
  return (memo?.keys ?? []).map((entry) => entry.key).sort();
}

test('elem 0 (text) round-trips and maps to TIMTextElem', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.textElem));
  assert.deepEqual(message.elements, [{ type: 'TIMTextElem', text: 'Hello 你好 [微笑] 😀\nsecond line' }]);
  assert.deepEqual(elemMemoKeys(message), []);
  // The message fields live in the model; kept aside is only what it has no place for
  // (platform, unique ID, the full sender profile) and which mapped keys the input left out.
  assert.deepEqual(messageMemoKeys(message), [
    'message_cloud_custom_str',
    'message_group_at_user_array',
    'message_platform',
    'message_sender_profile',
    'message_unique_id',
  ]);
  assert.equal(message.ID, '144115233874815003-1620877708-1038050731');
  assert.equal(message.conversationID, 'C2C98826');
  assert.equal(message.from, '98826');
  assert.equal(message.to, 'me');
  assert.equal(message.flow, 'in');
  assert.equal(message.time, 1620877709);
  assert.equal(message.clientTime, 1620877708);
  assert.equal(message.sequence, 15840);
  assert.equal(message.random, 1038050731);
  assert.equal(message.nick, 'Lin');
  assert.equal(message.avatar, 'https://cdn.example.com/avatars/98826.png');
});

test('elem 1 (image) round-trips with its three sizes', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.imageElem));
  assert.deepEqual(message.elements, [
    {
      type: 'TIMImageElem',
      uuid: '1400187352_98826_9f3a.png',
      imageFormat: 'PNG',
      imageInfoArray: [
        { type: 0, width: 4000, height: 3000, size: 2457600, url: 'https://cos.example.com/im/9f3a.png' },
        { type: 1, width: 264, height: 198, size: 20480, url: 'https://cos.example.com/im/9f3a.png?imageView2/3/w/198/h/198' },
        { type: 2, width: 960, height: 720, size: 184320, url: 'https://cos.example.com/im/9f3a.png?imageView2/3/w/720/h/720' },
      ],
    },
  ]);
  assert.deepEqual(elemMemoKeys(message), [
    'image_elem_large_id',
    'image_elem_level',
    'image_elem_orig_path',
    'image_elem_task_id',
    'image_elem_thumb_id',
  ]);
});

test('elem 2 (sound) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.soundElem));
  assert.deepEqual(message.elements, [
    { type: 'TIMSoundElem', uuid: '1400187352_98826_snd_7a1', url: 'https://cos.example.com/im/7a1.m4a', second: 7, size: 11264 },
  ]);
  assert.deepEqual(elemMemoKeys(message), [
    'sound_elem_business_id',
    'sound_elem_download_flag',
    'sound_elem_file_path',
    'sound_elem_task_id',
  ]);
});

test('elem 3 (custom) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.customElem));
  assert.deepEqual(message.elements, [
    {
      type: 'TIMCustomElem',
      data: '{"businessID":"order","orderID":"A-1024","price":99.5}',
      description: 'Order A-1024',
      extension: 'order',
    },
  ]);
  assert.deepEqual(elemMemoKeys(message), ['custom_elem_sound']);
});

test('elem 4 (file) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.fileElem));
  assert.deepEqual(message.elements, [
    {
      type: 'TIMFileElem',
      uuid: '1400187352_98826_file_c3',
      fileName: 'report.pdf',
      fileSize: 524288,
      fileUrl: 'https://cos.example.com/im/report.pdf',
    },
  ]);
  assert.deepEqual(elemMemoKeys(message), ['file_elem_business_id', 'file_elem_download_flag', 'file_elem_file_path', 'file_elem_task_id']);
});

test('elem 5 (group tips) round-trips: profile change, member mute, join', () => {
  const profile = assertRoundTrip(fx.groupMessage(fx.groupTipsProfileElem));
  assert.deepEqual(profile.elements, [
    {
      type: 'TIMGroupTipElem',
      operationType: 6,
      operatorID: 'admin',
      userIDList: [],
      groupID: '@TGS#2ABCDEFGH',
      groupProfileChanges: [
        { key: 'name', value: 'Team 2024' },
        { key: 'muteAllMembers', value: true },
        { key: 'custom:level', value: 'gold' },
      ],
      memberMuteChanges: [],
    },
  ]);
  assert.equal(profile.conversationID, 'GROUP@TGS#2ABCDEFGH');
  assert.equal(profile.to, '@TGS#2ABCDEFGH');
  assert.equal(profile.nameCard, 'Lin (QA)');
  assert.deepEqual(profile.atUserList, ['alice', '__kImSDK_MesssageAtALL__']);
  assert.equal(profile.cloudCustomData, '{"messageReply":{"messageID":"m0","messageAbstract":"hi"}}');
  assert.ok(
    elemMemoKeys(profile).every(
      (key) =>
        !['group_tips_elem_tip_type', 'group_tips_elem_op_user', 'group_tips_elem_group_id', 'group_tips_elem_user_array'].includes(key),
    ),
  );

  const mute = assertRoundTrip(fx.groupMessage(fx.groupTipsMuteElem));
  assert.deepEqual((mute.elements[0] as Extract<MessageElement, { type: 'TIMGroupTipElem' }>).memberMuteChanges, [
    { userID: 'bob', muteTime: 600 },
  ]);
  assert.ok(!elemMemoKeys(mute).includes('group_tips_elem_member_change_info_array'));

  const join = assertRoundTrip(fx.groupMessage(fx.groupTipsJoinElem));
  const tip = join.elements[0] as Extract<MessageElement, { type: 'TIMGroupTipElem' }>;
  assert.deepEqual([tip.operationType, tip.userIDList, tip.memberNum], [1, ['carol', 'dave'], 14]);
  assert.deepEqual(elemMemoKeys(join), ['group_tips_elem_group_name']);
});

test('elem 6 (face) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.faceElem));
  assert.deepEqual(message.elements, [{ type: 'TIMFaceElem', index: 4, data: 'pack-cat/04' }]);
  assert.deepEqual(elemMemoKeys(message), []);
});

test('elem 7 (location) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.locationElem));
  assert.deepEqual(message.elements, [
    { type: 'TIMLocationElem', description: 'Tencent Binhai Building, Shenzhen', longitude: 113.934528, latitude: 22.522558 },
  ]);
  assert.deepEqual(elemMemoKeys(message), []);
});

test('elem 8 (group report) round-trips; user-defined 16 is the Web SDK notice 255', () => {
  const custom = assertRoundTrip(fx.systemMessage(fx.groupReportCustomElem));
  assert.deepEqual(custom.elements, [
    {
      type: 'TIMGroupSystemNoticeElem',
      operationType: 255,
      operatorID: 'admin',
      groupID: '@TGS#2ABCDEFGH',
      groupName: 'Team',
      handleMessage: '',
      userDefinedField: 'Meeting moved to 3 pm',
    },
  ]);
  assert.equal(custom.conversationID, '@TIM#SYSTEM');
  assert.equal(custom.priority, 'Lowest');
  assert.deepEqual(elemMemoKeys(custom), [
    'group_report_elem_op_group_memberinfo',
    'group_report_elem_op_user_info',
    'group_report_elem_platform',
  ]);

  const request = assertRoundTrip(fx.systemMessage(fx.groupReportJoinRequestElem));
  assert.deepEqual(request.elements, [
    {
      type: 'TIMGroupSystemNoticeElem',
      operationType: 1,
      operatorID: 'erin',
      groupID: '@TGS#2ABCDEFGH',
      groupName: 'Team',
      handleMessage: 'I am on the QA team',
      userDefinedField: '',
    },
  ]);
});

test('elem 9 (video) round-trips', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.videoElem));
  assert.deepEqual(message.elements, [
    {
      type: 'TIMVideoFileElem',
      uuid: '1400187352_98826_vid_e5',
      videoUrl: 'https://cos.example.com/im/e5.mp4',
      videoSecond: 15,
      videoSize: 1048576,
      videoFormat: 'mp4',
      thumbUrl: 'https://cos.example.com/im/e5.jpg',
      thumbWidth: 720,
      thumbHeight: 1280,
    },
  ]);
  assert.deepEqual(elemMemoKeys(message), [
    'video_elem_business_id',
    'video_elem_image_download_flag',
    'video_elem_image_id',
    'video_elem_image_path',
    'video_elem_image_size',
    'video_elem_image_type',
    'video_elem_task_id',
    'video_elem_video_download_flag',
    'video_elem_video_path',
  ]);
});

test('a message with several elems of every type round-trips in order', () => {
  const all = [
    fx.textElem,
    fx.imageElem,
    fx.soundElem,
    fx.customElem,
    fx.fileElem,
    fx.groupTipsProfileElem,
    fx.faceElem,
    fx.locationElem,
    fx.groupReportCustomElem,
    fx.videoElem,
  ];
  const json = fx.groupMessage(fx.textElem, { message_elem_array: all });
  const message = assertRoundTrip(json);
  assert.deepEqual(
    message.elements.map((element) => element.type),
    [
      'TIMTextElem',
      'TIMImageElem',
      'TIMSoundElem',
      'TIMCustomElem',
      'TIMFileElem',
      'TIMGroupTipElem',
      'TIMFaceElem',
      'TIMLocationElem',
      'TIMGroupSystemNoticeElem',
      'TIMVideoFileElem',
    ],
  );
});

test('unknown elem types (10+, merged messages) are kept whole as unsupported and exported as they came', () => {
  const merge = {
    elem_type: 12,
    merge_elem_title: 'Chat history of Lin and Bob',
    merge_elem_abstract_array: ['Lin: hi', 'Bob: yo'],
    merge_elem_compatible_text: 'Upgrade to see',
    merge_elem_message_array: [],
    merge_elem_layer_over_limit: false,
  };
  const future = { elem_type: 99, future_elem_field: { nested: [1, 2, 3] } };
  const json = fx.c2cMessage(fx.textElem, { message_elem_array: [merge, future] });
  const result = messagesFromDesktopJson([json]);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.warnings.map((warning) => warning.field),
    ['message_elem_array[0].elem_type', 'message_elem_array[1].elem_type'],
  );
  const message = result.messages[0] as Message;
  assert.deepEqual(message.elements[0], {
    type: 'unsupported',
    originalType: 'kTIMElem_Merge',
    summary: 'Chat history of Lin and Bob',
    raw: merge,
  });
  assert.deepEqual(message.elements[1], { type: 'unsupported', originalType: 'elem_type 99', summary: '', raw: future });
  assert.deepEqual(JSON.parse(messagesToDesktopJson([message])), [json]);
});

test('message_status 1–7 maps to status, isDeleted and isRevoked, and back', () => {
  const expected: [number, string, boolean, boolean][] = [
    [1, 'unSend', false, false],
    [2, 'success', false, false],
    [3, 'fail', false, false],
    [4, 'success', true, false],
    [5, 'success', false, false],
    [6, 'success', false, true],
    [7, 'fail', false, false],
  ];
  for (const [code, status, isDeleted, isRevoked] of expected) {
    const message = assertRoundTrip(fx.c2cMessage(fx.textElem, { message_status: code }));
    assert.deepEqual([message.status, message.isDeleted, message.isRevoked], [status, isDeleted, isRevoked], `status ${code}`);
  }
  // Codes the model can say itself need no memo.
  for (const code of [1, 2, 3, 4, 6]) {
    const message = importOne(fx.c2cMessage(fx.textElem, { message_status: code }));
    assert.ok(!messageMemoKeys(message).includes('message_status'), `status ${code}`);
  }
});

test('a change made in the app wins over the remembered original', () => {
  // Imported as 5 ("imported"), which the model reads as 'success'…
  const imported = importOne(fx.c2cMessage(fx.textElem, { message_status: 5 }));
  assert.equal(messageToDesktop(imported).message_status, 5);
  // …then revoked in the app: the export says 6, not the stale 5.
  const revoked = { ...imported, isRevoked: true, revoker: '98826' };
  assert.equal(messageToDesktop(revoked).message_status, 6);
  // A field the memo kept absent appears once the model gives it a value.
  const minimal = importOne({
    message_elem_array: [fx.textElem],
    message_sender: 'user1',
    message_client_time: 1551446728,
    message_server_time: 1551446728,
  });
  assert.equal(messageToDesktop(minimal).message_seq, undefined);
  assert.equal(messageToDesktop({ ...minimal, sequence: 9 }).message_seq, 9);
  // An edited element exports its new value while keeping its desktop-only keys.
  const image = importOne(fx.c2cMessage(fx.imageElem));
  const element = image.elements[0] as Extract<MessageElement, { type: 'TIMImageElem' }>;
  const edited = {
    ...image,
    elements: [{ ...element, imageInfoArray: element.imageInfoArray.map((info) => ({ ...info, url: `${info.url}&v=2` })) }],
  };
  const exported = (messageToDesktop(edited).message_elem_array as fx.Json[])[0] as fx.Json;
  assert.equal(exported.image_elem_orig_url, 'https://cos.example.com/im/9f3a.png&v=2');
  assert.equal(exported.image_elem_orig_path, 'C:\\Users\\lin\\Pictures\\beach.png');
});

test('message_priority 0–3 maps to High, Normal, Low, Lowest', () => {
  ['High', 'Normal', 'Low', 'Lowest'].forEach((priority, code) => {
    const message = assertRoundTrip(fx.c2cMessage(fx.textElem, { message_priority: code }));
    assert.equal(message.priority, priority);
  });
});

test('custom int and custom string are local fields of the model', () => {
  const message = assertRoundTrip(fx.c2cMessage(fx.soundElem, { message_custom_int: 1, message_custom_str: '{"played":true}' }));
  assert.equal(message.customInt, 1);
  assert.equal(message.customStr, '{"played":true}');
  assert.ok(!messageMemoKeys(message).includes('message_custom_int'));
  assert.ok(!messageMemoKeys(message).includes('message_custom_str'));
  assert.equal(messageToDesktop({ ...message, customInt: 0 }).message_custom_int, 0);
});

test('outgoing and online-only flags map to flow and onlineOnly', () => {
  const message = assertRoundTrip(
    fx.c2cMessage(fx.textElem, {
      message_is_from_self: true,
      message_sender: 'me',
      message_is_online_msg: true,
      message_is_peer_read: true,
    }),
  );
  assert.deepEqual([message.flow, message.to, message.onlineOnly, message.isPeerRead], ['out', '98826', true, true]);
});

test('the reference example (no ID, no conversation) imports into the given conversation and round-trips', () => {
  const example = {
    message_client_time: 1551446728,
    message_elem_array: [{ elem_type: 0, text_elem_content: 'this is import msg' }],
    message_sender: 'user1',
    message_server_time: 1551446728,
  };
  const result = messagesFromDesktopJson(JSON.stringify([example]), { conversationID: 'C2Cuser2' });
  assert.deepEqual(result.errors, []);
  const message = result.messages[0] as Message;
  assert.equal(message.conversationID, 'C2Cuser2');
  assert.equal(message.from, 'user1');
  assert.ok(message.ID.startsWith('local-'));
  assert.deepEqual(
    result.warnings.map((warning) => warning.field),
    ['message_msg_id'],
  );
  assert.deepEqual(JSON.parse(messagesToDesktopJson(result.messages)), [example]);
});

test("the reference example imported by its sender (the signed-in user) is that user's outgoing message, and round-trips", () => {
  const example = {
    message_client_time: 1551446728,
    message_elem_array: [{ elem_type: 0, text_elem_content: 'this is import msg' }],
    message_sender: 'user1',
    message_server_time: 1551446728,
  };
  const result = messagesFromDesktopJson(JSON.stringify([example]), { conversationID: 'C2Cuser2', selfUserID: 'user1' });
  assert.deepEqual(result.errors, []);
  const message = result.messages[0] as Message;
  assert.deepEqual([message.conversationID, message.from, message.to, message.flow], ['C2Cuser2', 'user1', 'user2', 'out']);
  assert.equal(locatorOf(message).isSelf, true);
  assert.deepEqual(JSON.parse(messagesToDesktopJson(result.messages)), [example]);
  // Imported by the other party it stays incoming.
  const theirs = messagesFromDesktopJson(JSON.stringify([example]), { conversationID: 'C2Cuser1', selfUserID: 'user2' })
    .messages[0] as Message;
  assert.deepEqual([theirs.from, theirs.to, theirs.flow], ['user1', 'user2', 'in']);
});

test('a model message of every element type survives model → desktop → model without a memo', () => {
  const elements: MessageElement[] = [
    textOf('plain'),
    faceOf(2, 'pack/02'),
    imageOf({
      uuid: 'img',
      imageFormat: 'JPG',
      width: 1600,
      height: 900,
      size: 4096,
      urls: {
        original: 'https://cdn.example.com/o.jpg',
        thumbnail: 'https://cdn.example.com/t.jpg',
        large: 'https://cdn.example.com/l.jpg',
      },
    }),
    soundOf({ uuid: 'snd', url: 'https://cdn.example.com/s.m4a', second: 12, size: 2048 }),
    videoOf({
      uuid: 'vid',
      videoUrl: 'https://cdn.example.com/v.mp4',
      videoSecond: 9,
      videoSize: 999,
      videoFormat: 'mp4',
      thumbUrl: 'https://cdn.example.com/v.jpg',
      thumbWidth: 320,
      thumbHeight: 180,
    }),
    fileOf({ uuid: 'f', fileName: 'a.zip', fileSize: 77, fileUrl: 'https://cdn.example.com/a.zip' }),
    locationOf('Here', -0.1276, 51.5072),
    customOf({ data: '{"businessID":"link"}', description: 'Link', extension: 'x' }),
    groupTipElem({
      operationType: 6,
      operatorID: 'a',
      groupID: 'g',
      groupProfileChanges: [
        { key: 'notification', value: 'Read the rules' },
        { key: 'owner', value: 'b' },
        { key: 'avatar', value: 'https://cdn.example.com/g.png' },
        { key: 'introduction', value: 'About' },
      ],
      memberNum: 3,
    }),
    groupTipElem({ operationType: 7, operatorID: 'a', groupID: 'g', userIDList: ['c'], memberMuteChanges: [{ userID: 'c', muteTime: 0 }] }),
    groupSystemNoticeElem({ operationType: 3, operatorID: 'a', groupID: 'g', groupName: 'G', handleMessage: 'full' }),
  ];
  const message = createMessage({
    ID: 'mine-1',
    conversationID: 'GROUPg',
    from: 'me',
    flow: 'out',
    time: 1700000000,
    clientTime: 1699999990,
    sequence: 3,
    random: 55,
    status: 'fail',
    priority: 'Low',
    isRead: true,
    nick: 'Me',
    avatar: 'https://cdn.example.com/me.png',
    nameCard: 'Captain',
    atUserList: ['b'],
    cloudCustomData: '{"x":1}',
    customInt: 7,
    customStr: 'seen',
    elements,
  });
  const result = messagesFromDesktopJson(messagesToDesktopJson([message]));
  assert.deepEqual(result.errors, []);
  assert.deepEqual(result.messages[0], message);
});

test('bad entries get an error naming the field; the good ones of the batch are still imported', () => {
  const good = fx.c2cMessage(fx.textElem);
  const batch = [
    good,
    fx.c2cMessage(fx.textElem, { message_msg_id: 'bad-time', message_server_time: '2021-05-13' }),
    'not a message',
    fx.c2cMessage({ elem_type: 1, image_elem_orig_pic_width: '4000' }, { message_msg_id: 'bad-width' }),
    fx.c2cMessage(fx.textElem, { message_msg_id: 'bad-status', message_status: 9 }),
    fx.c2cMessage({ text_elem_content: 'no type' }, { message_msg_id: 'no-elem-type' }),
    fx.c2cMessage(fx.textElem, { message_msg_id: 'no-elems', message_elem_array: [] }),
    fx.c2cMessage(fx.locationElem, { message_msg_id: 'ok-location' }),
    fx.c2cMessage({ elem_type: 7, location_elem_longitude: 200, location_elem_latitude: 10 }, { message_msg_id: 'bad-longitude' }),
    fx.c2cMessage(fx.textElem, { message_msg_id: 'bad-at', message_group_at_user_array: ['a', 5] }),
    fx.c2cMessage(fx.textElem, { message_msg_id: 'bad-priority', message_priority: 'High' }),
    fx.c2cMessage(fx.textElem, { message_msg_id: 'bad-self', message_is_from_self: 'yes' }),
    fx.c2cMessage({ elem_type: 0 }, { message_msg_id: 'no-text' }),
  ];
  const result = messagesFromDesktopJson(JSON.stringify(batch));
  assert.deepEqual(
    result.messages.map((message) => message.ID),
    ['144115233874815003-1620877708-1038050731', 'ok-location'],
  );
  assert.deepEqual(
    result.errors.map(({ index, field }) => [index, field]),
    [
      [1, 'message_server_time'],
      [2, ''],
      [3, 'message_elem_array[0].image_elem_orig_pic_width'],
      [4, 'message_status'],
      [5, 'message_elem_array[0].elem_type'],
      [6, 'message_elem_array'],
      [8, 'message_elem_array[0].location_elem_longitude'],
      [9, 'message_group_at_user_array[1]'],
      [10, 'message_priority'],
      [11, 'message_is_from_self'],
      [12, 'message_elem_array[0].text_elem_content'],
    ],
  );
  const byIndex = new Map(result.errors.map((error) => [error.index, error.message]));
  assert.equal(byIndex.get(1), 'expected a non-negative integer, got "2021-05-13"');
  assert.equal(byIndex.get(4), '9 is not a known code (1 sending … 7 cancelled)');
  assert.equal(byIndex.get(5), 'is required but missing');
  assert.equal(byIndex.get(8), '200 is outside -180…180');
});

test('broken JSON or a non-list is one clear error', () => {
  const broken = messagesFromDesktopJson('[{"message_elem_array": [}');
  assert.equal(broken.messages.length, 0);
  assert.equal(broken.errors.length, 1);
  assert.equal(broken.errors[0]?.index, -1);
  assert.match(broken.errors[0]?.message ?? '', /^not valid JSON/);
  assert.match(messagesFromDesktopJson('42').errors[0]?.message ?? '', /expected a list of messages, got number 42/);
  // A single message object is a batch of one.
  assert.equal(messagesFromDesktopJson(fx.c2cMessage(fx.faceElem)).messages.length, 1);
});

test('unsafe URLs are dropped with a warning and never come back on export', () => {
  const json = fx.c2cMessage(
    { ...fx.imageElem, image_elem_orig_url: 'javascript:alert(1)' },
    {
      message_sender_profile: {
        user_profile_identifier: '98826',
        user_profile_nick_name: 'Lin',
        user_profile_face_url: 'vbscript:msgbox(1)',
      },
    },
  );
  const result = messagesFromDesktopJson([json]);
  assert.deepEqual(result.errors, []);
  assert.deepEqual(
    result.warnings.map((warning) => warning.field),
    ['message_elem_array[0].image_elem_orig_url', 'message_sender_profile.user_profile_face_url'],
  );
  const message = result.messages[0] as Message;
  const image = message.elements[0] as Extract<MessageElement, { type: 'TIMImageElem' }>;
  assert.equal(image.imageInfoArray[0]?.url, '');
  assert.equal(image.imageInfoArray[0]?.width, 4000, 'the size stays for the placeholder');
  assert.equal(message.avatar, '');
  const exported = messagesToDesktopJson(result.messages);
  assert.ok(!/javascript:|vbscript:/i.test(exported));
  assert.ok(!/javascript:|vbscript:/i.test(JSON.stringify(message)));
});

test('imported messages are frozen and do not share objects with the input', () => {
  const json = fx.c2cMessage(fx.imageElem);
  const message = importOne(json);
  assert.ok(Object.isFrozen(message));
  assert.ok(Object.isFrozen(message.passthrough));
  assert.ok(Object.isFrozen(message.elements[0]));
  (json.message_elem_array as fx.Json[])[0]!.image_elem_orig_path = 'changed later';
  assert.equal((messageToDesktop(message).message_elem_array as fx.Json[])[0]?.image_elem_orig_path, 'C:\\Users\\lin\\Pictures\\beach.png');
});

test('integers beyond 2^53 keep every digit from JSON text to JSON text', () => {
  const text = JSON.stringify([fx.c2cMessage(fx.textElem, { message_unique_id: 0 })]).replace(
    '"message_unique_id":0',
    '"message_unique_id":6961616747713488299',
  );
  const result = messagesFromDesktopJson(text);
  assert.deepEqual(result.errors, []);
  const exported = messagesToDesktopJson(result.messages);
  assert.ok(exported.includes('"message_unique_id":6961616747713488299'), exported.slice(0, 200));
  // The object form gives the nearest number, as JSON.parse would.
  assert.equal(messageToDesktop(result.messages[0] as Message).message_unique_id, 6961616747713488000);
  // A huge integer where the model needs a number is read as its nearest number…
  const seq = messagesFromDesktopJson(
    '[{"message_seq": 18446744073709551615, "message_elem_array": [{"elem_type": 0, "text_elem_content": "x"}]}]',
  );
  assert.deepEqual(seq.errors, []);
  assert.ok(messagesToDesktopJson(seq.messages).includes('"message_seq":18446744073709551615'));
  // …and is still no string.
  const wrong = messagesFromDesktopJson(
    '[{"message_msg_id": 12345678901234567890, "message_elem_array": [{"elem_type": 0, "text_elem_content": "x"}]}]',
  );
  assert.deepEqual(
    wrong.errors.map((error) => [error.field, error.message]),
    [['message_msg_id', 'expected a string, got number 12345678901234567000']],
  );
});
