// Browser benchmark of <tim-message-list>:
//   node bench/run-browser-bench.mjs message-list --runs=5 --split=sizes     (each size in a fresh browser, 5 times)
// Options: --sizes=1000,10000,100000 --jumps=120 --flings=240 --rows=mixed (rows of every kind:
// pictures, files, voice, video, cards, replies) --throttle=4 (the runner: CPU 4× slower)
// --profile (the open from the store and the scroll as .cpuprofile files in bench/results/).
//
// For each size N, a real ChatStore over the embedded LocalChatService holds a C2C history of
// N + 200 messages (imported through the store). It prints, as `@figure` lines the runner sums up:
// - open from the store: a freshly started store whose cache holds the history; the time from
//   creating <tim-message-list> to the newest page painted (the newest message on screen, one frame
//   painted after it). For the first size in the page this is the page's first list: nothing
//   compiled or warmed up, as for a user opening the app (with --split every size is first);
// - open with N in the list: the same with N messages already paged into the store;
// - DOM: the most <tim-message> elements in the DOM at any moment of the run;
// - drift: how far the message being read moves when an older page of 20 is put in front
//   (sampled every frame until it settles), with the reader 200 px below the top;
// - longest task while scrolling from the bottom to the top: a fast fling (600 px a frame),
//   then jumps across the whole history like a scrollbar drag (PerformanceObserver 'longtask';
//   it reports only tasks of 50 ms or more, so 0 means none, and the longest frame interval too);
// - heap after the scroll (after a garbage collection): what the page holds with N in the list.
import '../src/components/message-list/define.js';
import type { TimMessageList } from '../src/components/message-list/tim-message-list.js';
import { bulkHistory, makeMessageWorld, sampleMedia, type MessageWorld, type SampleMedia } from '../test/fixtures/message-world.js';

