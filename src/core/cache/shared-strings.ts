import type { Message } from '../model/message.js';

/** Distinct strings kept for sharing; past this the table starts again (it only saves memory). */
const SHARED_MAX = 4096;
const EMPTY_AT_LIST: readonly string[] = Object.freeze([]);
const shared = new Map<string, string>();

function share(value: string): string {
  if (typeof value !== 'string' || value.length === 0) return value;
  const known = shared.get(value);
  if (known !== undefined) return known;
  if (shared.size >= SHARED_MAX) shared.clear();
  shared.set(value, value);
  return value;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A row read from IndexedDB comes with its own copy of every string: a window of a few hundred
 * messages held hundreds of copies of the same conversation ID, sender, avatar URL and element
 * type (about 300 of the 850 bytes a short text message took). The fields that repeat from
 * message to message are pointed at one shared copy instead, and an empty `atUserList` at one
 * frozen array. Only rows just read (nobody else holds them yet) and never a frozen one.
 */
export function shareMessageStrings(message: Message): Message {
  if (Object.isFrozen(message)) return message;
  const m = message as Writable<Message>;
  m.conversationID = share(m.conversationID);
  m.conversationType = share(m.conversationType) as Message['conversationType'];
  m.from = share(m.from);
  m.to = share(m.to);
  m.flow = share(m.flow) as Message['flow'];
  m.status = share(m.status) as Message['status'];
  m.priority = share(m.priority) as Message['priority'];
  m.nick = share(m.nick);
  m.avatar = share(m.avatar);
  m.nameCard = share(m.nameCard);
  if (Array.isArray(m.atUserList) && m.atUserList.length === 0) m.atUserList = EMPTY_AT_LIST;
  for (const element of m.elements) {
    if (!Object.isFrozen(element)) (element as { type: string }).type = share(element.type);
  }
  return message;
}
