/**
 * tim-elements: registers every element and installs the theme tokens.
 * Import this once (`import 'tim-elements'`); classes and events are exported for typing.
 */
import { installTheme } from './themes/theme-css.js';

export * from './components/chat/define.js';
export * from './components/conversation-list/define.js';
export * from './components/message-list/define.js';
export * from './components/message/define.js';
export * from './components/message-actions/define.js';
export * from './components/confirm-dialog/define.js';
export * from './components/image-viewer/define.js';
export * from './components/emoji-parser/define.js';
export * from './components/emoji-picker/define.js';
export * from './components/composer/define.js';
export * from './components/avatar/define.js';
export { installTheme, themeCss } from './themes/theme-css.js';
export type { ChatStoreApi, ChatState, MessageListState } from './core/store/chat-store-api.js';

if (typeof document !== 'undefined') installTheme(document);
