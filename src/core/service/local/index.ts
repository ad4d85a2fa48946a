export { LocalServer, LOCAL_SERVER_DB_PREFIX } from './local-server.js';
export type {
  LocalServerOptions,
  Caller,
  ServerSession,
  SessionEvent,
  PostedMessage,
  AdminOptions,
  ServerSendOptions,
} from './local-server.js';
export { LocalChatService } from './local-chat-service.js';
export type { LocalChatServiceOptions, FailurePhase } from './local-chat-service.js';
export type { CreateGroupInput, GroupProfilePatch } from './server-groups.js';
export type { GroupJoinOption } from './server-records.js';
export { generatedAvatar } from './generated-avatar.js';
export { MAX_MESSAGE_BYTES } from './server-messaging.js';
