import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GroupSystemNoticeElem, GroupTipElem, ImageElem } from '../../src/core/model/elements.js';
import { conversationFromSdk, groupProfileFromSdk, userProfileFromSdk } from '../../src/core/service/tencent/map-conversation.js';
import {
  friendRemarksFromSdk,
  groupAttributesFromSdk,
  profileUpdatesFromSdk,
  reactionsFromSdk,
  readReceiptsFromSdk,
  userStatusesFromSdk,
} from '../../src/core/service/tencent/map-events.js';
import { messageFromSdk } from '../../src/core/service/tencent/map-message.js';
import { realSdk, type RealSdk } from '../fakes/real-sdk.js';
import {
  ELEMENTS,
  GROUP_ATTRIBUTES,
  READ_RECEIPTS,
  REACTIONS_UPDATED,
  USER_STATUSES,
  friendList,
  fromBob,
  groupTip,
  inTeam,
  systemNotice,
} from '../fakes/tencent-sdk-fixtures.js';
import { declaredFields, missingFields } from './tencent-declarations.js';

/**
 * Mapping tests on what the SDK delivers when it receives: messages, conversations, groups and
 * profiles made by the SDK's own classes (test/fakes/real-sdk.ts) from server input whose shapes
 * test/fakes/tencent-sdk-fixtures.ts cites; and the event payloads the SDK builds inline.
 */
const ME = { selfUserID: 'alice' };
let sdk: RealSdk;

before(async () => {
  sdk = await realSdk('alice');
});

after(() => sdk.dispose());

const map = (raw: unknown) => messageFromSdk(raw, ME)!;

test("a received text: the SDK's ID, flow, conversation and sender, and every declared Message field", () => {
  const raw = sdk.received(fromBob({ cloudCustomData: '{"messageReply":{"messageID":"x"}}' }), ELEMENTS.text);
  assert.deepEqual(missingFields(raw, 'Message'), []);
  const m = map(raw);
  assert.equal(m.ID, '144115200000000002-1700000000-123456');
  assert.equal(m.flow, 'in');
  assert.equal(m.conversationID, 'C2Cbob');
  assert.equal(m.from, 'bob');
  assert.equal(m.to, 'alice');
  assert.equal(m.time, 1700000005);
  assert.equal(m.sequence, 42);
  assert.equal(m.random, 123456);
  assert.equal(m.clientTime, 1700000000);
  assert.equal(m.status, 'success');
  assert.equal(m.isRead, false);
  assert.equal(m.nick, 'Bob');
  assert.equal(m.avatar, 'https://avatars.example.com/bob.png');
  assert.equal(m.cloudCustomData, '{"messageReply":{"messageID":"x"}}');
  assert.deepEqual(m.elements, [{ type: 'TIMTextElem', text: 'hello [Smile] 你好' }]);
});

test("face, location and custom as the SDK's element classes give them", () => {
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.face)).elements, [{ type: 'TIMFaceElem', index: 2, data: 'tt00/05' }]);
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.location)).elements, [
    { type: 'TIMLocationElem', description: 'Shenzhen Bay', longitude: 113.94, latitude: 22.52 },
  ]);
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.custom)).elements, [
    { type: 'TIMCustomElem', data: '{"businessID":"order","id":7}', description: 'an order', extension: 'ext' },
  ]);
});

test("an image: the three sizes the SDK makes of the server's ImageInfoArray, each with its URL and size", () => {
  const image = map(sdk.received(fromBob(), ELEMENTS.image)).elements[0] as ImageElem;
  assert.equal(image.type, 'TIMImageElem');
  assert.equal(image.uuid, '1400000000-bob-abc.png');
  assert.equal(image.imageFormat, 'PNG');
  const bySize = (type: number) => image.imageInfoArray.find((i) => i.type === type)!;
  assert.deepEqual(
    [bySize(0).width, bySize(0).height, bySize(0).url],
    [1280, 960, 'https://cos.example.com/abc.png?size=original'],
    'original',
  );
  assert.equal(Math.min(bySize(2).width, bySize(2).height), 720, 'large');
  assert.equal(Math.min(bySize(1).width, bySize(1).height), 198, 'thumbnail');
  assert.ok(bySize(1).url.endsWith('size=198') && bySize(2).url.endsWith('size=720'));
});

