import type { Message } from '../model/message.js';
import { searchableText } from './search-text.js';
import { matchesPlan, type SearchPlan } from './tokenize.js';

/**
 * Search by reading every message: for caches kept in memory, which hold few messages
 * (IndexedDB's cache has an index instead). Newest first, at most `limit`.
 */
export function scanMessages(
  messages: Iterable<Message>,
  plan: SearchPlan,
  options: { limit: number; conversationID?: string },
): Message[] {
  const found: Message[] = [];
  for (const message of messages) {
    if (options.conversationID && message.conversationID !== options.conversationID) continue;
    if (matchesPlan(searchableText(message), plan)) found.push(message);
  }
  found.sort((a, b) => b.time - a.time || b.sequence - a.sequence);
  return found.slice(0, options.limit);
}
