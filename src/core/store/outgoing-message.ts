import { CHAT_ERROR, ChatError } from '../errors.js';
import {
  checkAttachment,
  DEFAULT_ATTACHMENT_RULES,
  MAX_IMAGES_PER_MESSAGE,
  mimeTypeOf,
  type AttachmentKind,
} from '../model/attachment-rules.js';
import type { ImageInfo, MessageElement } from '../model/elements.js';
import { parseConversationID } from '../model/ids.js';
import { MAX_IMAGE_PIXELS } from '../model/limits.js';
import { EMPTY_MESSAGE, type Message } from '../model/message.js';
import type { UserProfile } from '../model/profile.js';
import { imageSizesFor } from '../model/image-sizes.js';
import { typingStatusOf, withMessageFeature } from '../model/tuikit-wire.js';
import { safeUrl } from '../model/url.js';
import type { ServiceFeatures } from '../service/chat-service.js';
import type { OutgoingContent, StoreSendOptions } from './chat-store-api.js';

let counter = 0;

/** A random unsigned 32-bit number, as TIM's `random`. */
export function randomUint32(): number {
  const crypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint32Array) => Uint32Array } }).crypto;
  if (crypto?.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0]!;
  return Math.floor(Math.random() * 0x1_0000_0000);
}

/**
 * A client message ID: sender, then time and a counter in fixed-width base 36 (so IDs made by
 * one client sort in the order they were made), then the random.
 */
export function createMessageID(userID: string, nowMs: number, random: number): string {
  counter = (counter + 1) % 36 ** 4;
  return `${userID}-${Math.max(0, Math.floor(nowMs)).toString(36).padStart(9, '0')}-${counter.toString(36).padStart(4, '0')}-${random.toString(36)}`;
}

export interface OutgoingMessageInput {
  me: UserProfile;
  conversationID: string;
  contents: readonly OutgoingContent[];
  options?: StoreSendOptions;
  /** The local clock (epoch ms): the client time and the client ID. */
  nowMs: number;
  /** The message's time (seconds) when it differs from the local clock's: the server-calibrated stamp. */
  time?: number;
  /** Ask the group for read receipts (`selectors/read-receipt-rules.ts` decides). */
  needReadReceipt?: boolean;
  /** Makes a `blob:` URL for a preview; absent where there is no `URL.createObjectURL`. */
  previewUrl?: (blob: Blob) => string;
}

/**
 * The messages that carry `contents`: one, or, for a backend that takes one element a message
 * (`ServiceFeatures.multiElementMessages` absent: the Tencent Cloud Chat Web SDK), one per element,
 * in order.
 */
export function messagesFor(
  contents: readonly OutgoingContent[],
  features: Pick<ServiceFeatures, 'multiElementMessages'> | undefined,
): (readonly OutgoingContent[])[] {
  if (contents.length <= 1 || features?.multiElementMessages) return [contents];
  return contents.map((content) => [content]);
}

/**
 * Build the message the user is sending, as it shows before the server answers: `unSend`, the
 * client's time, a client ID and random, previews of attachments. Throws a ChatError
 * (`invalidArgument`) for content that cannot be sent.
 */
export function createOutgoingMessage(input: OutgoingMessageInput): { message: Message; file?: Blob; files?: Blob[] } {
  const parsed = parseConversationID(input.conversationID);
  if (!parsed || parsed.type === '@TIM#SYSTEM') {
    throw new ChatError(CHAT_ERROR.invalidArgument, `Cannot send to "${input.conversationID}": not a C2C or GROUP conversation ID.`);
  }
  if (input.contents.length === 0) throw new ChatError(CHAT_ERROR.invalidArgument, 'A message needs at least one element.');
  const files: Blob[] = [];
  const elements = input.contents.map((content) => {
    const built = elementFor(content, input.previewUrl);
    if (built.file) files.push(built.file);
    return built.element;
  });
  checkAttachmentCount(elements, files.length);
  const file = files.length === 1 ? files[0] : undefined;
  const total = files.reduce((sum, blob) => sum + blob.size, 0);
  const options = input.options ?? {};
  const random = randomUint32();
  const cloudCustomData = options.cloudCustomData ?? '';
  const signal = elements.length === 1 && typingStatusOf({ elements }) !== null;
  const seconds = Math.floor(input.nowMs / 1000);
  const message: Message = {
    ...EMPTY_MESSAGE,
    ID: createMessageID(input.me.userID, input.nowMs, random),
    conversationID: input.conversationID,
    conversationType: parsed.type,
    from: input.me.userID,
    to: parsed.targetID,
    flow: 'out',
    time: input.time ?? seconds,
    clientTime: seconds,
    random,
    status: 'unSend',
    priority: options.priority ?? 'Normal',
    onlineOnly: options.onlineOnly ?? false,
    isRead: true,
    nick: input.me.nick,
    avatar: input.me.avatar,
    atUserList: Object.freeze([...(options.atUserList ?? [])]),
    // Like TUIKit, ordinary C2C messages say this client shows typing, so TUIKit peers send theirs.
    cloudCustomData: parsed.type === 'C2C' && !signal && !options.onlineOnly ? withMessageFeature(cloudCustomData) : cloudCustomData,
    elements: Object.freeze(elements),
    ...(files.length ? { progress: { loaded: 0, total } } : {}),
    ...(input.needReadReceipt ? { needReadReceipt: true } : {}),
  };
  if (files.length > 1) return { message, files };
  return file ? { message, file } : { message };
}