test("voice, file and video: the URLs, sizes and durations the SDK's element classes keep", () => {
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.sound)).elements, [
    { type: 'TIMSoundElem', uuid: 'voice-1', url: 'https://cos.example.com/voice-1.m4a', second: 7, size: 9000 },
  ]);
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.file)).elements, [
    { type: 'TIMFileElem', uuid: 'file-1', fileName: 'report.pdf', fileSize: 52000, fileUrl: 'https://cos.example.com/report.pdf' },
  ]);
  assert.deepEqual(map(sdk.received(fromBob(), ELEMENTS.video)).elements, [
    {
      type: 'TIMVideoFileElem',
      uuid: 'video-1',
      videoUrl: 'https://cos.example.com/clip.mp4',
      videoSecond: 12,
      videoSize: 800000,
      videoFormat: 'mp4',
      thumbUrl: 'https://cos.example.com/clip.jpg',
      thumbWidth: 640,
      thumbHeight: 360,
    },
  ]);
});

test('a merged message maps to TIMRelayElem: title, abstract, download key (downloadMergerMessage brings its messages)', () => {
  const element = map(sdk.received(fromBob(), ELEMENTS.merger)).elements[0]!;
  assert.equal(element.type, 'TIMRelayElem');
  if (element.type !== 'TIMRelayElem') return;
  assert.equal(element.title, 'Chat history of Bob and Alice');
  assert.deepEqual([...element.abstractList], ['Bob: hi', 'Alice: hello']);
  assert.equal(element.compatibleText, 'Please upgrade');
  assert.equal(element.downloadKey, 'merger-1');
  assert.deepEqual([...element.messageList], [], 'kept on the server until downloaded');
});

test('a merged message with its messages inline: each as the SDK builds it (messageBody, time, messageSequence, messageRandom)', () => {
  const inner = {
    ID: 'bob-1',
    from: 'bob',
    nick: 'Bob',
    time: 1_700_000_000,
    sequence: 7,
    random: 42,
    type: 'TIMTextElem',
    payload: { text: 'hi' },
  };
  const received = sdk.received(fromBob(), {
    type: 'TIMRelayElem',
    content: { title: 'Bob and Alice', abstractList: ['Bob: hi'], compatibleText: '[Chat history]', messageList: [inner] },
  });
  const element = map(received).elements[0]!;
  assert.equal(element.type, 'TIMRelayElem');
  if (element.type !== 'TIMRelayElem') return;
  const [first] = element.messageList;
  assert.deepEqual(
    [first?.ID, first?.from, first?.nick, first?.time, first?.sequence, first?.random, first?.elements[0]],
    ['bob-1', 'bob', 'Bob', 1_700_000_000, 7, 42, { type: 'TIMTextElem', text: 'hi' }],
  );
});

test("a recalled message (the server's placeholder) and a modified one", () => {
  const recalled = map(sdk.received(fromBob({ isPlaceMessage: 2 }), ELEMENTS.text));
  assert.equal(recalled.isRevoked, true);
  const modified = sdk.received(fromBob({ messageVersion: 1 }), ELEMENTS.text);
  assert.equal(modified.isModified, true, 'the SDK marks it');
  assert.equal(map(modified).elements[0]!.type, 'TIMTextElem');
});

test('group messages and group tips: the group from the tip, its changes, member count and mutes', () => {
  const m = map(sdk.received(inTeam(), ELEMENTS.text));
  assert.equal(m.conversationID, 'GROUPteam');
  assert.equal(m.conversationType, 'GROUP');
  const join = map(sdk.received(inTeam({ from: 'alice' }), groupTip(1))).elements[0] as GroupTipElem;
  assert.deepEqual(
    [join.type, join.operationType, join.operatorID, [...join.userIDList], join.groupID, join.memberNum],
    ['TIMGroupTipElem', 1, 'alice', ['carol'], 'team', 3],
  );
  const renamed = map(
    sdk.received(inTeam(), groupTip(6, { userIDList: [], newGroupProfile: { groupName: 'Team 2', notification: 'Be kind' } })),
  ).elements[0] as GroupTipElem;
  assert.deepEqual(renamed.groupProfileChanges, [
    { key: 'name', value: 'Team 2' },
    { key: 'notification', value: 'Be kind' },
  ]);
  const muted = map(sdk.received(inTeam(), groupTip(7, { memberList: [{ userID: 'carol', muteTime: 600 }] }))).elements[0] as GroupTipElem;
  assert.deepEqual(muted.memberMuteChanges, [{ userID: 'carol', muteTime: 600 }]);
});

