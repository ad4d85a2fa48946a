// Runs a browser benchmark in headless Chromium and prints what the page prints.
//   node bench/run-browser-bench.mjs <name> [--key=value …] [--timeout=seconds]
// serves the project with Vite (its own vite.config.ts), opens a page that imports
// bench/<name>.bench.ts, and passes every --key=value on as the page's query string.
// A browser bench is a module whose top-level code runs the benchmark (awaiting what it
// needs) and prints its figures with console.log. The profile lives on disk for the run,
// so IndexedDB is on disk as for a user, not in memory as in an incognito context.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumFlags, findChromium } from '../scripts/chromium.mjs';

const [name, ...rest] = process.argv.slice(2);
if (!name || name.startsWith('-')) {
  console.error('usage: node bench/run-browser-bench.mjs <name> [--key=value …] [--timeout=seconds]');
  process.exit(2);
}
const entry = `bench/${name}.bench.ts`;
if (!existsSync(entry)) {
  console.error(`no such browser bench: ${entry}`);
  process.exit(2);
}
const params = new URLSearchParams();
let timeoutSeconds = 1200;
for (const arg of rest) {
  const match = /^--([^=]+)(?:=(.*))?$/.exec(arg);
  if (!match) continue;
  if (match[1] === 'timeout') timeoutSeconds = Number(match[2]);
  else params.set(match[1], match[2] ?? '1');
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
const profile = mkdtempSync(join(tmpdir(), 'tim-bench-'));
let status = 'failed';
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumFlags,
  });
  try {
    const tab = context.pages()[0] ?? (await context.newPage());
    tab.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error') console.error(text);
      else if (message.type() === 'log' || message.type() === 'info') console.log(text);
    });
    tab.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    const query = params.size ? `?${params}` : '';
    await tab.goto(`http://127.0.0.1:${port}${pagePath}${query}`);
    await tab.waitForFunction(() => window.__benchStatus, null, { timeout: timeoutSeconds * 1000, polling: 250 });
    status = await tab.evaluate(() => window.__benchStatus);
  } finally {
    await context.close();
  }
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(status === 'done' ? 0 : 1);
