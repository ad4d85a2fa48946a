/**
 * Import and export of messages, conversations and message locators in the desktop SDK's
 * JSON format (TIMCloudDef.h; see DESIGN.md "Desktop C/JSON interop").
 * A little over 500 lines: the reader and writer of one format, each field's rule next to the other
 * direction's; the element codecs are in desktop-elem.ts.
 *
 * Import is strict about types: a present field of the wrong type or out of range is an
 * error naming the field, and that entry is left out while the good entries of the batch
 * are imported. Unknown elem types are kept whole as `unsupported` elements; unsafe URLs are
 * dropped with a warning. Fields the model has no place for are kept in
 * `passthrough.desktopJson` (see desktop-passthrough.ts), so `export(import(x))` equals `x`.
 *
 * Integers beyond 2^53 (`message_unique_id`, a pinned conversation's `conv_active_time`)
 * keep every digit between JSON text in and JSON text out (see big-int-json.ts). The object
 * forms (`messageToDesktop` …) give them as the nearest number, as `JSON.parse` would.
 */
import type { Conversation, Draft } from '../model/conversation.js';
import { conversationIDFor, parseConversationID, type ConversationType } from '../model/ids.js';
import type { Message, MessageLocator } from '../model/message.js';
import {
  DESKTOP_CONV_TYPE,
  DESKTOP_GROUP_TYPES,
  DESKTOP_MSG_STATUS,
  DESKTOP_MSG_STATUS_CODES,
  DESKTOP_PRIORITIES,
  DESKTOP_RECV_OPTS,
  conversationTypeFromDesktop,
} from './desktop-codes.js';
import { bigIntTextsToNumbers, parseJsonKeepingBigInts, stringifyKeepingBigInts } from './big-int-json.js';
import { elemFromDesktop, elemToDesktop } from './desktop-elem.js';
import {
  DESKTOP_PASSTHROUGH_KEY,
  applyKeys,
  diffKeys,
  isEmptyMemo,
  readDesktopMemo,
  type DesktopMemo,
  type ElemMemo,
} from './desktop-passthrough.js';
import { DesktopReader, newIssueSink, type DesktopJsonIssue, type IssueSink } from './desktop-reader.js';
import { normalizeConversation } from './normalize-conversation.js';
import { normalizeMessage } from './normalize-message.js';
import { deepFreeze, isRecord, safeArray, toPlainData, type PlainRecord } from './plain-data.js';
import { describeValue } from './repair.js';

export type { DesktopJsonIssue } from './desktop-reader.js';
export { DESKTOP_PASSTHROUGH_KEY } from './desktop-passthrough.js';

export interface DesktopImportOptions {
  /** The conversation of messages that carry no `message_conv_id` (as in TIMMsgImportMsgList). */
  readonly conversationID?: string;
  /**
   * The signed-in user: the `to` of incoming C2C messages, and the sender of outgoing ones (the
   * document's own import example names only `message_sender`, with no `message_is_from_self`).
   */
  readonly selfUserID?: string;
}

export interface DesktopMessagesImport {
  readonly messages: Message[];
  /** Entries left out, with the field that was wrong. */
  readonly errors: DesktopJsonIssue[];
  /** Entries imported with a change: unsafe URL dropped, unknown elem kept as unsupported. */
  readonly warnings: DesktopJsonIssue[];
}

// ── Messages ───────────────────────────────────────────────────────────────────────────────

/** Messages from a JSON array (text or parsed); a single message object counts as a batch of one. */
export function messagesFromDesktopJson(json: string | unknown, options: DesktopImportOptions = {}): DesktopMessagesImport {
  const parsed = parseInput(json);
  if ('error' in parsed) return { messages: [], errors: [parsed.error], warnings: [] };
  const list = Array.isArray(parsed.value) ? safeArray(parsed.value) : isRecord(parsed.value) ? [parsed.value] : null;
  if (!list) {
    return {
      messages: [],
      errors: [{ index: -1, field: '', message: `expected a list of messages, got ${describeValue(parsed.value)}` }],
      warnings: [],
    };
  }
  const messages: Message[] = [];
  const errors: DesktopJsonIssue[] = [];
  const warnings: DesktopJsonIssue[] = [];
  list.forEach((entry, index) => {
    const sink = newIssueSink();
    const message = messageFromDesktop(entry, '', sink, options);
    errors.push(...sink.errors.map((issue) => ({ index, ...issue })));
    warnings.push(...sink.warnings.map((issue) => ({ index, ...issue })));
    if (message) messages.push(message);
  });
  return { messages, errors, warnings };
}

