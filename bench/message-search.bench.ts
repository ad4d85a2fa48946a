// Browser benchmark of message search over the IndexedDB cache:
//   node bench/run-browser-bench.mjs message-search [--messages=200000] [--conversations=500] [--rounds=3]
// Each round: a fresh database of N cached messages (mixed Chinese and English chat text), then
// the search index is built from them (as after the upgrade that adds it), then several queries
// are timed from a cold start of the index object: the time until the first page of results
// (20 messages, read and checked) is in hand. Prints build time, the longest stall of the main
// thread during the build (typing must not stop), storage before and after
// (navigator.storage.estimate) and the JS heap. Target: first results ≤ 50 ms.
import { Dexie } from 'dexie';
import { ChatCacheDatabase } from '../src/core/cache/cache-schema.js';
import { SearchIndex } from '../src/core/cache/search-index.js';
import { EMPTY_MESSAGE, type Message } from '../src/core/model/message.js';
import { planSearch } from '../src/core/search/tokenize.js';

const params = new URLSearchParams(location.search);
const MESSAGES = Number(params.get('messages') ?? 200_000);
const CONVERSATIONS = Number(params.get('conversations') ?? 500);
const ROUNDS = Math.max(1, Number(params.get('rounds') ?? 3));
const TARGET_MS = 50;

// A small deterministic generator (mulberry32): the same corpus every run.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = (
  'the a to you i it and is that of in we for on this be have ok can will just what so but not my are with do at me your know yes no about get ' +
  'meeting tomorrow lunch today photo thanks see later great idea call time work home please sorry sure good morning night weekend project report ' +
  'send file check update team plan review deadline coffee dinner movie game trip flight hotel price order payment invoice client design build test'
).split(' ');
const HAN =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夜';
const RARE_EN = 'zephyr';
const RARE_CJK = '麒麟';

/** Zipf-like pick: low indexes far more often. */
function zipf(rand: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(n ** rand() - 1));
}

function makeText(rand: () => number, n: number): string {
  const parts: string[] = [];
  const chinese = rand() < 0.5;
  const length = 2 + Math.floor(rand() * 14);
  for (let i = 0; i < length; i++) {
    if (chinese) {
      const run = 1 + Math.floor(rand() * 4);
      let s = '';
      for (let c = 0; c < run; c++) s += HAN[zipf(rand, HAN.length)];
      parts.push(s);
      if (rand() < 0.15) parts.push(ENGLISH[zipf(rand, ENGLISH.length)]!);
    } else {
      // A long tail of rarer words besides the common ones.
      parts.push(rand() < 0.9 ? ENGLISH[zipf(rand, ENGLISH.length)]! : `w${Math.floor(rand() * 50_000).toString(36)}`);
    }
  }
  if (n % 20_000 === 1234) parts.push(RARE_EN);
  if (n % 20_000 === 4321) parts.push(RARE_CJK);
  return parts.join(chinese ? '' : ' ');
}

function makeMessage(rand: () => number, n: number): Message {
  const c = n % CONVERSATIONS;
  const time = 1_700_000_000 + n * 30;
  return {
    ...EMPTY_MESSAGE,
    ID: `144115${c.toString().padStart(6, '0')}-${time}-${n}`,
    conversationID: `C2Cuser${c}`,
    conversationType: 'C2C',
    from: n % 2 ? 'alice' : `user${c}`,
    to: n % 2 ? `user${c}` : 'alice',
    flow: n % 2 ? 'out' : 'in',
    time,
    clientTime: time,
    sequence: Math.floor(n / CONVERSATIONS) + 1,
    random: (n * 104729) >>> 0,
    isRead: true,
    nick: `User ${c}`,
    elements: [{ type: 'TIMTextElem', text: makeText(rand, n) }],
  };
}

const QUERIES: Array<{ label: string; query: string; conversationID?: string }> = [
  { label: 'rare English word', query: RARE_EN },
  { label: 'rare CJK pair', query: RARE_CJK },
  { label: 'common English word', query: 'the ' },
  { label: 'common CJK pair', query: '的一' },
  { label: 'single CJK character', query: '好' },
  { label: 'English prefix (typing)', query: 'meet' },
  { label: 'mixed CJK + English', query: '明天 lunch' },
  { label: 'two common words', query: 'you know ' },
  { label: 'common word, one conversation', query: 'the ', conversationID: 'C2Cuser7' },
  { label: 'no match', query: 'qqqqzz' },
];

