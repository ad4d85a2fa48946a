import type { Message } from '../../model/message.js';

/** What one's own message shows of its delivery: sending, failed, sent ✓, read ✓✓, or nothing. */
export type DeliveryMark = 'sending' | 'failed' | 'sent' | 'read' | null;

/**
 * The delivery mark of a message. Sending and failed show everywhere. Delivered: one-to-one, ✓ sent
 * until the peer has read it (✓✓); in a group, ✓ sent — unless the message shows its read count
 * ("N read", group read receipts), which says more. Others' messages and system notices show none.
 */
export function deliveryMark(message: Message, options: { readonly readCountShown: boolean }): DeliveryMark {
  if (message.flow !== 'out') return null;
  if (message.status === 'unSend') return 'sending';
  if (message.status === 'fail') return 'failed';
  if (message.conversationType === 'C2C') return message.isPeerRead ? 'read' : 'sent';
  if (message.conversationType === 'GROUP') return options.readCountShown ? null : 'sent';
  return null;
}