/** A JSON array of desktop messages. */
export function messagesToDesktopJson(messages: readonly Message[], space?: number): string {
  return stringifyKeepingBigInts(messages.map(messageToDesktopExact), space);
}

/** One message as a desktop JSON object (plain data, ready for JSON.stringify). */
export function messageToDesktop(message: Message): PlainRecord {
  return bigIntTextsToNumbers(messageToDesktopExact(message));
}

/** With huge integers still as big-int text, for writing JSON text. */
function messageToDesktopExact(message: Message): PlainRecord {
  const out = canonicalMessage(message);
  const memo = readDesktopMemo(message.passthrough);
  if (memo) {
    applyKeys(out, memo.keys);
    const elems = out.message_elem_array as PlainRecord[];
    (memo.elems ?? []).forEach((elemMemo, index) => {
      const elem = elems[index];
      if (elemMemo && elem && elem.elem_type === elemMemo.elem_type) applyKeys(elem, elemMemo.keys);
    });
  }
  return out;
}

function messageFromDesktop(entry: unknown, path: string, sink: IssueSink, options: DesktopImportOptions): Message | null {
  if (!isRecord(entry)) {
    sink.errors.push({ field: path, message: `expected a message object, got ${describeValue(entry)}` });
    return null;
  }
  const errorsBefore = sink.errors.length;
  const read = new DesktopReader(entry, path, sink);
  const input = readMessageFields(read, options);
  if (!input || sink.errors.length > errorsBefore) return null;
  const { message, repairs } = normalizeMessage(input, { conversationID: options.conversationID });
  if (input.ID === '') read.warn('message_msg_id', `missing; derived ${message.ID} from the content`);
  // Values the desktop types allow but the model cannot hold (a time past the year 9999, a size
  // beyond 2^53) were repaired into range: say so, naming the desktop field.
  for (const repair of repairs) {
    if (repair.kind === 'dropped' || (repair.kind === 'coerced' && repair.path in DESKTOP_FIELD_OF)) {
      read.warn(DESKTOP_FIELD_OF[repair.path] ?? repair.path, repair.detail);
    }
  }
  return withMemo(message, messageMemo(entry, message));
}