test('group system notices in @TIM#SYSTEM: the group, the operator, the handling message', () => {
  for (const operationType of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 255]) {
    const { options, element } = systemNotice(operationType, {
      handleMessage: 'please',
      userDefinedField: operationType === 255 ? 'custom' : '',
    });
    const m = map(sdk.received(options, element));
    assert.equal(m.conversationID, '@TIM#SYSTEM', `notice ${operationType}`);
    const notice = m.elements[0] as GroupSystemNoticeElem;
    assert.deepEqual(
      [notice.type, notice.operationType, notice.operatorID, notice.groupID, notice.groupName, notice.handleMessage],
      ['TIMGroupSystemNoticeElem', operationType, 'bob', 'team', 'Team', 'please'],
    );
    if (operationType === 255) assert.equal(notice.userDefinedField, 'custom');
  }
});

test("a C2C conversation: the SDK's summary of its last message, unread, pin, peer read time and remark", () => {
  const last = sdk.received(fromBob(), ELEMENTS.text);
  const raw = sdk.conversation({
    conversationID: 'C2Cbob',
    type: 'C2C',
    unreadCount: 2,
    lastMessage: last,
    isPinned: true,
    peerReadTime: 1700000001,
    remark: 'Bobby',
    messageRemindType: 'AcceptNotNotify',
  });
  assert.deepEqual(
    missingFields(raw, 'Conversation').filter((f) => f !== 'groupProfile'),
    [],
    'every declared field (a C2C one has no group)',
  );
  const c = conversationFromSdk(raw, ME)!;
  assert.equal(c.conversationID, 'C2Cbob');
  assert.equal(c.type, 'C2C');
  assert.equal(c.unreadCount, 2);
  assert.equal(c.isPinned, true);
  assert.equal(c.peerReadTime, 1700000001);
  assert.equal(c.messageRemindType, 'AcceptNotNotify');
  assert.equal(c.userProfile?.userID, 'bob');
  assert.equal(c.userProfile?.remark, 'Bobby');
  assert.equal(c.lastMessage?.time, 1700000005);
  assert.equal(c.lastMessage?.sequence, 42);
  assert.equal(c.lastMessage?.from, 'bob');
  assert.equal(c.lastMessage?.flow, 'in');
  assert.deepEqual(c.lastMessage?.elements, [{ type: 'TIMTextElem', text: 'hello [Smile] 你好' }]);
  assert.equal(c.activeTime, 1700000005);
});

test("a conversation whose last message is an image or was recalled: what the SDK's summary carries", () => {
  const image = conversationFromSdk(
    sdk.conversation({ conversationID: 'C2Cbob', type: 'C2C', lastMessage: sdk.received(fromBob(), ELEMENTS.image) }),
    ME,
  )!;
  assert.equal(image.lastMessage?.elements[0]?.type, 'TIMImageElem');
  const recalled = conversationFromSdk(
    sdk.conversation({
      conversationID: 'C2Ccarol',
      type: 'C2C',
      lastMessage: sdk.received(fromBob({ conversationID: 'C2Ccarol', from: 'carol', isPlaceMessage: 2 }), ELEMENTS.text),
    }),
    ME,
  )!;
  assert.equal(recalled.lastMessage?.isRevoked, true);
  const empty = conversationFromSdk(sdk.conversation({ conversationID: 'C2Cdave', type: 'C2C' }), ME)!;
  assert.equal(empty.lastMessage, null, 'no last message');
});

