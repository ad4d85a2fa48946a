import type {
  CustomElem,
  FaceElem,
  FileElem,
  GroupProfileChange,
  GroupSystemNoticeElem,
  GroupTipElem,
  ImageElem,
  ImageInfo,
  ImageSizeType,
  LocationElem,
  MemberMuteChange,
  MessageElement,
  RelayElem,
  SoundElem,
  TextElem,
  UnsupportedElem,
  VideoElem,
} from '../model/elements.js';
import { imageFormatName } from '../model/image-format.js';
import type { Message } from '../model/message.js';
import { normalizeMessages } from './normalize-message.js';
import { safeUrl } from '../model/url.js';
import { MAX_COUNT, MAX_DURATION_SECONDS, MAX_PIXEL_SIDE } from '../model/limits.js';
import { ownValue } from '../util/own-value.js';
import { FieldReader } from './field-reader.js';
import { deepFreeze, isRecord, readField, safeArray, safeKeys, toPlainData } from './plain-data.js';
import { describeValue, type RepairLog } from './repair.js';

/** What the message around an element knows that the element may leave out. */
export interface ElementContext {
  /** The group a tip or notice belongs to when its payload does not say. */
  readonly groupID?: string;
}

/**
 * One entry of an `elements` list, in any of the shapes we meet: our flattened
 * `{ type, ...fields }`, the Web SDK's `{ type, payload }` or its internal `{ type, content }`.
 */
export function normalizeElementEntry(entry: unknown, log: RepairLog, context: ElementContext = {}): MessageElement {
  if (!isRecord(entry)) {
    log.add('', 'unsupported', `expected an element object, got ${describeValue(entry)}`);
    return unsupported('', '', entry, log);
  }
  const type = readField(entry, 'type');
  if (readField(entry, 'payload') !== undefined) return normalizeElement(type, readField(entry, 'payload'), log, context);
  if (readField(entry, 'content') !== undefined) return normalizeElement(type, readField(entry, 'content'), log, context);
  return normalizeElement(type, entry, log, context);
}

/** An element from its type name and its fields (a Web SDK `payload`). Never throws. */
export function normalizeElement(type: unknown, fields: unknown, log: RepairLog, context: ElementContext = {}): MessageElement {
  if (typeof type !== 'string' || type === '') {
    log.add('type', 'unsupported', `element type ${describeValue(type)} is not known; kept as unsupported`);
    return unsupported(typeof type === 'string' ? type : '', '', fields, log);
  }
  if (type === 'unsupported') return keepUnsupported(fields, log);
  if (!isRecord(fields)) {
    log.add('', 'unsupported', `${type} without its fields (payload is ${describeValue(fields)}); kept as unsupported`);
    return unsupported(type, '', fields, log);
  }
  const read = new FieldReader(fields, log);
  switch (type) {
    case 'TIMTextElem':
      return freeze<TextElem>({ type, text: read.string('text', { required: true }) });
    case 'TIMFaceElem':
      return freeze<FaceElem>({
        type,
        index: read.number('index', { integer: true, min: -MAX_COUNT, max: MAX_COUNT }),
        data: read.string('data'),
      });
    case 'TIMImageElem':
      return freeze<ImageElem>({
        type,
        uuid: read.string('uuid'),
        imageFormat: readImageFormat(read),
        imageInfoArray: readImageInfoArray(fields, log),
      });
    case 'TIMSoundElem':
      return freeze<SoundElem>({
        type,
        uuid: read.string('uuid'),
        url: read.url('url', { aliases: ['remoteAudioUrl'] }),
        second: read.number('second', { min: 0, max: MAX_DURATION_SECONDS }),
        size: read.number('size', { integer: true, min: 0, max: MAX_COUNT }),
      });
    case 'TIMVideoFileElem':
      return freeze<VideoElem>({
        type,
        uuid: read.string('uuid', { aliases: ['videoUUID'] }),
        videoUrl: read.url('videoUrl', { aliases: ['remoteVideoUrl'] }),
        videoSecond: read.number('videoSecond', { min: 0, max: MAX_DURATION_SECONDS }),
        videoSize: read.number('videoSize', { integer: true, min: 0, max: MAX_COUNT }),
        videoFormat: read.string('videoFormat'),
        thumbUrl: read.url('thumbUrl', { aliases: ['snapshotUrl', 'remoteSnapshotUrl'] }),
        thumbWidth: read.number('thumbWidth', { integer: true, min: 0, max: MAX_PIXEL_SIDE, aliases: ['snapshotWidth'] }),
        thumbHeight: read.number('thumbHeight', { integer: true, min: 0, max: MAX_PIXEL_SIDE, aliases: ['snapshotHeight'] }),
      });
    case 'TIMFileElem':
      return freeze<FileElem>({
        type,
        uuid: read.string('uuid'),
        fileName: read.string('fileName'),
        fileSize: read.number('fileSize', { integer: true, min: 0, max: MAX_COUNT }),
        fileUrl: read.url('fileUrl', { aliases: ['remoteFileUrl', 'url'] }),
      });
    case 'TIMLocationElem':
      return freeze<LocationElem>({
        type,
        description: read.string('description'),
        longitude: read.number('longitude', { required: true, min: -180, max: 180 }),
        latitude: read.number('latitude', { required: true, min: -90, max: 90 }),
      });
    case 'TIMCustomElem':
      return freeze<CustomElem>({
        type,
        data: readDataText(read, 'data'),
        description: read.string('description'),
        extension: read.string('extension'),
      });
    case 'TIMGroupTipElem':
      return readGroupTip(fields, read, log, context);
    case 'TIMGroupSystemNoticeElem':
      return readGroupSystemNotice(fields, read, context);
    case 'TIMRelayElem':
      return readRelay(fields, read, log);
    default: {
      // A merged message ('TIMRelayElem') has a title worth showing in the placeholder.
      const title = readField(fields, 'title');
      log.add('type', 'unsupported', `element type ${JSON.stringify(type)} is not supported; kept as unsupported`);
      return unsupported(type, typeof title === 'string' ? title : '', fields, log);
    }
  }
}

