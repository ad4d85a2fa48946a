/**
 * The slice of `@tencentcloud/chat` the adapter uses, typed against the package's own
 * declarations. Only types are imported: the SDK is an optional peer dependency that the app
 * installs, creates (`TencentCloudChat.create({ SDKAppID })`) and hands to the kit, so nothing
 * of it is bundled here. A method renamed or removed in the SDK fails the type check.
 */
import type TencentCloudChat from '@tencentcloud/chat';
import type { ChatSDK, Message as SdkMessageType } from '@tencentcloud/chat';

/** Every SDK method the adapter calls, and nothing more (the test fake implements exactly these). */
export type TencentChatSDK = Pick<
  ChatSDK,
  | 'login'
  | 'logout'
  | 'isReady'
  | 'on'
  | 'off'
  | 'getMyProfile'
  | 'getUserProfile'
  | 'getGroupProfile'
  | 'getGroupMemberList'
  | 'updateGroupProfile'
  | 'setGroupMemberNameCard'
  | 'quitGroup'
  | 'dismissGroup'
  | 'deleteGroupMember'
  | 'setGroupMemberRole'
  | 'changeGroupOwner'
  | 'setGroupMemberMuteTime'
  | 'getConversationList'
  | 'getConversationProfile'
  | 'deleteConversation'
  | 'pinConversation'
  | 'setMessageRemindType'
  | 'setConversationDraft'
  | 'getMessageList'
  | 'getMessageListHopping'
  | 'createTextMessage'
  | 'createTextAtMessage'
  | 'createImageMessage'
  | 'createAudioMessage'
  | 'createVideoMessage'
  | 'createFileMessage'
  | 'createFaceMessage'
  | 'createLocationMessage'
  | 'createCustomMessage'
  | 'createForwardMessage'
  | 'createMergerMessage'
  | 'downloadMergerMessage'
  | 'sendMessage'
  | 'resendMessage'
  | 'revokeMessage'
  | 'deleteMessage'
  | 'setMessageRead'
  | 'findMessage'
  | 'translateText'
  | 'convertVoiceToText'
  | 'addMessageReaction'
  | 'removeMessageReaction'
  | 'getMessageReactions'
  | 'getAllUserListOfMessageReaction'
  | 'modifyMessage'
  | 'pinGroupMessage'
  | 'getPinnedGroupMessageList'
  | 'getGroupApplicationList'
  | 'handleGroupApplication'
  | 'searchCloudUsers'
  | 'searchGroupByID'
  | 'searchCloudGroups'
  | 'searchCloudMessages'
  | 'joinGroup'
  | 'sendMessageReadReceipt'
  | 'getMessageReadReceiptList'
  | 'getGroupMessageReadMemberList'
  | 'markConversation'
  | 'subscribeUserStatus'
  | 'unsubscribeUserStatus'
  | 'getUserStatus'
>;

/** The SDK's message instance type (what `create…Message` returns and `sendMessage` takes). */
export type SdkMessage = SdkMessageType;

/** Options of `create…Message`, as declared by the SDK. */
export type SdkMessageOptions = Parameters<ChatSDK['createTextMessage']>[0];
export type SdkGetMessageListOptions = Parameters<ChatSDK['getMessageList']>[0];
export type SdkGetMessageListHoppingOptions = Parameters<ChatSDK['getMessageListHopping']>[0];
export type SdkRemindTypeOptions = Parameters<ChatSDK['setMessageRemindType']>[0];

type SdkEvents = typeof TencentCloudChat.EVENT;
type SdkTypes = typeof TencentCloudChat.TYPES;

/**
 * Every event the SDK declares (`TencentCloudChat.EVENT`). The adapter may not import the SDK's
 * run-time value, so it keeps the strings; `satisfies` proves the list is complete and each
 * string equals the enum member of the installed SDK's declarations.
 */
