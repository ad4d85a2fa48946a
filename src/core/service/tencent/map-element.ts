/**
 * SDK message `type` + `payload` → one element of our model. Every field is read defensively;
 * URLs pass `safeUrl`; an unknown or malformed payload becomes an `unsupported` element that
 * keeps a plain copy of the data (never the SDK object itself).
 */
import { relayFromSdk } from './forwarding.js';
import { ownValue } from '../../util/own-value.js';
import {
  IMAGE_SIZE,
  type GroupProfileChange,
  type ImageInfo,
  type ImageSizeType,
  type MemberMuteChange,
  type MessageElement,
} from '../../model/elements.js';
import { imageFormatName } from '../../model/image-format.js';
import { safeUrl } from '../../model/url.js';
import { bag, count, field, firstStr, isBag, list, num, str, strings } from './sdk-read.js';
import { SDK_TYPES } from './sdk-types.js';

export interface ElementContext {
  /** The group a tip belongs to when the payload does not say (the message's `to`). */
  readonly groupID?: string;
  /** The SDK's ready-made summary (`messageForShow` of a conversation's last message). */
  readonly messageForShow?: string;
}

export function elementFromSdk(type: unknown, payload: unknown, context: ElementContext = {}): MessageElement {
  const p = bag(payload);
  switch (type) {
    case SDK_TYPES.MSG_TEXT:
      if (typeof p.text !== 'string') break;
      return { type: 'TIMTextElem', text: p.text };
    case SDK_TYPES.MSG_FACE:
      return { type: 'TIMFaceElem', index: Math.trunc(num(p.index)), data: str(p.data) };
    case SDK_TYPES.MSG_IMAGE:
      return {
        type: 'TIMImageElem',
        uuid: str(p.uuid),
        imageFormat: imageFormatOf(p.imageFormat),
        imageInfoArray: imageInfosOf(p.imageInfoArray),
      };
    case SDK_TYPES.MSG_AUDIO:
      return {
        type: 'TIMSoundElem',
        uuid: str(p.uuid),
        url: safeUrl(firstStr(p, ['url', 'remoteAudioUrl'])),
        second: count(p.second),
        size: count(p.size),
      };
    case SDK_TYPES.MSG_VIDEO:
      return {
        type: 'TIMVideoFileElem',
        uuid: firstStr(p, ['videoUUID', 'uuid']),
        videoUrl: safeUrl(firstStr(p, ['videoUrl', 'remoteVideoUrl'])),
        videoSecond: count(p.videoSecond),
        videoSize: count(p.videoSize),
        videoFormat: str(p.videoFormat),
        thumbUrl: safeUrl(firstStr(p, ['thumbUrl', 'snapshotUrl', 'remoteThumbUrl'])),
        thumbWidth: count(p.thumbWidth ?? p.snapshotWidth),
        thumbHeight: count(p.thumbHeight ?? p.snapshotHeight),
      };
    case SDK_TYPES.MSG_FILE:
      return {
        type: 'TIMFileElem',
        uuid: str(p.uuid),
        fileName: str(p.fileName),
        fileSize: count(p.fileSize),
        fileUrl: safeUrl(firstStr(p, ['fileUrl', 'remoteFileUrl'])),
      };
    case SDK_TYPES.MSG_LOCATION:
      return {
        type: 'TIMLocationElem',
        description: str(p.description),
        longitude: num(p.longitude),
        latitude: num(p.latitude),
      };
    case SDK_TYPES.MSG_CUSTOM:
      return {
        type: 'TIMCustomElem',
        data: str(p.data),
        description: str(p.description),
        extension: str(p.extension),
      };
    case SDK_TYPES.MSG_GRP_TIP:
      return groupTipOf(p, context);
    case SDK_TYPES.MSG_GRP_SYS_NOTICE:
      return systemNoticeOf(p);
    case SDK_TYPES.MSG_MERGER:
      return relayFromSdk(p, (t, inner) => elementFromSdk(t, inner));
    default:
      break;
  }
  return {
    type: 'unsupported',
    originalType: typeof type === 'string' ? type : '',
    summary: context.messageForShow ?? '',
    raw: plainCopy(payload),
  };
}

