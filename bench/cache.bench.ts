// Browser benchmark of the IndexedDB cache: node bench/run-browser-bench.mjs cache
// Options (query string via the runner): --messages=100000 --conversations=1000 --rounds=3
import { Dexie } from 'dexie';
import { cacheDatabaseName } from '../src/core/cache/cache-database-name.js';
import { ChatCacheDatabase } from '../src/core/cache/cache-schema.js';
import { DexieCache } from '../src/core/cache/dexie-cache.js';
import { compareConversations, type Conversation } from '../src/core/model/conversation.js';
import { EMPTY_MESSAGE, type Message } from '../src/core/model/message.js';

const params = new URLSearchParams(location.search);
const MESSAGES = Number(params.get('messages') ?? 100_000);
const CONVERSATIONS = Number(params.get('conversations') ?? 1_000);
const ROUNDS = Math.max(1, Number(params.get('rounds') ?? 3));
const PER_CONVERSATION = Math.ceil(MESSAGES / CONVERSATIONS);
const APP = 'bench';
const USER = 'alice';

const WORDS = 'hello ok sure meeting tomorrow lunch photo thanks see you later great idea 好的 明天 见 谢谢'.split(' ');

function makeMessage(conversationIndex: number, n: number): Message {
  const peer = `user${conversationIndex}`;
  const out = n % 3 === 0;
  const words = Array.from(
    { length: 3 + ((n * 7 + conversationIndex) % 12) },
    (_, i) => WORDS[(n + i * 5 + conversationIndex) % WORDS.length],
  );
  const time = 1_700_000_000 + n * 60 + conversationIndex;
  return {
    ...EMPTY_MESSAGE,
    ID: `144115${conversationIndex.toString().padStart(6, '0')}-${time}-${n}`,
    conversationID: `C2C${peer}`,
    conversationType: 'C2C',
    from: out ? USER : peer,
    to: out ? peer : USER,
    flow: out ? 'out' : 'in',
    time,
    clientTime: time,
    sequence: n + 1,
    random: (conversationIndex * 7919 + n * 104729) >>> 0,
    isRead: true,
    nick: out ? 'Alice' : `User ${conversationIndex}`,
    avatar: `https://example.com/avatars/${out ? USER : peer}.png`,
    elements: [{ type: 'TIMTextElem', text: words.join(' ') }],
  };
}

function makeConversation(conversationIndex: number, lastMessage: Message): Conversation {
  return {
    conversationID: `C2Cuser${conversationIndex}`,
    type: 'C2C',
    unreadCount: conversationIndex % 5,
    lastMessage,
    userProfile: { userID: `user${conversationIndex}`, nick: `User ${conversationIndex}`, avatar: '' },
    isPinned: conversationIndex < 3,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime: lastMessage.time,
  };
}

// One batch per conversation: the store writes a conversation's imported history in one call.
const batches: Message[][] = Array.from({ length: CONVERSATIONS }, (_, c) =>
  Array.from({ length: PER_CONVERSATION }, (_, n) => makeMessage(c, n)),
);
const conversations = batches.map((batch, c) => makeConversation(c, batch[batch.length - 1]!));
const total = batches.reduce((sum, b) => sum + b.length, 0);

const ms = (t: number) => `${t.toFixed(t < 10 ? 2 : 0)} ms`;
const verdict = (value: number, target: number) => (value <= target ? 'PASS' : 'MISS');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function deleteDatabase(name: string) {
  await Dexie.delete(name);
}

async function bareImport(): Promise<number> {
  const name = 'bench-bare-bulkput';
  await deleteDatabase(name);
  const db = new Dexie(name);
  db.version(1).stores({ messages: 'ID' });
  await db.open();
  const start = performance.now();
  for (const batch of batches) await db.table('messages').bulkPut(batch);
  const elapsed = performance.now() - start;
  db.close();
  await deleteDatabase(name);
  return elapsed;
}

/** Diagnostic: the same bulkPut into the cache's own schema (primary key + compound index), no DexieCache. */
async function schemaImport(): Promise<number> {
  const name = 'bench-cache-schema-bulkput';
  await deleteDatabase(name);
  const db = new ChatCacheDatabase(name);
  await db.open();
  const start = performance.now();
  for (const batch of batches) await db.messages.bulkPut(batch);
  const elapsed = performance.now() - start;
  db.close();
  await deleteDatabase(name);
  return elapsed;
}

