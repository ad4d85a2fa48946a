/** Forwarding and multi-select: the merged ("chat history") message and the selection state machine. */
export {
  abstractLine,
  buildMergedElement,
  CARD_ABSTRACT_LINES,
  forwardOrder,
  MERGE_LIMITS,
  mergeDepth,
  mergedTitle,
  relayOf,
  mergeNames,
  type MergedMessageInput,
} from './merged-message.js';
export { forwardTargets } from './forward-targets.js';
