/**
 * What the server pushes, as input to the real SDK's classes (test/fakes/real-sdk.ts), and the
 * event payloads the SDK builds inline (no class to build them with). Every shape names where it
 * comes from. "SDK source" is @tencentcloud/chat 3.6.6's published index.es.js (and modules/*.js):
 * the functions named there build these objects.
 */
import type { ReceivedElement, ReceivedOptions } from './real-sdk.js';

/**
 * A message bob (tiny ID 144115200000000002) sent alice. Fields: the SDK's Message constructor
 * (SDK source, class of `createTextMessage`'s result) and Tencent's Message reference
 * (https://trtc.io/document/47990: ID is `${senderTinyID}-${clientTime}-${random}`).
 */
export function fromBob(overrides: Partial<ReceivedOptions> = {}): ReceivedOptions {
  return {
    conversationID: 'C2Cbob',
    conversationType: 'C2C',
    from: 'bob',
    to: 'alice',
    time: 1700000005,
    sequence: 42,
    random: 123456,
    clientTime: 1700000000,
    senderTinyID: '144115200000000002',
    nick: 'Bob',
    avatar: 'https://avatars.example.com/bob.png',
    priority: 'Normal',
    cloudCustomData: '',
    ...overrides,
  };
}

/** The same in group `team`. */
export function inTeam(overrides: Partial<ReceivedOptions> = {}): ReceivedOptions {
  return fromBob({ conversationID: 'GROUPteam', conversationType: 'GROUP', to: 'team', ...overrides });
}

/**
 * Element contents, one per type, with the names the SDK's element classes read (SDK source:
 * the classes `setElement` makes — text, face, image `Ni`, audio `Ui`, file `Fi`, video `qi`,
 * location `xi`, custom, merger, group tip, group system notice) after it renamed the server's
 * MsgBody fields (https://trtc.io/document/33527, "Message Formats": Text, Index/Data, Desc/
 * Latitude/Longitude, UUID/ImageFormat/ImageInfoArray, Url/Second/Size, …).
 */
export const ELEMENTS = {
  text: { type: 'TIMTextElem', content: { text: 'hello [Smile] 你好' } },
  face: { type: 'TIMFaceElem', content: { index: 2, data: 'tt00/05' } },
  location: { type: 'TIMLocationElem', content: { description: 'Shenzhen Bay', longitude: 113.94, latitude: 22.52 } },
  custom: { type: 'TIMCustomElem', content: { data: '{"businessID":"order","id":7}', description: 'an order', extension: 'ext' } },
  // ImageInfoArray entries: Type 1 original, 2 large, 3 thumbnail on the wire (MsgBody docs).
  image: {
    type: 'TIMImageElem',
    content: {
      uuid: '1400000000-bob-abc.png',
      imageFormat: 3,
      imageInfoArray: [
        { type: 1, size: 204800, width: 1280, height: 960, url: 'https://cos.example.com/abc.png?size=original' },
        { type: 2, size: 0, width: 960, height: 720, url: 'https://cos.example.com/abc.png?size=720' },
        { type: 3, size: 0, width: 264, height: 198, url: 'https://cos.example.com/abc.png?size=198' },
      ],
    },
  },
  sound: { type: 'TIMSoundElem', content: { uuid: 'voice-1', url: 'https://cos.example.com/voice-1.m4a', second: 7, size: 9000 } },
  file: {
    type: 'TIMFileElem',
    content: { uuid: 'file-1', url: 'https://cos.example.com/report.pdf', fileName: 'report.pdf', fileSize: 52000 },
  },
  video: {
    type: 'TIMVideoFileElem',
    content: {
      videoUUID: 'video-1',
      videoUrl: 'https://cos.example.com/clip.mp4',
      videoSecond: 12,
      videoSize: 800000,
      videoFormat: 'mp4',
      thumbUUID: 'thumb-1',
      thumbUrl: 'https://cos.example.com/clip.jpg',
      thumbWidth: 640,
      thumbHeight: 360,
      thumbSize: 30000,
      thumbFormat: 'jpg',
    },
  },
  // A merged (forwarded) message too big to travel inline: a downloadKey with title, abstractList
  // and compatibleText (Tencent's MergerPayload; SDK source: the merger element reads these when
  // downloadKey is set, the inner messages only when they came inline).
  merger: {
    type: 'TIMRelayElem',
    content: {
      downloadKey: 'merger-1',
      pbDownloadKey: '',
      title: 'Chat history of Bob and Alice',
      abstractList: ['Bob: hi', 'Alice: hello'],
      compatibleText: 'Please upgrade',
      version: 0,
    },
  },
} as const satisfies Record<string, ReceivedElement>;

