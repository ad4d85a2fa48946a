import { Dexie } from 'dexie';
import type { Message } from '../model/message.js';
import { appendPostings, decodePostings, intersectPostings, unionPostings } from '../search/postings.js';
import { hash32, searchableText, searchPrint } from '../search/search-text.js';
import { indexTokens, matchesPlan, type SearchPlan } from '../search/tokenize.js';
import { MESSAGE_ORDER_INDEX, type ChatCacheDatabase, type SearchDocRow, type SearchPostingRow } from './cache-schema.js';
import { withNamedLock } from './named-lock.js';

/**
 * The message-search index of one cache database: an inverted index stored in chunks.
 *
 * Every indexed message version gets a document ordinal (ascending: newer writes, higher
 * ordinals; the first build goes oldest first). Tokens are hashed into `BUCKETS` buckets and
 * ordinals cut into segments of `SEGMENT` ordinals: one row per (bucket, segment) holds the
 * posting lists of its tokens as varint gaps. A query reads a few rows per token, intersects the
 * lists in memory (shortest first), then reads only the newest candidates' messages and checks
 * their text — so stale postings (a message edited, deleted or evicted since) never show.
 * New messages wait in memory and are written in one transaction a moment later.
 */
const BUCKETS = 4096;
const SEGMENT = 16_384;
const BLOCK = 1024;
/** Messages read per step of the first build, between which the page gets the main thread. */
const BUILD_STEP = 1000;
/** Documents written per transaction during the build. */
const BUILD_FLUSH = 16_384;
const META_KEY = 'search-index';
/** Token of the conversation a message belongs to (not text: a control character leads). */
const conversationToken = (conversationID: string) => `\u0001${conversationID}`;

interface IndexMeta {
  /** The index layout; another value means: build again. */
  layout: number;
  nextOrdinal: number;
  built: boolean;
}
const LAYOUT = 1;

interface PendingDoc {
  id: string;
  print: number;
  tokens: string[];
}

export interface SearchIndexOptions {
  /** Name of the Web Lock that keeps one tab building. */
  lockName: string;
  /** Messages by ID, as the cache holds them now (memory layer included); missing ones left out. */
  rows: (ids: readonly string[]) => Promise<Message[]>;
  /** Milliseconds new messages wait before being written (default 500). */
  flushDelayMs?: number;
}

/** The bucket of a token: English words by their first two characters (so prefixes find them), the rest whole. */
export function bucketOf(token: string): number {
  if (token.startsWith('\u0001')) return hash32(token) % BUCKETS;
  const chars = [...token];
  return hash32(chars.length > 2 ? chars[0]! + chars[1]! : token) % BUCKETS;
}

export class SearchIndex {
  private pending: PendingDoc[] = [];
  private prints: Set<number> | null = null;
  private printsLoading: Promise<Set<number>> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private building: Promise<void> | null = null;
  private built = false;
  private closed = false;
  private readonly docCache = new Map<number, string[]>();

  constructor(
    private readonly db: ChatCacheDatabase,
    private readonly options: SearchIndexOptions,
  ) {}

  /** Index these messages (new ones and new versions; ones already indexed as they are are skipped). */
  add(messages: readonly Message[]): void {
    if (this.closed) return;
    const docs: PendingDoc[] = [];
    for (const message of messages) {
      const doc = pendingDoc(message);
      if (doc) docs.push(doc);
    }
    if (!docs.length) return;
    void this.knownPrints().then((known) => {
      for (const doc of docs) {
        if (known.has(doc.print)) continue;
        known.add(doc.print);
        this.pending.push(doc);
      }
      this.scheduleFlush();
    });
  }

  /** Starts the first build when the index is not complete; resolves when it is. */
  ensureBuilt(): Promise<void> {
    if (this.built) return Promise.resolve();
    this.building ??= withNamedLock(this.options.lockName, () => this.build())
      .then(() => undefined)
      .catch((error: unknown) => {
        this.building = null;
        throw error;
      });
    return this.building;
  }

