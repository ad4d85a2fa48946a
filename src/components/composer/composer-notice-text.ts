/** The words for what the core decided: why sending is blocked, a refused file, a failed send. */
import type { ComposerNotice } from '../../core/composer/index.js';
import { errorText } from '../../core/i18n/index.js';
import { MAX_IMAGE_PIXELS, MAX_IMAGES_PER_MESSAGE } from '../../core/model/index.js';
import type { SendBlockReason } from '../../core/store/index.js';
import { formatBytes, formatClock, formatListTime } from '../../core/i18n/index.js';
import type { AttachmentErrorDetail } from './events.js';
import type { ComposerStrings } from './strings.js';

/** The end of a mute: the time when it is today, else the day and the time. */
function muteEndText(seconds: number, locale: string, now: number): string {
  const sameDay = new Date(seconds * 1000).toDateString() === new Date(now).toDateString();
  return sameDay ? formatClock(seconds, locale) : `${formatListTime(seconds, locale, now)} ${formatClock(seconds, locale)}`;
}

/** Why the composer is disabled ('' when there is nothing to say, e.g. no store yet). */
export function blockReasonText(t: ComposerStrings, locale: string, reason: SendBlockReason, now: number): string {
  switch (reason.kind) {
    case 'app':
      return reason.text;
    case 'no-conversation':
      return t.noConversation;
    case 'system':
      return t.system;
    case 'no-store':
      return '';
    case 'signed-out':
      return t.signedOut;
    case 'starting':
      return t.starting;
    case 'dismissed':
      return t.dismissed;
    case 'not-member':
      return t.notMember;
    case 'muted':
      return t.mutedUntil(muteEndText(reason.until, locale, now));
    case 'muted-all':
      return t.mutedAll;
  }
}

/** The line shown for a notice (and the `message` of `tim-attachment-error`). */
export function noticeText(t: ComposerStrings, locale: string, notice: ComposerNotice, maxFileSize: number): string {
  if (notice.kind === 'send-error') return errorText(locale, notice.error);
  const { refusal, file } = notice;
  const shown = notice.name || t.unnamedFile;
  switch (refusal.reason) {
    case 'too-large':
      return t.fileTooLarge(shown, formatBytes(file.size, locale), formatBytes(refusal.limit ?? maxFileSize, locale));
    case 'type':
      return refusal.kind === 'video' ? t.videoType(shown) : t.imageType(shown);
    case 'empty':
      return t.fileEmpty(shown);
    case 'too-many-pixels':
      if (refusal.pixels) return t.imageTooManyPixels(shown, refusal.pixels.width, refusal.pixels.height, MAX_IMAGE_PIXELS / 1_000_000);
      return t.imageUnreadable(shown);
    case 'unreadable':
      return t.imageUnreadable(shown);
    case 'too-many-images':
      return t.tooManyImages(refusal.limit ?? MAX_IMAGES_PER_MESSAGE);
  }
}

/** The detail of `tim-attachment-error` for a refused file, its message in the composer's language. */
export function attachmentErrorDetail(
  t: ComposerStrings,
  locale: string,
  notice: Extract<ComposerNotice, { kind: 'attachment' }>,
  maxFileSize: number,
): AttachmentErrorDetail {
  const { file, name, refusal } = notice;
  const limit = refusal.limit !== undefined ? { limit: refusal.limit } : {};
  return { file, name, kind: refusal.kind, reason: refusal.reason, ...limit, message: noticeText(t, locale, notice, maxFileSize) };
}