export const DECLARED_SDK_EVENTS = {
  SDK_READY: 'sdkStateReady',
  SDK_NOT_READY: 'sdkStateNotReady',
  MESSAGE_RECEIVED: 'onMessageReceived',
  ROOM_CUSTOM_DATA_RECEIVED: 'onRoomCustomDataReceived',
  MESSAGE_MODIFIED: 'onMessageModified',
  MESSAGE_REVOKED: 'onMessageRevoked',
  MESSAGE_READ_BY_PEER: 'onMessageReadByPeer',
  MESSAGE_READ_RECEIPT_RECEIVED: 'onMessageReadReceiptReceived',
  CONVERSATION_LIST_UPDATED: 'onConversationListUpdated',
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'onTotalUnreadMessageCountUpdated',
  CONVERSATION_GROUP_LIST_UPDATED: 'onConversationGroupListUpdated',
  CONVERSATION_IN_GROUP_UPDATED: 'onConversationInGroupUpdated',
  GROUP_LIST_UPDATED: 'onGroupListUpdated',
  GROUP_ATTRIBUTES_UPDATED: 'groupAttributesUpdated',
  GROUP_COUNTER_UPDATED: 'onGroupCounterUpdated',
  TOPIC_CREATED: 'onTopicCreated',
  TOPIC_DELETED: 'onTopicDeleted',
  TOPIC_UPDATED: 'onTopicUpdated',
  PROFILE_UPDATED: 'onProfileUpdated',
  USER_STATUS_UPDATED: 'onUserStatusUpdated',
  BLACKLIST_UPDATED: 'blacklistUpdated',
  FRIEND_LIST_UPDATED: 'onFriendListUpdated',
  FRIEND_GROUP_LIST_UPDATED: 'onFriendGroupListUpdated',
  FRIEND_APPLICATION_LIST_UPDATED: 'onFriendApplicationListUpdated',
  MY_FOLLOWERS_LIST_UPDATED: 'onMyFollowersListUpdated',
  MY_FOLLOWING_LIST_UPDATED: 'onMyFollowingListUpdated',
  MUTUAL_FOLLOWERS_LIST_UPDATED: 'onMutualFollowersListUpdated',
  KICKED_OUT: 'kickedOut',
  ERROR: 'error',
  NET_STATE_CHANGE: 'netStateChange',
  ALL_RECEIVE_MESSAGE_OPT_UPDATED: 'onAllReceiveMessageOptUpdated',
  PINNED_GROUP_MESSAGE_UPDATED: 'onPinnedGroupMessageUpdated',
} as const satisfies { readonly [K in keyof SdkEvents]: `${SdkEvents[K]}` };

/**
 * Events the SDK emits that its declarations leave out (3.6.6's run-time `EVENT` has them; a
 * test checks these strings against it).
 */
export const RUNTIME_ONLY_SDK_EVENTS = {
  SDK_DESTROY: 'sdkDestroy',
  MESSAGE_EXTENSIONS_UPDATED: 'onMessageExtensionsUpdated',
  MESSAGE_EXTENSIONS_DELETED: 'onMessageExtensionsDeleted',
  MESSAGE_REACTIONS_UPDATED: 'onMessageReactionsUpdated',
  SERVER_CONFIG_UPDATED: 'onServerConfigUpdated',
} as const;

/** Every event the SDK can emit, by its `EVENT` key. */
export const ALL_SDK_EVENTS = { ...DECLARED_SDK_EVENTS, ...RUNTIME_ONLY_SDK_EVENTS } as const;
export type SdkEventKey = keyof typeof ALL_SDK_EVENTS;

/**
 * What the adapter does with each SDK event: listens to it, or leaves it (docs/tencent.md
 * says why, row by row). The `satisfies` makes a new SDK event a type error until decided.
 */
export const SDK_EVENT_USE = {
  SDK_READY: 'listen',
  SDK_NOT_READY: 'listen',
  SDK_DESTROY: 'listen',
  MESSAGE_RECEIVED: 'listen',
  ROOM_CUSTOM_DATA_RECEIVED: 'ignore',
  MESSAGE_MODIFIED: 'listen',
  MESSAGE_REVOKED: 'listen',
  MESSAGE_READ_BY_PEER: 'listen',
  MESSAGE_READ_RECEIPT_RECEIVED: 'listen',
  MESSAGE_EXTENSIONS_UPDATED: 'ignore',
  MESSAGE_EXTENSIONS_DELETED: 'ignore',
  MESSAGE_REACTIONS_UPDATED: 'listen',
  CONVERSATION_LIST_UPDATED: 'listen',
  TOTAL_UNREAD_MESSAGE_COUNT_UPDATED: 'listen',
  CONVERSATION_GROUP_LIST_UPDATED: 'ignore',
  CONVERSATION_IN_GROUP_UPDATED: 'ignore',
  GROUP_LIST_UPDATED: 'listen',
  GROUP_ATTRIBUTES_UPDATED: 'listen',
  GROUP_COUNTER_UPDATED: 'ignore',
  TOPIC_CREATED: 'ignore',
  TOPIC_DELETED: 'ignore',
  TOPIC_UPDATED: 'ignore',
  PROFILE_UPDATED: 'listen',
  USER_STATUS_UPDATED: 'listen',
  BLACKLIST_UPDATED: 'ignore',
  FRIEND_LIST_UPDATED: 'listen',
  FRIEND_GROUP_LIST_UPDATED: 'ignore',
  FRIEND_APPLICATION_LIST_UPDATED: 'ignore',
  MY_FOLLOWERS_LIST_UPDATED: 'ignore',
  MY_FOLLOWING_LIST_UPDATED: 'ignore',
  MUTUAL_FOLLOWERS_LIST_UPDATED: 'ignore',
  KICKED_OUT: 'listen',
  ERROR: 'listen',
  NET_STATE_CHANGE: 'listen',
  ALL_RECEIVE_MESSAGE_OPT_UPDATED: 'ignore',
  SERVER_CONFIG_UPDATED: 'ignore',
  PINNED_GROUP_MESSAGE_UPDATED: 'listen',
} as const satisfies { readonly [K in SdkEventKey]: 'listen' | 'ignore' };

