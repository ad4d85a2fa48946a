/**
 * The Tencent Cloud Chat backend. `@tencentcloud/chat` is an optional peer dependency: the app
 * installs it, creates the instance and passes it in; this module never imports it at run time.
 */
export { TencentChatService, type TencentChatServiceOptions } from './tencent-chat-service.js';
export { DEFAULT_SDK_EVENTS, type SdkEventNames, type TencentChatSDK } from './sdk-types.js';
