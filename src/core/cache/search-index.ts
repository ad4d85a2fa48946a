import { Dexie } from 'dexie';
import type { Message } from '../model/message.js';
import { decodePostings, encodeGaps, intersectPostings, unionPostings } from '../search/postings.js';
import { hash32, searchableText, searchPrint } from '../search/search-text.js';
import { indexTokens, matchesPlan, type SearchPlan } from '../search/tokenize.js';
import type { ChatCacheDatabase, SearchDocRow, SearchPostingRow } from './cache-schema.js';
import { withNamedLock } from './named-lock.js';

/**
 * The message-search index of one cache database: an inverted index stored in chunks.
 *
 * Every indexed message version gets a document ordinal, in the order it was indexed. Tokens
 * are hashed into `BUCKETS` buckets and ordinals cut into segments of `SEGMENT`: one row per
 * (bucket, segment) holds the posting lists of its tokens as varint gaps, so a write touches a
 * few hundred rows at most and a query reads a few rows per token. The query intersects the
 * lists in memory (shortest first), orders the candidates newest first by the message times
 * kept per ordinal (a small array read once per session), then reads only the newest
 * candidates' messages and checks their text — so stale postings (a message edited, deleted or
 * evicted since) never show. New messages wait in memory and are written in one transaction a
 * moment later; the first build reads the cached messages in primary-key pages (IndexedDB's
 * fast path) and yields to the page between steps.
 */
const BUCKETS = 512;
const SEGMENT = 16_384;
/** Message IDs per row: the newest results read a few small rows (their ordinals are scattered after the first build). */
const BLOCK = 32;
/** Ordinals per row of times and of fingerprints: each whole array is read in a few rows. */
const TIME_BLOCK = 8192;
/** Messages read per step of the first build, between which the page gets the main thread. */
const BUILD_STEP = 1000;
/** Documents written per transaction during the build. */
const BUILD_FLUSH = 8192;
const META_KEY = 'search-index';
/** Token of the conversation a message belongs to (not text: a control character leads). */
const conversationToken = (conversationID: string) => `\u0001${conversationID}`;

interface IndexMeta {
  /** The index layout; another value means: build again. */
  layout: number;
  nextOrdinal: number;
  built: boolean;
}
/** 2: ID rows of 32 (were 128: the newest results of a common word read a row each). */
const LAYOUT = 2;

