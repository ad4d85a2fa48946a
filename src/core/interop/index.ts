/** Untrusted input → model, and the desktop SDK's JSON ↔ model. */
export * from './repair.js';
export {
  normalizeMessage,
  normalizeMessages,
  DERIVED_ID_PREFIX,
  imageSizesFor,
  scaledToShortSide,
  THUMBNAIL_SHORT_SIDE,
  LARGE_SHORT_SIDE,
  type NormalizedMessage,
  type NormalizeMessageOptions,
} from './normalize-message.js';
export { normalizeElement, normalizeElementEntry } from './normalize-element.js';
export { normalizeConversation, MESSAGE_REMIND_TYPES } from './normalize-conversation.js';
export { normalizeUserProfile, normalizeGroupProfile, GROUP_TYPES, GROUP_ROLES } from './normalize-profile.js';
export * from './desktop-json.js';
export * from './desktop-codes.js';