async function cacheImport(keep: boolean): Promise<number> {
  const name = cacheDatabaseName(APP, USER);
  await deleteDatabase(name);
  const cache = new DexieCache({ app: APP, userID: USER });
  await cache.open();
  const start = performance.now();
  for (const batch of batches) await cache.putMessages(batch);
  await cache.whenIdle(); // the limit checks that follow the writes count too
  const elapsed = performance.now() - start;
  if (keep) {
    await cache.putConversations(conversations);
    await cache.whenIdle();
  }
  await cache.close();
  if (!keep) await deleteDatabase(name);
  return elapsed;
}

console.log(`cache bench — ${navigator.userAgent.match(/(HeadlessChrome|Chrome)\/[\d.]+/)?.[0] ?? navigator.userAgent}`);
console.log(
  `${total.toLocaleString('en')} messages in ${CONVERSATIONS.toLocaleString('en')} conversations, batches of ${PER_CONVERSATION}, best of ${ROUNDS} rounds`,
);

// (a) Import, alternating the two so that neither gets a warmer disk.
const bare: number[] = [];
const ours: number[] = [];
const schema: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  bare.push(await bareImport());
  schema.push(await schemaImport());
  ours.push(await cacheImport(round === ROUNDS - 1));
}
const bareBest = Math.min(...bare);
const oursBest = Math.min(...ours);
const ratio = oursBest / bareBest;
console.log(
  `(a) import with putMessages: ${ms(oursBest)} (${Math.round(total / (oursBest / 1000)).toLocaleString('en')} messages/s; rounds ${ours.map(ms).join(', ')})`,
);
console.log(`    bare Dexie bulkPut, primary key only: ${ms(bareBest)} (rounds ${bare.map(ms).join(', ')})`);
console.log(
  `    (diagnostic) bare Dexie bulkPut into the cache schema, with the compound index: ${ms(Math.min(...schema))} (rounds ${schema.map(ms).join(', ')})`,
);
console.log(`    ratio ${ratio.toFixed(2)}× — target ≤ 1.5× — ${verdict(ratio, 1.5)}`);

// (b) Start: a fresh cache on that database, then what the store reads before it renders:
// the conversation list (with drafts, profiles and the outbox), then the newest 20 messages of
// the top conversation. Measured with the cache calls the store makes.
const starts: number[] = [];
const phases = { open: [] as number[], list: [] as number[], page: [] as number[] };
let shown = 0;
for (let run = 0; run < 7; run++) {
  const start = performance.now();
  const cache = new DexieCache({ app: APP, userID: USER });
  await cache.open();
  const opened = performance.now();
  const [list] = await Promise.all([cache.getConversations(), cache.getDrafts(), cache.getProfiles(), cache.getOutbox()]);
  const top = list.sort(compareConversations)[0]!;
  const listed = performance.now();
  const newest = await cache.getMessages(top.conversationID, { limit: 20 });
  const end = performance.now();
  starts.push(end - start);
  phases.open.push(opened - start);
  phases.list.push(listed - opened);
  phases.page.push(end - listed);
  shown = list.length + newest.length;
  await cache.close();
}
if (shown !== CONVERSATIONS + 20) throw new Error(`start read ${shown} rows, expected ${CONVERSATIONS + 20}`);
const startMedian = median(starts);
console.log(
  `(b) start: open + ${CONVERSATIONS.toLocaleString('en')} conversations + newest 20 messages: median ${ms(startMedian)} of ${starts.length} fresh opens (first ${ms(starts[0]!)}, max ${ms(Math.max(...starts))}) — target ≤ 50 ms — ${verdict(startMedian, 50)}`,
);
console.log(
  `    medians: open ${ms(median(phases.open))}, conversation list with drafts/profiles/outbox ${ms(median(phases.list))}, newest page ${ms(median(phases.page))}`,
);

// (c) One older page of 20, in conversations spread over the database.
const cache = new DexieCache({ app: APP, userID: USER });
await cache.open();
const pages: number[] = [];
for (let i = 0; i < 100; i++) {
  const conversationID = `C2Cuser${(i * 37) % CONVERSATIONS}`;
  const newest = await cache.getMessages(conversationID, { limit: 20 });
  const start = performance.now();
  const older = await cache.getMessages(conversationID, { limit: 20, before: newest[0]! });
  pages.push(performance.now() - start);
  if (older.length !== Math.min(20, PER_CONVERSATION - 20)) throw new Error(`older page had ${older.length} messages`);
}
await cache.close();
const pageMedian = median(pages);
console.log(
  `(c) one older page of 20: median ${ms(pageMedian)}, p95 ${ms(percentile(pages, 0.95))}, max ${ms(Math.max(...pages))} over ${pages.length} pages — target ≤ 5 ms — ${verdict(pageMedian, 5)}`,
);
await deleteDatabase(cacheDatabaseName(APP, USER));
