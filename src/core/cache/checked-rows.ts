/**
 * Rows read back from IndexedDB are data from outside too: an older version of the kit, another
 * app on the same origin or a bug may have stored a value the model cannot hold (a time past the
 * year 9999 makes every formatter throw). A row that passes the quick check is used as it is;
 * any other goes through the normalizer, which repairs it, or is left out when it cannot be placed.
 */
import { normalizeConversation } from '../interop/normalize-conversation.js';
import { normalizeMessage } from '../interop/normalize-message.js';
import { normalizeGroupProfile, normalizeUserProfile } from '../interop/normalize-profile.js';
import type { Conversation, Draft } from '../model/conversation.js';
import { ELEMENT_TYPES } from '../model/elements.js';
import { parseConversationID } from '../model/ids.js';
import { isCount, isUsableTime } from '../model/limits.js';
import { MESSAGE_PRIORITIES, MESSAGE_STATUSES, type Message } from '../model/message.js';
import type { GroupProfile, UserProfile } from '../model/profile.js';

const STATUSES: ReadonlySet<unknown> = new Set(MESSAGE_STATUSES);
const PRIORITIES: ReadonlySet<unknown> = new Set(MESSAGE_PRIORITIES);
const TYPES: ReadonlySet<unknown> = new Set(ELEMENT_TYPES);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}

/** Every number directly on an element is finite and no larger than 2^53 (widths, sizes, durations, indexes). */
function isSaneElement(element: unknown): boolean {
  if (!isObject(element) || !TYPES.has(element.type)) return false;
  for (const key of Object.keys(element)) {
    if (key === 'raw') continue; // an unsupported element's opaque copy of its input
    const value = element[key];
    if (typeof value === 'number' && !(Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER)) return false;
  }
  return true;
}

/** The quick check, field by field: what every renderer and the sort rely on. */
const MESSAGE_CHECKS: readonly (readonly [string, (m: Record<string, unknown>) => boolean])[] = [
  ['ID', (m) => isText(m.ID) && m.ID !== ''],
  ['conversationID', (m) => isText(m.conversationID) && parseConversationID(m.conversationID)?.type === m.conversationType],
  ['from', (m) => isText(m.from) && isText(m.to)],
  ['flow', (m) => m.flow === 'in' || m.flow === 'out'],
  ['time', (m) => isUsableTime(m.time) && isUsableTime(m.clientTime)],
  ['sequence', (m) => isCount(m.sequence) && isCount(m.random)],
  ['status', (m) => STATUSES.has(m.status) && PRIORITIES.has(m.priority)],
  ['flags', (m) => [m.isRevoked, m.isRead, m.isPeerRead, m.isDeleted, m.onlineOnly].every((flag) => typeof flag === 'boolean')],
  ['texts', (m) => [m.nick, m.avatar, m.nameCard, m.cloudCustomData, m.revoker, m.customStr].every(isText)],
  ['customInt', (m) => typeof m.customInt === 'number' && Number.isSafeInteger(m.customInt)],
  ['atUserList', (m) => Array.isArray(m.atUserList) && m.atUserList.every(isText)],
  ['elements', (m) => Array.isArray(m.elements) && m.elements.every(isSaneElement)],
];

/** The first field of a message row that fails the quick check, or null when it passes. */
export function messageProblem(row: unknown): string | null {
  if (!isObject(row)) return 'not an object';
  for (const [name, ok] of MESSAGE_CHECKS) if (!ok(row)) return name;
  return null;
}

function isSaneMessage(row: unknown): row is Message {
  return messageProblem(row) === null;
}

/** The row itself when sane, a repaired copy when it can be placed in a conversation, else null. */
export function checkedMessage(row: unknown): Message | null {
  if (isSaneMessage(row)) return row;
  const { message } = normalizeMessage(row);
  return message.ID && parseConversationID(message.conversationID) ? message : null;
}

export function checkedMessages(rows: readonly unknown[]): Message[] {
  const out: Message[] = [];
  for (const row of rows) {
    const message = checkedMessage(row);
    if (message) out.push(message);
  }
  return out;
}

function isSaneDraft(draft: unknown): draft is Draft | null {
  return draft === null || (isObject(draft) && isText(draft.text) && isUsableTime(draft.editTime) && isText(draft.userDefine));
}

const CONVERSATION_CHECKS: readonly (readonly [string, (c: Record<string, unknown>) => boolean])[] = [
  ['conversationID', (c) => isText(c.conversationID) && parseConversationID(c.conversationID)?.type === c.type],
  ['counts', (c) => isCount(c.unreadCount)],
  ['times', (c) => isUsableTime(c.activeTime) && isUsableTime(c.peerReadTime)],
  ['flags', (c) => typeof c.isPinned === 'boolean' && typeof c.atMe === 'boolean' && isText(c.messageRemindType)],
  ['lastMessage', (c) => c.lastMessage === null || isSaneMessage(c.lastMessage)],
  ['draft', (c) => isSaneDraft(c.draft ?? null)],
  ['userProfile', (c) => c.userProfile === undefined || isSaneUser(c.userProfile)],
  ['groupProfile', (c) => c.groupProfile === undefined || isSaneGroup(c.groupProfile)],
];

/** The first field of a conversation row that fails the quick check, or null when it passes. */
export function conversationProblem(row: unknown): string | null {
  if (!isObject(row)) return 'not an object';
  for (const [name, ok] of CONVERSATION_CHECKS) if (!ok(row)) return name;
  return null;
}

function isSaneConversation(row: unknown): row is Conversation {
  return conversationProblem(row) === null;
}

export function checkedConversations(rows: readonly unknown[]): Conversation[] {
  const out: Conversation[] = [];
  for (const row of rows) {
    if (isSaneConversation(row)) {
      out.push(row);
      continue;
    }
    const { conversation } = normalizeConversation(row);
    if (parseConversationID(conversation.conversationID)) out.push(conversation);
  }
  return out;
}

function isSaneUser(row: unknown): row is UserProfile {
  return isObject(row) && isText(row.userID) && isText(row.nick) && isText(row.avatar);
}

function isSaneGroup(row: unknown): row is GroupProfile {
  return (
    isObject(row) &&
    isText(row.groupID) &&
    isText(row.name) &&
    isText(row.avatar) &&
    isText(row.type) &&
    isCount(row.memberCount) &&
    (row.selfMuteUntil === undefined || isUsableTime(row.selfMuteUntil))
  );
}

export function checkedUsers(rows: readonly unknown[]): UserProfile[] {
  return rows.map((row) => (isSaneUser(row) ? row : normalizeUserProfile(row).profile)).filter((user) => user.userID !== '');
}

export function checkedGroups(rows: readonly unknown[]): GroupProfile[] {
  return rows.map((row) => (isSaneGroup(row) ? row : normalizeGroupProfile(row).profile)).filter((group) => group.groupID !== '');
}

/** A draft row's draft, repaired: text kept, a bad edit time becomes 0. */
export function checkedDraft(draft: unknown): Draft | null {
  if (isSaneDraft(draft)) return draft;
  if (!isObject(draft) || !isText(draft.text)) return null;
  return {
    text: draft.text,
    editTime: isUsableTime(draft.editTime) ? draft.editTime : 0,
    userDefine: isText(draft.userDefine) ? draft.userDefine : '',
  };
}
