/**
 * History paging over the SDK. `getMessageList` returns at most 15 messages a call (older ones
 * first asked with `nextReqMessageID`); `getMessageListHopping` walks from a time (C2C) or a
 * sequence (GROUP) in either direction, 15 at a time. The store asks for pages of its own size,
 * so these call as often as needed and trim to exactly what was asked.
 */
import { compareMessages, matchesLocator, type Message, type MessageLocator } from '../../model/message.js';
import { parseConversationID } from '../../model/ids.js';
import { bool, count, field, responseData, str } from './sdk-read.js';
import type { SdkGetMessageListHoppingOptions, SdkGetMessageListOptions, TencentChatSDK } from './sdk-types.js';

/** The SDK's most per call. */
const SDK_PAGE_SIZE = 15;
/** A bound on calls for one page, so a misbehaving cursor cannot loop forever. */
const MAX_CALLS_PER_PAGE = 40;

/**
 * What the SDK remembers of C2C hopping walks. For each conversation and direction it keeps
 * the key where the last walk stopped, and a call whose `time` equals that walk's last time
 * continues it instead of starting over. A fresh walk must therefore not ask with that time.
 */
export class HoppingMemory {
  private readonly lastTimes = new Map<string, number>();

  /** The time to ask with so that a new walk from `time` starts afresh. */
  freshTime(conversationID: string, direction: 0 | 1, time: number): number {
    const last = this.lastTimes.get(`${conversationID}-${direction}`);
    // One second wider on the side we walk from; what it adds is filtered out.
    return last === time ? (direction === 0 ? time + 1 : Math.max(0, time - 1)) : time;
  }

  /** Notes where the SDK's walk now stands (forgotten once it completes, as the SDK does). */
  note(conversationID: string, direction: 0 | 1, nextTime: number, completed: boolean): void {
    const key = `${conversationID}-${direction}`;
    if (completed || nextTime === 0) this.lastTimes.delete(key);
    else this.lastTimes.set(key, nextTime);
  }

  clear(): void {
    this.lastTimes.clear();
  }
}

export interface PagingDeps {
  readonly sdk: TencentChatSDK;
  readonly hopping: HoppingMemory;
  /** Runs an SDK call, turning its rejection into a ChatError. */
  readonly call: <T>(request: () => Promise<T>) => Promise<T>;
  /** Maps an SDK message list to ours (and lets the adapter index what it saw). */
  readonly map: (raw: unknown) => Message[];
}

export interface Page {
  messages: Message[];
  isCompleted: boolean;
}

/** Messages older than `nextReqMessageID` (the newest when absent), oldest first. */
export async function pageOlder(deps: PagingDeps, conversationID: string, wanted: number, nextReqMessageID?: string): Promise<Page> {
  const collected: Message[] = [];
  let cursor = nextReqMessageID;
  let completed = false;
  for (let calls = 0; calls < MAX_CALLS_PER_PAGE && collected.length < wanted; calls++) {
    // `count` too is read at run time (max 15) though the declarations leave it out.
    const options: SdkGetMessageListOptions & { count: number } = {
      conversationID,
      count: Math.min(SDK_PAGE_SIZE, wanted - collected.length),
      ...(cursor ? { nextReqMessageID: cursor } : {}),
    };
    const response = await deps.call(() => deps.sdk.getMessageList(options));
    const data = responseData(response);
    const page = deps.map(field(data, 'messageList'));
    collected.push(...page);
    completed = bool(field(data, 'isCompleted'));
    const next = str(field(data, 'nextReqMessageID'));
    if (completed) break;
    if (next === '' || (next === cursor && page.length === 0)) {
      // No way to go further: report the end rather than send the caller round in circles.
      completed = true;
      break;
    }
    cursor = next;
  }
  return newestOf(collected, wanted, completed, nextReqMessageID);
}

export interface Anchor {
  readonly ID: string;
  readonly conversationType: Message['conversationType'];
  readonly time: number;
  readonly sequence: number;
}

/**
 * Messages before (`direction` 0) or after (1) the anchor by hopping: C2C by time, GROUP by
 * sequence. The anchor itself and anything on its wrong side are left out.
 */
export async function pageByHopping(
  deps: PagingDeps,
  conversationID: string,
  anchor: Anchor,
  direction: 0 | 1,
  wanted: number,
): Promise<Page> {
  const isGroup = anchor.conversationType === 'GROUP';
  const collected: Message[] = [];
  let time = deps.hopping.freshTime(conversationID, direction, anchor.time);
  let sequence = direction === 1 ? anchor.sequence + 1 : Math.max(0, anchor.sequence - 1);
  let completed = false;
  for (let calls = 0; calls < MAX_CALLS_PER_PAGE; calls++) {
    if (isGroup && sequence <= 0) {
      completed = true;
      break;
    }
    // `count` is read by the SDK at run time (max 15) though its declarations leave it out.
    const options: SdkGetMessageListHoppingOptions & { count: number } = {
      conversationID,
      direction,
      count: SDK_PAGE_SIZE,
      ...(isGroup ? { sequence } : { time }),
    };
    const response = await deps.call(() => deps.sdk.getMessageListHopping(options));
    const data = responseData(response);
    const raw = deps.map(field(data, 'messageList'));
    collected.push(...raw.filter((m) => m.ID !== anchor.ID && onSide(m, anchor, direction)));
    completed = bool(field(data, 'isCompleted'));
    if (!isGroup) deps.hopping.note(conversationID, direction, count(field(data, 'nextMessageTime')), completed);
    if (completed || uniqueCount(collected) >= wanted) break;
    if (isGroup) {
      const next = count(field(data, 'nextMessageSeq'));
      const fallback = direction === 1 ? maxOf(raw, (m) => m.sequence) + 1 : minOf(raw, (m) => m.sequence) - 1;
      const nextSequence = next > 0 ? next : fallback;
      if (nextSequence === sequence || !Number.isFinite(nextSequence)) {
        completed = raw.length === 0;
        break;
      }
      sequence = nextSequence;
    } else {
      // The SDK continues a walk that stopped inside one second when asked with the same time.
      const next = count(field(data, 'nextMessageTime'));
      if (next === 0 || (next === time && raw.length === 0)) {
        completed = true;
        break;
      }
      time = next;
    }
  }
  return direction === 1 ? oldestOf(collected, wanted, completed) : newestOf(collected, wanted, completed);
}

