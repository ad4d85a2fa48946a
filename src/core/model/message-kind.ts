import type { Message } from './message.js';

/** How a message is laid out in a list: a bubble, a centred notice line, or a recalled placeholder. */
export type MessageKind = 'bubble' | 'notice' | 'revoked';

/** Group tips and group system notices are centred lines; so is a recalled message. */
export function messageKind(message: Message): MessageKind {
  if (message.isRevoked) return 'revoked';
  const first = message.elements[0];
  if (first && (first.type === 'TIMGroupTipElem' || first.type === 'TIMGroupSystemNoticeElem')) return 'notice';
  return 'bubble';
}
