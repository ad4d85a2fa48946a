// The drop-in check: examples/plain.html — one <script type="module"> of the built bundle and one
// <tim-chat> tag, no build step — must show a working chat in a real Chromium.
// Run after `npm run build`: serves dist/ and examples/ on 127.0.0.1, opens the page in headless
// Chromium, waits for the conversation rows and for the messages of the first conversation, and
// saves docs/screenshots/plain-example.png. Prints "drop-in: N passed, M failed"; exits 1 on failure.
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = 'dist/tim-elements.bundle.js';
const PAGE = 'examples/plain.html';
const SCREENSHOT = 'docs/screenshots/plain-example.png';
const TIMEOUT_MS = Number(process.env.DROP_IN_TIMEOUT_MS ?? 20000);

if (!existsSync(path.join(root, BUNDLE))) {
  console.error(`drop-in: ${BUNDLE} is missing; run "npm run build" first.`);
  console.log('drop-in: 0 passed, 1 failed');
  process.exit(1);
}

// ── A static server for exactly the two folders the page needs ──────────────────────────────────
const SERVED = ['dist', 'examples'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.png': 'image/png', '.css': 'text/css' };
const served = [];

const server = createServer((request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const file = path.normalize(path.join(root, pathname));
  const allowed = SERVED.some((dir) => file.startsWith(path.join(root, dir) + path.sep));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  served.push(pathname);
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── The page in Chromium ─────────────────────────────────────────────────────────────────────────
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
const pageErrors = [];
const offsiteRequests = [];
try {
  // A fresh context: empty IndexedDB, so the embedded backend seeds its demo data as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // Chromium's benign ResizeObserver notice is not an error of the page.
    if (message.type() === 'error' && !message.text().includes('ResizeObserver loop')) pageErrors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) offsiteRequests.push(url);
  });

  console.log(`drop-in: ${origin}/${PAGE} in ${findChromium()}`);
  await page.goto(`${origin}/${PAGE}`);

  // Playwright's CSS selectors pierce open shadow roots: the rows live in <tim-chat> → <tim-conversation-list>.
  const rows = page.locator('tim-chat tim-conversation-list [role="option"]');
  const rowsAppeared = await rows.first().waitFor({ timeout: TIMEOUT_MS }).then(() => true, () => false);
  const rowCount = await rows.count();
  const startError = rowsAppeared ? '' : ((await page.locator('tim-chat [part="main"] .empty').first().textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim();
  check('conversation rows render in <tim-chat>', rowsAppeared && rowCount > 0, rowsAppeared ? `${rowCount} rows` : `none after ${TIMEOUT_MS} ms${startError ? `; <tim-chat> says: "${startError}"` : ''}`);

  if (rowsAppeared) {
    const firstName = ((await rows.first().getAttribute('aria-label')) ?? (await rows.first().innerText())).split('\n')[0];
    await rows.first().click();
    const messages = page.locator('tim-chat tim-message-list tim-message');
    const messagesAppeared = await messages.first().waitFor({ timeout: TIMEOUT_MS }).then(() => true, () => false);
    const title = messagesAppeared ? ((await page.locator('tim-chat [part="title"]').first().textContent()) ?? '').trim() : '';
    check('the first conversation opens with its messages', messagesAppeared, messagesAppeared ? `"${title}", ${await messages.count()} messages in the DOM` : `no messages for "${firstName}" after ${TIMEOUT_MS} ms`);
    // Let images and avatars finish before the picture.
    await page.waitForLoadState('networkidle').catch(() => {});
    await page.waitForTimeout(500);
  }

  mkdirSync(path.join(root, path.dirname(SCREENSHOT)), { recursive: true });
  await page.screenshot({ path: path.join(root, SCREENSHOT) });
  console.log(`  screenshot: ${SCREENSHOT}`);
  await context.close();
} finally {
  await browser.close();
  server.close();
}

const fromDist = [...new Set(served.filter((p) => p.startsWith('/dist/')))];
check('the page loads one file from dist/ (the bundle)', fromDist.length === 1 && fromDist[0] === `/${BUNDLE}`, fromDist.join(', '));
check('no request leaves the page\'s own server', offsiteRequests.length === 0, offsiteRequests.slice(0, 3).join(', '));
check('no script errors', pageErrors.length === 0, pageErrors.slice(0, 3).join(' | '));

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`drop-in: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
