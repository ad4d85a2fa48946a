/**
 * Store burst benchmark: `node --import tsx bench/store-burst.bench.ts`
 *
 * Alice has her conversation with Bob open when 1,000 messages from Bob arrive through the
 * embedded LocalChatService (a real server in memory, not a mock):
 *   1. in one burst — one server transaction, so one `messageReceived` event with 1,000 messages;
 *   2. as separate events in the same task — 1,000 server transactions started together, which
 *      reach the store as ~2,000 events (`messageReceived` and `conversationUpdated` for each).
 * For each it prints the time from the first and from the last event reaching the client until
 * the store holds all 1,000 messages, the time from posting (server included), and how
 * many notifications a conversation-list subscriber and a message-list subscriber got — when
 * all were present and again once everything settled (the read receipt round trip included).
 * Medians of RUNS runs after a warm-up, each in a fresh world.
 * Targets (never loosened): all 1,000 present; 1 notification per subscriber.
 */
import { MemoryCache } from '../src/core/cache/memory-cache.js';
import { LocalChatService, LocalServer } from '../src/core/service/local/index.js';
import { ChatStore } from '../src/core/store/chat-store.js';

const COUNT = 1000;
const RUNS = 5;
const CONVERSATION = 'C2Cbob';

interface RunResult {
  /** ms from the first service event to the store holding every message. */
  storeMs: number;
  /** ms from the last service event to the store holding every message (the store's own delay). */
  afterLastMs: number;
  /** ms from posting to the store holding every message. */
  totalMs: number;
  events: number;
  /** Tasks (macrotasks) the events arrived in. */
  eventTasks: number;
  present: number;
  conversationNotes: number;
  listNotes: number;
  conversationNotesSettled: number;
  listNotesSettled: number;
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function run(mode: 'one event' | 'separate events', count: number): Promise<RunResult> {
  const server = await LocalServer.open({ storage: 'memory', namespace: `bench-${Math.random().toString(36).slice(2)}` });
  await server.createUser({ userID: 'alice', nick: 'Alice' });
  await server.createUser({ userID: 'bob', nick: 'Bob' });
  const service = new LocalChatService(server);
  const store = new ChatStore({ service, cache: new MemoryCache() });
  await store.start('alice');
  await store.getOrCreateConversation(CONVERSATION);
  await store.openConversation(CONVERSATION);
  await store.settled();

  let firstEventAt = 0;
  let lastEventAt = 0;
  let allAt = 0;
  let events = 0;
  let eventTasks = 0;
  let inTask = false;
  const onEvent = (): void => {
    // Events after the store held everything (the read receipt round trip) do not count.
    if (allAt) return;
    events++;
    lastEventAt = performance.now();
    if (!firstEventAt) firstEventAt = lastEventAt;
    if (!inTask) {
      inTask = true;
      eventTasks++;
      setTimeout(() => (inTask = false), 0);
    }
  };
  service.on('messageReceived', onEvent);
  service.on('conversationUpdated', onEvent);

  let conversationNotes = 0;
  let listNotes = 0;
  let notesWhenAll: [number, number] = [0, 0];
  const list = store.messageList(CONVERSATION);
  const done = new Promise<void>((resolve) => {
    list.subscribe(
      (state) => state.messages,
      (messages) => {
        listNotes++;
        if (!allAt && messages.length >= count) {
          allAt = performance.now();
          // Conversation subscribers hear in the same batch; read their count right after it.
          queueMicrotask(() => {
            notesWhenAll = [conversationNotes, listNotes];
            resolve();
          });
        }
      },
    );
  });
  store.state.subscribe(
    (state) => state.conversations,
    () => conversationNotes++,
  );

  const messages = Array.from({ length: count }, (_, i) => ({
    from: 'bob',
    conversationID: 'C2Calice',
    elements: [{ type: 'TIMTextElem' as const, text: `burst message ${i}` }],
  }));
  const postedAt = performance.now();
  if (mode === 'one event') await server.postMessages(messages);
  else await Promise.all(messages.map((message) => server.postMessages([message])));
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([done, new Promise<void>((resolve) => (timer = setTimeout(resolve, 30_000)))]);
  clearTimeout(timer);
  const present = list.get().messages.length;
  await pause(200);
  await store.settled();
  const result: RunResult = {
    storeMs: allAt - firstEventAt,
    afterLastMs: allAt - lastEventAt,
    totalMs: allAt - postedAt,
    events,
    eventTasks,
    present,
    conversationNotes: notesWhenAll[0],
    listNotes: notesWhenAll[1],
    conversationNotesSettled: conversationNotes,
    listNotesSettled: listNotes,
  };
  await store.stop();
  server.close();
  return result;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

let missed = false;
for (const mode of ['one event', 'separate events'] as const) {
  await run(mode, 200); // warm-up
  const results: RunResult[] = [];
  for (let i = 0; i < RUNS; i++) results.push(await run(mode, COUNT));
  const worst = (pick: (r: RunResult) => number): number => Math.max(...results.map(pick));
  const present = Math.min(...results.map((r) => r.present));
  const met = present === COUNT && worst((r) => r.conversationNotes) === 1 && worst((r) => r.listNotes) === 1;
  if (!met) missed = true;
  const label =
    mode === 'one event'
      ? '1,000 messages in one event'
      : `1,000 messages as ${median(results.map((r) => r.events))} events in ${median(results.map((r) => r.eventTasks))} task(s)`;
  console.log(
    `store burst, ${label}: ${present}/${COUNT} present ${median(results.map((r) => r.storeMs)).toFixed(1)} ms after the first event, ` +
      `${median(results.map((r) => r.afterLastMs)).toFixed(1)} ms after the last ` +
      `(${median(results.map((r) => r.totalMs)).toFixed(1)} ms from posting, server included); ` +
      `notifications: conversation list ${worst((r) => r.conversationNotes)}, message list ${worst((r) => r.listNotes)} ` +
      `(after settling, read receipts included: ${worst((r) => r.conversationNotesSettled)}, ${worst((r) => r.listNotesSettled)}) ` +
      `— target all present, 1 each: ${met ? 'met' : 'MISSED'}`,
  );
}
if (missed) process.exitCode = 1;
