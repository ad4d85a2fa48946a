import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { existsSync } from 'node:fs';
import { chromiumFlags, fakeMediaFlags, findChromium } from './scripts/chromium.mjs';
import { storyListPlugin } from './test/browser/story-list-plugin.mjs';
import { touchCommandPlugin } from './test/browser/touch-command-plugin.mjs';

// Dexie's `import` entry wraps its UMD build, which a browser cannot load unbundled.
const dexieAsModule = {
  name: 'dexie-as-module',
  resolveImport({ source }) {
    if (source === 'dexie') return '/node_modules/dexie/dist/dexie.mjs';
    // @tencentcloud/chat's main entry is UMD too; its ES build is index.es.js.
    if (source === '@tencentcloud/chat') return '/node_modules/@tencentcloud/chat/index.es.js';
  },
};

/** Pages under test/browser/csp/ are served with a strict Content Security Policy (csp.test.ts). */
const STRICT_CSP = "default-src 'self'; style-src 'self'; script-src 'self'";
async function strictCspPages(context, next) {
  await next();
  if (context.path.startsWith('/test/browser/csp/') && context.path.endsWith('.html')) context.set('Content-Security-Policy', STRICT_CSP);
}

const files = process.env.WTR_FILES ? process.env.WTR_FILES.split(',') : ['test/browser/**/*.test.ts'];

export default {
  files,
  nodeResolve: { exportConditions: ['browser', 'production'] },
  middleware: [strictCspPages],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
    dexieAsModule,
    touchCommandPlugin(),
    storyListPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), headless: true, args: [...chromiumFlags, ...fakeMediaFlags] },
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  testRunnerHtml: (testFramework) => `<!doctype html><html><body>
    <script>
      // Chromium reports this benign ResizeObserver notice as an error; it is not a failure.
      window.addEventListener('error', (e) => {
        if (e.message && e.message.includes('ResizeObserver loop')) e.stopImmediatePropagation();
      }, true);
      // A failed assertion about an element would carry that element (and its whole object graph)
      // into the report, which the runner then never finishes sending: keep only its text.
      let installed = false;
      Object.defineProperty(window, 'afterEach', {
        configurable: true,
        get() { return this.__afterEach; },
        set(hook) {
          this.__afterEach = hook;
          if (installed) return;
          installed = true;
          hook(function () {
            const err = this.currentTest && this.currentTest.err;
            if (!err) return;
            for (const key of ['actual', 'expected']) {
              if (err[key] !== null && typeof err[key] === 'object') err[key] = String(err[key]);
            }
          });
        },
      });
    </script>
    <script type="module" src="${testFramework}"></script></body></html>`,
};

if (!existsSync(findChromium())) {
  console.warn(`Chromium not found at ${findChromium()}: run "apt-get install -y chromium" or set CHROME_PATH.`);
}
