import type { Message } from '../../model/message.js';
import type { ServiceFeatures } from '../../service/chat-service.js';

/** TUIKit's (and WeChat's) time to take a recalled text back into the composer: 2 minutes after the recall. */
export const RE_EDIT_WINDOW_SECONDS = 120;

/**
 * How long after sending one's own text message can be edited, in seconds (`Infinity`: no
 * limit), or null when the backend has no editing. A value that is not a number ≥ 0 means none.
 */
export function editWindowSeconds(features: ServiceFeatures | undefined): number | null {
  const value = features?.editWindowSeconds;
  return typeof value === 'number' && value >= 0 ? value : null;
}

/** The text of a message that is one text element and nothing else, else null (only those are edited). */
export function editableText(message: Message): string | null {
  const [only, ...rest] = message.elements;
  return only?.type === 'TIMTextElem' && rest.length === 0 ? only.text : null;
}

/**
 * Can the user edit this message now: their own (`flow: 'out'`), delivered, not recalled, stored
 * (not online-only), one text element, and sent no longer ago than the window (`now` in epoch ms).
 */
export function canEditMessage(message: Message, rules: { readonly now: number; readonly windowSeconds: number | null }): boolean {
  if (rules.windowSeconds === null) return false;
  if (message.flow !== 'out' || message.status !== 'success' || message.isRevoked || message.onlineOnly) return false;
  if (editableText(message) === null) return false;
  return rules.now / 1000 - message.time <= rules.windowSeconds;
}

/**
 * The text "Re-edit" puts back into the composer, or null when the recalled row offers none:
 * the user's own text message that they recalled themselves, up to 2 minutes after the recall.
 * `recalledAt` (epoch ms) is when this device saw the recall; unknown (a recall found in history),
 * the send time stands in for it, as a recall comes after the send: the offer never lasts too long.
 */
export function reEditText(
  message: Message,
  rules: { readonly now: number; readonly userID: string; readonly recalledAt?: number | undefined },
): string | null {
  if (!message.isRevoked || message.flow !== 'out') return null;
  if (message.revoker && message.revoker !== rules.userID) return null;
  const text = editableText(message);
  if (text === null || text === '') return null;
  const since = rules.recalledAt ?? message.time * 1000;
  const age = (rules.now - since) / 1000;
  return age <= RE_EDIT_WINDOW_SECONDS ? text : null;
}