/** The desktop fields in the shape the normalizer reads; null when the elements cannot be read. */
function readMessageFields(read: DesktopReader, options: DesktopImportOptions): PlainRecord | null {
  read.require('message_elem_array');
  const elemList = read.arr('message_elem_array');
  if (elemList && elemList.length === 0) read.error('message_elem_array', 'a message needs at least one element');
  const elements = (elemList ?? []).map((elem, index) => {
    const key = `message_elem_array[${index}]`;
    if (!isRecord(elem)) {
      read.error(key, `expected an elem object, got ${describeValue(elem)}`);
      return null;
    }
    return elemFromDesktop(read.child(key, elem));
  });

  const convType = read.code('message_conv_type', [1, 2, 3], '1 C2C, 2 group, 3 system');
  const convID = read.str('message_conv_id');
  const type = convType !== undefined ? conversationTypeFromDesktop(convType) : null;
  const sender = read.str('message_sender') ?? '';
  const fromSelf = read.bool('message_is_from_self') === true || (!!options.selfUserID && sender === options.selfUserID);
  const statusCode = read.code('message_status', DESKTOP_MSG_STATUS_CODES, '1 sending … 7 cancelled');
  const priority = read.code('message_priority', [0, 1, 2, 3], '0 high … 3 lowest');
  const profile = read.obj('message_sender_profile');
  const member = read.obj('message_sender_group_member_info');
  const profileRead = profile ? read.child('message_sender_profile', profile) : null;
  const memberRead = member ? read.child('message_sender_group_member_info', member) : null;
  const customInt = read.int('message_custom_int');

  const conversationID =
    type && convID ? conversationIDFor(type, convID) : type === '@TIM#SYSTEM' ? conversationIDFor(type, '') : undefined;
  const contextType = parseConversationID(options.conversationID ?? '')?.type;
  const groupID =
    type === 'GROUP' ? (convID ?? '') : contextType === 'GROUP' ? (parseConversationID(options.conversationID ?? '')?.targetID ?? '') : '';
  const peer = convID ?? parseConversationID(options.conversationID ?? '')?.targetID ?? '';
  const isGroup = type === 'GROUP' || (!type && contextType === 'GROUP');

  if (elements.some((element) => element === null)) return null;
  return {
    ID: read.str('message_msg_id') ?? '',
    ...(conversationID !== undefined ? { conversationID } : {}),
    ...(type ? { conversationType: type } : {}),
    from: sender,
    to: isGroup ? groupID : fromSelf ? peer : (options.selfUserID ?? ''),
    flow: fromSelf ? 'out' : 'in',
    ...(read.raw('message_server_time') !== undefined ? { time: read.uint('message_server_time') } : {}),
    ...(read.raw('message_client_time') !== undefined ? { clientTime: read.uint('message_client_time') } : {}),
    sequence: read.uint('message_seq') ?? 0,
    random: read.uint('message_rand') ?? 0,
    status:
      statusCode === DESKTOP_MSG_STATUS.sending
        ? 'unSend'
        : statusCode === DESKTOP_MSG_STATUS.failed || statusCode === DESKTOP_MSG_STATUS.cancelled
          ? 'fail'
          : 'success',
    priority: DESKTOP_PRIORITIES[priority ?? 1],
    isRevoked: statusCode === DESKTOP_MSG_STATUS.revoked,
    isDeleted: statusCode === DESKTOP_MSG_STATUS.deleted,
    isRead: read.bool('message_is_read') ?? false,
    isPeerRead: read.bool('message_is_peer_read') ?? false,
    onlineOnly: read.bool('message_is_online_msg') ?? false,
    nick: profileRead?.str('user_profile_nick_name') ?? '',
    avatar: profileRead?.url('user_profile_face_url') ?? '',
    nameCard: memberRead?.str('group_member_info_name_card') ?? '',
    atUserList: read.strArray('message_group_at_user_array') ?? [],
    cloudCustomData: read.str('message_cloud_custom_str') ?? '',
    customInt: customInt ?? 0,
    customStr: read.str('message_custom_str') ?? '',
    elements,
  };
}

/** Desktop names of the model's message fields, for warnings about repaired values. */
const DESKTOP_FIELD_OF: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  time: 'message_server_time',
  clientTime: 'message_client_time',
  sequence: 'message_seq',
  random: 'message_rand',
  customInt: 'message_custom_int',
});

/** Every key the model maps to, from the model alone. */
function canonicalMessage(message: Message): PlainRecord {
  const out: PlainRecord = {
    message_msg_id: message.ID,
    message_conv_id: parseConversationID(message.conversationID)?.targetID ?? '',
    message_conv_type: DESKTOP_CONV_TYPE[message.conversationType],
    message_sender: message.from,
    message_client_time: message.clientTime,
    message_server_time: message.time,
    message_seq: message.sequence,
    message_rand: message.random,
    message_status: statusCodeOf(message),
    message_priority: Math.max(0, DESKTOP_PRIORITIES.indexOf(message.priority)),
    message_is_from_self: message.flow === 'out',
    message_is_read: message.isRead,
    message_is_peer_read: message.isPeerRead,
    message_is_online_msg: message.onlineOnly,
    message_custom_int: message.customInt,
    message_custom_str: message.customStr,
    message_cloud_custom_str: message.cloudCustomData,
    message_group_at_user_array: [...message.atUserList],
    message_elem_array: message.elements.map(elemToDesktop),
  };
  if (message.nick || message.avatar) {
    out.message_sender_profile = {
      user_profile_identifier: message.from,
      user_profile_nick_name: message.nick,
      user_profile_face_url: message.avatar,
    };
  }
  if (message.nameCard) {
    out.message_sender_group_member_info = { group_member_info_identifier: message.from, group_member_info_name_card: message.nameCard };
  }
  return out;
}