/**
 * Group tips (operationType: the SDK's TYPES.GRP_TIP_*). Fields: Tencent's GroupTipPayload
 * (operatorID, operationType, userIDList, groupProfile, newGroupProfile, memberList, memberNum)
 * and the SDK's group-tip element.
 */
export function groupTip(operationType: number, extra: Record<string, unknown> = {}): ReceivedElement {
  return {
    type: 'TIMGroupTipElem',
    content: {
      operatorID: 'alice',
      operationType,
      userIDList: ['carol'],
      groupProfile: { groupID: 'team' },
      newGroupProfile: {},
      memberList: [],
      memberNum: 3,
      ...extra,
    },
  };
}

/**
 * A group system notice as the SDK assembles it (SDK source: `_assembly` of the group module
 * sets `{...elements, groupProfile}` as the content, sender @TIM#SYSTEM, conversation
 * @TIM#SYSTEM); fields of Tencent's GroupSystemNoticePayload.
 */
export function systemNotice(
  operationType: number,
  extra: Record<string, unknown> = {},
): { options: ReceivedOptions; element: ReceivedElement } {
  return {
    options: fromBob({
      conversationID: '@TIM#SYSTEM',
      conversationType: '@TIM#SYSTEM',
      from: '@TIM#SYSTEM',
      to: 'alice',
      isSystemMessage: true,
    }),
    element: {
      type: 'TIMGroupSystemNoticeElem',
      // The server names the group `groupName` (the SDK's notice element renames it `name`).
      content: {
        operationType,
        operatorID: 'bob',
        groupProfile: { groupID: 'team', groupName: 'Team' },
        handleMessage: '',
        userDefinedField: '',
        ...extra,
      },
    },
  };
}

/** MESSAGE_REACTIONS_UPDATED (SDK source: MsgReactionModule.onReactionNotifyList → `_handleReactionSummary`; ReactionInfo, https://web.sdk.qcloud.com/im/doc/chat-engine/en/ReactionInfo.html). */
export const REACTIONS_UPDATED = {
  messageID: '144115200000000002-1700000000-123456',
  reactionList: [
    {
      reactionID: 'emoji_like',
      totalUserCount: 3,
      partialUserList: [
        { userID: 'bob', nick: 'Bob', avatar: '' },
        { userID: 'alice', nick: 'Alice', avatar: '' },
      ],
      reactedByMyself: true,
    },
    {
      reactionID: 'emoji_heart',
      totalUserCount: 1,
      partialUserList: [{ userID: 'carol', nick: 'Carol', avatar: '' }],
      reactedByMyself: false,
    },
  ],
};

/** MESSAGE_READ_RECEIPT_RECEIVED (SDK source: the read-receipt handler; C2C `{userID, messageID, isPeerRead, timestamp}`, group `{groupID, messageID, readCount, unreadCount}`). */
export const READ_RECEIPTS = [
  { userID: 'bob', messageID: '144115200000000001-1700000100-1', isPeerRead: true, timestamp: 1700000200 },
  { groupID: 'team', messageID: '144115200000000001-1700000100-2', readCount: 2, unreadCount: 5 },
];

/** USER_STATUS_UPDATED (SDK source: `onUserStatusUpdated` maps each to `{userID, statusType, customStatus}`; TYPES.USER_STATUS_*). */
export const USER_STATUSES = [
  { userID: 'bob', statusType: 1, customStatus: 'in a meeting' },
  { userID: 'carol', statusType: 2, customStatus: '' },
  { userID: 'dave', statusType: 3, customStatus: '' },
];

/** GROUP_ATTRIBUTES_UPDATED (SDK source: `_emitGroupAttributesUpdated`; https://www.tencentcloud.com/document/product/1047/48174). */
export const GROUP_ATTRIBUTES = {
  groupID: 'room',
  groupAttributes: { seat1: 'alice', seat2: 'bob' },
  updatedKeyList: ['seat2'],
  deletedKeyList: [],
};

/** FRIEND_LIST_UPDATED: the whole list of Friend (declared in index.d.ts: userID, remark, groupList, source, wording, profile, friendCustomField). */
export function friendList(profile: (info: Record<string, unknown>) => Record<string, unknown>) {
  return [
    {
      userID: 'bob',
      remark: 'Bobby',
      groupList: [],
      source: 'AddSource_Type_Web',
      wording: '',
      profile: profile({ userID: 'bob', nick: 'Bob', avatar: 'https://avatars.example.com/bob.png' }),
      friendCustomField: [],
    },
    {
      userID: 'carol',
      remark: '',
      groupList: [],
      source: 'AddSource_Type_Web',
      wording: '',
      profile: profile({ userID: 'carol' }),
      friendCustomField: [],
    },
  ];
}
