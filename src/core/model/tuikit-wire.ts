/**
 * TUIKit's wire shapes for the typing indicator, replies and mentions, so that users of this
 * kit and TUIKit users (web, Android, iOS) understand each other. Backend-neutral: the local
 * backend, the store, the composer and the Tencent adapter all use these helpers.
 *
 * - Typing: an online-only custom message whose `data` is JSON
 *   `{businessID: 'user_typing_status', typingStatus: 1|0, version: 1, userAction: 14|0,
 *   actionParam: 'EIMAMSG_InputStatus_Ing'|'EIMAMSG_InputStatus_End'}` (the last two for
 *   older clients).
 * - Typing capability: ordinary C2C messages carry `cloudCustomData.messageFeature =
 *   {needTyping: 1, version: 1}`; TUIKit shows a peer's typing only when it saw this.
 * - Replies: `cloudCustomData.messageReply = {messageAbstract, messageSender, messageID,
 *   messageType, messageTime, messageSequence, version: 1}` (`messageRootID` too for threads),
 *   with `messageType` numbered as V2TIM element types (1 text, 2 custom, 3 image …).
 * - Mentions: `atUserList` with user IDs, and `__kImSDK_MesssageAtALL__` for everyone.
 */
import type { MessageElement } from './elements.js';
import { AT_ALL, type Message } from './message.js';

export { AT_ALL };

export const TYPING_BUSINESS_ID = 'user_typing_status';
export const TYPING_ACTION = 14;
export const TYPING_PARAM_START = 'EIMAMSG_InputStatus_Ing';
export const TYPING_PARAM_END = 'EIMAMSG_InputStatus_End';
/** The JSON version TUIKit writes in these structures. */
export const TUIKIT_WIRE_VERSION = 1;

export interface TypingStatusData {
  readonly businessID: typeof TYPING_BUSINESS_ID;
  readonly typingStatus: 0 | 1;
  readonly version: number;
  readonly userAction: number;
  readonly actionParam: string;
}

/** The custom element `data` string announcing that this user started (or stopped) typing. */
export function typingStatusData(isTyping: boolean): string {
  const data: TypingStatusData = {
    businessID: TYPING_BUSINESS_ID,
    typingStatus: isTyping ? 1 : 0,
    version: TUIKIT_WIRE_VERSION,
    userAction: isTyping ? TYPING_ACTION : 0,
    actionParam: isTyping ? TYPING_PARAM_START : TYPING_PARAM_END,
  };
  return JSON.stringify(data);
}

/** The custom element of a typing message (to be sent online-only, C2C). */
export function typingCustomElem(isTyping: boolean): MessageElement {
  return { type: 'TIMCustomElem', data: typingStatusData(isTyping), description: '', extension: '' };
}

/**
 * Reads a custom element's `data`: `{isTyping}` when it is a typing status (new or old
 * format), null for anything else.
 */
export function parseTypingStatus(data: string): { isTyping: boolean } | null {
  const json = parseJsonObject(data);
  if (!json) return null;
  if (json.businessID === TYPING_BUSINESS_ID) {
    if (json.typingStatus === 1 || json.typingStatus === 0) return { isTyping: json.typingStatus === 1 };
    return { isTyping: json.actionParam !== TYPING_PARAM_END };
  }
  // Clients from before businessID sent only the action.
  if (json.userAction === TYPING_ACTION) return { isTyping: json.actionParam !== TYPING_PARAM_END };
  if (json.actionParam === TYPING_PARAM_END) return { isTyping: false };
  return null;
}

/** Is this a typing-status message (never shown in the list). */
export function isTypingMessage(message: Pick<Message, 'elements'>): boolean {
  return typingStatusOf(message) !== null;
}

/** `{isTyping}` for a typing-status message, null for any other message. */
export function typingStatusOf(message: Pick<Message, 'elements'>): { isTyping: boolean } | null {
  if (message.elements.length !== 1) return null;
  const element = message.elements[0]!;
  return element.type === 'TIMCustomElem' ? parseTypingStatus(element.data) : null;
}

/** Adds TUIKit's "this client shows typing" flag to a message's cloudCustomData. */
export function withMessageFeature(cloudCustomData: string): string {
  return mergeCloudCustomData(cloudCustomData, { messageFeature: { needTyping: 1, version: TUIKIT_WIRE_VERSION } });
}

/** Did the sender of this message say it understands typing statuses. */
export function senderSupportsTyping(message: Pick<Message, 'cloudCustomData'>): boolean {
  const feature = parseCloudCustomData(message.cloudCustomData).messageFeature;
  return isObject(feature) && feature.needTyping === 1;
}

/** V2TIM element type numbers, which TUIKit writes in `messageReply.messageType`. */
export const TUIKIT_MESSAGE_TYPE = {
  none: 0,
  text: 1,
  custom: 2,
  image: 3,
  sound: 4,
  video: 5,
  file: 6,
  location: 7,
  face: 8,
  groupTips: 9,
  merger: 10,
} as const;

export interface MessageReply {
  /** Text shown in the quote (the text of a text message; a summary otherwise). */
  readonly messageAbstract: string;
  /** Name to show for the quoted sender (TUIKit writes the nick, else the user ID). */
  readonly messageSender: string;
  readonly messageID: string;
  /** V2TIM element type number of the quoted message (TUIKIT_MESSAGE_TYPE). */
  readonly messageType: number;
  /** Seconds. */
  readonly messageTime: number;
  readonly messageSequence: number;
  readonly version: number;
  /** Set by TUIKit for replies in a thread: the thread's first message. */
  readonly messageRootID?: string;
}

