// Browser benchmark of <tim-message-list>: node bench/run-browser-bench.mjs message-list
// Options (query string via the runner): --sizes=1000,10000,100000 --jumps=120 --flings=240
//
// For each size N, a real ChatStore over the embedded LocalChatService holds a C2C history of
// N + 200 messages (imported through the store), N of them loaded into the conversation's list.
// It prints:
// - open: time from creating <tim-message-list> to the first painted page (the newest message
//   on screen, one frame painted after it), with N messages in the list; and "open from the
//   store", a freshly started store that pages the newest 20 from its cache. (The page's very
//   first list, which also compiles the elements' code, is timed once on its own.)
// - DOM: the most <tim-message> elements in the DOM at any moment of the run;
// - drift: how far the message being read moves when an older page of 20 is put in front
//   (sampled every frame until it settles), with the reader 200 px below the top;
// - longest task while scrolling from the bottom to the top: a fast fling (600 px a frame),
//   then jumps across the whole history like a scrollbar drag (PerformanceObserver 'longtask';
//   it reports only tasks of 50 ms or more, so the longest frame interval is printed too).
import '../src/components/message-list/define.js';
import type { TimMessageList } from '../src/components/message-list/tim-message-list.js';
import { bulkHistory, makeMessageWorld, type MessageWorld } from '../test/fixtures/message-world.js';

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const JUMPS = Number(params.get('jumps') ?? 120);
const FLINGS = Number(params.get('flings') ?? 240);
const EXTRA = 200;

const TARGET = { openMs: 100, dom: 150, driftPx: 1, longTaskMs: 50 };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
/** Resolves after the frame in which `check` first held has been painted. */
async function paintedWhen(check: () => boolean, timeoutMs = 20_000): Promise<number> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    await frame();
    if (check()) break;
    if (performance.now() > end) throw new Error('timed out waiting for the first page');
  }
  // A task queued from the frame's rAF runs after that frame has been painted.
  await new Promise((resolve) => setTimeout(resolve));
  return performance.now();
}

function stage(): HTMLElement {
  document.body.style.margin = '0';
  const box = document.createElement('div');
  box.style.cssText = 'position:fixed;inset:0 auto auto 0;width:480px;height:700px;display:flex;flex-direction:column';
  document.body.append(box);
  return box;
}

const rows = (list: TimMessageList) => list.shadowRoot?.querySelectorAll('tim-message').length ?? 0;
const scroller = (list: TimMessageList) => list.shadowRoot!.querySelector<HTMLElement>('.scroller')!;

function newestOnScreen(list: TimMessageList, newestID: string): boolean {
  const s = list.shadowRoot?.querySelector<HTMLElement>('.scroller');
  const row = list.shadowRoot?.querySelector<HTMLElement>(`tim-message[data-id="${CSS.escape(newestID)}"]`);
  if (!s || !row) return false;
  const box = s.getBoundingClientRect();
  const r = row.getBoundingClientRect();
  return r.bottom <= box.bottom + 1 && r.bottom > box.top;
}

async function mount(world: MessageWorld, box: HTMLElement): Promise<{ list: TimMessageList; openMs: number }> {
  const newest = world.alice.messageList(world.c2c).get().messages.at(-1)!.ID;
  const t0 = performance.now();
  const list = document.createElement('tim-message-list');
  list.store = world.alice;
  list.conversationId = world.c2c;
  list.locale = 'en';
  list.style.flex = '1';
  box.append(list);
  const t1 = await paintedWhen(() => newestOnScreen(list, newest));
  return { list, openMs: t1 - t0 };
}