function statusCodeOf(message: Message): number {
  if (message.isRevoked) return DESKTOP_MSG_STATUS.revoked;
  if (message.isDeleted) return DESKTOP_MSG_STATUS.deleted;
  if (message.status === 'unSend') return DESKTOP_MSG_STATUS.sending;
  if (message.status === 'fail') return DESKTOP_MSG_STATUS.failed;
  return DESKTOP_MSG_STATUS.sent;
}

function messageMemo(entry: PlainRecord, message: Message): DesktopMemo {
  const canonical = canonicalMessage(message);
  const given = safeArray(entry.message_elem_array);
  const made = canonical.message_elem_array as PlainRecord[];
  const elems: (ElemMemo | null)[] = given.map((elem, index) => {
    const keys = isRecord(elem) && made[index] ? diffKeys(elem, made[index] as PlainRecord) : [];
    return keys.length ? { elem_type: (made[index] as PlainRecord).elem_type, keys } : null;
  });
  return { keys: diffKeys(entry, canonical, ['message_elem_array']), elems };
}

function withMemo<T extends Message | Conversation>(value: T, memo: DesktopMemo): T {
  if (isEmptyMemo(memo)) return value;
  const elems = memo.elems && memo.elems.some((elem) => elem !== null) ? { elems: memo.elems } : {};
  return deepFreeze({
    ...value,
    passthrough: { ...(value.passthrough ?? {}), [DESKTOP_PASSTHROUGH_KEY]: toPlainData({ keys: memo.keys, ...elems }) },
  });
}

// ── Conversations ──────────────────────────────────────────────────────────────────────────

export interface DesktopConversationImport {
  /** null when the conversation itself could not be read. */
  readonly conversation: Conversation | null;
  /** What was left out: the conversation, or its last message or draft. */
  readonly errors: DesktopJsonIssue[];
  readonly warnings: DesktopJsonIssue[];
}

/** One conversation (ConvInfo), as JSON text or parsed. */
export function conversationFromDesktopJson(
  json: string | unknown,
  options: Omit<DesktopImportOptions, 'conversationID'> = {},
): DesktopConversationImport {
  const parsed = parseInput(json);
  if ('error' in parsed) return { conversation: null, errors: [parsed.error], warnings: [] };
  const sink = newIssueSink();
  const conversation = conversationFromDesktop(parsed.value, sink, options);
  const tag = (issue: { field: string; message: string }): DesktopJsonIssue => ({ index: 0, ...issue });
  return { conversation, errors: sink.errors.map(tag), warnings: sink.warnings.map(tag) };
}

/** A list of conversations (TIMConvGetConvList's result); bad entries are left out with errors. */
export function conversationsFromDesktopJson(
  json: string | unknown,
  options: Omit<DesktopImportOptions, 'conversationID'> = {},
): { conversations: Conversation[]; errors: DesktopJsonIssue[]; warnings: DesktopJsonIssue[] } {
  const parsed = parseInput(json);
  if ('error' in parsed) return { conversations: [], errors: [parsed.error], warnings: [] };
  if (!Array.isArray(parsed.value)) {
    return {
      conversations: [],
      errors: [{ index: -1, field: '', message: `expected a list of conversations, got ${describeValue(parsed.value)}` }],
      warnings: [],
    };
  }
  const conversations: Conversation[] = [];
  const errors: DesktopJsonIssue[] = [];
  const warnings: DesktopJsonIssue[] = [];
  safeArray(parsed.value).forEach((entry, index) => {
    const sink = newIssueSink();
    const conversation = conversationFromDesktop(entry, sink, options);
    errors.push(...sink.errors.map((issue) => ({ index, ...issue })));
    warnings.push(...sink.warnings.map((issue) => ({ index, ...issue })));
    if (conversation) conversations.push(conversation);
  });
  return { conversations, errors, warnings };
}

export function conversationToDesktopJson(conversation: Conversation, space?: number): string {
  return stringifyKeepingBigInts(conversationToDesktopExact(conversation), space);
}