/**
 * One attachment a message, or an album: up to MAX_IMAGES_PER_MESSAGE images (with text and faces
 * around them). A video, sound or file goes alone: the backends upload and show one of those a message.
 */
function checkAttachmentCount(elements: readonly MessageElement[], files: number): void {
  if (files <= 1) return;
  if (elements.some((e) => e.type === 'TIMSoundElem' || e.type === 'TIMVideoFileElem' || e.type === 'TIMFileElem')) {
    invalid('A message can carry several images, but only one video, sound or file (and then nothing else to upload).');
  }
  if (files > MAX_IMAGES_PER_MESSAGE) invalid(`A message can carry at most ${MAX_IMAGES_PER_MESSAGE} images.`);
}

function invalid(message: string): never {
  throw new ChatError(CHAT_ERROR.invalidArgument, message);
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function finite(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) invalid(`${name} must be a finite number.`);
  return value;
}

/**
 * The composer's rules, for every caller of the store: no empty file, none over the size limit,
 * no "image" or "video" that says it is something else (an app may allow more image and video
 * types in its composer, so any image/… or video/… type passes here).
 */
function checkFile(file: Blob, kind: AttachmentKind, name?: string): void {
  const named = file as Blob & { name?: unknown };
  const fileName = name ?? (typeof named.name === 'string' ? named.name : '');
  const shown = fileName || 'the file';
  const mime = mimeTypeOf({ type: file.type, name: fileName });
  const ownKind = (prefix: string): readonly string[] => (mime === '' || mime.startsWith(prefix) ? [mime] : []);
  const rules = { ...DEFAULT_ATTACHMENT_RULES, imageTypes: ownKind('image/'), videoTypes: ownKind('video/') };
  const problem = checkAttachment({ type: file.type, size: file.size, name: fileName }, kind, rules);
  if (!problem) return;
  if (problem.reason === 'empty') invalid(`"${shown}" is empty (0 bytes): there is nothing to send.`);
  if (problem.reason === 'too-large') {
    throw new ChatError(
      CHAT_ERROR.fileTooLarge,
      `"${shown}" is larger than the ${Math.round(DEFAULT_ATTACHMENT_RULES.maxFileSize / 1048576)} MB limit.`,
    );
  }
  invalid(`"${shown}" (${file.type || 'no type'}) cannot be sent as ${kind === 'image' ? 'an image' : 'a video'}: send it as a file.`);
}

