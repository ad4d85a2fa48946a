import type { Message } from '../../core/model/index.js';

export { messageKind } from '../../core/model/index.js';

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
