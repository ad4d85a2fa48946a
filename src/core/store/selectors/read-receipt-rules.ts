import type { Message } from '../../model/message.js';
import type { GroupReadReceipt, ServiceFeatures } from '../../service/chat-service.js';
import { compareMessages } from '../../model/message.js';

/**
 * The rules of group read receipts, as TUIKit applies them: who asks for receipts, which messages a
 * reader acknowledges, which of one's own messages show a count, and what the count says.
 */

/**
 * Does a message sent now ask for read receipts: in groups, on a backend that has them, unless the
 * sender said no (TUIKit's switch is per app and on by default). C2C read state needs no asking;
 * online-only messages (typing signals) are never read.
 */
export function wantsReadReceipt(
  conversationID: string,
  options: { readonly needReadReceipt?: boolean; readonly onlineOnly?: boolean },
  features: ServiceFeatures | undefined,
): boolean {
  return (
    conversationID.startsWith('GROUP') && features?.groupReadReceipts === true && options.needReadReceipt !== false && !options.onlineOnly
  );
}

/** One's own delivered group message that asked for receipts: it shows "N read". */
export function showsReadCount(message: Message): boolean {
  return (
    message.flow === 'out' &&
    message.conversationType === 'GROUP' &&
    message.needReadReceipt === true &&
    message.status === 'success' &&
    !message.isRevoked
  );
}

/** Someone else's delivered group message that asked for receipts: the reader acknowledges it once seen. */
export function wantsAcknowledging(message: Message): boolean {
  return (
    message.flow === 'in' &&
    message.conversationType === 'GROUP' &&
    message.needReadReceipt === true &&
    message.status === 'success' &&
    !message.isRevoked &&
    !message.onlineOnly
  );
}

/**
 * The messages of a conversation the reader has now seen and not yet acknowledged: those that ask
 * for receipts, up to and including `upTo` (all of them when absent), oldest first.
 */
export function receiptsToSend(messages: readonly Message[], acknowledged: ReadonlySet<string>, upTo?: Message): Message[] {
  return messages.filter((m) => wantsAcknowledging(m) && !acknowledged.has(m.ID) && (!upTo || compareMessages(m, upTo) <= 0));
}

/** What the label under one's own message says. */
export type ReadCountLabel = { readonly kind: 'unread' } | { readonly kind: 'read'; readonly count: number } | { readonly kind: 'all' };

/** "Unread" when nobody has read it, "All read" when nobody is left, else "N read" (TUIKit's words). */
export function readCountLabel(receipt: Pick<GroupReadReceipt, 'readCount' | 'unreadCount'>): ReadCountLabel {
  if (receipt.readCount > 0 && receipt.unreadCount === 0) return { kind: 'all' };
  if (receipt.readCount > 0) return { kind: 'read', count: receipt.readCount };
  return { kind: 'unread' };
}

/**
 * A newer word on a message's counts. Receipts only add readers, so a count that went down is an
 * older answer that arrived late (the unread count alone may fall when members leave).
 */
export function mergeReceipt(before: GroupReadReceipt | undefined, after: GroupReadReceipt): GroupReadReceipt {
  if (!before || after.readCount > before.readCount) return after;
  if (after.readCount < before.readCount) return before;
  return after.unreadCount === before.unreadCount ? before : after;
}
