/**
 * Message elements, named as in the TIM Web SDK (`TIMTextElem` …) and flattened into plain
 * readonly objects: `{ type: 'TIMTextElem', text }`. A message holds one or more of them.
 */
import type { Message } from './message.js';

export type ElementType =
  | 'TIMTextElem'
  | 'TIMFaceElem'
  | 'TIMImageElem'
  | 'TIMSoundElem'
  | 'TIMVideoFileElem'
  | 'TIMFileElem'
  | 'TIMLocationElem'
  | 'TIMCustomElem'
  | 'TIMGroupTipElem'
  | 'TIMGroupSystemNoticeElem'
  | 'TIMRelayElem'
  | 'unsupported';

export const ELEMENT_TYPES: readonly ElementType[] = [
  'TIMTextElem',
  'TIMFaceElem',
  'TIMImageElem',
  'TIMSoundElem',
  'TIMVideoFileElem',
  'TIMFileElem',
  'TIMLocationElem',
  'TIMCustomElem',
  'TIMGroupTipElem',
  'TIMGroupSystemNoticeElem',
  'TIMRelayElem',
  'unsupported',
] as const;

export interface TextElem {
  readonly type: 'TIMTextElem';
  readonly text: string;
}

/** A "big emoji" / sticker: `index` in a face set, `data` the app's key (e.g. 'face-pack/01'). */
export interface FaceElem {
  readonly type: 'TIMFaceElem';
  readonly index: number;
  readonly data: string;
}

/** Image sizes as the Web SDK numbers them in `imageInfoArray[].type`. */
export const IMAGE_SIZE = { original: 0, thumbnail: 1, large: 2 } as const;
export type ImageSizeType = (typeof IMAGE_SIZE)[keyof typeof IMAGE_SIZE];

export interface ImageInfo {
  /** 0 original, 1 thumbnail (short side 198 px), 2 large (short side 720 px). */
  readonly type: ImageSizeType;
  readonly width: number;
  readonly height: number;
  /** Bytes; 0 when unknown. */
  readonly size: number;
  /** '' when not (yet) available, e.g. while uploading. */
  readonly url: string;
}

export interface ImageElem {
  readonly type: 'TIMImageElem';
  readonly uuid: string;
  /** 'JPG' | 'PNG' | 'GIF' | 'BMP' | 'WEBP' | 'UNKNOWN' … as a free string. */
  readonly imageFormat: string;
  readonly imageInfoArray: readonly ImageInfo[];
}

export interface SoundElem {
  readonly type: 'TIMSoundElem';
  readonly uuid: string;
  readonly url: string;
  /** Duration in seconds. */
  readonly second: number;
  /** Bytes. */
  readonly size: number;
}

export interface VideoElem {
  readonly type: 'TIMVideoFileElem';
  readonly uuid: string;
  readonly videoUrl: string;
  readonly videoSecond: number;
  readonly videoSize: number;
  readonly videoFormat: string;
  readonly thumbUrl: string;
  readonly thumbWidth: number;
  readonly thumbHeight: number;
}

export interface FileElem {
  readonly type: 'TIMFileElem';
  readonly uuid: string;
  readonly fileName: string;
  readonly fileSize: number;
  readonly fileUrl: string;
}

export interface LocationElem {
  readonly type: 'TIMLocationElem';
  readonly description: string;
  readonly longitude: number;
  readonly latitude: number;
}

export interface CustomElem {
  readonly type: 'TIMCustomElem';
  /** Usually a JSON string; TUIKit puts `businessID` in it. */
  readonly data: string;
  readonly description: string;
  readonly extension: string;
}

/** Group tips `operationType` (DESIGN.md). */
export const GROUP_TIP_OPERATION = {
  join: 1,
  quit: 2,
  kickedOut: 3,
  setAdmin: 4,
  cancelAdmin: 5,
  groupProfileUpdated: 6,
  memberProfileUpdated: 7,
  banAVChatRoom: 10,
  unbanAVChatRoom: 11,
} as const;

export interface GroupProfileChange {
  /** Which field changed: 'name' | 'introduction' | 'notification' | 'avatar' | 'owner' | 'muteAllMembers' | other. */
  readonly key: string;
  readonly value: string | number | boolean;
}

export interface MemberMuteChange {
  readonly userID: string;
  /** Seconds of mute; 0 means unmuted. */
  readonly muteTime: number;
}

export interface GroupTipElem {
  readonly type: 'TIMGroupTipElem';
  readonly operationType: number;
  /** Who did it. */
  readonly operatorID: string;
  /** Whom it was done to. */
  readonly userIDList: readonly string[];
  readonly groupID: string;
  /** For operationType 6. */
  readonly groupProfileChanges: readonly GroupProfileChange[];
  /** For operationType 7. */
  readonly memberMuteChanges: readonly MemberMuteChange[];
  /** Current member count after the change, when the server tells it. */
  readonly memberNum?: number;
}

/** Group system notice `operationType` (DESIGN.md). */
export const GROUP_SYSTEM_NOTICE_OPERATION = {
  joinRequest: 1,
  joinAccepted: 2,
  joinRefused: 3,
  kickedOut: 4,
  dismissed: 5,
  created: 6,
  invited: 7,
  quit: 8,
  setAdmin: 9,
  cancelAdmin: 10,
  recycled: 11,
  inviteRequest: 12,
  inviteAccepted: 13,
  inviteRefused: 14,
  custom: 255,
} as const;

export interface GroupSystemNoticeElem {
  readonly type: 'TIMGroupSystemNoticeElem';
  readonly operationType: number;
  readonly operatorID: string;
  readonly groupID: string;
  readonly groupName: string;
  /** Reason or message attached to a request/refusal. */
  readonly handleMessage: string;
  /** For operationType 255. */
  readonly userDefinedField: string;
}

/**
 * A merged ("chat history") message: TIM's `MSG_MERGER` / `TIMRelayElem` (desktop: merge elem).
 * The card shows `title` and the first `abstractList` lines; `compatibleText` is what a client
 * without merged messages shows instead. The forwarded messages travel in `messageList`, or,
 * when the server kept them apart (a large merge), under `downloadKey` and `messageList` is
 * empty until downloaded (`ChatStoreApi.loadMergedMessages`).
 */
export interface RelayElem {
  readonly type: 'TIMRelayElem';
  readonly title: string;
  readonly abstractList: readonly string[];
  readonly compatibleText: string;
  /** The merge nests deeper than the server keeps (TIM: 100 layers); the innermost are not available. */
  readonly layersOverLimit: boolean;
  /** The server's key for messages kept apart ('' when they are inline). */
  readonly downloadKey: string;
  /** The forwarded messages, oldest first ([] when they are kept apart and not downloaded yet). */
  readonly messageList: readonly Message[];
}

/** Anything we could not understand: kept whole in `raw` for the app, shown as a placeholder. */
export interface UnsupportedElem {
  readonly type: 'unsupported';
  /** The type name the input claimed, if any (e.g. 'TIMRelayElem'). */
  readonly originalType: string;
  /** A short human summary when one is known (e.g. a merged message's title). */
  readonly summary: string;
  readonly raw: unknown;
}

export type MessageElement =
  | TextElem
  | FaceElem
  | ImageElem
  | SoundElem
  | VideoElem
  | FileElem
  | LocationElem
  | CustomElem
  | GroupTipElem
  | GroupSystemNoticeElem
  | RelayElem
  | UnsupportedElem;

export type ElementOf<T extends ElementType> = Extract<MessageElement, { type: T }>;
