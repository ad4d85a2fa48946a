import type { Conversation, Draft, MessageRemindType } from '../model/conversation.js';
import type { GroupApplication } from '../model/group-application.js';
import type { Message, MessageLocator, MessagePriority } from '../model/message.js';
import type { PinnedMessage } from '../model/pinned-message.js';
import type { GroupMember, GroupProfile, UserProfile } from '../model/profile.js';
import type { ChatError } from '../errors.js';

/**
 * The backend contract. `LocalChatService` (embedded) and `TencentChatService` (a real
 * @tencentcloud/chat instance) implement it; the store is its only caller. Every method
 * rejects with a `ChatError` ({code, message}); none of them rejects before `login` except
 * with `CHAT_ERROR.notLoggedIn`.
 */
export interface ChatService {
  /** The signed-in user, '' before login. */
  readonly userID: string;
  /** What this backend can do beyond the contract's minimum (absent: none of it). */
  readonly features?: ServiceFeatures;

  login(options: LoginOptions): Promise<UserProfile>;
  logout(): Promise<void>;
  getConnectionState(): ConnectionState;

  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof ChatServiceEvents>(event: K, handler: (payload: ChatServiceEvents[K]) => void): () => void;

  // Profiles and groups
  getUserProfiles(userIDs: readonly string[]): Promise<UserProfile[]>;
  getGroupProfile(groupID: string): Promise<GroupProfile>;
  getGroupMembers(groupID: string): Promise<GroupMember[]>;

  // Conversations
  getConversationList(): Promise<Conversation[]>;
  /** Get or create: an unknown C2C/GROUP conversation ID makes a new, empty conversation. */
  getConversation(conversationID: string): Promise<Conversation>;
  deleteConversation(conversationID: string, options: { clearHistory: boolean }): Promise<void>;
  pinConversation(conversationID: string, pinned: boolean): Promise<void>;
  setMessageRemindType(conversationID: string, type: MessageRemindType): Promise<void>;
  /** null clears the draft. */
  setConversationDraft(conversationID: string, draft: Draft | null): Promise<void>;

  // Messages
  getMessageList(query: MessageListQuery): Promise<MessagePage>;
  /**
   * Send a message the client built (its `ID` and `random` are the client's and stay the same
   * on a retry, so a backend drops a duplicate and returns the stored one). Resolves with the
   * message as the server stored it: `status: 'success'`, server `time` and `sequence`, remote URLs.
   * Its `ID` may differ from the client's: a backend whose server names messages itself (the
   * Tencent Cloud Chat SDK does) returns that ID, the one every other client sees, and the caller
   * replaces its optimistic copy (known by the client ID) with the result.
   */
  sendMessage(message: Message, options?: SendOptions): Promise<Message>;
  /** Recall a message; resolves with the revoked message. */
  revokeMessage(message: Message): Promise<Message>;
  /** Delete from the server's history (roaming), for this user only. */
  deleteMessages(messages: readonly Message[]): Promise<void>;
  /** Mark read up to and including `upTo` (default: everything). */
  markRead(conversationID: string, upTo?: Message): Promise<void>;
  /** One message to many users (not groups): one send per user, a result per user. */
  sendToUsers(message: Message, userIDs: readonly string[], options?: SendOptions): Promise<BatchSendResult[]>;
  /** Messages by ID; unknown IDs are left out. */
  findMessages(messageIDs: readonly string[]): Promise<Message[]>;
  /**
   * The messages of one conversation that `locators` point at (desktop `TIMMsgFindByMsgLocatorList`:
   * time, sequence, random and whether one sent it), in the locators' order; those not in this
   * user's history are left out. Optional: without it the store finds by locator only in what the
   * device holds. Tencent: the page holding each one, by `getMessageListHopping` (GROUP by
   * sequence, C2C by time), as the Web SDK has no search by locator.
   */
  findMessagesByLocators?(conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]>;
  /** Fetch an element's remote content (image/file/sound/video) with progress. */
  downloadElement(message: Message, elementIndex: number, options?: TransferOptions): Promise<Blob>;

