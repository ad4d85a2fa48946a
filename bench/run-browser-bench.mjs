// Runs a browser benchmark in headless Chromium and prints what the page prints.
//   node bench/run-browser-bench.mjs <name> [--key=value …] [--runs=N] [--split=key] [--throttle=R] [--timeout=seconds]
// serves the project with Vite (its own vite.config.ts), opens a page that imports
// bench/<name>.bench.ts, and passes every other --key=value on as the page's query string.
// A browser bench is a module whose top-level code runs the benchmark (awaiting what it
// needs) and prints its figures with console.log. The profile lives on disk for the run,
// so IndexedDB is on disk as for a user, not in memory as in an incognito context.
//
// --runs=N     runs the bench N times, each in a fresh browser (a new profile: nothing compiled,
//              cached or warmed up), and summarises its figures (below): median, worst and how many
//              runs were within the target, with the load average before and after.
// --split=key  a comma list in that parameter (--sizes=1000,10000 --split=sizes) gets a fresh
//              browser per value, so every value is measured in a fresh page.
// --throttle=R slows the page's CPU R times (Chromium's CPU throttling: 4 ≈ a mid-range phone).
// --profile    saves the bench's console.profile() stretches as .cpuprofile files (bench/results/).
// --trace      saves a Chromium trace of each run (DevTools timeline: style, layout, paint, scripts,
//              the bench's performance marks) as bench/results/<bench>-trace-<n>.json (open in DevTools).
// A figure is a line `@figure {"key","label","value","unit","target"}` printed by the bench; lower
// is better, and a figure passes in a run when its value is at most the target (no target: printed only).
// The page may call gc() (V8's --expose-gc) before it reads the heap. The summary's verdict
// is PASS when at least 90 % of the runs pass (9 of 10; every run of 5).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumFlags, findChromium } from '../scripts/chromium.mjs';

const [name, ...rest] = process.argv.slice(2);
if (!name || name.startsWith('-')) {
  console.error(
    'usage: node bench/run-browser-bench.mjs <name> [--key=value …] [--runs=N] [--split=key] [--throttle=R] [--timeout=seconds]',
  );
  process.exit(2);
}
const entry = `bench/${name}.bench.ts`;
if (!existsSync(entry)) {
  console.error(`no such browser bench: ${entry}`);
  process.exit(2);
}
const params = new URLSearchParams();
let timeoutSeconds = 1200;
let runs = 1;
let split = '';
let throttle = 1;
for (const arg of rest) {
  const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
  if (!match) continue;
  if (match[1] === 'timeout') timeoutSeconds = Number(match[2]);
  else if (match[1] === 'runs') runs = Math.max(1, Number(match[2]) || 1);
  else if (match[1] === 'split') split = match[2] ?? '';
  else if (match[1] === 'throttle') throttle = Math.max(1, Number(match[2]) || 1);
  else params.set(match[1], match[2] ?? '1');
}
const splitValues = split ? (params.get(split) ?? '').split(',').filter(Boolean) : [''];
if (split && splitValues.length === 0) {
  console.error(`--split=${split} needs a comma list in --${split}=…`);
  process.exit(2);
}

const pagePath = '/__browser-bench.html';
const page = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name} bench</title></head><body>
<script type="module">
  try {
    await import('/${entry}');
    window.__benchStatus = 'done';
  } catch (error) {
    console.error('bench failed: ' + (error && error.stack ? error.stack : error));
    window.__benchStatus = 'failed';
  }