  /** Write what waits in memory now. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    return this.serial(() => this.writePending());
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
  }

  /**
   * Messages matching the plan, newest first, at most `limit`; only one conversation's with
   * `conversationID`. Waits for the first build (begun soon after the cache opens).
   */
  async search(plan: SearchPlan, options: { limit: number; conversationID?: string }): Promise<Message[]> {
    await this.ensureBuilt();
    await this.flush();
    const lists: number[][] = [];
    const tokens = [...plan.tokens];
    if (options.conversationID) tokens.push(conversationToken(options.conversationID));
    const wanted = new Map<number, string[]>();
    for (const token of tokens) {
      const bucket = bucketOf(token);
      wanted.set(bucket, [...(wanted.get(bucket) ?? []), token]);
    }
    const prefixBucket = plan.prefix ? bucketOf(plan.prefix) : -1;
    const buckets = new Set([...wanted.keys(), ...(prefixBucket >= 0 ? [prefixBucket] : [])]);
    const rowsByBucket = await this.db.transaction('r', this.db.searchPostings, () =>
      Promise.all(
        [...buckets].map((bucket) =>
          this.db.searchPostings.where('[bucket+segment]').between([bucket, Dexie.minKey], [bucket, Dexie.maxKey]).toArray(),
        ),
      ),
    );
    const rowsOf = new Map([...buckets].map((bucket, i) => [bucket, rowsByBucket[i]!]));
    for (const [bucket, bucketTokens] of wanted) {
      for (const token of bucketTokens) lists.push(postingsOf(rowsOf.get(bucket)!, (t) => t === token));
    }
    if (plan.prefix) {
      const prefix = plan.prefix;
      lists.push(postingsOf(rowsOf.get(prefixBucket)!, (t) => t.startsWith(prefix) && !t.startsWith('\u0001')));
    }
    const candidates = intersectPostings(lists);
    const messages: Message[] = [];
    const seen = new Set<string>();
    // Newest candidates first, a few at a time, until enough pass the check.
    let end = candidates.length;
    let step = Math.max(16, options.limit * 2);
    while (end > 0 && messages.length < options.limit) {
      const slice = candidates.slice(Math.max(0, end - step), end).reverse();
      end -= slice.length;
      step *= 2;
      const ids = await this.idsOf(slice);
      const fresh: string[] = [];
      for (const id of ids) {
        if (!id || seen.has(id)) continue; // an older version of a message found again
        seen.add(id);
        fresh.push(id);
      }
      const rows = await this.options.rows(fresh);
      const byID = new Map(rows.map((m) => [m.ID, m]));
      for (const id of fresh) {
        const message = byID.get(id);
        if (!message) continue;
        if (options.conversationID && message.conversationID !== options.conversationID) continue;
        if (!matchesPlan(searchableText(message), plan)) continue;
        messages.push(message);
        if (messages.length >= options.limit) break;
      }
    }
    messages.sort((a, b) => b.time - a.time || b.sequence - a.sequence);
    return messages;
  }

  // ── Building ─────────────────────────────────────────────────────────────

