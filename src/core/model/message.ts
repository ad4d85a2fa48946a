import type { ConversationType } from './ids.js';
import type { MessageElement } from './elements.js';

export type MessageFlow = 'in' | 'out';
export type MessageStatus = 'unSend' | 'success' | 'fail';
export type MessagePriority = 'High' | 'Normal' | 'Low' | 'Lowest';

export const MESSAGE_STATUSES = ['unSend', 'success', 'fail'] as const;
export const MESSAGE_PRIORITIES = ['High', 'Normal', 'Low', 'Lowest'] as const;

/** Upload progress of an attachment message while it is being sent, 0..1. */
export interface MessageProgress {
  readonly loaded: number;
  readonly total: number;
}

/** A chat message: plain, immutable data shaped like the TIM Web SDK's Message. */
export interface Message {
  readonly ID: string;
  readonly conversationID: string;
  readonly conversationType: ConversationType;
  /** Sender userID. */
  readonly from: string;
  /** Receiver userID (C2C) or groupID (GROUP). */
  readonly to: string;
  readonly flow: MessageFlow;
  /** Server time in seconds; for an unsent message, the client's. */
  readonly time: number;
  /** Client time in seconds when the message was created. */
  readonly clientTime: number;
  /** Per-conversation server sequence; 0 until the server assigns one. */
  readonly sequence: number;
  /** Random number the client picks; with the sender it lets the server drop duplicates. */
  readonly random: number;
  readonly status: MessageStatus;
  readonly priority: MessagePriority;
  readonly isRevoked: boolean;
  /** userID of whoever revoked it ('' when not revoked). */
  readonly revoker: string;
  /** For incoming messages: has this user read it. */
  readonly isRead: boolean;
  /** For outgoing C2C messages: has the peer read it. */
  readonly isPeerRead: boolean;
  readonly isDeleted: boolean;
  /** Online-only: never stored, never counted unread. */
  readonly onlineOnly: boolean;
  /** Sender's nick at the time of sending. */
  readonly nick: string;
  /** Sender's avatar URL (checked), '' when none. */
  readonly avatar: string;
  /** Sender's group name card, '' when none. */
  readonly nameCard: string;
  /** userIDs mentioned; '__kImSDK_MesssageAtALL__' stands for everyone, as in TIM. */
  readonly atUserList: readonly string[];
  /** Opaque string sent with the message (TUIKit puts replies here as JSON). */
  readonly cloudCustomData: string;
  /** Local only, never sent. */
  readonly customInt: number;
  /** Local only, never sent. */
  readonly customStr: string;
  readonly elements: readonly MessageElement[];
  /**
   * Its content changed after it was sent (an edit): the Web SDK's `isModified`, true once the
   * message's version moved. Absent on messages never changed.
   */
  readonly isModified?: boolean;
  /**
   * The sender asked for group read receipts (TIM's `needReadReceipt`): members who see it send a
   * receipt and the sender sees "N read". Absent on messages that asked for none.
   */
  readonly needReadReceipt?: boolean;
  /** Set while an attachment uploads. */
  readonly progress?: MessageProgress;
  /** Set on `fail`: why it failed (code and readable text). */
  readonly error?: { readonly code: number; readonly message: string };
  /**
   * Data of an imported format that the model has no field for, kept (opaque, never rendered,
   * never sent) so that exporting gives it back unchanged; keyed by format, e.g. `desktopJson`
   * (see src/core/interop/desktop-json.ts).
   */
  readonly passthrough?: Readonly<Record<string, unknown>>;
}

/** Mention-all marker as TIM sends it. */
export const AT_ALL = '__kImSDK_MesssageAtALL__';

/**
 * Locates a message as the desktop SDK does (message_locator_*): enough to find it in a
 * conversation without its ID.
 */
export interface MessageLocator {
  readonly conversationID: string;
  readonly isRevoked: boolean;
  readonly time: number;
  readonly sequence: number;
  readonly isSelf: boolean;
  readonly random: number;
}

export function locatorOf(message: Message): MessageLocator {
  return {
    conversationID: message.conversationID,
    isRevoked: message.isRevoked,
    time: message.time,
    sequence: message.sequence,
    isSelf: message.flow === 'out',
    random: message.random,
  };
}

/**
 * Whether `message` is the one `locator` points at (TIMMsgFindByMsgLocatorList's precise match):
 * the same conversation, time, sequence and random, sent by oneself or not as it says.
 */
export function matchesLocator(message: Message, locator: MessageLocator): boolean {
  return (
    message.conversationID === locator.conversationID &&
    message.time === locator.time &&
    message.sequence === locator.sequence &&
    message.random === locator.random &&
    (message.flow === 'out') === Boolean(locator.isSelf)
  );
}

/**
 * Order messages by time, then sequence, then clientTime, then ID (stable and total). Within one
 * second a message not yet on the server (no sequence yet) comes after those that are: the
 * server gives it its place when it arrives, after what it already holds.
 */
export function compareMessages(a: Message, b: Message): number {
  return (
    a.time - b.time ||
    pendingRank(a) - pendingRank(b) ||
    a.sequence - b.sequence ||
    a.clientTime - b.clientTime ||
    (a.ID < b.ID ? -1 : a.ID > b.ID ? 1 : 0)
  );
}

function pendingRank(message: Message): number {
  return message.status === 'success' ? 0 : 1;
}

/** Default values for every Message field; the normalizer and factories start from these. */
export const EMPTY_MESSAGE: Message = Object.freeze({
  ID: '',
  conversationID: '',
  conversationType: 'C2C',
  from: '',
  to: '',
  flow: 'in',
  time: 0,
  clientTime: 0,
  sequence: 0,
  random: 0,
  status: 'success',
  priority: 'Normal',
  isRevoked: false,
  revoker: '',
  isRead: false,
  isPeerRead: false,
  isDeleted: false,
  onlineOnly: false,
  nick: '',
  avatar: '',
  nameCard: '',
  atUserList: Object.freeze([]) as readonly string[],
  cloudCustomData: '',
  customInt: 0,
  customStr: '',
  elements: Object.freeze([]) as readonly MessageElement[],
}) as Message;
