import type { Message } from '../../core/model/index.js';

/** How a message is laid out in the list. */
export type MessageKind = 'bubble' | 'notice' | 'revoked';

/** Group tips and group system notices are centred lines; so is a recalled message. */
export function messageKind(message: Message): MessageKind {
  if (message.isRevoked) return 'revoked';
  const first = message.elements[0];
  if (first && (first.type === 'TIMGroupTipElem' || first.type === 'TIMGroupSystemNoticeElem')) return 'notice';
  return 'bubble';
}

const MEDIA_TYPES = new Set(['TIMImageElem', 'TIMVideoFileElem', 'TIMFaceElem']);

/** Only pictures, videos or stickers: drawn without a bubble around them. */
export function isMediaOnly(message: Message): boolean {
  return message.elements.length > 0 && message.elements.every((e) => MEDIA_TYPES.has(e.type));
}

const ATTACHMENT_TYPES = new Set(['TIMImageElem', 'TIMVideoFileElem', 'TIMFileElem', 'TIMSoundElem']);

export function hasAttachment(message: Message): boolean {
  return message.elements.some((e) => ATTACHMENT_TYPES.has(e.type));
}

/** Position of a message in a run of consecutive messages by the same sender. */
const RUN_POSITIONS = ['single', 'first', 'middle', 'last'] as const;
export type RunPosition = (typeof RUN_POSITIONS)[number];