const ms = (t: number) => `${t.toFixed(t < 10 ? 1 : 0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** The JS heap in use after a full collection (the runner starts Chromium with --expose-gc). */
const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
};
const usage = async () => (await navigator.storage.estimate()).usage ?? NaN;

interface Round {
  build: number;
  stall: number;
  before: number;
  after: number;
  heapAfterBuild: number;
  heapAfterQueries: number;
  queries: number[];
  warm: number[];
  counts: number[];
}

async function round(index: number): Promise<Round> {
  const name = `bench-search-${index}`;
  await Dexie.delete(name);
  const db = new ChatCacheDatabase(name);
  await db.open();
  const rand = random(42);
  for (let at = 0; at < MESSAGES; at += 10_000) {
    const batch = Array.from({ length: Math.min(10_000, MESSAGES - at) }, (_, i) => makeMessage(rand, at + i));
    await db.messages.bulkPut(batch);
  }
  const before = await usage();

  // The build, watched by a timer that should fire every 10 ms: its worst lateness is how long typing would stall.
  let stall = 0;
  let last = performance.now();
  const watch = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last - 10);
    last = now;
  }, 10);
  const rows = async (ids: readonly string[]) => (await db.messages.bulkGet(ids as string[])).filter((m): m is Message => !!m);
  const builder = new SearchIndex(db, { lockName: `${name}:search`, rows });
  const t0 = performance.now();
  await builder.ensureBuilt();
  const build = performance.now() - t0;
  clearInterval(watch);
  builder.close();
  const heapAfterBuild = heap();
  const after = await usage();

  // Each query from a fresh index object (nothing cached in memory), as the first search of a session.
  const queries: number[] = [];
  const counts: number[] = [];
  for (const q of QUERIES) {
    const index = new SearchIndex(db, { lockName: `${name}:search`, rows });
    const plan = planSearch(q.query)!;
    const start = performance.now();
    const found = await index.search(plan, { limit: 20, conversationID: q.conversationID });
    queries.push(performance.now() - start);
    counts.push(found.length);
    index.close();
  }
  // The same queries again on one index object, as while typing in an open search (times read once).
  const warm: number[] = [];
  const session = new SearchIndex(db, { lockName: `${name}:search`, rows });
  await session.search(planSearch('warm up')!, { limit: 20 });
  for (const q of QUERIES) {
    const plan = planSearch(q.query)!;
    const start = performance.now();
    await session.search(plan, { limit: 20, conversationID: q.conversationID });
    warm.push(performance.now() - start);
  }
  session.close();
  const heapAfterQueries = heap();
  db.close();
  await Dexie.delete(name);
  return { build, stall, before, after, heapAfterBuild, heapAfterQueries, queries, warm, counts };
}

console.log(`message search: ${MESSAGES.toLocaleString('en')} cached messages in ${CONVERSATIONS} conversations, ${ROUNDS} rounds`);
const rounds: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  const result = await round(r);
  rounds.push(result);
  console.log(
    `round ${r + 1}: build ${ms(result.build)} (longest stall ${ms(result.stall)}), storage ${mb(result.before)} → ${mb(result.after)}, ` +
      `heap ${mb(result.heapAfterBuild)} after build, ${mb(result.heapAfterQueries)} after queries; ` +
      `queries ${result.queries.map(ms).join(', ')}`,
  );
}
const stat = (pick: (r: Round) => number) => {
  const xs = rounds.map(pick);
  return { median: median(xs), worst: Math.max(...xs) };
};
const build = stat((r) => r.build);
const stall = stat((r) => r.stall);
console.log(
  `index build: median ${ms(build.median)}, worst ${ms(build.worst)}; longest main-thread stall during it: median ${ms(stall.median)}, worst ${ms(stall.worst)}`,
);
const grow = stat((r) => r.after - r.before);
console.log(
  `storage: ${mb(median(rounds.map((r) => r.before)))} of messages, index adds median ${mb(grow.median)}, worst ${mb(grow.worst)}`,
);
console.log(
  `JS heap after build: median ${mb(stat((r) => r.heapAfterBuild).median)}; after the queries: median ${mb(stat((r) => r.heapAfterQueries).median)}`,
);
console.log(
  `first results (20 messages), target ≤ ${TARGET_MS} ms — cold: first search of a session (fresh index object); warm: later searches of the session:`,
);
QUERIES.forEach((q, i) => {
  const s = stat((r) => r.queries[i]!);
  const w = stat((r) => r.warm[i]!);
  console.log(
    `  ${q.label.padEnd(30)} ${JSON.stringify(q.query).padEnd(12)} cold median ${ms(s.median)}, worst ${ms(s.worst)} — ${s.worst <= TARGET_MS ? 'PASS' : 'MISS'}; ` +
      `warm median ${ms(w.median)}, worst ${ms(w.worst)} — ${w.worst <= TARGET_MS ? 'PASS' : 'MISS'}; ${rounds[0]!.counts[i]} results`,
  );
});