const params = new URLSearchParams(location.search);
const SIZES = (params.get('sizes') ?? '1000,10000,100000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const JUMPS = Number(params.get('jumps') ?? 120);
const FLINGS = Number(params.get('flings') ?? 240);
const EXTRA = 200;
/** --profile: the open from the store and the scroll are sampled by V8's profiler (the runner saves them). */
const PROFILE = params.has('profile');
const MIXED: SampleMedia | undefined = params.get('rows') === 'mixed' ? await sampleMedia() : undefined;
const history = (world: MessageWorld, count: number) => bulkHistory(world.c2c, count, 'alice', 'bob', MIXED ? { mixed: MIXED } : {});

const TARGET = { openMs: 100, dom: 150, driftPx: 1, longTaskMs: 50, heapMB: 20 };

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

/** The longest task and frame interval of each phase: a fling, then a scrollbar drag. */
interface ScrollPhases {
  fling: { longest: number; maxGap: number };
  drag: { longest: number; maxGap: number };
}

async function scrollBottomToTop(list: TimMessageList, watcher: ReturnType<typeof watch>): Promise<ScrollPhases> {
  const s = scroller(list);
  watcher.reset();
  // As a reader's wheel or fling does: the scroller gets wheel events and moves.
  for (let i = 0; i < FLINGS && s.scrollTop > 0; i++) {
    s.dispatchEvent(new WheelEvent('wheel', { deltaY: -600 }));
    s.scrollTop -= 600;
    await frame();
  }
  const fling = watcher.read();
  watcher.reset();
  // Then like dragging the scrollbar thumb to the top, in even jumps over what is left.
  const start = s.scrollTop;
  for (let i = 1; i <= JUMPS; i++) {
    s.dispatchEvent(new PointerEvent('pointerdown'));
    s.scrollTop = start * (1 - i / JUMPS);
    await frame();
  }
  for (let i = 0; i < 10; i++) await frame();
  const drag = watcher.read();
  return { fling: { longest: fling.longest, maxGap: fling.maxGap }, drag: { longest: drag.longest, maxGap: drag.maxGap } };
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

/** One figure for the runner (bench/run-browser-bench.mjs), which prints median and worst over runs. */
function figure(key: string, label: string, value: number, unit: string, target?: number): void {
  console.log(`@figure ${JSON.stringify({ key, label, value: Math.round(value * 100) / 100, unit, target })}`);
}

/** The page's JavaScript heap after a full garbage collection (the runner exposes gc()), in MB. */
async function heapMB(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await frame();
  }
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize / 2 ** 20 : NaN;
}

const box = stage();
const kind = MIXED ? 'rows of every kind' : 'text rows, a picture now and then';
console.log(
  `message-list bench: ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, list 480×700 px, sizes ${SIZES.join(', ')}, ${kind}`,
);
let firstInPage = true;
for (const size of SIZES) {
  const n = size.toLocaleString('en');
  // Open from the store: a fresh store whose cache holds the history; the list asks it for the newest page.
  const cold = await makeMessageWorld({ maxCachedPerConversation: size + EXTRA + 100, avatars: false });
  await cold.alice.importMessages(history(cold, size + EXTRA));
  await cold.alice.stop();
  await cold.alice.start('alice');
  const newestID = `${cold.c2c}-bulk-${size + EXTRA - 1}`;
  if (PROFILE) console.profile(`open-${size}`);
  const c0 = performance.now();
  const coldList = document.createElement('tim-message-list');
  coldList.store = cold.alice;
  coldList.conversationId = cold.c2c;
  coldList.style.flex = '1';
  box.append(coldList);
  const coldMs = (await paintedWhen(() => newestOnScreen(coldList, newestID))) - c0;
  if (PROFILE) console.profileEnd(`open-${size}`);
  coldList.remove();
  await cold.dispose();
  if (firstInPage)
    figure(`open-fresh-${size}`, `N=${n}: open from the store, the page's first list (nothing warmed up)`, coldMs, 'ms', TARGET.openMs);
  else figure(`open-store-${size}`, `N=${n}: open from the store (after an earlier list)`, coldMs, 'ms', TARGET.openMs);
  firstInPage = false;

  // N messages in the conversation's list (paged in through the store, 20 at a time).
  const world = await makeMessageWorld({ pageSize: 20, maxCachedPerConversation: size + EXTRA + 100, avatars: false });
  await world.alice.importMessages(history(world, size + EXTRA));
  const state = world.alice.messageList(world.c2c);
  while (state.get().messages.length < size) await world.alice.loadOlder(world.c2c);
  const { list, openMs } = await mount(world, box);
  figure(`open-loaded-${size}`, `N=${n}: open with N in the list`, openMs, 'ms', TARGET.openMs);
  const watcher = watch(list);
  for (let i = 0; i < 10; i++) await frame();
  // The N loaded messages are what is scrolled through; the older page is loaded by hand after.
  list.loadThreshold = -1;
  if (PROFILE) console.profile(`scroll-${size}`);
  const scroll = await scrollBottomToTop(list, watcher);
  if (PROFILE) console.profileEnd(`scroll-${size}`);
  figure(`fling-${size}`, `N=${n}: longest task flinging bottom → top (0: none ≥ 50 ms)`, scroll.fling.longest, 'ms', TARGET.longTaskMs);
  figure(
    `drag-${size}`,
    `N=${n}: longest task dragging the scrollbar to the top (0: none ≥ 50 ms)`,
    scroll.drag.longest,
    'ms',
    TARGET.longTaskMs,
  );
  figure(`gap-${size}`, `N=${n}: longest frame interval while scrolling`, Math.max(scroll.fling.maxGap, scroll.drag.maxGap), 'ms');
  const drift = await driftOnPrepend(world, list);
  figure(`drift-${size}`, `N=${n}: drift of the message being read when 20 older load`, drift, 'px', TARGET.driftPx);
  const { maxRows } = watcher.read();
  watcher.stop();
  figure(`dom-${size}`, `N=${n}: most message elements in the DOM`, maxRows, '', TARGET.dom);
  figure(`heap-${size}`, `N=${n}: JavaScript heap after scrolling through (GC'd)`, await heapMB(), 'MB', TARGET.heapMB);
  list.remove();
  await world.dispose();
}
