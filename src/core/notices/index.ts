export { describeGroupTip } from './group-tip.js';
export { describeGroupSystemNotice } from './group-system-notice.js';
export {
  conversationSummary,
  flattenSummary,
  senderName,
  summarizeElement,
  summarizeMessage,
  type ConversationSummary,
  type MessageSummary,
  type SummaryOptions,
} from './message-summary.js';
export { createNameLookup, nameOf, peopleOf, personOf, type NameLookup, type NameSources } from './name-lookup.js';
export { summaryText, SUMMARY_TEXT_LIMIT } from './summary-text.js';
