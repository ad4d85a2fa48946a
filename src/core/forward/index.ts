/** Forwarding and multi-select: the merged ("chat history") message and the selection state machine. */
export { abstractLine, buildMergedElement, CARD_ABSTRACT_LINES, mergedTitle, type MergedMessageInput } from './merged-message.js';
export { forwardOrder, MERGE_LIMITS, mergeDepth, mergeNames, relayOf } from './merge-basics.js';
export { forwardTargets } from './forward-targets.js';