export function conversationsToDesktopJson(conversations: readonly Conversation[], space?: number): string {
  return stringifyKeepingBigInts(conversations.map(conversationToDesktopExact), space);
}

export function conversationToDesktop(conversation: Conversation): PlainRecord {
  return bigIntTextsToNumbers(conversationToDesktopExact(conversation));
}

function conversationToDesktopExact(conversation: Conversation): PlainRecord {
  const out = canonicalConversation(conversation);
  const memo = readDesktopMemo(conversation.passthrough);
  if (memo) applyKeys(out, memo.keys);
  return out;
}

function conversationFromDesktop(
  entry: unknown,
  sink: IssueSink,
  options: Omit<DesktopImportOptions, 'conversationID'>,
): Conversation | null {
  if (!isRecord(entry)) {
    sink.errors.push({ field: '', message: `expected a conversation object, got ${describeValue(entry)}` });
    return null;
  }
  const read = new DesktopReader(entry, '', sink);
  const before = sink.errors.length;
  read.require('conv_id');
  read.require('conv_type');
  const convID = read.str('conv_id');
  const convType = read.code('conv_type', [1, 2, 3], '1 C2C, 2 group, 3 system');
  const unread = read.uint('conv_unread_num');
  const activeTime = read.uint('conv_active_time');
  const hasLast = read.bool('conv_is_has_lastmsg');
  const hasDraft = read.bool('conv_is_has_draft');
  const pinned = read.bool('conv_is_pinned');
  const recvOpt = read.code('conv_recv_opt', [0, 1, 2], '0 receive, 1 do not receive, 2 receive silently');
  const showName = read.str('conv_show_name');
  const faceUrl = read.url('conv_face_url');
  const groupType = read.code('conv_group_type', [0, 1, 2, 3, 4, 5]);
  const atMe = readAtMe(read);
  const type = convType !== undefined ? conversationTypeFromDesktop(convType) : null;
  if (sink.errors.length > before || convID === undefined || !type) return null;
  const conversationID = conversationIDFor(type, convID);

  // The last message and the draft are optional parts: a bad one is left out, with its error.
  const lastEntry = read.raw('conv_last_msg');
  const lastMessage =
    hasLast !== false && lastEntry !== undefined
      ? messageFromDesktop(lastEntry, 'conv_last_msg', sink, { ...options, conversationID })
      : null;
  const draftEntry = read.raw('conv_draft');
  const draft = hasDraft !== false && draftEntry !== undefined ? readDraft(draftEntry, sink) : null;

  const profileName = showName ?? '';
  const input: PlainRecord = {
    conversationID,
    type,
    unreadCount: unread ?? 0,
    lastMessage,
    isPinned: pinned ?? false,
    messageRemindType: DESKTOP_RECV_OPTS[recvOpt ?? 0],
    draft,
    peerReadTime: 0,
    atMe,
    // A pinned conversation's active time may carry a flag in its high bits: not a time.
    activeTime:
      activeTime !== undefined && Number.isSafeInteger(activeTime) ? activeTime : Math.max(lastMessage?.time ?? 0, draft?.editTime ?? 0),
    ...(type === 'C2C' && (showName !== undefined || faceUrl !== undefined)
      ? { userProfile: { userID: convID, nick: profileName, avatar: faceUrl ?? '' } }
      : {}),
    ...(type === 'GROUP' && (showName !== undefined || faceUrl !== undefined)
      ? { groupProfile: { groupID: convID, name: profileName, avatar: faceUrl ?? '', type: groupTypeOf(groupType) } }
      : {}),
  };
  const { conversation } = normalizeConversation(input);
  // The normalizer copies data; keep the imported last message itself, memo included.
  const withLast = lastMessage ? deepFreeze({ ...conversation, lastMessage }) : conversation;
  return withMemo(withLast, { keys: diffKeys(entry, canonicalConversation(withLast)) });
}

function groupTypeOf(code: number | undefined): string {
  const name = DESKTOP_GROUP_TYPES[code ?? 0] ?? 'Public';
  return name === 'BChatRoom' ? 'AVChatRoom' : name;
}

