import type { Conversation, Draft, MessageRemindType } from '../model/conversation.js';
import { CONVERSATION_TYPES, conversationIDFor, parseConversationID, type ConversationType } from '../model/ids.js';
import type { Message } from '../model/message.js';
import { MAX_COUNT, MAX_TIME_SECONDS } from '../model/limits.js';
import { FieldReader } from './field-reader.js';
import { normalizeMessage } from './normalize-message.js';
import { normalizeGroupProfile, normalizeUserProfile } from './normalize-profile.js';
import { deepFreeze, isRecord, readField, safeArray, toPlainData } from './plain-data.js';
import { RepairLog, describeValue, joinPath, type Repair } from './repair.js';

export const MESSAGE_REMIND_TYPES: readonly MessageRemindType[] = ['AcceptAndNotify', 'AcceptNotNotify', 'Discard'];

/**
 * A frozen Conversation from anything: a Web SDK Conversation (whose `lastMessage` is a
 * summary with `lastTime`, `fromAccount`, `payload` …), our own, or garbage. Never throws.
 */
export function normalizeConversation(input: unknown): { conversation: Conversation; repairs: readonly Repair[] } {
  const log = new RepairLog();
  try {
    return { conversation: buildConversation(input, log), repairs: log.repairs };
  } catch (error) {
    log.add('', 'dropped', `input could not be read (${error instanceof Error ? error.message : String(error)})`);
    return { conversation: buildConversation({}, new RepairLog()), repairs: log.repairs };
  }
}

function buildConversation(input: unknown, log: RepairLog): Conversation {
  if (!isRecord(input)) log.add('', 'dropped', `expected a conversation object, got ${describeValue(input)}`);
  const source = isRecord(input) ? input : {};
  const read = new FieldReader(source, log);
  const { conversationID, type } = deriveConversationID(read, source);

  const userProfileInput = readField(source, 'userProfile');
  const groupProfileInput = readField(source, 'groupProfile');
  const userProfile = isRecord(userProfileInput) ? normalizeUserProfile(userProfileInput, log.at('userProfile')).profile : undefined;
  const groupProfile = isRecord(groupProfileInput) ? normalizeGroupProfile(groupProfileInput, log.at('groupProfile')).profile : undefined;

  const lastMessage = readLastMessage(source, conversationID, log);
  const draft = readDraft(source, log);
  const atMe = read.has('atMe') ? read.boolean('atMe') : safeArray(readField(source, 'groupAtInfoList')).length > 0;
  const activeFallback = Math.max(lastMessage?.time ?? 0, draft?.editTime ?? 0);
  const passthrough = readField(source, 'passthrough');

  const conversation: Conversation = {
    conversationID,
    type,
    unreadCount: read.number('unreadCount', { integer: true, min: 0, max: MAX_COUNT }),
    lastMessage,
    ...(userProfile ? { userProfile } : {}),
    ...(groupProfile ? { groupProfile } : {}),
    isPinned: read.boolean('isPinned'),
    messageRemindType: read.oneOf('messageRemindType', MESSAGE_REMIND_TYPES, 'AcceptAndNotify'),
    draft,
    peerReadTime: read.number('peerReadTime', { integer: true, min: 0, max: MAX_TIME_SECONDS }),
    atMe,
    activeTime: read.has('activeTime')
      ? read.number('activeTime', { integer: true, min: 0, max: MAX_TIME_SECONDS, fallback: activeFallback })
      : activeFallback,
    ...(read.has('markedUnread') && read.boolean('markedUnread') ? { markedUnread: true } : {}),
    ...(isRecord(passthrough) ? { passthrough: toPlainData(passthrough) as Record<string, unknown> } : {}),
  };
  return deepFreeze(conversation);
}

function deriveConversationID(read: FieldReader, source: unknown): { conversationID: string; type: ConversationType } {
  const log = read.log;
  const givenType = read.find('type');
  const type =
    typeof givenType?.value === 'string' && (CONVERSATION_TYPES as readonly string[]).includes(givenType.value)
      ? (givenType.value as ConversationType)
      : null;
  if (givenType && !type) log.add('type', 'dropped', `${describeValue(givenType.value)} is not one of ${CONVERSATION_TYPES.join(', ')}`);
  const givenID = read.string('conversationID', { required: true });
  const parsed = parseConversationID(givenID);
  if (parsed) {
    if (type && type !== parsed.type) log.add('type', 'coerced', `${type} disagreed with the conversation ID; used ${parsed.type}`);
    return { conversationID: givenID, type: parsed.type };
  }
  // A raw ID, or none: the profiles say who the other side is.
  const groupID = readField(readField(source, 'groupProfile'), 'groupID');
  const userID = readField(readField(source, 'userProfile'), 'userID');
  const finalType: ConversationType = type ?? (typeof groupID === 'string' && groupID ? 'GROUP' : 'C2C');
  const target = givenID || (finalType === 'GROUP' ? groupID : userID);
  if (finalType !== '@TIM#SYSTEM' && (typeof target !== 'string' || target === '')) {
    log.add('conversationID', 'defaulted', 'nothing to derive it from; the conversation has no ID');
    return { conversationID: '', type: finalType };
  }
  const id = conversationIDFor(finalType, typeof target === 'string' ? target : '');
  log.add('conversationID', 'coerced', `derived ${id}`);
  return { conversationID: id, type: finalType };
}

function readLastMessage(source: unknown, conversationID: string, log: RepairLog): Message | null {
  const value = readField(source, 'lastMessage');
  if (value === undefined || value === null) return null;
  const path = 'lastMessage';
  if (!isRecord(value)) {
    log.add(path, 'dropped', `expected a message, got ${describeValue(value)}`);
    return null;
  }
  // The Web SDK's conversation keeps a summary of its last message under other names.
  const input =
    readField(value, 'lastTime') !== undefined && readField(value, 'time') === undefined
      ? {
          ...value,
          time: readField(value, 'lastTime'),
          sequence: readField(value, 'lastSequence'),
          from: readField(value, 'fromAccount'),
          flow: readField(value, 'flow') ?? 'in',
        }
      : value;
  const result = normalizeMessage(input, { conversationID });
  for (const repair of result.repairs) log.add(repair.path ? joinPath(path, repair.path) : path, repair.kind, repair.detail);
  return result.message;
}

function readDraft(source: unknown, log: RepairLog): Draft | null {
  const value = readField(source, 'draft');
  if (isRecord(value)) {
    const read = new FieldReader(value, log.at('draft'));
    return {
      text: read.string('text'),
      editTime: read.number('editTime', { integer: true, min: 0, max: MAX_TIME_SECONDS }),
      userDefine: read.string('userDefine'),
    };
  }
  if (value !== undefined && value !== null)
    log.add('draft', 'dropped', `expected {text, editTime, userDefine}, got ${describeValue(value)}`);
  // The Web SDK keeps only the text, as `draftText`.
  const text = readField(source, 'draftText');
  if (typeof text === 'string' && text !== '') return { text, editTime: 0, userDefine: '' };
  return null;
}