  // Reactions (with `features.reactions`; see reactions in the docs of `MessageReaction`)
  /** React to a message with `reactionID` (TUIKit's `[TUIEmoji_Like]`…). SDK: `addMessageReaction(message, reactionID)`. */
  addReaction?(message: Message, reactionID: string): Promise<void>;
  /** Take one's reaction back. SDK: `removeMessageReaction(message, reactionID)`. */
  removeReaction?(message: Message, reactionID: string): Promise<void>;
  /**
   * The reactions of messages of one conversation (at most 20 a call), each with its first few
   * users. SDK: `getMessageReactions({messageList, maxUserCountPerReaction})`.
   */
  getReactions?(messages: readonly Message[]): Promise<MessageReactions[]>;
  /**
   * Everyone who reacted with `reactionID`, a page at a time (`cursor` from the previous page, 0
   * first). SDK: `getAllUserListOfMessageReaction({message, reactionID, nextSeq, count})`.
   */
  getReactionUsers?(message: Message, reactionID: string, options?: { cursor?: number; count?: number }): Promise<ReactionUsersPage>;
  // Optional abilities: present when `features` says so (see ServiceFeatures).
  /**
   * Translate texts into `targetLanguage` (`features.translate`): one result per text, in order.
   * Rejects with `CHAT_ERROR.noResult` when the backend has no translation. SDK: `translateText`
   * `({sourceTextList, sourceLanguage: 'auto', targetLanguage})` → `data.translatedTextList`.
   */
  translateText?(texts: readonly string[], options: TranslateOptions): Promise<string[]>;
  /**
   * The words of a sound message (`features.voiceToText`). Rejects with `CHAT_ERROR.noResult` when
   * the backend has no transcript. SDK: `convertVoiceToText({message, language})` → `data.result`.
   */
  convertVoiceToText?(message: Message, options?: VoiceToTextOptions): Promise<string>;
  /**
   * The forwarded messages of a merged ("chat history") message, oldest first, from the server
   * (those a large merge keeps apart under `downloadKey`, or, for the embedded backend, the stored
   * merge). Optional: with `features.mergedForward`. Tencent: `downloadMergerMessage`.
   */
  downloadMergedMessages?(message: Message): Promise<Message[]>;
  /**
   * Replace the text of one's own delivered text message (`features.editWindowSeconds`). Resolves
   * with the message as it is now (`isModified: true`); everyone in the conversation gets
   * `messageModified`. Tencent: `chat.modifyMessage(message)` with the new `payload.text`.
   */
  editMessage?(message: Message, text: string): Promise<Message>;
  /**
   * Pin or unpin a group message (`features.pinnedMessages`; owner and admins). Every member gets
   * `pinnedMessagesUpdated`. Tencent: `chat.pinGroupMessage({ groupID, message, isPinned })`.
   */
  pinGroupMessage?(message: Message, pinned: boolean): Promise<void>;
  /** A group's pinned messages, oldest pin first. Tencent: `chat.getPinnedGroupMessageList(groupID)`. */
  getPinnedMessages?(groupID: string): Promise<PinnedMessage[]>;
  /**
   * The join requests the signed-in user may answer (groups they own or administer) and the
   * invitations to them, still waiting (`features.groupApplications`). SDK: `getGroupApplicationList()`
   * → `data.applicationList`.
   */
  getGroupApplications?(): Promise<GroupApplication[]>;
  /**
   * Accept or decline a pending application (`features.groupApplications`); `note` goes to the
   * applicant or inviter. Rejects when it is no longer pending (another admin answered it). SDK:
   * `handleGroupApplication({handleAction: 'Agree' | 'Reject', handleMessage, application})`.
   */
  answerGroupApplication?(application: GroupApplication, accept: boolean, note?: string): Promise<void>;
  /**
   * People to start a chat with (`features.directory`): the user of that exact ID, and those whose
   * name holds `keyword` where the backend searches names. The signed-in user is left out. SDK:
   * `getUserProfile({userIDList: [keyword]})`, plus `searchCloudUsers({keywordList})` on plans with it.
   */
  findUsers?(keyword: string): Promise<UserProfile[]>;
  /**
   * Groups to open or join (`features.directory`): the group of that exact ID, and those whose name
   * holds `keyword` where the backend searches names; work groups only for their members. SDK:
   * `searchGroupByID(keyword)`, plus `searchCloudGroups({keywordList})` on plans with it.
   */
  findGroups?(keyword: string): Promise<FoundGroup[]>;
  /**
   * Join a group, or ask to (`features.directory`): 'joined' at once (free to join), 'pending' (an
   * owner or admin approves), 'alreadyMember'. Rejects for a group that takes no requests. SDK:
   * `joinGroup({groupID, applyMessage})` → `data.status`.
   */
  joinGroup?(groupID: string, note?: string): Promise<JoinGroupResult>;
  /**
   * Search the messages kept on the server (`features.cloudMessageSearch`): those holding every one
   * of `keywords`, in one conversation or in all. Across all conversations the server may give only
   * a count for a conversation with several matches (`counts`); within one it gives the messages.
   * Continue with `cursor` while it is not ''. Rejects with `unsupported` when the app's plan lacks
   * the search (ask no more this session). Tencent: `searchCloudMessages({keywordList,
   * keywordListMatchType: 'and', conversationID, cursor, count})` → `data.searchResultList`
   * (`{conversationID, messageCount, messageList}`), `data.cursor` (valid 2 minutes); 60020 without
   * the cloud search plugin; at most 2 calls a second.
   */
  searchMessages?(query: MessageSearchQuery): Promise<MessageSearchPage>;
  /**
   * Mark a conversation unread, or take the mark off (`features.markUnread`); the user's other
   * clients get `conversationUpdated` with `markedUnread`. Unread counts do not change. SDK:
   * `markConversation({conversationIDList: [id], markType: TYPES.CONV_MARK_TYPE_UNREAD, enableMark})`.
   */
  markConversationUnread?(conversationID: string, marked: boolean): Promise<void>;
  /**
   * Watch these users' online status (`features.userStatus`): resolves with their status now;
   * changes come as `userStatusUpdated`. SDK: `subscribeUserStatus({userIDList})` (at most 100 a
   * call), then `getUserStatus({userIDList})` → `data.successUserList`.
   */
  subscribeUserStatus?(userIDs: readonly string[]): Promise<UserStatus[]>;
  /** Stop watching these users. SDK: `unsubscribeUserStatus({userIDList})`. */
  unsubscribeUserStatus?(userIDs: readonly string[]): Promise<void>;
  /**
   * Tell the senders of group messages that asked for receipts (`needReadReceipt`) that this user
   * has read them (`features.groupReadReceipts`); messages of others that asked for none, and one's
   * own, are left out. Each sender gets `messageReadReceipt`. SDK: `sendMessageReadReceipt(messageList)`.
   */
  sendReadReceipts?(messages: readonly Message[]): Promise<void>;
  /**
   * How many members have read each of one's own group messages that asked for receipts (one
   * conversation a call; others are left out). SDK: `getMessageReadReceiptList(messageList)` →
   * each message's `readReceiptInfo`.
   */
  getReadReceipts?(messages: readonly Message[]): Promise<GroupReadReceipt[]>;
  /**
   * A page of the members who have read (or not read) a group message. SDK:
   * `getGroupMessageReadMemberList({message, filter: 0 read | 1 unread, cursor, count ≤ 100})` →
   * `{readUserIDList | unreadUserIDList, cursor, isCompleted}`.
   */
  getReadMembers?(message: Message, options: ReadMembersOptions): Promise<ReadMembersPage>;
  /**
   * Change the group's name, avatar, notice or introduction (`features.groupManagement`) where the
   * signed-in user's role allows it (`mayEditGroupProfile`); rejects with `CHAT_ERROR.notGroupMember`
   * (TIM's 10007, no permission) otherwise. Every member gets the group tip (operationType 6) naming
   * the changes. Resolves with the group as it is now. SDK: `updateGroupProfile({groupID, name,
   * avatar, notification, introduction})` → `data.group`.
   */
  updateGroupProfile?(groupID: string, edit: GroupProfileEdit): Promise<GroupProfile>;
  /**
   * A page of a group's members with their roles (`features.groupManagement`), `cursor` from the
   * previous page ('' first). SDK: `getGroupMemberList({groupID, count ≤ 100, offset})` →
   * `data.memberList`, `data.offset` (0 when done; an audio-video room's is a string `nextSeq`).
   */
  getGroupMemberPage?(groupID: string, options?: GroupMemberPageOptions): Promise<GroupMemberPage>;
  /**
   * Set the signed-in user's name in the group ('' clears it). SDK:
   * `setGroupMemberNameCard({groupID, nameCard})`.
   */
  setGroupNameCard?(groupID: string, nameCard: string): Promise<void>;
  /**
   * Leave a group (`mayQuitGroup`: an owner leaves only a Work group). Members get the quit tip
   * (operationType 2); the group stays in one's list as history. SDK: `quitGroup(groupID)`.
   */
  quitGroup?(groupID: string): Promise<void>;
  /**
   * Dismiss a group (`mayDismissGroup`: its owner; never a Work group). Every member gets the
   * "dismissed" system notice (operationType 5). SDK: `dismissGroup(groupID)`.
   */
  dismissGroup?(groupID: string): Promise<void>;
  /**
   * Remove members from a group (`features.groupMemberManagement`; `memberActionsOf(…).remove`: the
   * owner anyone, an admin members; never from a live room). Rejects with `CHAT_ERROR.notGroupMember`
   * (TIM's 10007) otherwise. Members get the group tip "kicked out" (operationType 3), the removed
   * the system notice (operationType 4) with `reason`. SDK: `deleteGroupMember({groupID,
   * userIDList, reason})`.
   */
  removeGroupMembers?(groupID: string, userIDs: readonly string[], reason?: string): Promise<void>;
  /**
   * Make a member an admin ('Admin') or an admin a member again ('Member'): the owner, in groups
   * with admins (`memberActionsOf(…).makeAdmin` / `removeAdmin`). Members get the group tip
   * (operationType 4 or 5), the member the system notice (9 or 10). SDK: `setGroupMemberRole({groupID,
   * userID, role: TYPES.GRP_MBR_ROLE_ADMIN | GRP_MBR_ROLE_MEMBER})`.
   */
  setGroupMemberRole?(groupID: string, userID: string, role: 'Admin' | 'Member'): Promise<void>;
  /**
   * Hand the group to another member (the owner; never a live room), who becomes its owner; the
   * old owner becomes a member. Members get the group tip naming the new owner (operationType 6,
   * `owner`). SDK: `changeGroupOwner({groupID, newOwnerID})`.
   */
  changeGroupOwner?(groupID: string, newOwnerID: string): Promise<void>;
  /**
   * Mute a member for `seconds` (0 lifts it): the owner anyone, an admin members; not in Work groups
   * (`memberActionsOf(…).mute`). Members get the group tip (operationType 7, `memberMuteChanges`);
   * the member's `muteUntil` says until when. SDK: `setGroupMemberMuteTime({groupID, userID, muteTime})`.
   */
  setGroupMemberMuteTime?(groupID: string, userID: string, seconds: number): Promise<void>;
}