/** Watches the DOM size and long tasks for the whole run of one size. */
function watch(list: TimMessageList) {
  let maxRows = 0;
  let longest = 0;
  let maxGap = 0;
  let last = performance.now();
  let running = true;
  const observer = new PerformanceObserver((entries) => {
    for (const entry of entries.getEntries()) longest = Math.max(longest, entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const tick = (now: number) => {
    maxRows = Math.max(maxRows, rows(list));
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    reset() {
      longest = 0;
      maxGap = 0;
      last = performance.now();
    },
    read: () => ({ maxRows: Math.max(maxRows, rows(list)), longest, maxGap }),
    stop() {
      running = false;
      observer.disconnect();
    },
  };
}

async function scrollBottomToTop(list: TimMessageList): Promise<void> {
  const s = scroller(list);
  // As a reader's wheel or fling does: the scroller gets wheel events and moves.
  for (let i = 0; i < FLINGS && s.scrollTop > 0; i++) {
    s.dispatchEvent(new WheelEvent('wheel', { deltaY: -600 }));
    s.scrollTop -= 600;
    await frame();
  }
  // Then like dragging the scrollbar thumb to the top, in even jumps over what is left.
  const start = s.scrollTop;
  for (let i = 1; i <= JUMPS; i++) {
    s.dispatchEvent(new PointerEvent('pointerdown'));
    s.scrollTop = start * (1 - i / JUMPS);
    await frame();
  }
  for (let i = 0; i < 10; i++) await frame();
}

async function driftOnPrepend(world: MessageWorld, list: TimMessageList): Promise<number> {
  const s = scroller(list);
  s.dispatchEvent(new WheelEvent('wheel', { deltaY: -100 }));
  s.scrollTop = 200;
  for (let i = 0; i < 8; i++) await frame();
  const view = s.getBoundingClientRect();
  const reading = [...list.shadowRoot!.querySelectorAll<HTMLElement>('tim-message')].find(
    (r) => r.getBoundingClientRect().top >= view.top,
  )!;
  const id = reading.dataset.id!;
  const before = reading.getBoundingClientRect().top;
  const count = world.alice.messageList(world.c2c).get().messages.length;
  await world.alice.loadOlder(world.c2c);
  if (world.alice.messageList(world.c2c).get().messages.length !== count + 20) throw new Error('the older page did not load');
  let worst = 0;
  for (let i = 0; i < 20; i++) {
    await frame();
    const row = list.shadowRoot!.querySelector<HTMLElement>(`tim-message[data-id="${CSS.escape(id)}"]`);
    if (!row) throw new Error('the row being read left the DOM');
    worst = Math.max(worst, Math.abs(row.getBoundingClientRect().top - before));
  }
  return worst;
}

function verdict(ok: boolean): string {
  return ok ? 'PASS' : 'MISS';
}

const box = stage();
console.log(
  `message-list bench: ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, list 480×700 px, sizes ${SIZES.join(', ')}`,
);
console.log(
  `targets: open ≤ ${TARGET.openMs} ms, ≤ ${TARGET.dom} message elements in the DOM, drift ≤ ${TARGET.driftPx} px, longest task ≤ ${TARGET.longTaskMs} ms`,
);
// The page's first list compiles the elements' code and parses their styles: timed on its own.
{
  const warm = await makeMessageWorld({ avatars: false });
  await warm.alice.importMessages(bulkHistory(warm.c2c, 50, 'alice', 'bob'));
  const t0 = performance.now();
  const first = document.createElement('tim-message-list');
  first.store = warm.alice;
  first.conversationId = warm.c2c;
  first.style.flex = '1';
  box.append(first);
  const ms = (await paintedWhen(() => newestOnScreen(first, `${warm.c2c}-bulk-49`))) - t0;
  console.log(`first list in a fresh page (element code not yet compiled, 50 messages): ${ms.toFixed(1)} ms`);
  first.remove();
  await warm.dispose();
}
const summary: string[] = [];
for (const size of SIZES) {
  // Cold open: a fresh store whose cache holds the history; the list asks it for the newest page.
  const cold = await makeMessageWorld({ maxCachedPerConversation: size + EXTRA + 100, avatars: false });
  await cold.alice.importMessages(bulkHistory(cold.c2c, size + EXTRA, 'alice', 'bob'));
  await cold.alice.stop();
  await cold.alice.start('alice');
  const newestID = `${cold.c2c}-bulk-${size + EXTRA - 1}`;
  const c0 = performance.now();
  const coldList = document.createElement('tim-message-list');
  coldList.store = cold.alice;
  coldList.conversationId = cold.c2c;
  coldList.style.flex = '1';
  box.append(coldList);
  const coldMs = (await paintedWhen(() => newestOnScreen(coldList, newestID))) - c0;
  coldList.remove();
  await cold.dispose();

  // Warm: N messages in the conversation's list (paged in through the store, 20 at a time).
  const world = await makeMessageWorld({ pageSize: 20, maxCachedPerConversation: size + EXTRA + 100, avatars: false });
  await world.alice.importMessages(bulkHistory(world.c2c, size + EXTRA, 'alice', 'bob'));
  const state = world.alice.messageList(world.c2c);
  while (state.get().messages.length < size) await world.alice.loadOlder(world.c2c);
  const { list, openMs } = await mount(world, box);
  const watcher = watch(list);
  for (let i = 0; i < 10; i++) await frame();
  const domAtOpen = rows(list);
  watcher.reset();
  // The N loaded messages are what is scrolled through; the older page is loaded by hand after.
  list.loadThreshold = -1;
  await scrollBottomToTop(list);
  const scroll = watcher.read();
  const drift = await driftOnPrepend(world, list);
  const { maxRows } = watcher.read();
  watcher.stop();
  list.remove();
  await world.dispose();

  const longTask = scroll.longest > 0 ? `${scroll.longest.toFixed(0)} ms` : 'none ≥ 50 ms';
  console.log(
    [
      `N=${size.toLocaleString('en')}:`,
      `  open with N in the list: ${openMs.toFixed(1)} ms  [${verdict(openMs <= TARGET.openMs)} ≤ ${TARGET.openMs} ms]`,
      `  open from the store (newest page read from the cache): ${coldMs.toFixed(1)} ms  [${verdict(coldMs <= TARGET.openMs)} ≤ ${TARGET.openMs} ms]`,
      `  message elements in the DOM: ${domAtOpen} at open, at most ${maxRows} during the run  [${verdict(maxRows <= TARGET.dom)} ≤ ${TARGET.dom}]`,
      `  drift of the message being read when 20 older load: ${drift.toFixed(2)} px  [${verdict(drift <= TARGET.driftPx)} ≤ ${TARGET.driftPx} px]`,
      `  longest task scrolling bottom → top: ${longTask} (longest frame interval ${scroll.maxGap.toFixed(0)} ms)  [${verdict(scroll.longest <= TARGET.longTaskMs)} ≤ ${TARGET.longTaskMs} ms]`,
    ].join('\n'),
  );
  summary.push(`${size}: open ${openMs.toFixed(0)} ms, DOM ≤ ${maxRows}, drift ${drift.toFixed(2)} px, longest task ${longTask}`);
}
console.log(`summary — ${summary.join(' | ')}`);
