/**
 * Our Message (built by the kit) → the SDK call that creates the matching SDK message. The
 * Web SDK makes one element per message and uploads attachments itself from a File.
 */
import { CHAT_ERROR, ChatError } from '../../errors.js';
import { parseConversationID } from '../../model/ids.js';
import type { Message, MessagePriority } from '../../model/message.js';
import { withMessageFeature } from '../../model/tuikit-wire.js';
import { sdkType, type SdkMessageOptions, type TencentChatSDK } from './sdk-types.js';

const PRIORITIES: Readonly<Record<MessagePriority, SdkMessageOptions['priority']>> = {
  High: sdkType('MSG_PRIORITY_HIGH'),
  Normal: sdkType('MSG_PRIORITY_NORMAL'),
  Low: sdkType('MSG_PRIORITY_LOW'),
  Lowest: sdkType('MSG_PRIORITY_LOWEST'),
};

export type CreateMethod =
  | 'createTextMessage'
  | 'createTextAtMessage'
  | 'createImageMessage'
  | 'createAudioMessage'
  | 'createVideoMessage'
  | 'createFileMessage'
  | 'createFaceMessage'
  | 'createLocationMessage'
  | 'createCustomMessage';

export interface CreateRequest {
  readonly method: CreateMethod;
  readonly options: SdkMessageOptions;
  /** The file handed to the SDK for upload (a File made from the caller's Blob). */
  readonly file?: File;
}

export interface OutgoingOptions {
  /** The attachment for image/sound/video/file messages. */
  readonly file?: Blob;
  /** Upload progress as the SDK reports it (a fraction, 0..1). */
  readonly onUploadProgress?: (fraction: number) => void;
  /** Add TUIKit's `messageFeature` so TUIKit peers show our typing status (C2C). */
  readonly announceTyping?: boolean;
}

/** Throws ChatError(invalidArgument) for what the Web SDK cannot send. */
export function createRequestFor(message: Message, options: OutgoingOptions = {}): CreateRequest {
  const parsed = parseConversationID(message.conversationID);
  if (!parsed || parsed.type === '@TIM#SYSTEM') {
    throw invalid(`Cannot send to "${message.conversationID}": not a C2C or GROUP conversation.`);
  }
  if (message.elements.length !== 1) {
    throw invalid(`The Tencent Cloud Chat Web SDK sends one element per message; this one has ${message.elements.length}.`);
  }
  const element = message.elements[0]!;
  let cloudCustomData = message.cloudCustomData;
  if (options.announceTyping !== false && parsed.type === 'C2C' && element.type !== 'TIMCustomElem') {
    cloudCustomData = withMessageFeature(cloudCustomData);
  }
  const base = {
    to: parsed.targetID,
    conversationType: parsed.type === 'C2C' ? sdkType('CONV_C2C') : sdkType('CONV_GROUP'),
    priority: PRIORITIES[message.priority] ?? sdkType('MSG_PRIORITY_NORMAL'),
    ...(cloudCustomData ? { cloudCustomData } : {}),
    // The console decides which group types honour it (Tencent: "Read receipts for group messages").
    ...(parsed.type === 'GROUP' && message.needReadReceipt ? { needReadReceipt: true } : {}),
  };
  const progress = options.onUploadProgress ? { onProgress: (value: unknown) => options.onUploadProgress!(fractionOf(value)) } : {};

  switch (element.type) {
    case 'TIMTextElem': {
      const mentions = parsed.type === 'GROUP' ? message.atUserList.filter((id) => id !== '') : [];
      return mentions.length > 0
        ? { method: 'createTextAtMessage', options: { ...base, payload: { text: element.text, atUserList: [...mentions] } } }
        : { method: 'createTextMessage', options: { ...base, payload: { text: element.text } } };
    }
    case 'TIMFaceElem':
      return { method: 'createFaceMessage', options: { ...base, payload: { index: element.index, data: element.data } } };
    case 'TIMLocationElem':
      return {
        method: 'createLocationMessage',
        options: { ...base, payload: { description: element.description, longitude: element.longitude, latitude: element.latitude } },
      };
    case 'TIMCustomElem':
      return {
        method: 'createCustomMessage',
        options: { ...base, payload: { data: element.data, description: element.description, extension: element.extension } },
      };
    case 'TIMImageElem': {
      const file = fileFor(options.file, `image.${extensionOf(options.file, element.imageFormat || 'png')}`, 'image');
      return { method: 'createImageMessage', options: { ...base, payload: { file }, ...progress }, file };
    }
    case 'TIMFileElem': {
      const file = fileFor(options.file, element.fileName || 'file', 'file');
      return { method: 'createFileMessage', options: { ...base, payload: { file }, ...progress }, file };
    }
    case 'TIMVideoFileElem': {
      // The SDK reads the duration (seconds) from the file object on the web.
      const file = withDuration(
        fileFor(options.file, `video.${extensionOf(options.file, element.videoFormat || 'mp4')}`, 'video'),
        element.videoSecond,
      );
      return { method: 'createVideoMessage', options: { ...base, payload: { file }, ...progress }, file };
    }
    case 'TIMSoundElem': {
      // …and for audio it reads `duration` in milliseconds.
      const file = withDuration(fileFor(options.file, `voice.${extensionOf(options.file, 'm4a')}`, 'sound'), element.second * 1000);
      return { method: 'createAudioMessage', options: { ...base, payload: { file }, ...progress }, file };
    }
    default:
      throw invalid(`A ${element.type} element cannot be sent; it comes only from the server.`);
  }
}

/**
 * The SDK accepts a File (it checks the object's class tag), not a bare Blob; it also writes
 * fields onto the object it gets. So it always gets a File of our own making.
 */
function fileFor(blob: Blob | undefined, name: string, kind: string): File {
  if (!blob) throw invalid(`A ${kind} message needs its file to upload.`);
  if (typeof File !== 'function') {
    throw new ChatError(CHAT_ERROR.uploadFailed, 'This environment has no File class, which the Tencent Cloud Chat SDK needs for uploads.');
  }
  const fileName = Object.prototype.toString.call(blob) === '[object File]' && (blob as File).name ? (blob as File).name : name;
  return new File([blob], fileName, { type: blob.type, lastModified: Date.now() });
}

function withDuration(file: File, duration: number): File {
  if (duration > 0) Object.defineProperty(file, 'duration', { value: duration, enumerable: true });
  return file;
}

function extensionOf(blob: Blob | undefined, fallback: string): string {
  const subtype = blob?.type.split('/')[1]?.split(/[+;]/)[0];
  return (subtype || fallback).toLowerCase().replace(/[^a-z0-9]/g, '') || 'bin';
}

/** The SDK reports upload progress as 0..1 (some versions as a percentage). */
export function fractionOf(value: unknown): number {
  const n = typeof value === 'number' ? value : Number((value as { percent?: unknown } | null)?.percent);
  if (!Number.isFinite(n) || n <= 0) return 0;
  return n > 1 ? Math.min(1, n / 100) : n;
}

function invalid(message: string): ChatError {
  return new ChatError(CHAT_ERROR.invalidArgument, message);
}

/** Calls the chosen `create…Message` on the SDK. */
export function createSdkMessage(sdk: TencentChatSDK, request: CreateRequest) {
  return sdk[request.method](request.options);
}
