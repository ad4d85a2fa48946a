// What the elements use from core/service (they import the core only through entries: eslint.config.js).
export { deferredService } from './deferred-chat-service.js';
export {
  type GroupReadReceipt,
  type MessageReaction,
  type OfflinePushInfo,
  type ReadMembersPage,
  type UserStatusType,
} from './chat-service.js';