/** Merged messages nest; input nested deeper than this is cut (TIM itself keeps 100 layers). */
const MAX_RELAY_DEPTH = 100;
let relayDepth = 0;

/** A merged ("chat history") element; its messages are normalized as messages (nested ones too, to a depth). */
function readRelay(fields: Record<string, unknown>, read: FieldReader, log: RepairLog): RelayElem {
  const list = readField(fields, 'messageList');
  let messageList: Message[] = [];
  let overLimit = read.boolean('layersOverLimit');
  if (Array.isArray(list) && list.length > 0) {
    if (relayDepth >= MAX_RELAY_DEPTH) {
      log.add('messageList', 'dropped', `merged messages nested deeper than ${MAX_RELAY_DEPTH}; the inner ones are left out`);
      overLimit = true;
    } else {
      relayDepth++;
      try {
        const normalized = normalizeMessages(list);
        messageList = normalized.messages;
        for (const repair of normalized.repairs) log.add(`messageList${repair.path}`, repair.kind, repair.detail);
      } finally {
        relayDepth--;
      }
    }
  } else if (list !== undefined && !Array.isArray(list)) {
    log.add('messageList', 'defaulted', `expected a list of messages, got ${describeValue(list)}`);
  }
  return freeze<RelayElem>({
    type: 'TIMRelayElem',
    title: read.string('title'),
    abstractList: read.stringList('abstractList'),
    compatibleText: read.string('compatibleText'),
    layersOverLimit: overLimit,
    downloadKey: read.string('downloadKey'),
    messageList,
  });
}

/** An `unsupported` element with a plain, frozen copy of what we were given. */
export function unsupported(originalType: string, summary: string, raw: unknown, log: RepairLog): UnsupportedElem {
  const copy = toPlainData(raw, (detail) => log.add('raw', 'dropped', detail));
  return freeze<UnsupportedElem>({ type: 'unsupported', originalType, summary, raw: copy === undefined ? null : copy });
}

function keepUnsupported(fields: unknown, log: RepairLog): UnsupportedElem {
  const read = new FieldReader(fields, log);
  return unsupported(read.string('originalType'), read.string('summary'), readField(fields, 'raw') ?? null, log);
}

function freeze<T extends MessageElement>(element: T): T {
  return deepFreeze(element);
}

