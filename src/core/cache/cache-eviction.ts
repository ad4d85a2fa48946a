import { Dexie } from 'dexie';
import { MESSAGE_ORDER_INDEX, type ChatCacheDatabase } from './cache-schema.js';

/** All of one conversation's messages on the paging index. */
export function conversationRange(db: ChatCacheDatabase, conversationID: string) {
  return db.messages
    .where(MESSAGE_ORDER_INDEX)
    .between([conversationID, Dexie.minKey, Dexie.minKey], [conversationID, Dexie.maxKey, Dexie.maxKey], true, true);
}

export function countConversationMessages(db: ChatCacheDatabase, conversationID: string): Promise<number> {
  return conversationRange(db, conversationID).count();
}

/** IDs of messages waiting in the outbox: eviction never touches them. */
export async function outboxMessageIDs(db: ChatCacheDatabase): Promise<Set<string>> {
  return new Set(await db.outbox.toCollection().primaryKeys());
}

/** Delete a conversation's `count` oldest messages, skipping protected ones. Returns how many went. */
export async function evictOldestOfConversation(
  db: ChatCacheDatabase,
  conversationID: string,
  count: number,
  protectedIDs: ReadonlySet<string>,
): Promise<number> {
  if (count <= 0) return 0;
  const keys = await conversationRange(db, conversationID)
    .limit(count + protectedIDs.size)
    .primaryKeys();
  const doomed = keys.filter((id) => !protectedIDs.has(id)).slice(0, count);
  await db.messages.bulkDelete(doomed);
  return doomed.length;
}

/** Rough bytes one stored message takes, from a sample of rows (their JSON length). */
export async function sampleMessageBytes(db: ChatCacheDatabase, fallback: number): Promise<number> {
  const sample = await db.messages.limit(64).toArray();
  if (sample.length === 0) return fallback;
  const total = sample.reduce((sum, row) => sum + jsonLength(row), 0);
  return Math.max(1, Math.round(total / sample.length));
}

/** Rough bytes of a message as stored (its JSON length). */
function jsonLength(row: unknown): number {
  try {
    return JSON.stringify(row)?.length ?? 0;
  } catch {
    return 0;
  }
}

interface QueuedKey {
  time: number;
  sequence: number;
  id: string;
}

/** One conversation's oldest messages, read a few keys at a time from the paging index. */
class ConversationKeys {
  readonly queue: QueuedKey[] = [];
  private lastKey: [string, number, number] | null = null;
  private readonly atLastKey = new Set<string>();
  private exhausted = false;

  constructor(readonly conversationID: string) {}

  /** The oldest key not yet taken, reading more when the queue ran dry. */
  async head(db: ChatCacheDatabase, batch: number): Promise<QueuedKey | undefined> {
    if (this.queue.length === 0 && !this.exhausted) await this.read(db, batch);
    return this.queue[0];
  }

  private async read(db: ChatCacheDatabase, batch: number): Promise<void> {
    const id = this.conversationID;
    // From the last key read, inclusive: several messages may share one (time, sequence).
    const lower = this.lastKey ?? [id, Dexie.minKey, Dexie.minKey];
    const rows: Array<[[string, number, number], string]> = [];
    await db.messages
      .where(MESSAGE_ORDER_INDEX)
      .between(lower, [id, Dexie.maxKey, Dexie.maxKey], true, true)
      .limit(batch + this.atLastKey.size)
      .eachKey((key, cursor) => {
        rows.push([key as [string, number, number], cursor.primaryKey as string]);
      });
    let added = 0;
    for (const [key, primaryKey] of rows) {
      if (this.atLastKey.has(primaryKey)) continue;
      const sameAsLast = this.lastKey !== null && key[1] === this.lastKey[1] && key[2] === this.lastKey[2];
      if (!sameAsLast) this.atLastKey.clear();
      this.lastKey = key;
      this.atLastKey.add(primaryKey);
      this.queue.push({ time: key[1], sequence: key[2], id: primaryKey });
      added++;
    }
    if (added === 0) this.exhausted = true;
  }
}

/**
 * Delete the `count` oldest messages over all conversations (by time, then sequence),
 * protected ones skipped: a merge of every conversation's oldest keys, read from the paging
 * index a batch at a time, so the order is exact without an index on time alone.
 */
export async function evictOldestOverall(
  db: ChatCacheDatabase,
  count: number,
  protectedIDs: ReadonlySet<string>,
  batch = 64,
): Promise<number> {
  if (count <= 0) return 0;
  const conversations: ConversationKeys[] = [];
  let lower: unknown[] = [Dexie.minKey];
  for (;;) {
    const first = await db.messages.where(MESSAGE_ORDER_INDEX).above(lower).first();
    if (!first) break;
    conversations.push(new ConversationKeys(first.conversationID));
    lower = [first.conversationID, Dexie.maxKey, Dexie.maxKey];
  }
  // A min-heap of conversations by their oldest key not yet taken.
  const heap: Array<{ conversation: ConversationKeys; key: QueuedKey }> = [];
  const older = (i: number, j: number) => compareKeys(heap[i]!.key, heap[j]!.key) < 0;
  const push = (entry: { conversation: ConversationKeys; key: QueuedKey }) => {
    heap.push(entry);
    for (let i = heap.length - 1; i > 0 && older(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(heap, i, (i - 1) >> 1);
  };
  const pop = () => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && older(l, m)) m = l;
        if (r < heap.length && older(r, m)) m = r;
        if (m === i) break;
        swap(heap, i, m);
        i = m;
      }
    }
    return top;
  };
  for (const conversation of conversations) {
    const key = await conversation.head(db, batch);
    if (key) push({ conversation, key });
  }
  const doomed: string[] = [];
  while (doomed.length < count && heap.length > 0) {
    const { conversation, key } = pop();
    conversation.queue.shift();
    if (!protectedIDs.has(key.id)) doomed.push(key.id);
    const next = await conversation.head(db, batch);
    if (next) push({ conversation, key: next });
  }
  await db.messages.bulkDelete(doomed);
  return doomed.length;
}

function compareKeys(a: QueuedKey, b: QueuedKey): number {
  return a.time - b.time || a.sequence - b.sequence || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function swap<T>(items: T[], i: number, j: number): void {
  const item = items[i]!;
  items[i] = items[j]!;
  items[j] = item;
}