</script></body></html>`;

// Measure what users run: Lit's production build, not its slower development build.
process.env.NODE_ENV = 'production';

const server = await createServer({
  logLevel: 'warn',
  server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false, open: false },
  optimizeDeps: { entries: [entry] },
  plugins: [
    {
      name: 'browser-bench-page',
      configureServer(vite) {
        vite.middlewares.use(async (req, res, next) => {
          if (!req.url?.startsWith(pagePath)) return next();
          res.setHeader('Content-Type', 'text/html');
          res.end(await vite.transformIndexHtml(req.url, page));
        });
      },
    },
  ],
});
await server.listen();
const { port } = server.httpServer.address();
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Figures by key, in the order first printed: their label, unit, target and one value a run. */
const figures = new Map();
function takeFigure(text) {
  const figure = JSON.parse(text.slice('@figure '.length));
  const known = figures.get(figure.key) ?? { ...figure, values: [] };
  known.values.push(figure.value);
  figures.set(figure.key, known);
}

/**
 * --profile: the bench's console.profile(title) … console.profileEnd(title) stretches are sampled by
 * V8's profiler and written to bench/results/<bench>-<title>-<n>.cpuprofile (open in DevTools).
 */
async function saveConsoleProfiles(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  cdp.on('Profiler.consoleProfileFinished', ({ title, profile }) => {
    mkdirSync('bench/results', { recursive: true });
    const file = join('bench/results', `${name}-${title ?? 'profile'}-${++profiles}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`profile written: ${file}`);
  });
}
let profiles = 0;

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8.execute',
  'blink',
  'loading',
];

/** --trace: record the run's trace (stopped by `saveTrace`). */
async function startTrace(cdp) {
  await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: TRACE_CATEGORIES } });
}

async function saveTrace(cdp) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  mkdirSync('bench/results', { recursive: true });
  const file = join('bench/results', `${name}-trace-${++traces}.json`);
  writeFileSync(file, text);
  console.log(`trace written: ${file}`);
}
let traces = 0;

/** One run: a fresh browser profile, one page, the bench with `query`. True when it finished. */
async function runOnce(query) {
  const profile = mkdtempSync(join(tmpdir(), 'tim-bench-'));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: true,
      args: [...chromiumFlags, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
    });
    try {
      const tab = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(tab);
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      if (params.has('profile')) await saveConsoleProfiles(cdp);
      if (params.has('trace')) await startTrace(cdp);
      tab.on('console', (message) => {
        const text = message.text();
        if (text.startsWith('@figure ')) takeFigure(text);
        else if (message.type() === 'error') console.error(text);
        else if (message.type() === 'log' || message.type() === 'info') console.log(text);
      });
      tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      const search = query.size ? `?${query}` : '';
      await tab.goto(`http://127.0.0.1:${port}${pagePath}${search}`);
      await tab.waitForFunction(() => window.__benchStatus, null, { timeout: timeoutSeconds * 1000, polling: 250 });
      if (params.has('trace')) await saveTrace(cdp);
      return (await tab.evaluate(() => window.__benchStatus)) === 'done';
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const loadBefore = load();
let failed = 0;
try {
  for (let run = 1; run <= runs; run++) {
    for (const value of splitValues) {
      const query = new URLSearchParams(params);
      if (split) query.set(split, value);
      if (runs > 1 || split)
        console.log(
          `\n— run ${run} of ${runs}${split ? `, ${split}=${value}` : ''} (fresh browser${throttle > 1 ? `, CPU ${throttle}× slower` : ''}; load average ${load()})`,
        );
      if (!(await runOnce(query))) failed++;
    }
  }
} finally {
  await server.close();
}

if (figures.size) {
  const median = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  };
  const show = (v, unit) => `${Number.isInteger(v) ? v : v.toFixed(v < 10 ? 2 : 1)}${unit ? ` ${unit}` : ''}`;
  console.log(
    `\n${name}: ${runs} run${runs > 1 ? 's' : ''}${throttle > 1 ? `, CPU ${throttle}× slower` : ''}; load average before ${loadBefore}, after ${load()}`,
  );
  for (const f of figures.values()) {
    const spread = `median ${show(median(f.values), f.unit)}, worst ${show(Math.max(...f.values), f.unit)}`;
    const each = `(${f.values.map((v) => show(v, '')).join(', ')})`;
    if (typeof f.target !== 'number') {
      console.log(`  ${f.label}: ${spread}  ${each}`);
      continue;
    }
    const within = f.values.filter((v) => v <= f.target).length;
    const verdict = within >= Math.ceil(0.9 * f.values.length) ? 'PASS' : 'MISS';
    console.log(`  ${f.label}: ${spread}; ${within} of ${f.values.length} within ≤ ${show(f.target, f.unit)}  [${verdict}]  ${each}`);
  }
}
process.exit(failed ? 1 : 0);
