/**
 * Untrusted input → model. Accepts what a backend or an import hands over (a Web SDK
 * Message with `type` + `payload`, or our own flattened `elements`) and never throws: every
 * field gets a safe value, and each change is reported as a `Repair`.
 */
import type { MessageElement } from '../model/elements.js';
import { CONVERSATION_TYPES, SYSTEM_CONVERSATION_ID, conversationIDFor, parseConversationID, type ConversationType } from '../model/ids.js';
import {
  EMPTY_MESSAGE,
  MESSAGE_PRIORITIES,
  MESSAGE_STATUSES,
  type Message,
  type MessageFlow,
  type MessageProgress,
} from '../model/message.js';
import { MAX_COUNT, MAX_TIME_SECONDS } from '../model/limits.js';
import { FieldReader, parseNumeric } from './field-reader.js';
import { normalizeElement, normalizeElementEntry, unsupported, type ElementContext } from './normalize-element.js';
import { deepFreeze, isRecord, readField, safeArray, stableHash, toPlainData } from './plain-data.js';
import { RepairLog, describeValue, type Repair } from './repair.js';

export type { Repair, RepairKind } from './repair.js';
export { imageSizesFor, scaledToShortSide, THUMBNAIL_SHORT_SIDE, LARGE_SHORT_SIDE } from '../model/image-sizes.js';
export { normalizeConversation } from './normalize-conversation.js';
export { normalizeUserProfile, normalizeGroupProfile } from './normalize-profile.js';

export interface NormalizedMessage {
  readonly message: Message;
  readonly repairs: readonly Repair[];
}

export interface NormalizeMessageOptions {
  /** The conversation the message belongs to when the input does not say (e.g. a page of history). */
  readonly conversationID?: string;
}

/** Prefix of IDs we derive for input that has none; the rest is a hash of the input, so it is stable. */
export const DERIVED_ID_PREFIX = 'local-';

/**
 * A frozen, valid Message from anything. A message whose `conversationID` is '' could not be
 * placed in a conversation; its repairs say why.
 */
export function normalizeMessage(input: unknown, options: NormalizeMessageOptions = {}): NormalizedMessage {
  const log = new RepairLog();
  try {
    return { message: buildMessage(input, log, options), repairs: log.repairs };
  } catch (error) {
    // Only a hostile input (a throwing proxy, say) gets here; keep what we can show.
    log.add('', 'dropped', `input could not be read (${error instanceof Error ? error.message : String(error)})`);
    const message = deepFreeze({
      ...EMPTY_MESSAGE,
      ID: DERIVED_ID_PREFIX + stableHash(String(error)),
      elements: [unsupported('', '', null, log)],
    });
    return { message, repairs: log.repairs };
  }
}

/** Normalizes each item; a non-list gives no messages and one repair. Paths start with the index: '[2].time'. */
export function normalizeMessages(list: unknown, options: NormalizeMessageOptions = {}): { messages: Message[]; repairs: Repair[] } {
  if (!Array.isArray(list)) {
    return { messages: [], repairs: [{ path: '', kind: 'dropped', detail: `expected a list of messages, got ${describeValue(list)}` }] };
  }
  const messages: Message[] = [];
  const repairs: Repair[] = [];
  safeArray(list).forEach((item, index) => {
    const result = normalizeMessage(item, options);
    messages.push(result.message);
    for (const repair of result.repairs)
      repairs.push({ ...repair, path: `[${index}]${repair.path ? (repair.path.startsWith('[') ? '' : '.') + repair.path : ''}` });
  });
  return { messages, repairs };
}

