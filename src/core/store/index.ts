/** The store as the elements see it: the store, its state's types, and the selectors they render from. */
export { ChatStore, type ChatStoreOptions } from './chat-store.js';
export type { ChatState, ChatStoreApi, MessageListState, OutgoingContent, ReadingPosition, StoreSendOptions } from './chat-store-api.js';
export type { ForwardMode, ForwardOptions, ForwardResult } from './forwarding.js';
export { forwardingFeature } from './forwarding.js';
export { installFeatures, useFeature, type StoreExtension, type StoreFeature } from './store-extension.js';
export { installMessageFeatures, MESSAGE_FEATURES } from './message-features.js';
export { editsFeature } from './message-edits.js';
export { pinsFeature } from './pinned-messages.js';
export { shallowEqual, type StateStore, type Unsubscribe } from './state-store.js';
export { countsAsUnread, locateUnreadBoundary, unreadBoundary, unreadJumpTarget, type UnreadBoundary } from './unread-boundary.js';
export { copyableText, MESSAGE_ACTIONS, type MessageAction } from './selectors/message-actions.js';
export { headerTyping } from './selectors/header-typing.js';
export { nextPinnedID, pinnedBarView, type PinnedBarView } from './selectors/pinned-bar.js';
export { readReportDue } from './selectors/read-report.js';
export { deliveryMark, type DeliveryMark } from './selectors/delivery-mark.js';
export { readCountLabel, showsReadCount, type ReadCountLabel } from './selectors/read-receipt-rules.js';
export { readReceiptsFeature, type ReadReceiptsApi, type ReadReceiptsState } from './read-receipts.js';
export { ReadMemberPages, type ReadMemberFilter, type ReadMemberList, type ReadMemberPagesState } from './read-member-pages.js';
export { sendBlockReason, type SendBlockReason } from './selectors/send-block-reason.js';
export {
  conversionOf,
  isNoResult,
  isUnsupportedFeature,
  soundElementIndex,
  type ConversionKind,
  type ConversionStatus,
  type ConversionsState,
  type MessageConversion,
  conversionsFeature,
} from './message-conversions.js';
export { translationTarget, TRANSLATION_LANGUAGES, type TranslationLanguage } from './translation-target.js';
export { canReact } from './selectors/can-react.js';
export { reactionsFeature, type OthersReacted, type ReactionsApi, type ReactionsState } from './message-reactions.js';
export {
  enterSelection,
  extendSelection,
  isSelectable,
  MessageSelection,
  pruneSelection,
  selectedMessages,
  SELECTION_LIMIT,
  SELECTION_OFF,
  toggleSelected,
  type SelectionState,
} from './message-selection.js';
export {
  GroupApplications,
  groupApplicationsFeature,
  groupApplicationView,
  type GroupApplicationAnswer,
  type GroupApplicationsDeps,
  type GroupApplicationsState,
  type GroupApplicationStatus,
  type GroupApplicationView,
} from './group-applications.js';
export {
  NEW_CHAT_SEARCH_DELAY_MS,
  NewChat,
  newChatFeature,
  newChatResults,
  type GroupJoinState,
  type NewChatResult,
  type NewChatState,
} from './new-chat.js';
export {
  GroupInfo,
  groupInfoFeature,
  groupInfoMembers,
  groupInfoPermissions,
  type GroupInfoField,
  type GroupInfoPermissions,
  type GroupInfoState,
  type GroupMemberActionState,
  type GroupMemberRequest,
} from './group-info.js';
export {
  MESSAGE_SEARCH_DELAY_MS,
  MessageSearch,
  messageSearchFeature,
  messageSearchResults,
  type MessageSearchGroup,
  type MessageSearchResult,
  type MessageSearchState,
} from './message-search.js';
export { ConversationMarks, conversationMarksFeature, showsUnread } from './conversation-marks.js';
export { presenceFeature, UserPresence, type UserPresenceState } from './user-presence.js';
