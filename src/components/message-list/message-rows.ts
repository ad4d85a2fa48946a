import { localize } from '../../core/i18n/index.js';
import type { Message } from '../../core/model/index.js';
import { senderName, summarizeMessage } from '../../core/notices/index.js';
import type { NameLookup } from '../../core/notices/index.js';
import { calendarDaysBetween } from '../../core/i18n/index.js';
import { isTypingStatusMessage } from '../message/renderers/custom-registry.js';
import { messageKind, type RunPosition } from '../message/message-kind.js';

/** Messages by one sender this close together (seconds) form a run: one avatar and name. */
export const DEFAULT_GROUPING_WINDOW_SECONDS = 5 * 60;

/** What the list shows: not deleted messages, never TUIKit's typing signals. */
export function visibleMessages(messages: readonly Message[]): readonly Message[] {
  let hidden = false;
  for (const m of messages) {
    if (m.isDeleted || isTypingStatusMessage(m)) {
      hidden = true;
      break;
    }
  }
  return hidden ? messages.filter((m) => !m.isDeleted && !isTypingStatusMessage(m)) : messages;
}

export function sameDay(aSeconds: number, bSeconds: number): boolean {
  return calendarDaysBetween(aSeconds * 1000, bSeconds * 1000) === 0;
}

function continues(previous: Message | undefined, message: Message | undefined, windowSeconds: number): boolean {
  return (
    !!previous &&
    !!message &&
    previous.from === message.from &&
    previous.flow === message.flow &&
    messageKind(previous) === 'bubble' &&
    messageKind(message) === 'bubble' &&
    message.time - previous.time <= windowSeconds &&
    sameDay(previous.time, message.time)
  );
}

/** Where a message sits in its run, from its neighbours (O(1) per row, so rows are worked out only when drawn). */
export function runPositionOf(
  previous: Message | undefined,
  message: Message,
  next: Message | undefined,
  windowSeconds: number,
): RunPosition {
  const joinsPrevious = continues(previous, message, windowSeconds);
  const joinsNext = continues(message, next, windowSeconds);
  if (joinsPrevious) return joinsNext ? 'middle' : 'last';
  return joinsNext ? 'first' : 'single';
}

/** The text of a centred line: a group tip, a system notice or a recalled message, in the reader's language. */
export function noticeText(message: Message, names: NameLookup, selfID: string, locale: string): string {
  return localize(locale, summarizeMessage(message, { names, selfID }).body);
}

export { senderName };