/** `conv_group_at_info_array`: any "@me", "@all" or both makes `atMe`. */
function readAtMe(read: DesktopReader): boolean {
  const list = read.arr('conv_group_at_info_array') ?? [];
  let atMe = false;
  list.forEach((entry, index) => {
    const key = `conv_group_at_info_array[${index}]`;
    if (!isRecord(entry)) return read.error(key, `expected an object, got ${describeValue(entry)}`);
    const info = read.child(key, entry);
    info.uint('conv_group_at_info_seq');
    if (info.code('conv_group_at_info_at_type', [1, 2, 3], '1 @me, 2 @all, 3 @all and @me') !== undefined) atMe = true;
  });
  return atMe;
}

function readDraft(entry: unknown, sink: IssueSink): Draft | null {
  if (!isRecord(entry)) {
    sink.errors.push({ field: 'conv_draft', message: `expected a draft object, got ${describeValue(entry)}` });
    return null;
  }
  const before = sink.errors.length;
  const read = new DesktopReader(entry, 'conv_draft', sink);
  const editTime = read.uint('draft_edit_time');
  const userDefine = read.str('draft_user_define');
  const draftMessage = read.obj('draft_msg');
  const texts: string[] = [];
  if (draftMessage) {
    const message = read.child('draft_msg', draftMessage);
    (message.arr('message_elem_array') ?? []).forEach((elem, index) => {
      const key = `message_elem_array[${index}]`;
      if (!isRecord(elem)) return message.error(key, `expected an elem object, got ${describeValue(elem)}`);
      const element = elemFromDesktop(message.child(key, elem));
      if (element?.type === 'TIMTextElem') texts.push(String(element.text));
      // The composer holds text alone: say what the draft shown lacks (export still gives it back).
      else if (element)
        message.warn(key, `a ${String(element.type)} in a draft cannot be shown in the composer; the draft keeps its text only`);
    });
  }
  if (sink.errors.length > before) return null;
  return { text: texts.join(''), editTime: editTime ?? 0, userDefine: userDefine ?? '' };
}

function canonicalConversation(conversation: Conversation): PlainRecord {
  const profileName = conversation.type === 'GROUP' ? conversation.groupProfile?.name : conversation.userProfile?.nick;
  const profileAvatar = conversation.type === 'GROUP' ? conversation.groupProfile?.avatar : conversation.userProfile?.avatar;
  const out: PlainRecord = {
    conv_id: parseConversationID(conversation.conversationID)?.targetID ?? '',
    conv_type: DESKTOP_CONV_TYPE[conversation.type],
    conv_unread_num: conversation.unreadCount,
    conv_active_time: conversation.activeTime,
    conv_is_has_lastmsg: conversation.lastMessage !== null,
    conv_is_has_draft: conversation.draft !== null,
    conv_is_pinned: conversation.isPinned,
    conv_recv_opt: Math.max(0, DESKTOP_RECV_OPTS.indexOf(conversation.messageRemindType)),
    conv_group_at_info_array: conversation.atMe
      ? [{ conv_group_at_info_seq: conversation.lastMessage?.sequence ?? 0, conv_group_at_info_at_type: 1 }]
      : [],
  };
  if (conversation.lastMessage) out.conv_last_msg = messageToDesktopExact(conversation.lastMessage);
  if (conversation.draft) {
    out.conv_draft = {
      draft_msg: { message_elem_array: [{ elem_type: 0, text_elem_content: conversation.draft.text }] },
      draft_user_define: conversation.draft.userDefine,
      draft_edit_time: conversation.draft.editTime,
    };
  }
  if (profileName !== undefined) out.conv_show_name = profileName;
  if (profileAvatar) out.conv_face_url = profileAvatar;
  if (conversation.type === 'GROUP' && conversation.groupProfile) {
    out.conv_group_type = Math.max(0, (DESKTOP_GROUP_TYPES as readonly string[]).indexOf(conversation.groupProfile.type));
  }
  return out;
}

// ── Locators ───────────────────────────────────────────────────────────────────────────────

/**
 * A locator (message_locator_*). Without `message_locator_conv_id`/`_conv_type` (they are
 * separate arguments of TIMMsgFindByMsgLocatorList) the given conversation is used.
 */