/** Group profile fields to change (`updateGroupProfile`); those left out stay as they are. */
export interface GroupProfileEdit {
  readonly name?: string;
  /** An http(s) URL, or '' to take the picture away. */
  readonly avatar?: string;
  /** The group's notice (TIM's `notification`, TUIKit's "Group notice"). */
  readonly notification?: string;
  readonly introduction?: string;
}

export interface GroupMemberPageOptions {
  /** The previous page's `nextCursor` ('' first). */
  readonly cursor?: string;
  /** At most 100 (the SDK's limit); 50 by default. */
  readonly count?: number;
}

/** One page of a group's members. */
export interface GroupMemberPage {
  readonly members: readonly GroupMember[];
  /** Pass it as `cursor` for the next page. */
  readonly nextCursor: string;
  readonly isCompleted: boolean;
}

export interface ReadMembersOptions {
  readonly filter: 'read' | 'unread';
  /** The previous page's `nextCursor` ('' first). */
  readonly cursor?: string;
  /** At most 100 (the SDK's limit); 100 by default. */
  readonly count?: number;
}

/** One page of the members who have read, or not read, a group message. */
export interface ReadMembersPage {
  readonly userIDs: readonly string[];
  /** Pass it as `cursor` for the next page. */
  readonly nextCursor: string;
  readonly isCompleted: boolean;
}