/** The TUIKit message type number of a message, from its first element. */
export function tuikitMessageType(message: Pick<Message, 'elements'>): number {
  const element = message.elements[0];
  switch (element?.type) {
    case 'TIMTextElem':
      return TUIKIT_MESSAGE_TYPE.text;
    case 'TIMCustomElem':
      return TUIKIT_MESSAGE_TYPE.custom;
    case 'TIMImageElem':
      return TUIKIT_MESSAGE_TYPE.image;
    case 'TIMSoundElem':
      return TUIKIT_MESSAGE_TYPE.sound;
    case 'TIMVideoFileElem':
      return TUIKIT_MESSAGE_TYPE.video;
    case 'TIMFileElem':
      return TUIKIT_MESSAGE_TYPE.file;
    case 'TIMLocationElem':
      return TUIKIT_MESSAGE_TYPE.location;
    case 'TIMFaceElem':
      return TUIKIT_MESSAGE_TYPE.face;
    case 'TIMGroupTipElem':
      return TUIKIT_MESSAGE_TYPE.groupTips;
    case 'unsupported':
      return element.originalType === 'TIMRelayElem' ? TUIKIT_MESSAGE_TYPE.merger : TUIKIT_MESSAGE_TYPE.none;
    default:
      return TUIKIT_MESSAGE_TYPE.none;
  }
}

/** The longest abstract we write; TUIKit shows two lines of it. */
const MAX_ABSTRACT = 200;

/**
 * The reply reference to put in a reply's cloudCustomData. `abstract` defaults to the text of
 * a text message (or a merged message's title), which is what TUIKit renders; for other types
 * TUIKit shows a label from `messageType`, so an app may pass its own summary.
 */
export function buildMessageReply(
  target: Pick<Message, 'ID' | 'from' | 'nick' | 'nameCard' | 'time' | 'sequence' | 'elements'>,
  options: { abstract?: string; sender?: string } = {},
): MessageReply {
  return {
    messageAbstract: truncate(options.abstract ?? defaultAbstract(target.elements), MAX_ABSTRACT),
    messageSender: options.sender ?? (target.nameCard || target.nick || target.from),
    messageID: target.ID,
    messageType: tuikitMessageType(target),
    messageTime: target.time,
    messageSequence: target.sequence,
    version: TUIKIT_WIRE_VERSION,
  };
}

/** Puts a reply reference into cloudCustomData, keeping the other keys there. */
export function withMessageReply(cloudCustomData: string, reply: MessageReply): string {
  return mergeCloudCustomData(cloudCustomData, { messageReply: reply });
}

/** The reply reference of a message, or null when it is not a reply (or the data is malformed). */
export function parseMessageReply(cloudCustomData: string): MessageReply | null {
  const reply = parseCloudCustomData(cloudCustomData).messageReply;
  if (!isObject(reply)) return null;
  const messageID = typeof reply.messageID === 'string' ? reply.messageID : '';
  if (messageID === '') return null;
  const rootID = typeof reply.messageRootID === 'string' && reply.messageRootID !== '' ? reply.messageRootID : undefined;
  return {
    messageAbstract: typeof reply.messageAbstract === 'string' ? reply.messageAbstract : '',
    messageSender: typeof reply.messageSender === 'string' ? reply.messageSender : '',
    messageID,
    messageType: finiteNumber(reply.messageType),
    messageTime: finiteNumber(reply.messageTime),
    messageSequence: finiteNumber(reply.messageSequence),
    version: finiteNumber(reply.version) || TUIKIT_WIRE_VERSION,
    ...(rootID ? { messageRootID: rootID } : {}),
  };
}

/** Is `userID` mentioned by this message (by name or through @all), and not its own sender. */
export function mentionsUser(message: Pick<Message, 'from' | 'atUserList'>, userID: string): boolean {
  if (message.from === userID) return false;
  return message.atUserList.includes(userID) || message.atUserList.includes(AT_ALL);
}

/** cloudCustomData as an object: {} when empty or not a JSON object (never throws). */
export function parseCloudCustomData(cloudCustomData: string): Record<string, unknown> {
  return parseJsonObject(cloudCustomData) ?? {};
}

/**
 * Sets keys in cloudCustomData. Data that is not a JSON object (an app's own string) is kept
 * untouched rather than overwritten: we never destroy what someone else put there.
 */
export function mergeCloudCustomData(cloudCustomData: string, patch: Record<string, unknown>): string {
  if (cloudCustomData.trim() === '') return JSON.stringify(patch);
  const current = parseJsonObject(cloudCustomData);
  if (!current) return cloudCustomData;
  return JSON.stringify({ ...current, ...patch });
}

function defaultAbstract(elements: readonly MessageElement[]): string {
  const element = elements[0];
  if (element?.type === 'TIMTextElem') return element.text;
  if (element?.type === 'unsupported' && element.originalType === 'TIMRelayElem') return element.summary;
  return '';
}

function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function parseJsonObject(text: string): Record<string, unknown> | null {
  if (typeof text !== 'string' || !text.trimStart().startsWith('{')) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function finiteNumber(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}
