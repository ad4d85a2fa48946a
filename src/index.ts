/**
 * tim-elements: every element, registered on import (`import 'tim-elements'`), with their classes,
 * event types and constants for typing. One element alone: `tim-elements/composer`, … The theme's
 * tokens are adopted by the document when the first element is registered.
 *
 * No store, backend or demo comes with it: give `<tim-chat>` (or a part) the app's `ChatStore`
 * from `tim-elements/core`.
 */
export * from './components/chat/define.js';
export * from './components/conversation-list/define.js';
export * from './components/message-list/define.js';
export * from './components/message/define.js';
export * from './components/emoji-parser/define.js';
export * from './components/composer/define.js';
// Parts the first screen does not need load on first use (components/base/lazy-part.ts): the
// message menu, the confirm dialog, the image viewer, the emoji picker (from the composer
// and the composer re-exports its events), the forward picker and the merged viewer. Their
// classes are typed from here; `tim-elements/<name>` registers one on its own.
export * from './components/message-actions/events.js';
export * from './components/image-viewer/events.js';
export type { TimMessageActions } from './components/message-actions/tim-message-actions.js';
export type { TimConfirmDialog, ConfirmRequest } from './components/confirm-dialog/tim-confirm-dialog.js';
export type { TimImageViewer } from './components/image-viewer/tim-image-viewer.js';
export type { TimForwardPicker, ForwardPickRequest } from './components/forward-picker/tim-forward-picker.js';
export type { TimMergedViewer } from './components/merged-viewer/tim-merged-viewer.js';
export * from './components/avatar/define.js';
// Loaded by <tim-message-list> on first use ("N read"); `tim-elements/read-receipts` registers it.
export type { TimReadReceipts, ReadReceiptsRequest } from './components/read-receipts/tim-read-receipts.js';
// Loaded by <tim-chat> on first use (the header's "Group info"), and the person card with it.
export type { TimGroupInfo, GroupInfoRequest } from './components/group-info/tim-group-info.js';
export type { TimProfileCard, ProfileCardPerson } from './components/profile-card/tim-profile-card.js';
export { TimGroupInfoSaveEvent, TimGroupLeaveEvent, TimGroupMemberActionEvent } from './components/group-info/events.js';
// Loaded by <tim-conversation-list> and <tim-chat> on first use ("Search messages").
export type { TimMessageSearch, MessageSearchChoice } from './components/message-search/tim-message-search.js';
export { installTheme, themeCss } from './themes/theme-css.js';
export { registerLocale } from './locales/register-locale.js';
export { loadLocale } from './components/base/locale-loader.js';
export type { KitStrings, LocaleStrings } from './locales/locale-strings.js';
export type { ChatStoreApi, ChatState, MessageListState } from './core/store/chat-store-api.js';