/** A group found by `findGroups`: its profile as a non-member sees it, and whether the reader is in it. */
export interface FoundGroup {
  readonly group: GroupProfile;
  readonly isMember: boolean;
}

/** How a `joinGroup` went. */
export type JoinGroupResult = 'joined' | 'pending' | 'alreadyMember';

export interface TranslateOptions {
  /** A translation language code ('en', 'zh', 'zh-TW', 'ja', 'fr'…; see `translationTarget`). */
  readonly targetLanguage: string;
  /** The texts' language; 'auto' (the default) lets the backend detect it. */
  readonly sourceLanguage?: string;
}

export interface VoiceToTextOptions {
  /** The spoken language ('zh', 'en-US', 'yue-Hant-HK', 'ja-JP'); absent: the backend's Chinese-English model. */
  readonly language?: string;
}

/** Optional abilities of a backend. */
export interface ServiceFeatures {
  /**
   * A message may hold several elements (text, faces and up to nine images, shown in order in one
   * bubble, as the desktop and Windows SDKs send them). Absent: one element a message (the Tencent
   * Cloud Chat Web SDK), so the store sends such content as consecutive messages, in order.
   */
  readonly multiElementMessages?: boolean;
  /** Typing signals reach group members (TUIKit shows typing one-to-one only). */
  readonly groupTyping?: boolean;
  /** `false` when `deleteMessages` cannot delete from the server's history (absent: it can). */
  readonly deleteFromHistory?: boolean;
  /** Seconds after sending during which one's own message can be recalled (absent: TIM's default, 120). */
  readonly recallWindowSeconds?: number;
  /** `translateText` works: text messages offer "Translate" (Tencent: the translation add-on). */
  readonly translate?: boolean;
  /** `convertVoiceToText` works: sound messages offer "Convert to text" (Tencent: the voice-to-text add-on). */
  readonly voiceToText?: boolean;
  /**
   * Emoji reactions on messages: `addReaction`, `removeReaction`, `getReactions`,
   * `getReactionUsers` and the `messageReactionsUpdated` event (absent: none; the UI hides them).
   */
  readonly reactions?: boolean;
  /**
   * Forwarding several messages as one merged ("chat history") message: `sendMessage` takes a
   * message holding a `TIMRelayElem` and `downloadMergedMessages` gives its messages back (Tencent:
   * `createMergerMessage`, `downloadMergerMessage`). Forwarding one by one needs only `sendMessage`.
   */
  readonly mergedForward?: boolean;
  /**
   * One's own text messages can be edited (`editMessage`) for this many seconds after sending;
   * `Infinity` for no limit. Absent: no editing.
   */
  readonly editWindowSeconds?: number;
  /** Group messages can be pinned (`pinGroupMessage`, `getPinnedMessages`), at most `max` a group. Absent: no pins. */
  readonly pinnedMessages?: { readonly max: number };
  /**
   * Join requests and invitations can be answered: `getGroupApplications` and
   * `answerGroupApplication` (absent: the notices show no Accept / Decline).
   */
  readonly groupApplications?: boolean;
  /**
   * People and groups can be found to start a chat with: `findUsers`, `findGroups` and `joinGroup`
   * (absent: no "New chat" in the conversation list).
   */
  readonly directory?: boolean;
  /**
   * Group read receipts: a group message sent with `needReadReceipt` (where the group allows it:
   * Tencent's console setting per group type; the embedded server's per-group setting) is
   * acknowledged with `sendReadReceipts`, counted by `getReadReceipts` and `messageReadReceipt`,
   * and its readers listed by `getReadMembers` (absent: none of it; the UI shows no counts).
   */
  readonly groupReadReceipts?: boolean;
  /**
   * The group info panel's calls: `updateGroupProfile`, `getGroupMemberPage`, `setGroupNameCard`,
   * `quitGroup` and `dismissGroup` (absent: the panel shows the group read-only, without leaving).
   */
  readonly groupManagement?: boolean;
  /**
   * The member list's actions: `removeGroupMembers`, `setGroupMemberRole`, `changeGroupOwner` and
   * `setGroupMemberMuteTime`, by TIM's rules (`memberActionsOf`); absent: the list offers none.
   */
  readonly groupMemberManagement?: boolean;
  /** Conversations can be marked unread (`markConversationUnread`; Tencent: the Pro edition's conversation marks). */
  readonly markUnread?: boolean;
  /**
   * People's online status can be watched (`subscribeUserStatus`, `unsubscribeUserStatus`,
   * `userStatusUpdated`). Tencent also needs the console switch: when the SDK refuses, no status is shown.
   */
  readonly userStatus?: boolean;
  /**
   * Messages can be searched on the server (`searchMessages`), adding to the search of the cached
   * messages (Tencent: the cloud search plugin; without it the call rejects with `unsupported`).
   */
  readonly cloudMessageSearch?: boolean;
}

