/**
 * What may be attached, checked before anything is uploaded (by the composer, and by the store
 * for any caller): a clear message now beats a
 * failed upload later. Pure functions over a file's name, type and size.
 */
import { ownValue } from '../util/own-value.js';

export const ATTACHMENT_KINDS = ['image', 'video', 'file'] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

/** TIM's upload limit for a file (100 MB since Web SDK 2.4.0). */
export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

/**
 * Most images one message carries (an album: text and up to nine pictures in one bubble, as the
 * Windows SDK's several elements in one message allow; TUIKit's picker stops at nine too).
 */
export const MAX_IMAGES_PER_MESSAGE = 9;

/** Image formats TIM makes image messages of (JPG, PNG, GIF, BMP, WEBP). */
export const DEFAULT_IMAGE_TYPES: readonly string[] = Object.freeze(['image/jpeg', 'image/png', 'image/gif', 'image/bmp', 'image/webp']);

/** Video formats sent as video messages (MP4 plays everywhere; MOV and WebM in browsers that can). */
export const DEFAULT_VIDEO_TYPES: readonly string[] = Object.freeze(['video/mp4', 'video/quicktime', 'video/webm']);

export interface AttachmentRules {
  /** Bytes; larger files are refused. */
  readonly maxFileSize: number;
  /** MIME types accepted as image messages. */
  readonly imageTypes: readonly string[];
  /** MIME types accepted as video messages. */
  readonly videoTypes: readonly string[];
}

export const DEFAULT_ATTACHMENT_RULES: AttachmentRules = Object.freeze({
  maxFileSize: DEFAULT_MAX_FILE_SIZE,
  imageTypes: DEFAULT_IMAGE_TYPES,
  videoTypes: DEFAULT_VIDEO_TYPES,
});

/** Why an attachment was refused. */
export type AttachmentProblemReason = 'empty' | 'too-large' | 'type';

export interface AttachmentProblem {
  readonly reason: AttachmentProblemReason;
  readonly kind: AttachmentKind;
  /** For 'too-large': the limit in bytes. */
  readonly limit?: number;
}

/** Some systems give no MIME type (or a generic one) for common files: guess it from the extension. */
const TYPE_BY_EXTENSION: Readonly<Record<string, string>> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
};

/** The file's MIME type, lower-cased; from its extension when the browser gave none. */
export function mimeTypeOf(file: { readonly type: string; readonly name?: string }): string {
  const type = (file.type || '').toLowerCase().split(';')[0]!.trim();
  if (type && type !== 'application/octet-stream') return type;
  const name = typeof file.name === 'string' ? file.name : '';
  const dot = name.lastIndexOf('.');
  return (dot >= 0 ? ownValue(TYPE_BY_EXTENSION, name.slice(dot + 1).toLowerCase()) : undefined) ?? type;
}

/**
 * The message type for a pasted or dropped file: an image or video of an accepted type, else a
 * file message (an SVG or HEIC still gets through, as a file).
 */
export function kindForFile(
  file: { readonly type: string; readonly name?: string },
  rules: AttachmentRules = DEFAULT_ATTACHMENT_RULES,
): AttachmentKind {
  const type = mimeTypeOf(file);
  if (rules.imageTypes.includes(type)) return 'image';
  if (rules.videoTypes.includes(type)) return 'video';
  return 'file';
}

/** Null when `file` may be sent as `kind`, else why not. */
export function checkAttachment(
  file: { readonly type: string; readonly size: number; readonly name?: string },
  kind: AttachmentKind,
  rules: AttachmentRules = DEFAULT_ATTACHMENT_RULES,
): AttachmentProblem | null {
  if (kind === 'image' && !rules.imageTypes.includes(mimeTypeOf(file))) return { reason: 'type', kind };
  if (kind === 'video' && !rules.videoTypes.includes(mimeTypeOf(file))) return { reason: 'type', kind };
  if (!(file.size > 0)) return { reason: 'empty', kind };
  if (file.size > rules.maxFileSize) return { reason: 'too-large', kind, limit: rules.maxFileSize };
  return null;
}

/** The `accept` attribute of the file picker for a kind. */
export function acceptFor(kind: AttachmentKind, rules: AttachmentRules = DEFAULT_ATTACHMENT_RULES): string {
  if (kind === 'image') return rules.imageTypes.join(',');
  if (kind === 'video') return rules.videoTypes.join(',');
  return '';
}
