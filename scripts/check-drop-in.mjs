// The drop-in check, after `npm run build`: the two plain pages — no build step, one module of the
// built bundle — must show a working chat in a real Chromium.
//  - examples/plain.html: one <tim-chat demo> tag; the demo's conversations and messages show.
//  - examples/plain-tencent.html: the page's own ChatStore over TencentChatService; the SDK is
//    replaced by a stand-in (test/fakes/fake-tencent-chat.ts, served at the SDK's path) and
//    /api/usersig answers, so the page's own conversations must show — never the demo's.
// Serves dist/ and examples/ on 127.0.0.1, saves docs/screenshots/plain-example.png and
// plain-tencent-example.png, prints "drop-in: N passed, M failed" and exits 1 on failure.
import { build as esbuild } from 'esbuild';
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = 'dist/tim-elements.bundle.js';
const SDK_PATH = '/node_modules/@tencentcloud/chat/index.es.js';
const TIMEOUT_MS = Number(process.env.DROP_IN_TIMEOUT_MS ?? 20000);

if (!existsSync(path.join(root, BUNDLE))) {
  console.error(`drop-in: ${BUNDLE} is missing; run "npm run build" first.`);
  console.log('drop-in: 0 passed, 1 failed');
  process.exit(1);
}

// The SDK's stand-in: the fake the adapter's tests use, with a server holding the page's own data.
const fakeSdk = (
  await esbuild({
    stdin: {
      contents: `
        import { EVENT, FakeTencentChat, FakeTencentServer } from './test/fakes/fake-tencent-chat.ts';
        const server = new FakeTencentServer()
          .addUser({ userID: 'alice', nick: 'Alice' })
          .addUser({ userID: 'pat', nick: 'Pat from the app' });
        const groupID = server.createGroup('alice', ['pat'], 'Plain page team');
        const pat = server.createInstance();
        await pat.login({ userID: 'pat', userSig: 'pat' });
        await pat.sendMessage(pat.createTextMessage({ to: groupID, conversationType: 'GROUP', payload: { text: 'Welcome to the team' } }));
        await pat.sendMessage(pat.createTextMessage({ to: 'alice', conversationType: 'C2C', payload: { text: 'Hi Alice, this is the data of the app' } }));
        await pat.logout();
        export default { create: () => new FakeTencentChat(server), EVENT };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'error',
  })
).outputFiles[0].text;

// ── A static server for exactly the folders the pages need ──────────────────────────────────────
const SERVED = ['dist', 'examples'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.css': 'text/css',
};
let served = [];

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  const pathname = decodeURIComponent(url.pathname);
  served.push(pathname);
  if (pathname === SDK_PATH) {
    response.writeHead(200, { 'content-type': TYPES['.js'] }).end(fakeSdk);
    return;
  }
  if (pathname === '/api/usersig') {
    response.writeHead(200, { 'content-type': 'text/plain' }).end(`signature-for-${url.searchParams.get('user')}`);
    return;
  }
  const file = path.normalize(path.join(root, pathname));
  const allowed = SERVED.some((dir) => file.startsWith(path.join(root, dir) + path.sep));
  if (!allowed || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ── The pages in Chromium ────────────────────────────────────────────────────────────────────────
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Opens a page in a fresh context (empty IndexedDB: a first visit) and runs `checks` on it. */
async function visit(browser, pagePath, screenshot, checks) {
  served = [];
  const errors = [];
  const offsite = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // Chromium's benign ResizeObserver notice is not an error of the page.
    if (message.type() === 'error' && !message.text().includes('ResizeObserver loop')) errors.push(message.text());
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !/^(data|blob):/.test(url)) offsite.push(url);
  });
  console.log(`drop-in: ${origin}/${pagePath}`);
  await page.goto(`${origin}/${pagePath}`);
  await checks(page);
  // Let images and avatars finish before the picture.
  await page.waitForLoadState('networkidle').catch(() => {});
  mkdirSync(path.join(root, path.dirname(screenshot)), { recursive: true });
  await page.screenshot({ path: path.join(root, screenshot) });
  console.log(`  screenshot: ${screenshot}`);
  await context.close();
  const fromDist = [...new Set(served.filter((p) => p.startsWith('/dist/')))];
  check('the page loads one file from dist/ (the bundle)', fromDist.length === 1 && fromDist[0] === `/${BUNDLE}`, fromDist.join(', '));
  check("no request leaves the page's own server", offsite.length === 0, offsite.slice(0, 3).join(', '));
  check('no script errors', errors.length === 0, errors.slice(0, 3).join(' | '));
}

// Playwright's CSS selectors pierce open shadow roots: the rows live in <tim-chat> → <tim-conversation-list>.
const ROWS = 'tim-chat tim-conversation-list [role="option"]';
const rowNames = async (page) => (await page.locator(ROWS).allInnerTexts()).map((text) => text.split('\n')[0]);

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
try {
  await visit(browser, 'examples/plain.html', 'docs/screenshots/plain-example.png', async (page) => {
    const rows = page.locator(ROWS);
    const rowsAppeared = await rows
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    const startError = rowsAppeared
      ? ''
      : (
          (await page
            .locator('tim-chat [part="main"] .empty')
            .first()
            .textContent({ timeout: 1000 })
            .catch(() => '')) ?? ''
        ).trim();
    check(
      "<tim-chat demo> shows the demo's conversations",
      rowsAppeared,
      rowsAppeared ? `${await rows.count()} rows` : `none after ${TIMEOUT_MS} ms${startError ? `; <tim-chat> says: "${startError}"` : ''}`,
    );
    if (!rowsAppeared) return;
    const firstName = (await rowNames(page))[0];
    await rows.first().click();
    const messages = page.locator('tim-chat tim-message-list tim-message');
    const messagesAppeared = await messages
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    const title = messagesAppeared ? ((await page.locator('tim-chat [part="title"]').first().textContent()) ?? '').trim() : '';
    check(
      'the first conversation opens with its messages',
      messagesAppeared,
      messagesAppeared
        ? `"${title}", ${await messages.count()} messages in the DOM`
        : `no messages for "${firstName}" after ${TIMEOUT_MS} ms`,
    );
  });

  await visit(browser, 'examples/plain-tencent.html', 'docs/screenshots/plain-tencent-example.png', async (page) => {
    const rows = page.locator(ROWS);
    const rowsAppeared = await rows
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    const names = rowsAppeared ? await rowNames(page) : [];
    check(
      "the page's own store on TencentChatService shows its conversations",
      names.includes('Plain page team'),
      names.join(', ') || `none after ${TIMEOUT_MS} ms`,
    );
    check("never the demo's", !names.some((name) => /Weekend Hikers|Product Team|Bob Martin/.test(name)), names.join(', '));
    check('it signed in with the userSig from /api/usersig', served.includes('/api/usersig'));
    if (!rowsAppeared) return;
    await rows.nth(names.indexOf('Plain page team')).click();
    const title = page.locator('tim-chat [part="title"]');
    const opened = await title
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    check('its conversation opens', opened && ((await title.first().textContent()) ?? '').includes('Plain page team'));
  });
} finally {
  await browser.close();
  server.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`drop-in: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
