// The chat scroll state machine: the entry elements import it through.
export {
  followsNewest,
  INITIAL_SCROLL_STATE,
  keepsReadingAnchor,
  mayShowJumpToLatest,
  reduceScroll,
  remembersPlace,
  type AppendedMessage,
  type ChatScrollState,
  type JumpBlock,
  type ScrollEffect,
  type ScrollEvent,
  type ScrollMode,
  type ScrollTransition,
} from './chat-scroll-state.js';