interface PendingDoc {
  id: string;
  print: number;
  time: number;
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

/** The bucket of a token: words by their first two characters (so prefixes find them), the rest whole. */
function bucketOf(token: string): number {
  if (token.startsWith('\u0001')) return hash32(token) % BUCKETS;
  const chars = [...token];
  return hash32(chars.length > 2 ? chars[0]! + chars[1]! : token) % BUCKETS;
}

export class SearchIndex {
  private pending: PendingDoc[] = [];
  private prints: Set<number> | null = null;
  private printsLoading: Promise<Set<number>> | null = null;
  /** Messages being added (waiting for the fingerprints to load). */
  private adding: Promise<unknown> = Promise.resolve();
  /** Ordinals whose fingerprints `prints` holds; those after were written since, by other tabs. */
  private printsUpTo = 0;
  /** Message times by ordinal, as read: one array per full row of `TIME_BLOCK` (kept as read, not copied). */
  private times = new OrdinalTimes();
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
    const added = this.knownPrints().then((known) => {
      for (const doc of docs) {
        if (known.has(doc.print)) continue;
        known.add(doc.print);
        this.pending.push(doc);
      }
      this.scheduleFlush();
    });
    // A flush (a search) waits for what is being added: the fingerprints may still be loading.
    this.adding = Promise.all([this.adding, added]);
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
  async flush(): Promise<void> {
    await this.adding;
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
    const tokens = [...plan.tokens];
    if (options.conversationID) tokens.push(conversationToken(options.conversationID));
    const buckets = new Set(tokens.map(bucketOf));
    const prefixBucket = plan.prefix ? bucketOf(plan.prefix) : -1;
    if (plan.prefix) buckets.add(prefixBucket);
    const bucketList = [...buckets];
    // The times by ordinal (all once a session, then what was added) are read alongside the postings.
    const timesRead = this.loadTimes();
    timesRead.catch(() => undefined); // awaited below only when there are many candidates
    const rowsByBucket = await this.db.transaction('r', this.db.searchPostings, () =>
      Promise.all(
        bucketList.map((bucket) =>
          this.db.searchPostings.where('[bucket+segment]').between([bucket, Dexie.minKey], [bucket, Dexie.maxKey]).toArray(),
        ),
      ),
    );
    const rowsOf = new Map(bucketList.map((bucket, i) => [bucket, rowsByBucket[i]!]));
    const lists = tokens.map((token) => postingsOf(rowsOf.get(bucketOf(token))!, (t) => t === token));
    if (plan.prefix) {
      const prefix = plan.prefix;
      lists.push(postingsOf(rowsOf.get(prefixBucket)!, (t) => t.startsWith(prefix) && !t.startsWith('\u0001')));
    }
    const candidates = intersectPostings(lists);

    const messages: Message[] = [];
    const seen = new Set<string>();
    // Newest candidates first, a few at a time, until enough pass the check. Few candidates are
    // all read at once (and sorted by their messages' times): no need for the times by ordinal.
    let step = Math.max(16, Math.ceil(options.limit * 1.25));
    if (candidates.length > step) await timesRead;
    const taken = new Set<number>();
    while (taken.size < candidates.length && messages.length < options.limit) {
      const slice =
        candidates.length > step ? newest(candidates, this.times, step, taken) : candidates.filter((o) => !taken.has(o)).reverse();
      for (const ordinal of slice) taken.add(ordinal);
      step *= 2;
      const fresh: string[] = [];
      for (const id of await this.idsOf(slice)) {
        if (!id || seen.has(id)) continue; // an older version of a message found again
        seen.add(id);
        fresh.push(id);
      }
      const byID = new Map((await this.options.rows(fresh)).map((m) => [m.ID, m]));
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
      const { db } = this;
      await db.transaction('rw', [db.searchPostings, db.searchDocs, db.searchPrints, db.searchTimes, db.meta], async () => {
        await Promise.all([db.searchPostings.clear(), db.searchDocs.clear(), db.searchPrints.clear(), db.searchTimes.clear()]);
        await db.meta.put({ key: META_KEY, value: { layout: LAYOUT, nextOrdinal: 0, built: false } satisfies IndexMeta });
      });
      this.docCache.clear();
      this.times = new OrdinalTimes();
      // What waits to be written is written after the clear: the build must not add it twice.
      this.prints = new Set(this.pending.map((doc) => doc.print));
      this.printsLoading = Promise.resolve(this.prints);
      this.printsUpTo = 0;
    });
    // Every cached message, in primary-key pages (messages written meanwhile come through add()).
    let sinceFlush = 0;
    let after: string | undefined;
    while (!this.closed) {
      const page = await (after === undefined ? this.db.messages.orderBy(':id') : this.db.messages.where(':id').above(after))
        .limit(BUILD_STEP)
        .toArray();
      if (!page.length) break;
      after = page[page.length - 1]!.ID;
      const prints = await this.knownPrints();
      for (const row of page) {
        const doc = pendingDoc(row);
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
    await this.serial(() => this.writePending(true));
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

  /** One transaction: ordinals, postings, ID blocks, fingerprints, times and the next ordinal. */
  private async writePending(markBuilt = false): Promise<void> {
    let docs = this.pending;
    if (!docs.length && !markBuilt) return;
    this.pending = [];
    const { db } = this;
    try {
      // Every open tab hears of the same new messages: those another tab has indexed meanwhile are left out.
      if (docs.length) {
        const others = await this.printsWrittenElsewhere();
        if (others.size) docs = docs.filter((doc) => !others.has(doc.print));
        if (!docs.length && !markBuilt) return;
      }
      let written = -1;
      // Group by token before the transaction, a slice at a time, so the page keeps running.
      const byToken = new Map<string, number[]>();
      for (let i = 0; i < docs.length; i++) {
        for (const token of docs[i]!.tokens) {
          const list = byToken.get(token);
          if (list) list.push(i);
          else byToken.set(token, [i]);
        }
        if (i % 2000 === 1999) await yieldToPage();
      }
      const buckets = new Map<string, number>();
      for (const token of byToken.keys()) buckets.set(token, bucketOf(token));
      await db.transaction('rw', [db.searchPostings, db.searchDocs, db.searchPrints, db.searchTimes, db.meta], async () => {
        const meta = ((await db.meta.get(META_KEY))?.value as IndexMeta | undefined) ?? { layout: LAYOUT, nextOrdinal: 0, built: false };
        const first = meta.nextOrdinal;
        written = first;
        // Row (bucket, segment) → its tokens' new ordinals.
        const additions = new Map<number, Array<[string, number[]]>>();
        for (const [token, relative] of byToken) {
          const bucket = buckets.get(token)!;
          let segment = -1;
          let ordinals: number[] = [];
          for (const r of relative) {
            const ordinal = first + r;
            const s = Math.floor(ordinal / SEGMENT);
            if (s !== segment) {
              segment = s;
              ordinals = [];
              const key = s * BUCKETS + bucket;
              let row = additions.get(key);
              if (!row) additions.set(key, (row = []));
              row.push([token, ordinals]);
            }
            ordinals.push(ordinal);
          }
        }
        const keys = [...additions.keys()];
        const stored = await db.searchPostings.bulkGet(keys.map((key) => [key % BUCKETS, Math.floor(key / BUCKETS)] as [number, number]));
        await db.searchPostings.bulkPut(
          keys.map((key, i) => mergeRow(stored[i], key % BUCKETS, Math.floor(key / BUCKETS), additions.get(key)!)),
        );
        // Per block of ordinals: IDs and fingerprints; times in larger blocks.
        const blocks = groupedBy(docs, first, BLOCK);
        const timeBlocks = groupedBy(docs, first, TIME_BLOCK);
        const blockKeys = [...blocks.keys()];
        const timeKeys = [...timeBlocks.keys()];
        const [docRows, printRows, timeRows] = await Promise.all([
          db.searchDocs.bulkGet(blockKeys),
          db.searchPrints.bulkGet(timeKeys),
          db.searchTimes.bulkGet(timeKeys),
        ]);
        await Promise.all([
          db.searchDocs.bulkPut(
            blockKeys.map((block, i) => ({ block, ids: [...(docRows[i]?.ids ?? []), ...blocks.get(block)!.map((d) => d.id)] })),
          ),
          db.searchPrints.bulkPut(
            timeKeys.map((block, i) => ({
              block,
              prints: Float64Array.from([...(printRows[i]?.prints ?? []), ...timeBlocks.get(block)!.map((d) => d.print)]),
            })),
          ),
          db.searchTimes.bulkPut(
            timeKeys.map((block, i) => ({
              block,
              times: Uint32Array.from([...(timeRows[i]?.times ?? []), ...timeBlocks.get(block)!.map((d) => d.time)]),
            })),
          ),
        ]);
        await db.meta.put({
          key: META_KEY,
          value: { layout: LAYOUT, nextOrdinal: first + docs.length, built: meta.built || markBuilt } satisfies IndexMeta,
        });
      });
      this.docCache.clear();
      // Nothing written by others in between: every fingerprint up to here is known.
      if (written === this.printsUpTo) this.printsUpTo = written + docs.length;
    } catch (error) {
      // Not written (storage full, database closed): forget the prints so a later write tries again.
      for (const doc of docs) this.prints?.delete(doc.print);
      throw error;
    }
  }

  // ── Reading ──────────────────────────────────────────────────────────────

  /** Read the times of ordinals written since they were last read (by any tab). */
  private async loadTimes(): Promise<void> {
    const meta = (await this.db.meta.get(META_KEY))?.value as IndexMeta | undefined;
    const total = meta?.nextOrdinal ?? 0;
    if (this.times.count >= total) return;
    const from = this.times.fullBlocks;
    const rows = await this.db.searchTimes.where('block').aboveOrEqual(from).toArray();
    this.times.replaceFrom(from, rows);
  }

  private async idsOf(ordinals: readonly number[]): Promise<Array<string | undefined>> {
    const blockOf = (o: number) => Math.floor(o / BLOCK);
    const read = new Map<number, string[]>();
    const missing = [...new Set(ordinals.map(blockOf))].filter((b) => !this.docCache.has(b));
    if (missing.length) {
      const rows = await this.db.searchDocs.bulkGet(missing);
      missing.forEach((block, i) => {
        const ids = (rows[i] as SearchDocRow | undefined)?.ids ?? [];
        read.set(block, ids);
        // A block still filling (another tab may add to it) is read again next time.
        if (ids.length === BLOCK) this.docCache.set(block, ids);
      });
      // A few blocks are enough for the newest results; keep the cache small.
      while (this.docCache.size > 256) this.docCache.delete(this.docCache.keys().next().value!);
    }
    return ordinals.map((o) => (read.get(blockOf(o)) ?? this.docCache.get(blockOf(o)))?.[o % BLOCK]);
  }

  /** The fingerprints written after `printsUpTo` (by other tabs), now known here too. */
  private async printsWrittenElsewhere(): Promise<Set<number>> {
    const learned = new Set<number>();
    const meta = (await this.db.meta.get(META_KEY))?.value as IndexMeta | undefined;
    if (!this.prints || (meta?.nextOrdinal ?? 0) <= this.printsUpTo) return learned;
    const rows = await this.db.searchPrints
      .where('block')
      .aboveOrEqual(Math.floor(this.printsUpTo / TIME_BLOCK))
      .toArray();
    let upTo = this.printsUpTo;
    for (const row of rows) {
      for (let i = 0; i < row.prints.length; i++) {
        const ordinal = row.block * TIME_BLOCK + i;
        if (ordinal < this.printsUpTo) continue;
        learned.add(row.prints[i]!);
        this.prints.add(row.prints[i]!);
        upTo = Math.max(upTo, ordinal + 1);
      }
    }
    this.printsUpTo = upTo;
    return learned;
  }

  private knownPrints(): Promise<Set<number>> {
    if (this.prints) return Promise.resolve(this.prints);
    this.printsLoading ??= this.db.searchPrints.toArray().then(
      (rows) => {
        const set = (this.prints ??= new Set());
        for (const row of rows) for (const print of row.prints) set.add(print);
        // Rows hold consecutive ordinals from 0 (a row still filling is the last).
        this.printsUpTo = rows.reduce((n, row) => n + row.prints.length, 0);
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
  return {
    id: message.ID,
    print: searchPrint(message.ID, text),
    time: Math.min(0xffffffff, Math.max(0, Math.floor(message.time) || 0)),
    tokens: [...tokens],
  };
}

/** Documents by block of `size` ordinals, the first being ordinal `first`. */
function groupedBy(docs: readonly PendingDoc[], first: number, size: number): Map<number, PendingDoc[]> {
  const blocks = new Map<number, PendingDoc[]>();
  docs.forEach((doc, i) => {
    const block = Math.floor((first + i) / size);
    const entry = blocks.get(block);
    if (entry) entry.push(doc);
    else blocks.set(block, [doc]);
  });
  return blocks;
}

/**
 * The `count` newest candidates not yet taken (by time, then the later indexed), newest first:
 * a bounded heap, so 100,000 candidates cost one pass, not a sort. Unknown times count as oldest.
 */
function newest(candidates: readonly number[], times: OrdinalTimes, count: number, taken: ReadonlySet<number>): number[] {
  const older = (a: number, b: number) => {
    const ta = times.of(a);
    const tb = times.of(b);
    return ta < tb || (ta === tb && a < b);
  };
  const heap: number[] = []; // the oldest kept on top
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  for (const o of candidates) {
    if (taken.has(o)) continue;
    if (heap.length < count) {
      heap.push(o);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!older(heap[i]!, heap[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (older(heap[0]!, o)) {
      heap[0] = o;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let least = i;
        if (l < heap.length && older(heap[l]!, heap[least]!)) least = l;
        if (r < heap.length && older(heap[r]!, heap[least]!)) least = r;
        if (least === i) break;
        swap(least, i);
        i = least;
      }
    }
  }
  return heap.sort((a, b) => (older(a, b) ? 1 : older(b, a) ? -1 : 0));
}

/**
 * Message times by ordinal in the rows they are stored in: reading 200,000 of them is one
 * structured clone per row, where copying them into one array cost more than the whole query.
 */
class OrdinalTimes {
  private blocks: Uint32Array[] = [];

  /** Ordinals whose time is known. */
  get count(): number {
    const last = this.blocks[this.blocks.length - 1];
    return last ? (this.blocks.length - 1) * TIME_BLOCK + last.length : 0;
  }

  /** Rows read whole (a row still filling is read again). */
  get fullBlocks(): number {
    const last = this.blocks[this.blocks.length - 1];
    return last && last.length < TIME_BLOCK ? this.blocks.length - 1 : this.blocks.length;
  }

  /** Keep the rows before `from` and take these (in block order; a gap stops: read again next time). */
  replaceFrom(from: number, rows: ReadonlyArray<{ block: number; times: Uint32Array }>): void {
    this.blocks.length = from;
    for (const row of rows) {
      if (row.block !== this.blocks.length) break;
      this.blocks.push(row.times);
      if (row.times.length < TIME_BLOCK) break;
    }
  }

  /** The time of an ordinal, or -1 (oldest) when unknown. */
  of(ordinal: number): number {
    return this.blocks[Math.floor(ordinal / TIME_BLOCK)]?.[ordinal % TIME_BLOCK] ?? -1;
  }
}

/** The ascending ordinals of the tokens `accept` takes, over a bucket's rows (one per segment). */
function postingsOf(rows: readonly SearchPostingRow[], accept: (token: string) => boolean): number[] {
  const lists: number[][] = [];
  for (const row of rows) {
    // Rows come in segment order, and a segment's ordinals are all below the next one's.
    const segment: number[][] = [];
    tokensOf(row).forEach((token, j) => {
      if (accept(token)) segment.push(decodePostings(row.data.subarray(j ? row.ends[j - 1]! : 0, row.ends[j]!)));
    });
    if (segment.length === 1) lists.push(segment[0]!);
    else if (segment.length > 1) lists.push(unionPostings(segment));
  }
  return lists.length === 1 ? lists[0]! : lists.flat();
}

function tokensOf(row: SearchPostingRow): string[] {
  return row.tokens ? row.tokens.split('\u0000') : [];
}

/** A posting row with new ordinals appended to its tokens' lists (new tokens at the end). */
function mergeRow(
  row: SearchPostingRow | undefined,
  bucket: number,
  segment: number,
  added: ReadonlyArray<[string, number[]]>,
): SearchPostingRow {
  const tokens = row ? tokensOf(row) : [];
  const oldCount = tokens.length;
  const index = new Map(tokens.map((t, j) => [t, j]));
  const lasts: number[] = row ? Array.from(row.lasts) : [];
  const extra = new Map<number, number[]>();
  for (const [token, ordinals] of added) {
    let j = index.get(token);
    if (j === undefined) {
      j = tokens.length;
      index.set(token, j);
      tokens.push(token);
      lasts.push(-1);
    }
    extra.set(j, encodeGaps(lasts[j]!, ordinals));
    lasts[j] = ordinals[ordinals.length - 1]!;
  }
  let length = row?.data.length ?? 0;
  for (const bytes of extra.values()) length += bytes.length;
  const data = new Uint8Array(length);
  const ends = new Uint32Array(tokens.length);
  let at = 0;
  for (let j = 0; j < tokens.length; j++) {
    if (j < oldCount) {
      const old = row!.data.subarray(j ? row!.ends[j - 1]! : 0, row!.ends[j]!);
      data.set(old, at);
      at += old.length;
    }
    const bytes = extra.get(j);
    if (bytes) {
      data.set(bytes, at);
      at += bytes.length;
    }
    ends[j] = at;
  }
  return { bucket, segment, tokens: tokens.join('\u0000'), ends, lasts: Float64Array.from(lasts), data };
}

/** Let the page run (input, rendering) between steps of the build. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
