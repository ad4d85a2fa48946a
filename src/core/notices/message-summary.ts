import { withoutBidiControls } from '../util/bidi.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { localize, localized, translate, type DisplayText, type LocalizedText } from '../i18n/translate.js';
import type { Conversation } from '../model/conversation.js';
import type { MessageElement } from '../model/elements.js';
import type { Message } from '../model/message.js';
import { describeGroupSystemNotice } from './group-system-notice.js';
import { describeGroupTip } from './group-tip.js';
import { nameOf, type NameLookup } from './name-lookup.js';
import { markdownOf, markdownSummaryText } from '../model/markdown-wire.js';
import { oneLine } from './notice-text.js';
import { summaryText } from './summary-text.js';

/**
 * A message in one line, in parts the view can style: a marker ("[Draft]", "[@me]"), the
 * sender's name in groups, and the body, which is either localized ("[Image]") or the
 * user's own text (emoji codes kept for the view to render).
 */
export interface MessageSummary {
  readonly prefix?: LocalizedText;
  readonly sender?: string;
  readonly body: DisplayText;
}

export interface SummaryOptions {
  /** The reader: their own revokes read "You recalled a message", their own messages get no sender. */
  readonly selfID?: string;
  readonly names?: NameLookup;
}

/** A summary plus its words in `locale`, for titles, aria-labels and notifications. */
export interface ConversationSummary extends MessageSummary {
  readonly text: string;
}

/** The one-line body for a single element. */
export function summarizeElement(elem: MessageElement, options: SummaryOptions = {}): DisplayText {
  switch (elem?.type) {
    case 'TIMTextElem':
      return { text: summaryText(elem.text) };
    case 'TIMFaceElem':
      return localized('summary.sticker');
    case 'TIMImageElem':
      return localized('summary.image');
    case 'TIMSoundElem':
      return localized('summary.voice', { seconds: secondsOf(elem.second) });
    case 'TIMVideoFileElem':
      return localized('summary.video', { seconds: secondsOf(elem.videoSecond) });
    case 'TIMFileElem':
      return localized('summary.file', { name: oneLine(elem.fileName, 100) });
    case 'TIMLocationElem':
      return localized('summary.location', { description: oneLine(elem.description, 100) });
    case 'TIMCustomElem': {
      const description = summaryText(elem.description);
      return description ? { text: description } : localized('summary.custom');
    }
    case 'TIMGroupTipElem':
      return describeGroupTip(elem, options.names, options.selfID ?? '');
    case 'TIMGroupSystemNoticeElem':
      return describeGroupSystemNotice(elem, options.names, options.selfID ?? '');
    case 'TIMRelayElem':
      return localized('summary.chatHistory');
    case 'unsupported': {
      // A known summary (a merged message's title, say) says more than the placeholder.
      const summary = summaryText(elem.summary);
      return summary ? { text: summary } : localized('summary.unsupported');
    }
    default:
      return localized('summary.unsupported');
  }
}

/** The summary of a message: revoked line, or the first element worth showing, with the sender in groups. */
export function summarizeMessage(message: Message, options: SummaryOptions = {}): MessageSummary {
  const selfID = options.selfID ?? '';
  if (message.isRevoked) return { body: revokedLine(message, options.names, selfID) };

  const elements = Array.isArray(message.elements) ? message.elements : [];
  const elem = elements.find(isMeaningful) ?? elements[0];
  if (!elem) return { body: { text: '' } };
  // A markdown message reads as its words, without the markers.
  const markdown = markdownOf(message, elements.indexOf(elem));
  const body = markdown ? { text: summaryText(markdownSummaryText(markdown.text)) } : summarizeElement(elem, options);

  const isNotice = elem.type === 'TIMGroupTipElem' || elem.type === 'TIMGroupSystemNoticeElem';
  if (message.conversationType !== 'GROUP' || isNotice || isFromSelf(message, selfID)) return { body };
  return { sender: senderName(message, options.names), body };
}

/**
 * The conversation list's line: a draft wins over the last message (shown "[Draft] text");
 * otherwise the last message, marked "[@me]" while the reader is mentioned unread.
 */
export function conversationSummary(
  conversation: Conversation,
  options: SummaryOptions & {
    readonly locale?: Locale;
    /** The conversation is open: what is in its box is being typed, and becomes a "[Draft]" only once the user leaves. */
    readonly isOpen?: boolean;
  } = {},
): ConversationSummary {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const draft = options.isOpen ? undefined : conversation.draft?.text;
  let summary: MessageSummary;
  if (typeof draft === 'string' && draft.trim()) {
    summary = { prefix: localized('summary.draft'), body: { text: summaryText(draft) } };
  } else {
    const last = conversation.lastMessage ? summarizeMessage(conversation.lastMessage, options) : { body: { text: '' } };
    summary = conversation.atMe ? { ...last, prefix: localized('summary.atMe') } : last;
  }
  return { ...summary, text: flattenSummary(summary, locale) };
}

/** The summary as one string: "[Draft] hello", "[@me] Alice: hi", "[有人@我]Alice：你好". */
export function flattenSummary(summary: MessageSummary, locale: Locale): string {
  let text = localize(locale, summary.body);
  if (summary.sender) text = summary.sender + translate(locale, 'summary.senderSeparator') + text;
  if (summary.prefix) {
    const prefix = localize(locale, summary.prefix);
    text = text ? prefix + translate(locale, 'summary.prefixSeparator') + text : prefix;
  }
  return text;
}

/**
 * The sender as a group shows them: the name card they sent with, else what the lookup knows
 * (name card, nick), else the nick they sent with, else the user ID.
 */
export function senderName(message: Pick<Message, 'from' | 'nameCard' | 'nick'>, names?: NameLookup): string {
  const card = typeof message.nameCard === 'string' ? withoutBidiControls(message.nameCard).trim() : '';
  if (card) return card;
  const from = typeof message.from === 'string' ? message.from : '';
  const known = nameOf(names, from);
  if (known !== from) return known;
  const nick = typeof message.nick === 'string' ? withoutBidiControls(message.nick).trim() : '';
  return nick || withoutBidiControls(from);
}

function revokedLine(message: Message, names: NameLookup | undefined, selfID: string): LocalizedText {
  const revoker = message.revoker || message.from;
  const bySelf = revoker === message.from ? isFromSelf(message, selfID) : selfID !== '' && revoker === selfID;
  if (bySelf) return localized('summary.revokedBySelf');
  const name = revoker === message.from ? senderName(message, names) : nameOf(names, revoker);
  return localized('summary.revokedByOther', { name });
}

function isFromSelf(message: Message, selfID: string): boolean {
  return selfID ? message.from === selfID : message.flow === 'out';
}

/** Blank text and placeholders give way to a later element that says something. */
function isMeaningful(elem: MessageElement): boolean {
  if (!elem || typeof elem !== 'object') return false;
  if (elem.type === 'TIMTextElem') return typeof elem.text === 'string' && elem.text.trim() !== '';
  return elem.type !== 'unsupported';
}

function secondsOf(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