/** A server message search (`ChatService.searchMessages`). */
export interface MessageSearchQuery {
  /** The words a message must all hold (at most 5; the rest are left out). */
  readonly keywords: readonly string[];
  /** Only this conversation's messages; absent: every conversation's. */
  readonly conversationID?: string;
  /** The previous page's `cursor`, to continue; absent: the first page. */
  readonly cursor?: string;
  /** Results wanted on this page (the backend's default when absent). */
  readonly count?: number;
}

/** One page of a server message search. */
export interface MessageSearchPage {
  /** Messages found, as the backend gives them (any order). */
  readonly messages: readonly Message[];
  /** Conversations for which the server gave only how many messages match (not the messages). */
  readonly counts: readonly MessageSearchCount[];
  /** Continue with this; '' when there is no more. */
  readonly cursor: string;
}

export interface MessageSearchCount {
  readonly conversationID: string;
  readonly count: number;
}

export type ConnectionState = 'connected' | 'connecting' | 'disconnected';

export type KickedOutReason = 'multipleAccount' | 'multipleDevice' | 'userSigExpired' | 'REST';

export interface LoginOptions {
  userID: string;
  /** Signature for a real backend; ignored by the local one. */
  userSig?: string;
}

export interface MessageListQuery {
  conversationID: string;
  /** How many to return at most (the store asks for 20 by default). */
  count: number;
  /**
   * Start from this message (exclusive). Without it the newest page is returned.
   * With `direction: 'older'` the page holds messages before it; with 'newer', after it.
   */
  fromMessageID?: string;
  direction?: 'older' | 'newer';
}