/** Is `m` on the asked side of the anchor, in the model's order (time, then sequence). */
function onSide(m: Message, anchor: Anchor, direction: 0 | 1): boolean {
  const order = m.time - anchor.time || m.sequence - anchor.sequence;
  return direction === 1 ? order > 0 : order < 0;
}

function uniqueSorted(messages: readonly Message[], excludeID?: string): Message[] {
  const byID = new Map<string, Message>();
  for (const m of messages) if (m.ID !== excludeID) byID.set(m.ID, m);
  return [...byID.values()].sort(compareMessages);
}

function uniqueCount(messages: readonly Message[]): number {
  return new Set(messages.map((m) => m.ID)).size;
}

function newestOf(messages: readonly Message[], wanted: number, completed: boolean, excludeID?: string): Page {
  const sorted = uniqueSorted(messages, excludeID);
  if (sorted.length <= wanted) return { messages: sorted, isCompleted: completed };
  return { messages: sorted.slice(sorted.length - wanted), isCompleted: false };
}

function oldestOf(messages: readonly Message[], wanted: number, completed: boolean): Page {
  const sorted = uniqueSorted(messages);
  if (sorted.length <= wanted) return { messages: sorted, isCompleted: completed };
  return { messages: sorted.slice(0, wanted), isCompleted: false };
}

function maxOf(messages: readonly Message[], pick: (m: Message) => number): number {
  return messages.length ? Math.max(...messages.map(pick)) : NaN;
}

function minOf(messages: readonly Message[], pick: (m: Message) => number): number {
  return messages.length ? Math.min(...messages.map(pick)) : NaN;
}

/**
 * Loads the page that holds a message into the SDK (by sequence for GROUP, by time for C2C,
 * walking back through messages of the same second), so the SDK can act on it: `held` answers
 * whether the SDK now holds it. Null when it is not in this user's history.
 */
export async function fetchPageHolding<M>(
  deps: PagingDeps,
  anchor: Anchor & { conversationID: string },
  held: () => M | null,
): Promise<M | null> {
  if (anchor.conversationType === '@TIM#SYSTEM') return null;
  const isGroup = anchor.conversationType === 'GROUP';
  let time = deps.hopping.freshTime(anchor.conversationID, 0, anchor.time);
  for (let calls = 0; calls < 10; calls++) {
    const options: SdkGetMessageListHoppingOptions & { count: number } = {
      conversationID: anchor.conversationID,
      direction: 0,
      count: SDK_PAGE_SIZE,
      ...(isGroup ? { sequence: anchor.sequence } : { time }),
    };
    const response = await deps.call(() => deps.sdk.getMessageListHopping(options));
    const data = responseData(response);
    const page = deps.map(field(data, 'messageList'));
    const found = held();
    if (found) return found;
    const passed = page.some((m) => m.time < anchor.time || (m.time === anchor.time && m.sequence < anchor.sequence));
    const next = count(field(data, 'nextMessageTime'));
    const completed = bool(field(data, 'isCompleted'));
    if (!isGroup) deps.hopping.note(anchor.conversationID, 0, next, completed);
    if (isGroup || passed || page.length === 0 || completed || next === 0) return null;
    time = next;
  }
  return null;
}

/**
 * The messages at `locators` in one conversation (the desktop SDK's TIMMsgFindByMsgLocatorList),
 * in their order: the Web SDK has no search by locator, so each is looked for in the page that
 * holds it (`fetchPageHolding`: GROUP by sequence, C2C by time). Those not found are left out.
 */
export async function findByLocators(deps: PagingDeps, conversationID: string, locators: readonly MessageLocator[]): Promise<Message[]> {
  const parsed = parseConversationID(conversationID);
  if (!parsed || parsed.type === '@TIM#SYSTEM') return [];
  const found: Message[] = [];
  for (const locator of locators) {
    if (!locator || locator.conversationID !== conversationID || found.some((m) => matchesLocator(m, locator))) continue;
    const seen: Message[] = [];
    const looking: PagingDeps = {
      ...deps,
      map: (raw) => {
        const page = deps.map(raw);
        seen.push(...page);
        return page;
      },
    };
    const anchor = { ID: '', conversationID, conversationType: parsed.type, time: locator.time, sequence: locator.sequence };
    const message = await fetchPageHolding(looking, anchor, () => seen.find((m) => matchesLocator(m, locator)) ?? null);
    if (message && !message.isDeleted) found.push(message);
  }
  return found;
}
