/**
 * SDK messages → our Message. The SDK object is only read (never mutated, never kept): the
 * result is a fresh frozen value of our model.
 */
import { CONVERSATION_TYPES, c2cConversationID, groupConversationID, parseConversationID, type ConversationType } from '../../model/ids.js';
import {
  EMPTY_MESSAGE,
  MESSAGE_PRIORITIES,
  MESSAGE_STATUSES,
  type Message,
  type MessagePriority,
  type MessageStatus,
} from '../../model/message.js';
import { safeUrl } from '../../model/url.js';
import { elementFromSdk } from './map-element.js';
import { bag, bool, count, field, firstStr, str, strings } from './sdk-read.js';

export interface MessageMapContext {
  /** The signed-in user (decides `flow` when the SDK object lacks it). */
  readonly selfUserID: string;
  /**
   * Was this message sent online-only (never stored)? The SDK keeps that in a private field, so
   * the adapter decides it from what it knows (see TencentChatService); default: no.
   */
  readonly isOnlineOnly?: (messageID: string) => boolean;
}

/** An SDK message as our model, or null when it has no ID (nothing can refer to it). */
export function messageFromSdk(raw: unknown, context: MessageMapContext): Message | null {
  const m = bag(raw);
  const ID = str(m.ID);
  if (ID === '') return null;
  const from = str(m.from);
  const to = str(m.to);
  const flow = m.flow === 'in' || m.flow === 'out' ? m.flow : from !== '' && from === context.selfUserID ? 'out' : 'in';
  const conversationType = conversationTypeOf(m.conversationType, m.conversationID);
  const conversationID = str(m.conversationID) || conversationIDFor(conversationType, flow, from, to);
  const time = count(m.time);
  const isRevoked = bool(m.isRevoked);
  const message: Message = {
    ...EMPTY_MESSAGE,
    ID,
    conversationID,
    conversationType,
    from,
    to,
    flow,
    time,
    clientTime: count(m.clientTime) || time,
    sequence: count(m.sequence),
    random: count(m.random),
    status: statusOf(m.status),
    priority: priorityOf(m.priority),
    isRevoked,
    revoker: isRevoked ? revokerOf(m) : '',
    isRead: bool(m.isRead, flow === 'out'),
    isPeerRead: bool(m.isPeerRead),
    isDeleted: bool(m.isDeleted),
    onlineOnly: context.isOnlineOnly?.(ID) ?? false,
    nick: str(m.nick),
    avatar: safeUrl(m.avatar),
    nameCard: str(m.nameCard),
    atUserList: Object.freeze(strings(m.atUserList)),
    cloudCustomData: cloudCustomDataOf(m.cloudCustomData),
    elements: Object.freeze([elementFromSdk(m.type, m.payload, { groupID: conversationType === 'GROUP' ? to : '' })]),
    // The SDK's mark of a message whose version moved (modifyMessage): shown as "edited".
    ...(bool(m.isModified) ? { isModified: true } : {}),
    // Group read receipts asked for (a C2C message's flag is the SDK's one-to-one receipt; C2C read state is kept apart).
    ...(conversationType === 'GROUP' && bool(m.needReadReceipt) ? { needReadReceipt: true } : {}),
  };
  return Object.freeze(message);
}

/** Maps a list, dropping what cannot be a message. */
export function messagesFromSdk(raw: unknown, context: MessageMapContext): Message[] {
  if (!Array.isArray(raw)) return [];
  const out: Message[] = [];
  for (const item of raw) {
    const message = messageFromSdk(item, context);
    if (message) out.push(message);
  }
  return out;
}

/**
 * A conversation's `lastMessage`, which in the SDK is a plain summary object (`lastTime`,
 * `lastSequence`, `fromAccount`, `type`, `payload`, `messageForShow` …), not a Message, and has
 * no ID. `knownID` supplies the ID when the adapter has seen that message; otherwise it is ''.
 */
export function lastMessageFromSdk(
  raw: unknown,
  conversation: { conversationID: string; type: ConversationType },
  context: MessageMapContext & { knownID?: string },
): Message | null {
  const m = bag(raw);
  const time = count(m.lastTime);
  const type = str(m.type);
  if (type === '' && time === 0) return null;
  const from = str(m.fromAccount);
  const flow = from !== '' && from === context.selfUserID ? 'out' : 'in';
  const target = parseConversationID(conversation.conversationID)?.targetID ?? '';
  const to = conversation.type === 'C2C' ? (flow === 'out' ? target : context.selfUserID) : target;
  const isRevoked = bool(m.isRevoked);
  const messageForShow = str(m.messageForShow);
  const message: Message = {
    ...EMPTY_MESSAGE,
    ID: context.knownID ?? '',
    conversationID: conversation.conversationID,
    conversationType: conversation.type,
    from,
    to,
    flow,
    time,
    clientTime: time,
    sequence: count(m.lastSequence),
    status: 'success',
    isRevoked,
    revoker: isRevoked ? revokerOf(m) : '',
    isRead: flow === 'out',
    isPeerRead: bool(m.isPeerRead),
    onlineOnly: bool(m.onlineOnlyFlag),
    nick: str(m.nick),
    avatar: safeUrl(m.avatar),
    nameCard: str(m.nameCard),
    cloudCustomData: cloudCustomDataOf(m.cloudCustomData),
    elements: Object.freeze([
      m.payload === null || m.payload === undefined
        ? { type: 'unsupported' as const, originalType: type, summary: messageForShow, raw: null }
        : elementFromSdk(type, m.payload, { groupID: conversation.type === 'GROUP' ? target : '', messageForShow }),
    ]),
  };
  return Object.freeze(message);
}

function conversationTypeOf(value: unknown, conversationID: unknown): ConversationType {
  if ((CONVERSATION_TYPES as readonly unknown[]).includes(value)) return value as ConversationType;
  return parseConversationID(str(conversationID))?.type ?? 'C2C';
}

function conversationIDFor(type: ConversationType, flow: 'in' | 'out', from: string, to: string): string {
  if (type === 'GROUP') return groupConversationID(to);
  if (type === 'C2C') return c2cConversationID(flow === 'out' ? to : from);
  return '@TIM#SYSTEM';
}

function statusOf(value: unknown): MessageStatus {
  return (MESSAGE_STATUSES as readonly unknown[]).includes(value) ? (value as MessageStatus) : 'success';
}

function priorityOf(value: unknown): MessagePriority {
  return (MESSAGE_PRIORITIES as readonly unknown[]).includes(value) ? (value as MessagePriority) : 'Normal';
}

/** `revokerInfo.userID` in SDK 3; older versions and the conversation summary use `revoker`. */
function revokerOf(m: Readonly<Record<string, unknown>>): string {
  return str(field(m.revokerInfo, 'userID')) || firstStr(m, ['revoker']);
}

/** cloudCustomData is a string on the wire; a stray object is kept as its JSON. */
function cloudCustomDataOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    try {
      return JSON.stringify(value);
    } catch {
      return '';
    }
  }
  return '';
}