  private async build(): Promise<void> {
    const meta = (await this.db.meta.get(META_KEY))?.value as IndexMeta | undefined;
    if (meta?.layout === LAYOUT && meta.built) {
      this.built = true;
      return;
    }
    // A build cut short (a closed tab) or an older layout: start again from nothing.
    await this.serial(async () => {
      await this.db.transaction('rw', [this.db.searchPostings, this.db.searchDocs, this.db.searchPrints, this.db.meta], async () => {
        await Promise.all([this.db.searchPostings.clear(), this.db.searchDocs.clear(), this.db.searchPrints.clear()]);
        await this.db.meta.put({ key: META_KEY, value: { layout: LAYOUT, nextOrdinal: 0, built: false } satisfies IndexMeta });
      });
      this.docCache.clear();
      // What waits to be written is written after the clear: the build must not add it twice.
      this.prints = new Set(this.pending.map((doc) => doc.print));
      this.printsLoading = Promise.resolve(this.prints);
    });
    // Every cached message, oldest first, from the index keys alone (no row is read for this).
    const [keys, ids] = await this.db.transaction('r', this.db.messages, () =>
      Promise.all([
        this.db.messages
          .orderBy(MESSAGE_ORDER_INDEX)
          .keys()
          .then((k) => k as unknown as Array<[string, number, number]>),
        this.db.messages.orderBy(MESSAGE_ORDER_INDEX).primaryKeys(),
      ]),
    );
    const order = ids.map((_, i) => i);
    order.sort((a, b) => keys[a]![1] - keys[b]![1] || keys[a]![2] - keys[b]![2]);
    let sinceFlush = 0;
    for (let at = 0; at < order.length && !this.closed; at += BUILD_STEP) {
      const stepIDs = order.slice(at, at + BUILD_STEP).map((i) => ids[i]!);
      const rows = await this.db.messages.bulkGet(stepIDs);
      const prints = await this.knownPrints();
      for (const row of rows) {
        const doc = row ? pendingDoc(row) : null;
        if (!doc || prints.has(doc.print)) continue;
        prints.add(doc.print);
        this.pending.push(doc);
        sinceFlush++;
      }
      if (sinceFlush >= BUILD_FLUSH) {
        sinceFlush = 0;
        await this.flush();
      }
      await yieldToPage();
    }
    if (this.closed) return;
    await this.serial(async () => {
      await this.writePending(true);
    });
    this.built = true;
  }

  // ── Writing ──────────────────────────────────────────────────────────────

