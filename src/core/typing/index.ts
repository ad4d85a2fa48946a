// What the elements use from core/typing (they import the core only through entries: eslint.config.js).
export { typingUserIDs } from './typing-state.js';