export function locatorFromDesktopJson(
  json: string | unknown,
  conversationID = '',
): { locator: MessageLocator | null; errors: DesktopJsonIssue[] } {
  const parsed = parseInput(json);
  if ('error' in parsed) return { locator: null, errors: [parsed.error] };
  if (!isRecord(parsed.value)) {
    return { locator: null, errors: [{ index: -1, field: '', message: `expected a locator object, got ${describeValue(parsed.value)}` }] };
  }
  const sink = newIssueSink();
  const read = new DesktopReader(parsed.value, '', sink);
  for (const key of ['message_locator_time', 'message_locator_seq', 'message_locator_rand']) read.require(key);
  const time = read.uint('message_locator_time');
  const sequence = read.uint('message_locator_seq');
  const random = read.uint('message_locator_rand');
  const isRevoked = read.bool('message_locator_is_revoked') ?? false;
  const isSelf = read.bool('message_locator_is_self') ?? false;
  const convID = read.str('message_locator_conv_id');
  const convType = read.code('message_locator_conv_type', [1, 2, 3], '1 C2C, 2 group, 3 system');
  const errors = sink.errors.map((issue) => ({ index: 0, ...issue }));
  if (errors.length || time === undefined || sequence === undefined || random === undefined) return { locator: null, errors };
  const type = convType !== undefined ? conversationTypeFromDesktop(convType) : null;
  const locator: MessageLocator = {
    conversationID: type && convID !== undefined ? conversationIDFor(type, convID) : conversationID,
    isRevoked,
    time,
    sequence,
    isSelf,
    random,
  };
  return { locator: Object.freeze(locator), errors };
}

/**
 * The locator array of `TIMMsgFindByMsgLocatorList(conv_id, conv_type, json_msg_Locator_array)`:
 * each entry read as `locatorFromDesktopJson` reads one (the conversation given once for all);
 * an entry that cannot be read is left out and named in `errors` by its index.
 */
export function locatorsFromDesktopJson(
  json: string | unknown,
  conversationID: string,
): { locators: MessageLocator[]; errors: DesktopJsonIssue[] } {
  const parsed = parseInput(json);
  if ('error' in parsed) return { locators: [], errors: [parsed.error] };
  if (!Array.isArray(parsed.value)) {
    return {
      locators: [],
      errors: [{ index: -1, field: '', message: `expected an array of locators, got ${describeValue(parsed.value)}` }],
    };
  }
  const locators: MessageLocator[] = [];
  const errors: DesktopJsonIssue[] = [];
  parsed.value.forEach((entry, index) => {
    const one = locatorFromDesktopJson(entry, conversationID);
    if (one.locator) locators.push(one.locator);
    errors.push(...one.errors.map((issue) => ({ ...issue, index })));
  });
  return { locators, errors };
}

/** The five locator keys; `withConversation` adds `message_locator_conv_id` and `_conv_type`. */
export function locatorToDesktop(locator: MessageLocator, options: { withConversation?: boolean } = {}): PlainRecord {
  const out: PlainRecord = {
    message_locator_is_revoked: locator.isRevoked,
    message_locator_time: locator.time,
    message_locator_seq: locator.sequence,
    message_locator_is_self: locator.isSelf,
    message_locator_rand: locator.random,
  };
  const parsed = parseConversationID(locator.conversationID);
  if (options.withConversation && parsed) {
    out.message_locator_conv_id = parsed.targetID;
    out.message_locator_conv_type = DESKTOP_CONV_TYPE[parsed.type as ConversationType];
  }
  return out;
}

export function locatorToDesktopJson(locator: MessageLocator, options: { withConversation?: boolean } = {}): string {
  return JSON.stringify(locatorToDesktop(locator, options));
}

// ── Shared ─────────────────────────────────────────────────────────────────────────────────

function parseInput(json: unknown): { value: unknown } | { error: DesktopJsonIssue } {
  if (typeof json !== 'string') return { value: json };
  try {
    return { value: parseJsonKeepingBigInts(json) };
  } catch (error) {
    return { error: { index: -1, field: '', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