  private scheduleFlush(): void {
    if (this.timer !== undefined || this.closed) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush().catch(() => undefined);
    }, this.options.flushDelayMs ?? 500);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.chain.then(task, task);
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** One transaction: ordinals, postings, ID blocks, fingerprints and the next ordinal. */
  private async writePending(markBuilt = false): Promise<void> {
    const docs = this.pending;
    if (!docs.length && !markBuilt) return;
    this.pending = [];
    const { db } = this;
    try {
      await db.transaction('rw', [db.searchPostings, db.searchDocs, db.searchPrints, db.meta], async () => {
        const meta = ((await db.meta.get(META_KEY))?.value as IndexMeta | undefined) ?? { layout: LAYOUT, nextOrdinal: 0, built: false };
        const first = meta.nextOrdinal;
        // (bucket, segment) → token → ordinals
        const postings = new Map<string, Map<string, number[]>>();
        const blocks = new Map<number, { ids: Array<[number, string]>; prints: number[] }>();
        docs.forEach((doc, i) => {
          const ordinal = first + i;
          const segment = Math.floor(ordinal / SEGMENT);
          for (const token of doc.tokens) {
            const key = `${bucketOf(token)}:${segment}`;
            let byToken = postings.get(key);
            if (!byToken) postings.set(key, (byToken = new Map()));
            const list = byToken.get(token);
            if (list) list.push(ordinal);
            else byToken.set(token, [ordinal]);
          }
          const block = Math.floor(ordinal / BLOCK);
          let entry = blocks.get(block);
          if (!entry) blocks.set(block, (entry = { ids: [], prints: [] }));
          entry.ids.push([ordinal % BLOCK, doc.id]);
          entry.prints.push(doc.print);
        });
        const rowKeys = [...postings.keys()].map((key) => key.split(':').map(Number) as [number, number]);
        const stored = await db.searchPostings.bulkGet(rowKeys);
        const rows: SearchPostingRow[] = rowKeys.map(([bucket, segment], i) => {
          const row = stored[i] ?? { bucket, segment, tokens: [], lists: [], lasts: [] };
          const index = new Map(row.tokens.map((t, j) => [t, j]));
          for (const [token, ordinals] of postings.get(`${bucket}:${segment}`)!) {
            let j = index.get(token);
            if (j === undefined) {
              j = row.tokens.length;
              index.set(token, j);
              row.tokens.push(token);
              row.lists.push(new Uint8Array(0));
              row.lasts.push(-1);
            }
            row.lists[j] = appendPostings(row.lists[j], row.lasts[j]!, ordinals);
            row.lasts[j] = ordinals[ordinals.length - 1]!;
          }
          return row;
        });
        await db.searchPostings.bulkPut(rows);
        const blockKeys = [...blocks.keys()];
        const [docRows, printRows] = await Promise.all([db.searchDocs.bulkGet(blockKeys), db.searchPrints.bulkGet(blockKeys)]);
        await db.searchDocs.bulkPut(
          blockKeys.map((block, i) => {
            const row = docRows[i] ?? { block, ids: [] };
            for (const [slot, id] of blocks.get(block)!.ids) row.ids[slot] = id;
            return row;
          }),
        );
        await db.searchPrints.bulkPut(
          blockKeys.map((block, i) => ({ block, prints: [...(printRows[i]?.prints ?? []), ...blocks.get(block)!.prints] })),
        );
        await db.meta.put({
          key: META_KEY,
          value: { layout: LAYOUT, nextOrdinal: first + docs.length, built: meta.built || markBuilt } satisfies IndexMeta,
        });
      });
      this.docCache.clear();
    } catch (error) {
      // Not written (storage full, database closed): forget the prints so a later write tries again.
      for (const doc of docs) this.prints?.delete(doc.print);
      throw error;
    }
  }

  // ── Reading ──────────────────────────────────────────────────────────────

  private async idsOf(ordinals: readonly number[]): Promise<Array<string | undefined>> {
    const missing = [...new Set(ordinals.map((o) => Math.floor(o / BLOCK)))].filter((b) => !this.docCache.has(b));
    if (missing.length) {
      const rows = await this.db.searchDocs.bulkGet(missing);
      missing.forEach((block, i) => this.docCache.set(block, (rows[i] as SearchDocRow | undefined)?.ids ?? []));
      // A few blocks are enough for the newest results; keep the cache small.
      while (this.docCache.size > 32) this.docCache.delete(this.docCache.keys().next().value!);
    }
    return ordinals.map((o) => this.docCache.get(Math.floor(o / BLOCK))?.[o % BLOCK]);
  }

  private knownPrints(): Promise<Set<number>> {
    if (this.prints) return Promise.resolve(this.prints);
    this.printsLoading ??= this.db.searchPrints.toArray().then(
      (rows) => {
        const set = (this.prints ??= new Set());
        for (const row of rows) for (const print of row.prints) set.add(print);
        return set;
      },
      () => (this.prints ??= new Set()),
    );
    return this.printsLoading;
  }
}

function pendingDoc(message: Message): PendingDoc | null {
  const text = searchableText(message);
  if (!text) return null;
  const tokens = indexTokens(text);
  if (!tokens.size) return null;
  tokens.add(conversationToken(message.conversationID));
  return { id: message.ID, print: searchPrint(message.ID, text), tokens: [...tokens] };
}

/** The ascending ordinals of the tokens `accept` takes, over a bucket's rows (one per segment). */
function postingsOf(rows: readonly SearchPostingRow[], accept: (token: string) => boolean): number[] {
  const lists: number[][] = [];
  for (const row of rows) {
    // Rows come in segment order, and a segment's ordinals are all below the next one's.
    const segment: number[][] = [];
    row.tokens.forEach((token, j) => {
      if (accept(token)) segment.push(decodePostings(row.lists[j]!));
    });
    if (segment.length === 1) lists.push(segment[0]!);
    else if (segment.length > 1) lists.push(unionPostings(segment));
  }
  return lists.length === 1 ? lists[0]! : lists.flat();
}

/** Let the page run (input, rendering) between steps of the build. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
