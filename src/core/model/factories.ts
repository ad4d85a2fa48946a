/**
 * Builders for model objects with every field defaulted, for code that makes messages
 * itself (the composer, the local backend, tests, stories). Input is trusted to have the
 * right types; URLs are still checked, and the results are deeply frozen.
 */
import type {
  CustomElem,
  FaceElem,
  FileElem,
  GroupSystemNoticeElem,
  GroupTipElem,
  ImageElem,
  ImageInfo,
  LocationElem,
  MessageElement,
  SoundElem,
  TextElem,
  UnsupportedElem,
  VideoElem,
} from './elements.js';
import { parseConversationID } from './ids.js';
import { imageSizesFor } from './image-sizes.js';
import { EMPTY_MESSAGE, type Message } from './message.js';
import { safeUrl } from './url.js';

export type MessageInit = Partial<Omit<Message, 'elements'>> & {
  readonly ID: string;
  readonly conversationID: string;
  readonly elements: readonly MessageElement[];
};

/** A message with defaults for what `init` leaves out; the type and receiver follow the conversation ID. */
export function createMessage(init: MessageInit): Message {
  const time = init.time ?? init.clientTime ?? 0;
  const parsed = parseConversationID(init.conversationID);
  // The receiver is the group, or the peer of an outgoing C2C message (as the normalizer derives it).
  const to = init.to ?? (parsed && (parsed.type === 'GROUP' || init.flow === 'out') ? parsed.targetID : '');
  return freezeDeep({
    ...EMPTY_MESSAGE,
    ...init,
    conversationType: init.conversationType ?? parsed?.type ?? EMPTY_MESSAGE.conversationType,
    to,
    time,
    clientTime: init.clientTime ?? time,
    avatar: safeUrl(init.avatar ?? ''),
    atUserList: [...(init.atUserList ?? [])],
    elements: [...init.elements],
  });
}

export function textElem(text: string): TextElem {
  return freezeDeep({ type: 'TIMTextElem', text });
}

export function faceElem(index: number, data = ''): FaceElem {
  return freezeDeep({ type: 'TIMFaceElem', index, data });
}

export interface ImageInit {
  readonly uuid?: string;
  readonly imageFormat?: string;
  /** Of the original. */
  readonly width: number;
  readonly height: number;
  /** Bytes of the original. */
  readonly size?: number;
  /** A URL per size; one may stand for all (e.g. a blob: URL while uploading). */
  readonly urls?: { readonly original?: string; readonly thumbnail?: string; readonly large?: string };
}

/** An image with its three sizes computed from the original (see imageSizesFor). */
export function imageElem(init: ImageInit): ImageElem {
  const urls = [init.urls?.original, init.urls?.thumbnail, init.urls?.large];
  const imageInfoArray: ImageInfo[] = imageSizesFor(init.width, init.height).map((dimensions, index) => ({
    ...dimensions,
    size: index === 0 ? (init.size ?? 0) : 0,
    url: safeUrl(urls[dimensions.type] ?? ''),
  }));
  return freezeDeep({ type: 'TIMImageElem', uuid: init.uuid ?? '', imageFormat: init.imageFormat ?? 'UNKNOWN', imageInfoArray });
}

export function soundElem(init: { uuid?: string; url?: string; second: number; size?: number }): SoundElem {
  return freezeDeep({
    type: 'TIMSoundElem',
    uuid: init.uuid ?? '',
    url: safeUrl(init.url ?? ''),
    second: init.second,
    size: init.size ?? 0,
  });
}

export function videoElem(init: {
  uuid?: string;
  videoUrl?: string;
  videoSecond: number;
  videoSize?: number;
  videoFormat?: string;
  thumbUrl?: string;
  thumbWidth?: number;
  thumbHeight?: number;
}): VideoElem {
  return freezeDeep({
    type: 'TIMVideoFileElem',
    uuid: init.uuid ?? '',
    videoUrl: safeUrl(init.videoUrl ?? ''),
    videoSecond: init.videoSecond,
    videoSize: init.videoSize ?? 0,
    videoFormat: init.videoFormat ?? '',
    thumbUrl: safeUrl(init.thumbUrl ?? ''),
    thumbWidth: init.thumbWidth ?? 0,
    thumbHeight: init.thumbHeight ?? 0,
  });
}

export function fileElem(init: { uuid?: string; fileName: string; fileSize: number; fileUrl?: string }): FileElem {
  return freezeDeep({
    type: 'TIMFileElem',
    uuid: init.uuid ?? '',
    fileName: init.fileName,
    fileSize: init.fileSize,
    fileUrl: safeUrl(init.fileUrl ?? ''),
  });
}

export function locationElem(description: string, longitude: number, latitude: number): LocationElem {
  return freezeDeep({ type: 'TIMLocationElem', description, longitude, latitude });
}

export function customElem(init: { data: string; description?: string; extension?: string }): CustomElem {
  return freezeDeep({ type: 'TIMCustomElem', data: init.data, description: init.description ?? '', extension: init.extension ?? '' });
}

export function groupTipElem(init: Partial<Omit<GroupTipElem, 'type'>> & { readonly operationType: number }): GroupTipElem {
  return freezeDeep({
    type: 'TIMGroupTipElem',
    operatorID: '',
    groupID: '',
    ...init,
    userIDList: [...(init.userIDList ?? [])],
    groupProfileChanges: (init.groupProfileChanges ?? []).map((change) => ({ ...change })),
    memberMuteChanges: (init.memberMuteChanges ?? []).map((change) => ({ ...change })),
  });
}

export function groupSystemNoticeElem(
  init: Partial<Omit<GroupSystemNoticeElem, 'type'>> & { readonly operationType: number },
): GroupSystemNoticeElem {
  return freezeDeep({
    type: 'TIMGroupSystemNoticeElem',
    operatorID: '',
    groupID: '',
    groupName: '',
    handleMessage: '',
    userDefinedField: '',
    ...init,
  });
}

/** `raw` should be plain data (it is frozen in place). */
export function unsupportedElem(originalType: string, raw: unknown, summary = ''): UnsupportedElem {
  return freezeDeep({ type: 'unsupported', originalType, summary, raw });
}

function freezeDeep<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  }
  return value;
}
