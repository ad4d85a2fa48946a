import { translate } from '../i18n/translate.js';
import { DEFAULT_LOCALE, normalizeLocale, type Locale } from '../i18n/locale.js';
import type { RelayElem } from '../model/elements.js';
import type { Message } from '../model/message.js';
import { forwardOrder, MERGE_LIMITS, mergeDepth } from './merge-basics.js';
import { flattenSummary, senderName, summarizeMessage } from '../notices/message-summary.js';
import type { NameLookup } from '../notices/name-lookup.js';
import { summaryText } from '../notices/summary-text.js';
import { withoutBidiControls } from '../util/bidi.js';

/** Lines a merged message's card shows (TUIKit shows the first few of the abstract). */
export const CARD_ABSTRACT_LINES = 4;

export interface MergedMessageInput {
  /** The messages to merge, in any order: they travel oldest first. */
  readonly messages: readonly Message[];
  /** The conversation they come from: a group titles "Chat history of <group>". */
  readonly source: { readonly type: 'C2C' | 'GROUP' | string; readonly groupName?: string };
  /** The forwarding user (named in a one-to-one chat's title). */
  readonly selfID: string;
  readonly names?: NameLookup;
  /** The language the sender's client writes the title and abstract in (TIM sends them as text); any tag. */
  readonly locale?: string;
  /** A title the app chose instead of the default. */
  readonly title?: string;
}

/**
 * The title TUIKit writes: "Alice and Bob's chat history" (one-to-one: the senders, self included,
 * in order of appearance), "Alice's chat history" (one sender), "Chat history of <group>" (group).
 */
export function mergedTitle(input: MergedMessageInput): string {
  const locale = localeOf(input.locale);
  if (input.source.type === 'GROUP') return translate(locale, 'merged.titleGroup', { group: oneLine(input.source.groupName ?? '') });
  const senders: string[] = [];
  for (const message of forwardOrder(input.messages)) {
    const name = oneLine(senderName(message, input.names));
    if (name && !senders.includes(name)) senders.push(name);
  }
  if (senders.length >= 2) return translate(locale, 'merged.titleTwo', { first: senders[0]!, second: senders[1]! });
  return translate(locale, 'merged.titleOne', { name: senders[0] ?? '' });
}

/** One abstract line, "Alice: hello" / "Bob: [Image]", at most 100 characters (TIM's limit). */
export function abstractLine(message: Message, names?: NameLookup, locale: Locale = DEFAULT_LOCALE): string {
  const summary = summarizeMessage(message);
  const line = flattenSummary({ ...summary, sender: oneLine(senderName(message, names)) }, locale);
  return summaryText(line, MERGE_LIMITS.abstractChars);
}

/**
 * The merged ("chat history") element for forwarding messages combined: title, the first lines as
 * abstract, the compatible text for clients without merged messages, and the messages themselves.
 */
export function buildMergedElement(input: MergedMessageInput): RelayElem {
  const locale = localeOf(input.locale);
  const messages = forwardOrder(input.messages).slice(0, MERGE_LIMITS.maxMessages);
  const title = oneLine(input.title ?? '') || mergedTitle({ ...input, messages });
  return Object.freeze({
    type: 'TIMRelayElem',
    title,
    abstractList: Object.freeze(messages.slice(0, MERGE_LIMITS.maxAbstracts).map((m) => abstractLine(m, input.names, locale))),
    compatibleText: translate(locale, 'summary.chatHistory'),
    layersOverLimit: mergeDepth(messages) + 1 > MERGE_LIMITS.maxLayers,
    downloadKey: '',
    messageList: Object.freeze(messages),
  });
}

function localeOf(value: string | undefined): Locale {
  return value ? normalizeLocale(value) : DEFAULT_LOCALE;
}

function oneLine(value: string): string {
  return withoutBidiControls(value).replace(/\s+/g, ' ').trim();
}