function buildMessage(input: unknown, log: RepairLog, options: NormalizeMessageOptions): Message {
  if (!isRecord(input)) {
    log.add('', 'dropped', `expected a message object, got ${describeValue(input)}`);
    return deepFreeze({
      ...EMPTY_MESSAGE,
      ID: DERIVED_ID_PREFIX + stableHash(input),
      conversationID: options.conversationID ?? '',
      conversationType: parseConversationID(options.conversationID ?? '')?.type ?? 'C2C',
      elements: [unsupported('', '', input, log.at('elements').at(0))],
    });
  }
  const read = new FieldReader(input, log);

  const flow = read.oneOf<MessageFlow>('flow', ['in', 'out'], 'in', { required: true });
  const from = read.string('from', { required: true, aliases: ['fromAccount'] });
  const toGiven = read.string('to');
  const rawElements = readElements(input, log, { groupID: groupIDHint(input, toGiven) });
  const { conversationID, conversationType } = deriveConversation(read, options, flow, from, toGiven, rawElements.elements);
  const target = parseConversationID(conversationID)?.targetID ?? '';
  const to = toGiven || (conversationType === 'GROUP' || flow === 'out' ? target : '');

  const { time, clientTime } = readTimes(read);
  const revokerInfo = readField(input, 'revokerInfo');

  const message: Message = {
    ID: readID(read, input),
    conversationID,
    conversationType,
    from,
    to,
    flow,
    time,
    clientTime,
    sequence: read.number('sequence', { integer: true, min: 0, max: MAX_COUNT }),
    random: read.number('random', { integer: true, min: 0, max: MAX_COUNT }),
    status: read.oneOf('status', MESSAGE_STATUSES, 'success'),
    priority: read.oneOf('priority', MESSAGE_PRIORITIES, 'Normal'),
    isRevoked: read.boolean('isRevoked'),
    revoker: read.string('revoker') || stringOr(readField(revokerInfo, 'userID'), ''),
    isRead: read.boolean('isRead'),
    isPeerRead: read.boolean('isPeerRead'),
    isDeleted: read.boolean('isDeleted'),
    onlineOnly: read.boolean('onlineOnly'),
    nick: read.string('nick'),
    avatar: read.url('avatar'),
    nameCard: read.string('nameCard'),
    atUserList: read.stringList('atUserList'),
    cloudCustomData: readCloudCustomData(read),
    customInt: read.number('customInt', { integer: true, min: -MAX_COUNT, max: MAX_COUNT }),
    customStr: read.string('customStr'),
    elements: rawElements.elements,
  };
  const progress = readProgress(input, log);
  const error = readError(input, log);
  const passthrough = readPassthrough(input, log);
  return deepFreeze({
    ...message,
    ...(progress ? { progress } : {}),
    ...(error ? { error } : {}),
    ...(passthrough ? { passthrough } : {}),
    ...(read.boolean('isModified') ? { isModified: true } : {}),
    ...(read.boolean('needReadReceipt') ? { needReadReceipt: true } : {}),
  });
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function readID(read: FieldReader, input: unknown): string {
  const id = read.string('ID', { aliases: ['id'] });
  if (id) return id;
  const derived = DERIVED_ID_PREFIX + stableHash(input);
  read.log.add('ID', 'defaulted', `missing; derived ${derived} from the content`);
  return derived;
}

/** Seconds; a Date or a millisecond count is converted. Each time stands in for the other when missing. */
function readTimes(read: FieldReader): { time: number; clientTime: number } {
  const one = (key: string): number | null => {
    const found = read.find(key);
    if (!found) return null;
    if (found.value instanceof Date) {
      const ms = found.value.getTime();
      if (Number.isNaN(ms)) {
        read.log.add(key, 'dropped', 'an invalid Date');
        return null;
      }
      if (ms < 0 || ms / 1000 > MAX_TIME_SECONDS) {
        read.log.add(key, 'dropped', 'a Date outside 1970…9999');
        return null;
      }
      read.log.add(key, 'coerced', 'a Date read as seconds');
      return Math.floor(ms / 1000);
    }
    const value = parseNumeric(found.value);
    if (value === null || !Number.isFinite(value) || value < 0) {
      read.log.add(key, 'dropped', `${describeValue(found.value)} is not a time in seconds`);
      return null;
    }
    if (typeof found.value === 'string') read.log.add(key, 'coerced', `${describeValue(found.value)} read as a number`);
    // 1e11 seconds is the year 5138; anything larger is a millisecond timestamp.
    const seconds = value > 1e11 ? Math.floor(value / 1000) : Math.floor(value);
    if (seconds > MAX_TIME_SECONDS) {
      read.log.add(key, 'dropped', `${describeValue(found.value)} is beyond the year 9999, in seconds or milliseconds`);
      return null;
    }
    if (value > 1e11) read.log.add(key, 'coerced', `${value} read as milliseconds`);
    return seconds;
  };
  const time = one('time');
  const clientTime = one('clientTime');
  if (time === null && clientTime === null) {
    read.log.add('time', 'defaulted', 'no usable time or clientTime; used 0');
    return { time: 0, clientTime: 0 };
  }
  return { time: time ?? (clientTime as number), clientTime: clientTime ?? (time as number) };
}

function readCloudCustomData(read: FieldReader): string {
  const found = read.find('cloudCustomData');
  if (found && typeof found.value === 'object') {
    try {
      const json = JSON.stringify(toPlainData(found.value));
      read.log.add('cloudCustomData', 'coerced', 'an object stored as its JSON text');
      return json;
    } catch {
      // fall through to the generic report
    }
  }
  return read.string('cloudCustomData');
}

function groupIDHint(input: unknown, to: string): string {
  const id = readField(input, 'conversationID');
  const parsed = typeof id === 'string' ? parseConversationID(id) : null;
  if (parsed?.type === 'GROUP') return parsed.targetID;
  return readField(input, 'conversationType') === 'GROUP' ? to : '';
}

function readElements(input: unknown, log: RepairLog, context: ElementContext): { elements: readonly MessageElement[] } {
  const list = readField(input, 'elements');
  const listLog = log.at('elements');
  if (Array.isArray(list) && list.length > 0) {
    return { elements: Object.freeze(safeArray(list).map((entry, index) => normalizeElementEntry(entry, listLog.at(index), context))) };
  }
  if (list !== undefined && list !== null && !Array.isArray(list)) {
    log.add('elements', 'dropped', `expected a list of elements, got ${describeValue(list)}`);
  }
  const type = readField(input, 'type');
  if (type !== undefined && type !== null) {
    // Web SDK shape: the first (usually only) element as `type` + `payload`.
    return { elements: Object.freeze([normalizeElement(type, readField(input, 'payload'), listLog.at(0), context)]) };
  }
  log.add('elements', 'defaulted', 'the message has no elements; shown as unsupported');
  return { elements: Object.freeze([unsupported('', '', null, listLog.at(0))]) };
}

/**
 * The conversation ID and type, each derived from the other when one is missing or wrong:
 * a valid ID decides the type; a raw userID/groupID with a type becomes a full ID; without
 * either, the sender/receiver and the element kinds tell what it must be.
 */
function deriveConversation(
  read: FieldReader,
  options: NormalizeMessageOptions,
  flow: MessageFlow,
  from: string,
  to: string,
  elements: readonly MessageElement[],
): { conversationID: string; conversationType: ConversationType } {
  const log = read.log;
  const typeFound = read.find('conversationType');
  const givenType =
    typeof typeFound?.value === 'string' && (CONVERSATION_TYPES as readonly string[]).includes(typeFound.value)
      ? (typeFound.value as ConversationType)
      : null;
  if (typeFound && !givenType)
    log.add('conversationType', 'dropped', `${describeValue(typeFound.value)} is not one of ${CONVERSATION_TYPES.join(', ')}`);

  const givenID = read.string('conversationID');
  const parsed = parseConversationID(givenID);
  if (parsed) {
    if (givenType && givenType !== parsed.type) {
      log.add('conversationType', 'coerced', `${givenType} disagreed with the conversation ID; used ${parsed.type}`);
    } else if (!givenType) {
      log.add('conversationType', 'defaulted', `derived ${parsed.type} from the conversation ID`);
    }
    return { conversationID: givenID, conversationType: parsed.type };
  }

  const fallback = parseConversationID(options.conversationID ?? '');
  if (!givenID && fallback) return { conversationID: options.conversationID as string, conversationType: fallback.type };

  const type = givenType ?? inferType(elements);
  if (!givenType) log.add('conversationType', 'defaulted', `missing; inferred ${type}`);
  if (type === '@TIM#SYSTEM') {
    if (givenID) log.add('conversationID', 'coerced', `${describeValue(givenID)} read as ${SYSTEM_CONVERSATION_ID}`);
    else log.add('conversationID', 'defaulted', `derived ${SYSTEM_CONVERSATION_ID} from the type`);
    return { conversationID: SYSTEM_CONVERSATION_ID, conversationType: type };
  }
  if (givenID) {
    // A raw userID or groupID, as the desktop SDK writes them.
    const id = conversationIDFor(type, givenID);
    log.add('conversationID', 'coerced', `${describeValue(givenID)} read as ${id}`);
    return { conversationID: id, conversationType: type };
  }
  const groupTarget = type === 'GROUP' ? to || groupOfElements(elements) : '';
  const target = type === 'GROUP' ? groupTarget : flow === 'out' ? to : from;
  if (!target) {
    log.add('conversationID', 'defaulted', 'missing and nothing to derive it from; the message has no conversation');
    return { conversationID: '', conversationType: type };
  }
  const id = conversationIDFor(type, target);
  log.add('conversationID', 'defaulted', `missing; derived ${id}`);
  return { conversationID: id, conversationType: type };
}

function inferType(elements: readonly MessageElement[]): ConversationType {
  if (elements.some((element) => element.type === 'TIMGroupSystemNoticeElem')) return '@TIM#SYSTEM';
  if (elements.some((element) => element.type === 'TIMGroupTipElem')) return 'GROUP';
  return 'C2C';
}

function groupOfElements(elements: readonly MessageElement[]): string {
  for (const element of elements) if (element.type === 'TIMGroupTipElem' && element.groupID) return element.groupID;
  return '';
}

function readProgress(input: unknown, log: RepairLog): MessageProgress | null {
  const value = readField(input, 'progress');
  if (value === undefined || value === null) return null;
  const loaded = readField(value, 'loaded');
  const total = readField(value, 'total');
  if (typeof loaded === 'number' && typeof total === 'number' && loaded >= 0 && total >= 0 && loaded <= MAX_COUNT && total <= MAX_COUNT) {
    return { loaded, total };
  }
  log.add('progress', 'dropped', `expected {loaded, total}, got ${describeValue(value)}`);
  return null;
}

function readError(input: unknown, log: RepairLog): { code: number; message: string } | null {
  const value = readField(input, 'error');
  if (value === undefined || value === null) return null;
  const code = readField(value, 'code');
  const message = readField(value, 'message');
  if (typeof code === 'number' && Number.isFinite(code)) return { code, message: typeof message === 'string' ? message : '' };
  log.add('error', 'dropped', `expected {code, message}, got ${describeValue(value)}`);
  return null;
}

function readPassthrough(input: unknown, log: RepairLog): Readonly<Record<string, unknown>> | null {
  const value = readField(input, 'passthrough');
  if (value === undefined || value === null) return null;
  if (!isRecord(value)) {
    log.add('passthrough', 'dropped', `expected an object, got ${describeValue(value)}`);
    return null;
  }
  return toPlainData(value, (detail) => log.add('passthrough', 'dropped', detail)) as Record<string, unknown>;
}