/** The SDK events the adapter listens to. */
export type ListenedSdkEventKey = { [K in SdkEventKey]: (typeof SDK_EVENT_USE)[K] extends 'listen' ? K : never }[SdkEventKey];

/** Event names by key; the app may pass `TencentCloudChat.EVENT` itself (the same strings). */
export type SdkEventNames = { readonly [K in SdkEventKey]: string };

/** The names the adapter uses unless the app passes its SDK's `EVENT`. */
export const DEFAULT_SDK_EVENTS: SdkEventNames = ALL_SDK_EVENTS;

/** The `TencentCloudChat.TYPES` values the adapter sends or reads. */
type SdkTypeKey =
  | 'MSG_TEXT'
  | 'MSG_IMAGE'
  | 'MSG_AUDIO'
  | 'MSG_FILE'
  | 'MSG_FACE'
  | 'MSG_VIDEO'
  | 'MSG_LOCATION'
  | 'MSG_GRP_TIP'
  | 'MSG_GRP_SYS_NOTICE'
  | 'MSG_CUSTOM'
  | 'MSG_MERGER'
  | 'MSG_PRIORITY_HIGH'
  | 'MSG_PRIORITY_NORMAL'
  | 'MSG_PRIORITY_LOW'
  | 'MSG_PRIORITY_LOWEST'
  | 'CONV_C2C'
  | 'CONV_GROUP'
  | 'CONV_SYSTEM'
  | 'MSG_REMIND_ACPT_AND_NOTE'
  | 'MSG_REMIND_ACPT_NOT_NOTE'
  | 'MSG_REMIND_DISCARD'
  | 'GRP_WORK'
  | 'GRP_PUBLIC'
  | 'GRP_MEETING'
  | 'GRP_AVCHATROOM'
  | 'GRP_COMMUNITY'
  | 'GRP_MBR_ROLE_ADMIN'
  | 'GRP_MBR_ROLE_MEMBER'
  | 'KICKED_OUT_MULT_ACCOUNT'
  | 'KICKED_OUT_MULT_DEVICE'
  | 'KICKED_OUT_USERSIG_EXPIRED'
  | 'KICKED_OUT_REST_API'
  | 'NET_STATE_CONNECTED'
  | 'NET_STATE_CONNECTING'
  | 'NET_STATE_DISCONNECTED';

/** The wire strings of `TencentCloudChat.TYPES`, checked against the installed declarations. */
export const SDK_TYPES = {
  MSG_TEXT: 'TIMTextElem',
  MSG_IMAGE: 'TIMImageElem',
  MSG_AUDIO: 'TIMSoundElem',
  MSG_FILE: 'TIMFileElem',
  MSG_FACE: 'TIMFaceElem',
  MSG_VIDEO: 'TIMVideoFileElem',
  MSG_LOCATION: 'TIMLocationElem',
  MSG_GRP_TIP: 'TIMGroupTipElem',
  MSG_GRP_SYS_NOTICE: 'TIMGroupSystemNoticeElem',
  MSG_CUSTOM: 'TIMCustomElem',
  MSG_MERGER: 'TIMRelayElem',
  MSG_PRIORITY_HIGH: 'High',
  MSG_PRIORITY_NORMAL: 'Normal',
  MSG_PRIORITY_LOW: 'Low',
  MSG_PRIORITY_LOWEST: 'Lowest',
  CONV_C2C: 'C2C',
  CONV_GROUP: 'GROUP',
  CONV_SYSTEM: '@TIM#SYSTEM',
  MSG_REMIND_ACPT_AND_NOTE: 'AcceptAndNotify',
  MSG_REMIND_ACPT_NOT_NOTE: 'AcceptNotNotify',
  MSG_REMIND_DISCARD: 'Discard',
  GRP_WORK: 'Private',
  GRP_PUBLIC: 'Public',
  GRP_MEETING: 'ChatRoom',
  GRP_AVCHATROOM: 'AVChatRoom',
  GRP_COMMUNITY: 'Community',
  GRP_MBR_ROLE_ADMIN: 'Admin',
  GRP_MBR_ROLE_MEMBER: 'Member',
  KICKED_OUT_MULT_ACCOUNT: 'multipleAccount',
  KICKED_OUT_MULT_DEVICE: 'multipleDevice',
  KICKED_OUT_USERSIG_EXPIRED: 'userSigExpired',
  KICKED_OUT_REST_API: 'REST_API_Kick',
  NET_STATE_CONNECTED: 'connected',
  NET_STATE_CONNECTING: 'connecting',
  NET_STATE_DISCONNECTED: 'disconnected',
} as const satisfies { readonly [K in SdkTypeKey]: `${SdkTypes[K]}` };

/**
 * The SDK declares its option fields with its `TYPES` enum, whose runtime object we may not
 * import. A string enum member and its string are the same value at run time; this cast is
 * the one place that says so, and the literal type keeps it honest.
 */
export function sdkType<K extends SdkTypeKey>(key: K): SdkTypes[K] {
  return SDK_TYPES[key] as unknown as SdkTypes[K];
}
