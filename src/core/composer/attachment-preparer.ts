/**
 * From a chosen, pasted or dropped file to the content of a message: checked against the rules
 * (type, size), measured (an image's size, a video's duration and thumbnail) through an injected
 * `MediaReader` (the browser's in the element, a fake in Node tests), or refused with the reason.
 */
import {
  checkAttachment,
  DEFAULT_MAX_FILE_SIZE,
  kindForFile,
  type AttachmentKind,
  type AttachmentRules,
} from '../model/attachment-rules.js';
import type { OutgoingContent } from '../store/chat-store-api.js';

/** Why an attachment was not sent. */
export type AttachmentErrorReason = 'empty' | 'too-large' | 'type' | 'unreadable' | 'too-many-pixels' | 'too-many-images';

interface MediaSize {
  readonly width: number;
  readonly height: number;
}

interface MediaVideoInfo {
  /** The platform decoded it as a video; when false it goes as a file. */
  readonly decodable: boolean;
  /** Whole seconds, 0 when unknown. */
  readonly second: number;
  readonly thumb?: { readonly url: string; readonly width: number; readonly height: number };
}

/** Reads what a message needs to know about a file before it is sent. */
export interface MediaReader {
  /** The image's pixel size when it has more pixels than an image message may, else null. */
  oversizedImage(file: Blob): Promise<MediaSize | null>;
  /** Width and height of a decodable image, else null. */
  readImageSize(file: Blob): Promise<MediaSize | null>;
  readVideoInfo(file: Blob): Promise<MediaVideoInfo>;
}

export interface AttachmentRefusal {
  readonly kind: AttachmentKind;
  readonly reason: AttachmentErrorReason;
  /** For 'too-large': the limit in bytes; for 'too-many-images': the most pictures a message holds. */
  readonly limit?: number;
  /** For 'too-many-pixels': the image's size. */
  readonly pixels?: MediaSize;
}

export type PreparedAttachment =
  { readonly ok: true; readonly content: OutgoingContent } | { readonly ok: false; readonly refusal: AttachmentRefusal };

/** The file's name ('' for an unnamed blob). */
export function fileNameOf(file: Blob): string {
  const name = (file as Partial<File>).name;
  return typeof name === 'string' ? name : '';
}

/** Rules from an element's settings: a size that is not a positive number means the default. */
export function attachmentRules(maxFileSize: unknown, imageTypes: readonly string[], videoTypes: readonly string[]): AttachmentRules {
  const size = Number(maxFileSize);
  return { maxFileSize: Number.isFinite(size) && size > 0 ? size : DEFAULT_MAX_FILE_SIZE, imageTypes, videoTypes };
}

/** The message content for `file` (`forced` picks image, video or file; else its type does), or why not. */
export async function prepareAttachment(
  file: Blob,
  forced: AttachmentKind | undefined,
  rules: AttachmentRules,
  media: MediaReader,
): Promise<PreparedAttachment> {
  const named = file as File;
  const kind = forced ?? kindForFile(named, rules);
  const problem = checkAttachment(named, kind, rules);
  if (problem)
    return { ok: false, refusal: { kind, reason: problem.reason, ...(problem.limit !== undefined ? { limit: problem.limit } : {}) } };
  if (kind === 'image') {
    const oversized = await media.oversizedImage(file);
    if (oversized) return { ok: false, refusal: { kind, reason: 'too-many-pixels', pixels: oversized } };
    const size = await media.readImageSize(file);
    if (!size) return { ok: false, refusal: { kind, reason: 'unreadable' } };
    return { ok: true, content: { type: 'image', file, width: size.width, height: size.height } };
  }
  const asFile: OutgoingContent = { type: 'file', file, name: fileNameOf(file) || 'file' };
  if (kind === 'file') return { ok: true, content: asFile };
  const info = await media.readVideoInfo(file);
  // What cannot be decoded is not a video anyone here can play: it goes as a file.
  return {
    ok: true,
    content: info.decodable ? { type: 'video', file, second: info.second, ...(info.thumb ? { thumb: info.thumb } : {}) } : asFile,
  };
}