function elementFor(content: OutgoingContent, previewUrl?: (blob: Blob) => string): { element: MessageElement; file?: Blob } {
  const preview = (blob: Blob): string => (previewUrl ? safeUrl(previewUrl(blob)) : '');
  switch (content?.type) {
    case 'text':
      if (typeof content.text !== 'string' || content.text.trim() === '') invalid('Text to send must not be empty.');
      return { element: { type: 'TIMTextElem', text: content.text } };
    case 'face':
      if (!Number.isInteger(content.index) || content.index < 0) invalid('A face index must be a whole number ≥ 0.');
      return { element: { type: 'TIMFaceElem', index: content.index, data: String(content.data ?? '') } };
    case 'image': {
      if (!isBlob(content.file)) invalid('An image message needs the image file.');
      checkFile(content.file, 'image');
      const width = Math.max(0, Math.round(content.width ?? 0));
      const height = Math.max(0, Math.round(content.height ?? 0));
      if (width * height > MAX_IMAGE_PIXELS) {
        invalid(
          `The image is ${width} × ${height} pixels; an image message can have at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels. Send it as a file.`,
        );
      }
      const url = preview(content.file);
      return {
        file: content.file,
        element: {
          type: 'TIMImageElem',
          uuid: '',
          imageFormat: imageFormatOf(content.file.type),
          imageInfoArray: imageSizes(width, height, content.file.size, url),
        },
      };
    }
    case 'sound':
      if (!isBlob(content.file)) invalid('A sound message needs the audio file.');
      checkFile(content.file, 'file');
      return {
        file: content.file,
        element: {
          type: 'TIMSoundElem',
          uuid: '',
          url: preview(content.file),
          second: Math.max(0, Math.round(finite(content.second, 'Sound duration'))),
          size: content.file.size,
        },
      };
    case 'video':
      if (!isBlob(content.file)) invalid('A video message needs the video file.');
      checkFile(content.file, 'video');
      return {
        file: content.file,
        element: {
          type: 'TIMVideoFileElem',
          uuid: '',
          videoUrl: preview(content.file),
          videoSecond: Math.max(0, Math.round(content.second ?? 0)),
          videoSize: content.file.size,
          videoFormat: subtypeOf(content.file.type) || 'mp4',
          thumbUrl: safeUrl(content.thumb?.url),
          thumbWidth: Math.max(0, Math.round(content.thumb?.width ?? 0)),
          thumbHeight: Math.max(0, Math.round(content.thumb?.height ?? 0)),
        },
      };
    case 'file': {
      if (!isBlob(content.file)) invalid('A file message needs the file.');
      const name = content.name || (content.file as Blob & { name?: string }).name || 'file';
      checkFile(content.file, 'file', name);
      return {
        file: content.file,
        element: { type: 'TIMFileElem', uuid: '', fileName: name, fileSize: content.file.size, fileUrl: preview(content.file) },
      };
    }
    case 'location':
      return {
        element: {
          type: 'TIMLocationElem',
          description: String(content.description ?? ''),
          longitude: finite(content.longitude, 'Longitude'),
          latitude: finite(content.latitude, 'Latitude'),
        },
      };
    case 'custom':
      if (typeof content.data !== 'string') invalid('Custom message data must be a string.');
      return {
        element: {
          type: 'TIMCustomElem',
          data: content.data,
          description: content.description ?? '',
          extension: content.extension ?? '',
        },
      };
    default:
      return invalid(`Unknown content type "${String((content as { type?: unknown } | undefined)?.type)}".`);
  }
}

function subtypeOf(mime: string): string {
  const slash = mime.indexOf('/');
  return slash >= 0 ? mime.slice(slash + 1).toLowerCase() : '';
}

function imageFormatOf(mime: string): string {
  switch (subtypeOf(mime)) {
    case 'jpeg':
    case 'jpg':
      return 'JPG';
    case 'png':
      return 'PNG';
    case 'gif':
      return 'GIF';
    case 'bmp':
      return 'BMP';
    case 'webp':
      return 'WEBP';
    default:
      return 'UNKNOWN';
  }
}

/** The three sizes TIM keeps (original, thumbnail, large), all showing the local preview until uploaded. */
function imageSizes(width: number, height: number, size: number, url: string): readonly ImageInfo[] {
  return Object.freeze(imageSizesFor(width, height).map((d) => ({ ...d, size: d.type === 0 ? size : 0, url })));
}

/**
 * A queued message read back after a reload: its previews (blob: URLs of the page that sent it)
 * are gone, but the outbox kept the files. Each attachment element, in order, shows a preview of
 * its file again.
 */
export function withFreshPreview(message: Message, files: readonly Blob[], previewUrl: ((blob: Blob) => string) | undefined): Message {
  if (files.length === 0 || !previewUrl) return message;
  let next = 0;
  let changed = false;
  const elements = message.elements.map((element) => {
    if (!ATTACHMENT_ELEMENT_TYPES.has(element?.type)) return element;
    const file = files[next++];
    const url = file ? safeUrl(previewUrl(file)) : '';
    const shown = url ? withPreviewUrl(element, url) : element;
    if (shown !== element) changed = true;
    return shown;
  });
  return changed ? { ...message, elements: Object.freeze(elements) } : message;
}

const ATTACHMENT_ELEMENT_TYPES: ReadonlySet<string> = new Set(['TIMImageElem', 'TIMSoundElem', 'TIMVideoFileElem', 'TIMFileElem']);

function withPreviewUrl(element: MessageElement, url: string): MessageElement {
  switch (element.type) {
    case 'TIMImageElem':
      return element.imageInfoArray.every((info) => info.url)
        ? element
        : { ...element, imageInfoArray: element.imageInfoArray.map((info) => (info.url ? info : { ...info, url })) };
    case 'TIMSoundElem':
      return element.url ? element : { ...element, url };
    case 'TIMVideoFileElem':
      return element.videoUrl ? element : { ...element, videoUrl: url };
    case 'TIMFileElem':
      return element.fileUrl ? element : { ...element, fileUrl: url };
    default:
      return element;
  }
}