/** The Web SDK keeps image formats as codes (1 JPG … 255) or, in older versions, as names. */
function imageFormatOf(value: unknown): string {
  if (typeof value === 'number') return imageFormatName(value);
  const name = str(value).trim().toUpperCase();
  return name === '' ? 'UNKNOWN' : name;
}

/**
 * The SDK orders `imageInfoArray` original, thumbnail (198 px), large (720 px), and its `type`
 * numbering has changed across versions (the server itself says 1 original, 2 large,
 * 3 thumbnail). We trust `type` only when it names three distinct sizes we know; otherwise the
 * position decides.
 */
function imageInfosOf(value: unknown): ImageInfo[] {
  const items = list(value).filter(isBag).slice(0, 3);
  const types = items.map((item) => item.type);
  const typesUsable = items.length > 0 && types.every((t) => t === 0 || t === 1 || t === 2) && new Set(types).size === types.length;
  const byPosition: readonly ImageSizeType[] = [IMAGE_SIZE.original, IMAGE_SIZE.thumbnail, IMAGE_SIZE.large];
  return items.map((item, index) => ({
    type: typesUsable ? (item.type as ImageSizeType) : byPosition[index]!,
    width: count(item.width),
    height: count(item.height),
    size: count(item.size),
    url: safeUrl(firstStr(item, ['url', 'imageUrl'])),
  }));
}

/** Keys of `newGroupProfile` in the SDK → the names our model uses. */
const PROFILE_KEYS: Readonly<Record<string, string>> = {
  groupName: 'name',
  name: 'name',
  ownerID: 'owner',
  notification: 'notification',
  introduction: 'introduction',
  avatar: 'avatar',
  muteAllMembers: 'muteAllMembers',
};

function groupTipOf(p: Readonly<Record<string, unknown>>, context: ElementContext): MessageElement {
  const changes: GroupProfileChange[] = [];
  const newProfile = bag(p.newGroupProfile);
  for (const [key, value] of Object.entries(newProfile)) {
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    changes.push({
      key: ownValue(PROFILE_KEYS, key) ?? key,
      value: key === 'avatar' && typeof value === 'string' ? safeUrl(value) : value,
    });
  }
  const mutes: MemberMuteChange[] = list(p.memberList)
    .filter(isBag)
    .filter((member) => typeof member.userID === 'string' && member.muteTime !== undefined)
    .map((member) => ({ userID: str(member.userID), muteTime: count(member.muteTime) }));
  const memberNum = num(p.memberNum, -1);
  return {
    type: 'TIMGroupTipElem',
    operationType: Math.trunc(num(p.operationType)),
    operatorID: str(p.operatorID),
    userIDList: strings(p.userIDList),
    groupID: str(field(p.groupProfile, 'groupID')) || str(p.groupID) || (context.groupID ?? ''),
    groupProfileChanges: changes,
    memberMuteChanges: mutes,
    ...(memberNum >= 0 ? { memberNum: Math.floor(memberNum) } : {}),
  };
}

function systemNoticeOf(p: Readonly<Record<string, unknown>>): MessageElement {
  const group = bag(p.groupProfile);
  return {
    type: 'TIMGroupSystemNoticeElem',
    operationType: Math.trunc(num(p.operationType)),
    operatorID: str(p.operatorID),
    groupID: str(group.groupID) || str(p.groupID),
    groupName: firstStr(group, ['name', 'groupName']),
    handleMessage: str(p.handleMessage),
    userDefinedField: str(p.userDefinedField),
  };
}

/** A plain, detached copy of SDK data for `unsupported.raw` (null when it cannot be copied). */
function plainCopy(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    return JSON.parse(JSON.stringify(value)) as unknown;
  } catch {
    return null;
  }
}
