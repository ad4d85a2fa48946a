// What the elements use from core/cache (they import the core only through entries: eslint.config.js).
export { createChatCache } from './create-chat-cache.js';
export type { ChatCache } from './chat-cache.js';
