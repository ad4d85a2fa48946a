// The example apps as an adopter gets them, from the packed package (see consumer-apps.mjs):
//  - examples/react (React 19, StrictMode) and examples/vue (Vue 3): each installed with the
//    tarball, type-checked with the typings the package ships (`tsc`, `vue-tsc` with strict
//    templates) and built with Vite; the build opened in Chromium must show the app's own
//    conversations — never the demo's — and hand the app the typed events; the React app in
//    development mode (StrictMode mounts twice) must run exactly one store;
//  - server-side rendering: every entry point of the package imported in Node.
// Prints "examples: N passed, M failed"; exits 1 on failure. `--tarball=<file>` reuses a tarball.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumFlags, findChromium } from './chromium.mjs';
import { packTarball, prepareApp, root, runIn } from './consumer-apps.mjs';

const TIMEOUT_MS = Number(process.env.EXAMPLES_TIMEOUT_MS ?? 30000);
const DEMO_NAMES = /Weekend Hikers|Product Team|Bob Martin|Alice Chen/;
const results = [];
function check(name, ok, detail = '') {
  results.push({ name, ok });
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? ` — ${detail}` : ''}`);
}

/** Serves a built app (its dist/) on 127.0.0.1; resolves with its origin and a close function. */
async function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.normalize(path.join(dir, pathname === '/' ? 'index.html' : pathname));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) file = path.join(dir, 'index.html');
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/** Starts the app's Vite dev server; resolves with its origin and a stop function. */
async function serveDev(dir) {
  const child = spawn(
    process.execPath,
    [path.join(dir, 'node_modules/vite/bin/vite.js'), '--host', '127.0.0.1', '--port', '0', '--strictPort=false'],
    { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const origin = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`vite dev did not start: ${output}`)), TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk;
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
  });
  return { origin, close: () => child.kill() };
}

const ROWS = 'tim-chat tim-conversation-list [role="option"]';

/** Opens an app, checks it shows its own conversations, and that a chosen one reaches the app's handler. */
async function openApp(browser, label, origin, { expectOwn, strictMode = false, screenshot }) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 720 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ResizeObserver loop')) errors.push(message.text());
  });
  await page.goto(origin);
  const rows = page.locator(ROWS);
  const appeared = await rows
    .first()
    .waitFor({ timeout: TIMEOUT_MS })
    .then(
      () => true,
      () => false,
    );
  await page
    .waitForFunction(
      (count) =>
        document.querySelectorAll('tim-chat').length &&
        document
          .querySelector('tim-chat')
          .shadowRoot?.querySelector('tim-conversation-list')
          ?.shadowRoot?.querySelectorAll('[role="option"]').length >= count,
      expectOwn.length,
      { timeout: TIMEOUT_MS },
    )
    .catch(() => {});
  const names = appeared ? (await rows.allInnerTexts()).map((text) => text.split('\n')[0]) : [];
  check(
    `${label}: shows the app's own conversations`,
    expectOwn.every((name) => names.includes(name)),
    names.join(', ') || `none after ${TIMEOUT_MS} ms`,
  );
  check(`${label}: never the demo's`, appeared && !names.some((name) => DEMO_NAMES.test(name)));
  if (appeared && names.includes(expectOwn[0])) {
    await rows.nth(names.indexOf(expectOwn[0])).click();
    const opened = await page
      .locator('#opened')
      .filter({ hasText: 'Opened ' })
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    check(
      `${label}: the app's tim-conversation-select handler ran`,
      opened,
      opened ? ((await page.locator('#opened').textContent()) ?? '') : 'no',
    );
    const messages = await page
      .locator('tim-chat tim-message-list tim-message')
      .first()
      .waitFor({ timeout: TIMEOUT_MS })
      .then(
        () => true,
        () => false,
      );
    check(`${label}: the conversation opens with its messages`, messages);
    if (screenshot) {
      await page.waitForLoadState('networkidle').catch(() => {});
      await page.screenshot({ path: path.join(root, screenshot) });
      console.log(`  screenshot: ${screenshot}`);
    }
  }
  if (strictMode) {
    const running = await page.evaluate(() => globalThis.timExampleStores?.size ?? -1);
    check(`${label}: StrictMode mounted twice, and one store runs`, running === 1, `${running} running`);
  }
  check(`${label}: no script errors`, errors.length === 0, errors.slice(0, 3).join(' | '));
  await context.close();
}

const tarball = packTarball();
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

// ── Server-side rendering: each entry point, by its name, in Node ─────────────────────────────────
{
  const entries = Object.entries(packageJson.exports)
    .filter(([, target]) => typeof target === 'object' && (target.default ?? target.node)?.endsWith('.js'))
    .map(([entry]) => (entry === '.' ? 'tim-elements' : `tim-elements/${entry.slice(2)}`));
  const dir = prepareApp('ssr', {
    tarball,
    files: {
      'ssr.mjs': `// What a server-rendered page (Next.js, Nuxt, Astro) does: import the kit in Node.
const failures = [];
for (const entry of ${JSON.stringify(entries)}) {
  try {
    const module = await import(entry);
    if (!Object.keys(module).length) failures.push(entry + ': no exports');
  } catch (error) {
    failures.push(entry + ': ' + error.message);
  }
}
console.log(JSON.stringify(failures));
`,
    },
  });
  const output = await new Promise((resolve) => {
    let text = '';
    const child = spawn(process.execPath, ['ssr.mjs'], { cwd: dir });
    child.stdout.on('data', (chunk) => (text += chunk));
    child.stderr.on('data', (chunk) => (text += chunk));
    child.on('close', () => resolve(text.trim()));
  });
  let failures;
  try {
    failures = JSON.parse(output.split('\n').pop());
  } catch {
    failures = [output];
  }
  check(`ssr: ${entries.length} entry points import in Node`, failures.length === 0, failures.slice(0, 3).join(' | '));
}

// ── React and Vue ──────────────────────────────────────────────────────────────────────────────────
const apps = [
  {
    name: 'react',
    typecheck: ['node_modules/typescript/bin/tsc', '--noEmit'],
    expectOwn: ['React example team', 'Ada Lovelace'],
    devCheck: true,
  },
  { name: 'vue', typecheck: ['node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit'], expectOwn: ['Vue example team', 'Ada Lovelace'] },
];
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: chromiumFlags });
try {
  for (const app of apps) {
    const dir = prepareApp(app.name, { tarball, source: path.join(root, 'examples', app.name) });
    check(`${app.name}: type-checks (${path.basename(app.typecheck[0])})`, runIn(dir, process.execPath, app.typecheck) === 0);
    const built = runIn(dir, process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']) === 0;
    check(`${app.name}: builds (vite build)`, built);
    if (built) {
      const server = await serveStatic(path.join(dir, 'dist'));
      await openApp(browser, `${app.name} (build)`, server.origin, { ...app, screenshot: `docs/screenshots/example-${app.name}.png` });
      server.close();
    }
    if (app.devCheck) {
      const dev = await serveDev(dir);
      try {
        await openApp(browser, `${app.name} (dev, StrictMode)`, dev.origin, { ...app, strictMode: true });
      } finally {
        dev.close();
      }
    }
  }
} finally {
  await browser.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`examples: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