function readImageFormat(read: FieldReader): string {
  const found = read.find('imageFormat');
  if (found && typeof found.value === 'number') return imageFormatName(found.value);
  return read.string('imageFormat', { fallback: 'UNKNOWN' }) || 'UNKNOWN';
}

const IMAGE_SIZE_TYPES: readonly ImageSizeType[] = [0, 1, 2];

/** Keeps every size whose type is valid, even without a (safe) URL: the UI shows a placeholder of the right shape. */
function readImageInfoArray(fields: unknown, log: RepairLog): ImageInfo[] {
  const listLog = log.at('imageInfoArray');
  const value = readField(fields, 'imageInfoArray');
  if (value === undefined || value === null) {
    log.add('imageInfoArray', 'defaulted', 'missing; the image has no sizes');
    return [];
  }
  if (!Array.isArray(value)) {
    log.add('imageInfoArray', 'dropped', `expected a list, got ${describeValue(value)}; the image has no sizes`);
    return [];
  }
  const out: ImageInfo[] = [];
  safeArray(value).forEach((entry, index) => {
    const entryLog = listLog.at(index);
    if (!isRecord(entry)) {
      entryLog.add('', 'dropped', `expected an image size, got ${describeValue(entry)}`);
      return;
    }
    const read = new FieldReader(entry, entryLog);
    const type = read.number('type', { integer: true, fallback: -1, required: true });
    if (!IMAGE_SIZE_TYPES.includes(type as ImageSizeType)) {
      entryLog.add('type', 'dropped', `image size type ${describeValue(readField(entry, 'type'))} is not 0, 1 or 2; size left out`);
      return;
    }
    if (out.some((info) => info.type === type)) {
      entryLog.add('', 'dropped', `a second size of type ${type}; left out`);
      return;
    }
    out.push({
      type: type as ImageSizeType,
      width: read.number('width', { integer: true, min: 0, max: MAX_PIXEL_SIDE }),
      height: read.number('height', { integer: true, min: 0, max: MAX_PIXEL_SIDE }),
      size: read.number('size', { integer: true, min: 0, max: MAX_COUNT }),
      url: read.url('url', { aliases: ['imageUrl'] }),
    });
  });
  return out;
}

/** Custom data is text; an object given in its place is kept as its JSON. */
function readDataText(read: FieldReader, key: string): string {
  const found = read.find(key);
  if (found && typeof found.value === 'object') {
    const json = safeJson(found.value);
    if (json !== null) {
      read.log.add(key, 'coerced', 'an object stored as its JSON text');
      return json;
    }
  }
  return read.string(key);
}

function safeJson(value: unknown): string | null {
  try {
    return JSON.stringify(toPlainData(value));
  } catch {
    return null;
  }
}

function readGroupID(fields: unknown, read: FieldReader, context: ElementContext): string {
  const own = read.string('groupID');
  if (own) return own;
  const fromProfile = readField(readField(fields, 'groupProfile'), 'groupID');
  if (typeof fromProfile === 'string' && fromProfile) return fromProfile;
  return context.groupID ?? '';
}

function readGroupTip(fields: unknown, read: FieldReader, log: RepairLog, context: ElementContext): GroupTipElem {
  const tip: GroupTipElem = {
    type: 'TIMGroupTipElem',
    operationType: read.number('operationType', { integer: true, min: 0, max: MAX_COUNT, required: true }),
    operatorID: read.string('operatorID'),
    userIDList: read.stringList('userIDList'),
    groupID: readGroupID(fields, read, context),
    groupProfileChanges: readProfileChanges(fields, log),
    memberMuteChanges: readMuteChanges(fields, log),
  };
  if (read.has('memberNum', ['memberCount'])) {
    return deepFreeze({ ...tip, memberNum: read.number('memberNum', { integer: true, min: 0, max: MAX_COUNT, aliases: ['memberCount'] }) });
  }
  return deepFreeze(tip);
}

/** Web SDK field names of `newGroupProfile` → the model's change keys. */
const CHANGE_KEYS: Readonly<Record<string, string>> = {
  name: 'name',
  groupName: 'name',
  introduction: 'introduction',
  notification: 'notification',
  avatar: 'avatar',
  faceUrl: 'avatar',
  ownerID: 'owner',
  owner: 'owner',
  muteAllMembers: 'muteAllMembers',
};

