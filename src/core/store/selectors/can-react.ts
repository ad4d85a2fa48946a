import type { Message } from '../../model/message.js';
import { messageKind } from '../../model/message-kind.js';

/**
 * Can the reader react to this message: a delivered, stored message bubble (not a tip or notice,
 * not recalled, not online-only, not one's own still sending or failed), on a backend with reactions.
 */
export function canReact(message: Message | undefined, backendHasReactions: boolean): boolean {
  if (!backendHasReactions || !message) return false;
  return message.status === 'success' && !message.onlineOnly && !message.isDeleted && messageKind(message) === 'bubble';
}
