import { errorText, formatDuration } from '../../core/i18n/index.js';
import type { MessageElement, Message } from '../../core/model/index.js';
import { summaryText } from '../../core/notices/index.js';
import { withoutBidiControls } from '../../core/util/index.js';
import type { MessageStrings } from './strings.js';

/** A row's name carries the start of a long text only: it is read each time the row is focused. */
export const ROW_LABEL_TEXT_LIMIT = 120;

export interface RowLabelInput {
  readonly message: Message;
  /** The sender as the row shows them ("You" for one's own messages). */
  readonly name: string;
  /** The time as the row shows it ("13:03"). */
  readonly time: string;
  /** A centred line's text (tip, notice, recalled message), when the row is one. */
  readonly noticeText: string;
  readonly locale: string;
  readonly t: MessageStrings;
}

/**
 * The accessible name of a message row, read when the row gets focus: who, when, what — "Bob
 * Martin, 13:03: rc3 is up…", "You, 13:04: Image. Failed to send". A kind word for what is not
 * text ("Voice message 0:12", "File report.pdf"); state words only when there is a state.
 */
export function rowLabel({ message, name, time, noticeText, locale, t }: RowLabelInput): string {
  if (noticeText) return t.rowNotice(time, noticeText);
  const elements = Array.isArray(message.elements) ? message.elements : [];
  const parts = elements
    .slice(0, 3)
    .map((elem) => elementWords(elem, t))
    .filter((p) => p !== '');
  const more = elements.length > 3 ? t.rowMoreParts(elements.length - 3) : '';
  const body = [...parts, more].filter(Boolean).join(', ') || t.unsupported;
  const state =
    message.flow === 'out' && message.status === 'fail'
      ? message.error
        ? t.failedWithReason(errorText(locale, message.error).replace(/[.。]\s*$/, ''))
        : t.failed
      : message.flow === 'out' && message.status === 'unSend'
        ? t.sending
        : message.isModified
          ? t.edited
          : '';
  return t.rowLabel(name, time, body, state);
}

function elementWords(elem: MessageElement, t: MessageStrings): string {
  switch (elem?.type) {
    case 'TIMTextElem':
      return withoutBidiControls(summaryText(elem.text, ROW_LABEL_TEXT_LIMIT));
    case 'TIMFaceElem':
      return t.kindSticker;
    case 'TIMImageElem':
      return t.kindImage;
    case 'TIMSoundElem':
      return t.kindVoice(formatDuration(seconds(elem.second)));
    case 'TIMVideoFileElem':
      return t.kindVideo(formatDuration(seconds(elem.videoSecond)));
    case 'TIMFileElem':
      return t.kindFile(withoutBidiControls(summaryText(elem.fileName, 80)));
    case 'TIMLocationElem':
      return t.kindLocation(withoutBidiControls(summaryText(elem.description, 80)));
    case 'TIMCustomElem':
      return withoutBidiControls(summaryText(elem.description, ROW_LABEL_TEXT_LIMIT)) || t.customMessage;
    case 'TIMRelayElem':
      // A merged message reads as its card does: the title ("Alice and Bob's chat history"), then its first lines.
      return [elem.title || elem.compatibleText, ...elem.abstractList.slice(0, 4)]
        .map((line) => withoutBidiControls(summaryText(line, 100)))
        .filter(Boolean)
        .join('. ');
    default:
      return t.unsupported;
  }
}

function seconds(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0;
}