/** From our `groupProfileChanges` list, or from the Web SDK's `newGroupProfile` object. */
function readProfileChanges(fields: unknown, log: RepairLog): GroupProfileChange[] {
  const list = readField(fields, 'groupProfileChanges');
  if (Array.isArray(list)) {
    const listLog = log.at('groupProfileChanges');
    const out: GroupProfileChange[] = [];
    safeArray(list).forEach((entry, index) => {
      const key = readField(entry, 'key');
      if (typeof key !== 'string' || key === '') {
        listLog.add(index, 'dropped', `expected {key, value}, got ${describeValue(entry)}`);
        return;
      }
      const value = changeValue(key, readField(entry, 'value'), listLog.at(index));
      if (value !== null) out.push({ key, value });
    });
    return out;
  }
  const profile = readField(fields, 'newGroupProfile');
  if (!isRecord(profile)) return [];
  const profileLog = log.at('groupProfileChanges');
  const out: GroupProfileChange[] = [];
  for (const field of safeKeys(profile)) {
    const raw = readField(profile, field);
    if (field === 'groupCustomField') {
      safeArray(raw).forEach((item) => {
        const key = readField(item, 'key');
        const value = changeValue(`custom:${String(key)}`, readField(item, 'value'), profileLog);
        if (typeof key === 'string' && value !== null) out.push({ key: `custom:${key}`, value });
      });
      continue;
    }
    const key = ownValue(CHANGE_KEYS, field) ?? field;
    const value = changeValue(key, raw, profileLog);
    if (value !== null) out.push({ key, value });
  }
  return out;
}

function changeValue(key: string, value: unknown, log: RepairLog): string | number | boolean | null {
  if (key === 'muteAllMembers' && (value === 0 || value === 1)) return value === 1;
  if (key === 'avatar') {
    if (value === '') return '';
    const checked = safeUrl(value);
    if (checked === '') log.add('', 'dropped', `unsafe or invalid avatar URL ${describeValue(value)} dropped`);
    return checked;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'object' && value !== null) {
    const json = safeJson(value);
    if (json !== null) {
      log.add('', 'coerced', `change of ${JSON.stringify(key)} stored as JSON text`);
      return json;
    }
  }
  log.add('', 'dropped', `change of ${JSON.stringify(key)} has no usable value (${describeValue(value)})`);
  return null;
}

/** From our `memberMuteChanges` list, or from the Web SDK's `memberList`. */
function readMuteChanges(fields: unknown, log: RepairLog): MemberMuteChange[] {
  const key = readField(fields, 'memberMuteChanges') !== undefined ? 'memberMuteChanges' : 'memberList';
  const list = readField(fields, key);
  if (list === undefined || list === null) return [];
  const listLog = log.at('memberMuteChanges');
  if (!Array.isArray(list)) {
    listLog.add('', 'dropped', `expected a list, got ${describeValue(list)}`);
    return [];
  }
  const out: MemberMuteChange[] = [];
  safeArray(list).forEach((entry, index) => {
    const read = new FieldReader(entry, listLog.at(index));
    const userID = read.string('userID');
    if (!userID) {
      listLog.add(index, 'dropped', `member change without a userID (${describeValue(entry)})`);
      return;
    }
    // A member list entry without muteTime is not a mute change (e.g. a kicked member's profile).
    if (!read.has('muteTime')) return;
    out.push({ userID, muteTime: read.number('muteTime', { integer: true, min: 0, max: MAX_COUNT }) });
  });
  return out;
}

function readGroupSystemNotice(fields: unknown, read: FieldReader, context: ElementContext): GroupSystemNoticeElem {
  const profile = readField(fields, 'groupProfile');
  const profileName = readField(profile, 'name') ?? readField(profile, 'groupName');
  const groupName = read.string('groupName');
  return deepFreeze<GroupSystemNoticeElem>({
    type: 'TIMGroupSystemNoticeElem',
    operationType: read.number('operationType', { integer: true, min: 0, max: MAX_COUNT, required: true }),
    operatorID: read.string('operatorID'),
    groupID: readGroupID(fields, read, context),
    groupName: groupName || (typeof profileName === 'string' ? profileName : ''),
    handleMessage: read.string('handleMessage'),
    userDefinedField: read.string('userDefinedField'),
  });
}