test("a group conversation with the SDK's Group: name, type, member count, my role", () => {
  const group = sdk.group({
    groupID: 'team',
    name: 'Team',
    type: 'Public',
    ownerID: 'alice',
    memberNum: 12,
    maxMemberNum: 2000,
    muteAllMembers: 'Off',
    selfInfo: { role: 'Admin', messageRemindType: 'AcceptAndNotify', joinTime: 1690000000, nameCard: 'Bobby' },
    notification: 'hi',
    introduction: 'intro',
    avatar: 'https://avatars.example.com/team.png',
  });
  assert.deepEqual(missingFields(group, 'Group'), []);
  const raw = sdk.conversation({
    conversationID: 'GROUPteam',
    type: 'GROUP',
    unreadCount: 5,
    groupProfile: group,
    lastMessage: sdk.received(inTeam(), ELEMENTS.text),
  });
  const c = conversationFromSdk(raw, ME)!;
  assert.equal(c.type, 'GROUP');
  assert.equal(c.unreadCount, 5);
  assert.deepEqual(c.groupProfile, {
    groupID: 'team',
    name: 'Team',
    avatar: 'https://avatars.example.com/team.png',
    type: 'Public',
    ownerID: 'alice',
    notification: 'hi',
    introduction: 'intro',
    memberCount: 12,
    muteAllMembers: false,
    selfRole: 'Admin',
  });
  assert.deepEqual(
    groupProfileFromSdk(sdk.group({ groupID: 'work', type: 'Private', muteAllMembers: 'On' })).muteAllMembers,
    true,
    'mute-all from the server\'s "On"',
  );
});

test("profiles from the SDK's Profile class, with every declared field; unsafe avatars dropped", () => {
  const profile = sdk.profile({ userID: 'bob', nick: 'Bob', avatar: 'javascript:alert(1)', selfSignature: 'hi' });
  // 3.6.6 declares `lastUpdatedNumber`; its Profile class has `lastUpdatedTime` instead (the adapter reads neither).
  assert.deepEqual(missingFields(profile, 'Profile'), ['lastUpdatedNumber']);
  assert.ok('lastUpdatedTime' in profile);
  assert.deepEqual(userProfileFromSdk(profile), { userID: 'bob', nick: 'Bob', avatar: '', selfSignature: 'hi' });
  assert.deepEqual(profileUpdatesFromSdk([profile]), [{ userID: 'bob', nick: 'Bob', avatar: '', selfSignature: 'hi' }]);
});

test('event payloads the SDK builds inline: reactions, receipts, status, attributes, friends', () => {
  assert.deepEqual(reactionsFromSdk(REACTIONS_UPDATED), {
    messageID: REACTIONS_UPDATED.messageID,
    reactions: [
      { reactionID: 'emoji_like', count: 3, userIDs: ['bob', 'alice'], reactedByMe: true },
      { reactionID: 'emoji_heart', count: 1, userIDs: ['carol'], reactedByMe: false },
    ],
  });
  const receipts = readReceiptsFromSdk(READ_RECEIPTS);
  assert.deepEqual(receipts.c2c, [{ userID: 'bob', messageID: '144115200000000001-1700000100-1' }]);
  assert.deepEqual([...receipts.groups], [['team', [{ messageID: '144115200000000001-1700000100-2', readCount: 2, unreadCount: 5 }]]]);
  assert.deepEqual(userStatusesFromSdk(USER_STATUSES), [
    { userID: 'bob', status: 'online', customStatus: 'in a meeting' },
    { userID: 'carol', status: 'offline', customStatus: '' },
    { userID: 'dave', status: 'unlogined', customStatus: '' },
  ]);
  assert.deepEqual(groupAttributesFromSdk(GROUP_ATTRIBUTES), { groupID: 'room', attributes: { seat1: 'alice', seat2: 'bob' } });
  const friends = friendList(sdk.profile);
  for (const friend of friends) assert.deepEqual(missingFields(friend, 'Friend'), [], 'a declared Friend');
  assert.deepEqual(
    [...friendRemarksFromSdk(friends).values()],
    [
      { userID: 'bob', nick: 'Bob', avatar: 'https://avatars.example.com/bob.png', remark: 'Bobby' },
      { userID: 'carol', remark: '' },
    ],
  );
  assert.ok(declaredFields('Friend').includes('remark'));
});