export interface MessagePage {
  /** Oldest first. */
  messages: Message[];
  /** No more messages in the asked direction. */
  isCompleted: boolean;
}

export interface TransferOptions {
  /** Called with bytes done and bytes in all. */
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * How a message is pushed to a recipient whose app is not running (Tencent's `offlinePushInfo`,
 * every field of the SDK's `OFFLINE_PUSH_INFO_PARAMS` and of the send options document). The
 * embedded backend keeps nothing of it: it has no push.
 */
export interface OfflinePushInfo {
  /** No offline push for this message. */
  disablePush?: boolean;
  /** No VoIP push for it (iOS). */
  disableVoipPush?: boolean;
  /** The notification's title (iOS and Android). */
  title?: string;
  /** The notification's text, instead of the message's own summary (a custom message needs it to be pushed at all). */
  description?: string;
  /** Passed through to the app when the notification opens it. */
  extension?: string;
  /** iOS: the app icon's badge does not count this message (the send options document; also `apnsInfo.ignoreIOSBadge`). */
  ignoreIOSBadge?: boolean;
  /** Android 8+: the OPPO channel (the send options document; also `androidInfo.OPPOChannelID`). */
  androidOPPOChannelID?: string;
  /** Android vendors' settings. */
  androidInfo?: OfflinePushAndroidInfo;
  /** iOS (APNs) settings. */
  apnsInfo?: OfflinePushApnsInfo;
}

/** Android vendors' push settings (`offlinePushInfo.androidInfo`). */
export interface OfflinePushAndroidInfo {
  /** The sound file played on Android. */
  sound?: string;
  XiaoMiChannelID?: string;
  OPPOChannelID?: string;
  FCMChannelID?: string;
  VIVOClassification?: string;
  VIVOCategory?: string;
  HuaWeiCategory?: string;
  OPPOCategory?: string;
}

/** iOS push settings (`offlinePushInfo.apnsInfo`). */
export interface OfflinePushApnsInfo {
  /** The sound file played on iOS. */
  sound?: string;
  ignoreIOSBadge?: boolean;
  disableVoipPush?: boolean;
}

export interface SendOptions extends TransferOptions {
  priority?: MessagePriority;
  /** Deliver only to connected clients; never stored, never unread. */
  onlineOnly?: boolean;
  offlinePushInfo?: OfflinePushInfo;
  /** The attachment to upload for an image/sound/video/file message. */
  file?: Blob;
  /**
   * Several attachments (an album: up to `MAX_IMAGES_PER_MESSAGE` images), one per attachment
   * element of the message, in order; only to a backend with `features.multiElementMessages`.
   */
  files?: readonly Blob[];
  /**
   * The message this one forwards (the same content, to another conversation): a backend that
   * copies a message itself uses it (Tencent: `createForwardMessage`); the embedded one sends the copy.
   */
  forwardOf?: Message;
}

export interface BatchSendResult {
  userID: string;
  message?: Message;
  error?: ChatError;
}

/** Events a backend emits. Payloads are plain data, already in our model. */
export interface ChatServiceEvents {
  /** New messages from others (and this user's own from another device or tab). */
  messageReceived: { messages: Message[] };
  /** Messages recalled, as they are now (`isRevoked: true`, `revoker`). */
  messageRevoked: { messages: Message[] };
  /** The C2C peer read everything up to `peerReadTime` (seconds). */
  messageReadByPeer: { conversationID: string; peerReadTime: number };
  /** Conversations changed (new message, unread, pin, mute, draft, profile…): their new state. */
  conversationUpdated: { conversations: Conversation[] };
  conversationDeleted: { conversationIDs: string[] };
  /** Messages deleted from storage elsewhere (another device of this user). */
  messageDeleted: { conversationID: string; messageIDs: string[] };
  /** A group's profile or membership changed. */
  groupUpdated: { group: GroupProfile };
  connectionStateChanged: { state: ConnectionState };
  kickedOut: { reason: KickedOutReason };
  /** Unrecoverable service error (e.g. storage lost) to show once. */
  error: { error: ChatError };

  // The events below are optional: a backend without the concept never emits them.

  /** Messages whose content changed after they were sent (edited elsewhere, or by the server), as they are now. */
  messageModified: { messages: Message[] };
  /** A group's pinned messages changed: all of them as they are now, oldest pin first. */
  pinnedMessagesUpdated: { groupID: string; pinned: PinnedMessage[] };
  /** Users' profiles changed (nick, avatar, friend remark): the new values; a field left out is unchanged. */
  profileUpdated: { profiles: UserProfileUpdate[] };
  /**
   * Reactions on one message changed: the reactions that changed, each as it is now (`count: 0`
   * means nobody has it any more), as the SDK's `onMessageReactionsUpdated` reports them. Every
   * client in the conversation hears it, the reactor's own included.
   */
  messageReactionsUpdated: { conversationID: string; messageID: string; reactions: MessageReaction[] };
  /** Group read receipts of this user's own messages: how many members have read each. */
  messageReadReceipt: { conversationID: string; receipts: GroupReadReceipt[] };
  /** The backend's own count of unread messages over conversations that are not muted. */
  totalUnreadUpdated: { totalUnread: number };
  /** Online status of users this user may watch (friends, or users subscribed to). */
  userStatusUpdated: { statuses: UserStatus[] };
}

/** Changed fields of a user's profile; those left out did not change. */
export type UserProfileUpdate = { readonly userID: string } & Partial<Omit<UserProfile, 'userID'>>;

/** One reaction (an emoji or sticker ID) on a message. */
export interface MessageReaction {
  readonly reactionID: string;
  /** How many users reacted with it. */
  readonly count: number;
  /** Some of them (a backend may list only the first few). */
  readonly userIDs: readonly string[];
  readonly reactedByMe: boolean;
}

/** The reactions of one message (`getReactions`). */
export interface MessageReactions {
  readonly messageID: string;
  readonly reactions: readonly MessageReaction[];
}

/** One page of the users who reacted with one reaction (`getReactionUsers`). */
export interface ReactionUsersPage {
  readonly userIDs: readonly string[];
  /** Pass it as `cursor` for the next page (0 when complete). */
  readonly nextCursor: number;
  readonly isCompleted: boolean;
}

/** How many members have read a group message, and how many have not (the sender left out). */
export interface GroupReadReceipt {
  readonly messageID: string;
  readonly readCount: number;
  readonly unreadCount: number;
}

export type UserStatusType = 'online' | 'offline' | 'unlogined' | 'unknown';

export interface UserStatus {
  readonly userID: string;
  readonly status: UserStatusType;
  /** The user's own status text ('' when none). */
  readonly customStatus: string;
}

/** The files a send uploads, in the order of the message's attachment elements. */
export function attachedFiles(options: Pick<SendOptions, 'file' | 'files'>): readonly Blob[] {
  if (options.files?.length) return options.files;
  return options.file ? [options.file] : [];
}
