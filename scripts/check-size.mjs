// `npm run size`: what apps ship, measured in consumer apps built by Vite from the packed package
// (`npm pack`, see scripts/consumer-apps.mjs), as an app's own production build would be.
// For each app: initial JavaScript (the entry chunk and what it imports statically) and total
// (with the chunks loaded on demand), gzip -9 and brotli -11. Fails (exit 1) when an app is over
// its budget or holds code it must not (the production app: any byte of the embedded backend or
// the demo data). `--tarball=<file>` measures a tarball packed already.
// `--modules[=N]` also lists what the production app's first load is made of: the N largest
// modules (40 unless given) and the packages and folders they come from, each minified alone and
// gzipped alone (`--modules-app=<name>` lists another app; `--modules-on=total` its every chunk).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build, minifySync } from 'vite';
import { packTarball, prepareApp, root } from './consumer-apps.mjs';

const kB = 1024;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Code of the embedded backend and the demo: modules under these paths, and text only they hold. */
const BACKEND_OR_DEMO_MODULES = [
  /\/tim-elements\/dist\/core\/service\/local\//,
  /\/tim-elements\/dist\/demo\.js$/,
  /\/tim-elements\/dist\/local\.js$/,
  /\/demo-(store|backend)\.js$/,
];
const BACKEND_OR_DEMO_TEXT = ['Weekend Hikers', 'tim-local-server', 'tim-server-', 'seedDemo', 'demoSeeded'];
const isLit = (id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id);
const isDexie = (id) => /\/node_modules\/dexie\//.test(id);

const html = (script) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>consumer</title></head><body><tim-chat></tim-chat><script type="module" src="./${script}"></script></body></html>\n`;

/**
 * The apps. `budget` (gzip, bytes) is checked on initial JavaScript unless `on: 'total'`;
 * `forbid` lists what the app's output may not contain; `report` lines are printed, not enforced.
 */
const APPS = [
  {
    name: 'production',
    what: 'every element + ChatStore + TencentChatService + Dexie cache (createChatCache)',
    main: `import 'tim-elements';
import { ChatStore, TencentChatService, createChatCache } from 'tim-elements/core';
// The app creates the SDK (an optional peer the kit never bundles) and passes it in.
export function connect(sdk, events, userID, userSig) {
  const store = new ChatStore({ service: new TencentChatService(sdk, { events }), cache: createChatCache({ app: 1400000000, userID }) });
  document.querySelector('tim-chat').store = store;
  return store.start(userID, userSig);
}
window.connectChat = connect;
`,
    forbid: { modules: BACKEND_OR_DEMO_MODULES, text: BACKEND_OR_DEMO_TEXT, why: 'no byte of the embedded backend or demo data' },
    report: [
      { label: 'first load (performance issue: ≤ 80 kB gzip initial)', on: 'initial', limit: 80 * kB },
      { label: 'everything (performance issue: ≤ 160 kB gzip total)', on: 'total', limit: 160 * kB },
    ],
  },
  {
    name: 'one-element',
    what: "one element: import 'tim-elements/emoji-parser' (with Lit)",
    main: `import 'tim-elements/emoji-parser';
document.body.append(Object.assign(document.createElement('tim-emoji-parser'), { text: 'Hello [Smile]' }));
`,
    budget: { limit: 12 * kB, on: 'total', label: '≤ 12 kB gzip with Lit' },
    forbid: {
      modules: [...BACKEND_OR_DEMO_MODULES, /\/node_modules\/dexie\//, /\/node_modules\/@lit-labs\/virtualizer\//],
      text: BACKEND_OR_DEMO_TEXT,
      why: 'no backend, no Dexie, no virtualizer',
    },
  },
  {
    name: 'core-memory',
    what: 'ChatStore + MemoryCache from tim-elements/core (no elements)',
    main: `import { ChatStore, MemoryCache } from 'tim-elements/core';
export const makeStore = (service) => new ChatStore({ service, cache: new MemoryCache() });
window.makeStore = makeStore;
`,
    budget: { limit: 25 * kB, on: 'total', label: '≤ 25 kB gzip without Lit' },
    forbid: {
      modules: [...BACKEND_OR_DEMO_MODULES, /\/node_modules\/dexie\//, /\/node_modules\/(lit|lit-html|lit-element|@lit)\//],
      text: BACKEND_OR_DEMO_TEXT,
      why: 'no Lit, no Dexie, no backend',
    },
  },
  {
    name: 'demo',
    what: "<tim-chat demo>: import 'tim-elements' and 'tim-elements/demo' (for comparison)",
    main: `import 'tim-elements';
import 'tim-elements/demo';
document.querySelector('tim-chat').demo = true;
`,
  },
];

const tarball = packTarball();
const appDir = prepareApp('size', {
  tarball,
  files: Object.fromEntries(
    APPS.flatMap((app) => [
      [`${app.name}.html`, html(`${app.name}.js`)],
      [`${app.name}.js`, app.main],
    ]),
  ),
});

/** Builds one app as an app would (`vite build`), in memory. */
async function buildApp(app) {
  const result = await build({
    root: appDir,
    configFile: false,
    logLevel: 'silent',
    // Vite's modulepreload polyfill (~0.6 kB gzip) is the app's, not the kit's: left out.
    build: { write: false, modulePreload: { polyfill: false }, rolldownOptions: { input: path.join(appDir, `${app.name}.html`) } },
  });
  const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = output.filter((o) => o.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const initial = new Set();
  const queue = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  while (queue.length) {
    const name = queue.pop();
    if (initial.has(name) || !byName.has(name)) continue;
    initial.add(name);
    queue.push(...byName.get(name).imports);
  }
  const bytes = (list) => Buffer.concat(list.map((c) => Buffer.from(c.code)));
  const initialBytes = bytes(chunks.filter((c) => initial.has(c.fileName)));
  const totalBytes = bytes(chunks);
  return {
    chunks,
    initialNames: initial,
    modules: chunks.flatMap((c) => c.moduleIds),
    initial: { raw: initialBytes.length, gzip: gzip(initialBytes), brotli: brotli(initialBytes), files: initial.size },
    total: { raw: totalBytes.length, gzip: gzip(totalBytes), brotli: brotli(totalBytes), files: chunks.length },
  };
}

const fmt = (n) => `${(n / kB).toFixed(1)} kB`;
const problems = [];
const lines = [];
console.log(`\nsize: consumer apps built with Vite ${(await import('vite')).version} from ${path.basename(tarball)}`);
console.log(
  `  ${'app'.padEnd(12)} ${'initial gzip'.padStart(13)} ${'brotli'.padStart(9)} ${'total gzip'.padStart(11)} ${'brotli'.padStart(9)}  chunks  minified total`,
);
for (const app of APPS) {
  const measured = await buildApp(app);
  const { initial, total } = measured;
  console.log(
    `  ${app.name.padEnd(12)} ${fmt(initial.gzip).padStart(13)} ${fmt(initial.brotli).padStart(9)} ${fmt(total.gzip).padStart(11)} ${fmt(total.brotli).padStart(9)}  ${String(total.files).padStart(6)}  ${fmt(total.raw).padStart(13)}   ${app.what}`,
  );
  lines.push({ app, measured });
}

console.log('\n  budgets:');
for (const { app, measured } of lines) {
  if (app.budget) {
    const value = measured[app.budget.on ?? 'initial'].gzip;
    const ok = value <= app.budget.limit;
    console.log(`  ${ok ? 'PASS' : 'FAIL'} ${app.name}: ${app.budget.on ?? 'initial'} ${fmt(value)} gzip (budget ${app.budget.label})`);
    if (!ok) problems.push(`${app.name} is ${fmt(value)} gzip, over its budget (${app.budget.label})`);
  }
  if (app.forbid) {
    const modules = measured.modules.filter((id) => app.forbid.modules.some((pattern) => pattern.test(id.split(path.sep).join('/'))));
    const code = measured.chunks.map((c) => c.code).join('\n');
    const text = app.forbid.text.filter((marker) => code.includes(marker));
    const ok = modules.length === 0 && text.length === 0;
    const found = [...modules.map((id) => path.relative(appDir, id)), ...text.map((t) => `"${t}"`)];
    console.log(`  ${ok ? 'PASS' : 'FAIL'} ${app.name}: ${app.forbid.why}${ok ? '' : ` — found ${found.slice(0, 4).join(', ')}`}`);
    if (!ok) problems.push(`${app.name} holds ${found.slice(0, 4).join(', ')} (${app.forbid.why})`);
  }
  for (const target of app.report ?? []) {
    const value = measured[target.on].gzip;
    console.log(
      `  ${value <= target.limit ? 'PASS' : 'MISS'} ${app.name}: ${target.on} ${fmt(value)} gzip — ${target.label} (reported, not enforced here)`,
    );
  }
  if (app.name === 'production') {
    const lit = measured.modules.some(isLit);
    const dexie = measured.modules.some(isDexie);
    console.log(`       (${app.name} includes Lit: ${lit ? 'yes' : 'no'}, Dexie: ${dexie ? 'yes' : 'no'})`);
  }
}

const modulesArg = process.argv.find((a) => a === '--modules' || a.startsWith('--modules='));
if (modulesArg) {
  const top = Number(modulesArg.split('=')[1] ?? 40);
  const appName = process.argv.find((a) => a.startsWith('--modules-app='))?.split('=')[1] ?? 'production';
  const on = process.argv.find((a) => a.startsWith('--modules-on='))?.split('=')[1] ?? 'initial';
  const found = lines.find((l) => l.app.name === appName);
  if (!found) throw new Error(`--modules-app: no app "${appName}"`);
  listModules(found.measured, { top, on, appName });
}

/**
 * What the chunks are made of, module by module: each module's code as the chunk renders it
 * (tree-shaken), minified alone and gzipped alone; then each package or folder, its modules gzipped
 * together. What is compressed apart loses what it shares with its neighbours, so these sum to
 * more than the chunks gzipped whole: read them as shares, not sums.
 */
function listModules(measured, { top, on, appName }) {
  const chunks = measured.chunks.filter((c) => on === 'total' || measured.initialNames.has(c.fileName));
  const rows = [];
  for (const chunk of chunks) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (!module.code) continue;
      const { code } = minifySync(path.basename(id).replace(/\?.*$/, '') + '.js', module.code, {
        compress: true,
        mangle: { toplevel: true },
      });
      rows.push({
        id: displayId(id),
        group: groupOf(id),
        code,
        min: Buffer.byteLength(code),
        gzip: gzip(Buffer.from(code)),
      });
    }
  }
  const sum = (list, key) => list.reduce((n, r) => n + r[key], 0);
  const width = 62;
  console.log(
    `\n  ${appName}, ${on === 'total' ? 'every chunk' : 'first load'}: ${rows.length} modules in ${chunks.length} chunk(s); each minified and gzipped alone`,
  );
  console.log(`  ${'module'.padEnd(width)} ${'minified'.padStart(9)} ${'gzip'.padStart(8)}`);
  for (const row of rows.sort((a, b) => b.gzip - a.gzip).slice(0, top)) {
    console.log(`  ${row.id.slice(-width).padEnd(width)} ${fmt(row.min).padStart(9)} ${fmt(row.gzip).padStart(8)}`);
  }
  const groups = new Map();
  for (const row of rows) groups.set(row.group, [...(groups.get(row.group) ?? []), row]);
  // A group's modules gzipped together, as they sit side by side in a chunk.
  const together = (list) => gzip(Buffer.from(list.map((r) => r.code).join('\n')));
  const grouped = [...groups].map(([group, list]) => ({ group, list, size: together(list) })).sort((a, b) => b.size - a.size);
  console.log(`\n  ${'by package / folder (gzipped together)'.padEnd(width)} ${'minified'.padStart(9)} ${'gzip'.padStart(8)}  modules`);
  for (const { group, list, size } of grouped) {
    console.log(
      `  ${group.padEnd(width)} ${fmt(sum(list, 'min')).padStart(9)} ${fmt(size).padStart(8)}  ${String(list.length).padStart(7)}`,
    );
  }
  console.log(
    `  ${'(sum of the parts; the chunks gzipped whole are smaller)'.padEnd(width)} ${fmt(sum(rows, 'min')).padStart(9)} ${fmt(sum(grouped, 'size')).padStart(8)}`,
  );
}

/** A module's path from the package it is in (`dexie/dist/dexie.mjs`, `tim-elements/dist/…`). */
function displayId(id) {
  const unix = id.split(path.sep).join('/');
  const at = unix.lastIndexOf('/node_modules/');
  return at < 0 ? path.relative(appDir, id) : unix.slice(at + '/node_modules/'.length);
}

/** The package, or for the kit its folder (`tim-elements/core/store`, `tim-elements/components/message`). */
function groupOf(id) {
  const shown = displayId(id);
  const kit = /^tim-elements\/dist\/(core\/[^/]+|components\/[^/]+|locales|[^/]+$)/.exec(shown);
  if (kit) return `tim-elements/${kit[1].endsWith('.js') ? '(root)' : kit[1]}`;
  const parts = shown.split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

// The no-build bundle, for a plain page (everything, the demo too).
const bundle = readFileSync(path.join(root, 'dist/tim-elements.bundle.js'));
console.log(
  `\n  no-build bundle dist/tim-elements.bundle.js: ${fmt(gzip(bundle))} gzip, ${fmt(brotli(bundle))} brotli (${fmt(bundle.length)} minified; everything, the demo too)`,
);

if (problems.length) {
  console.error(`\nsize: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nsize: ok (every budget met)');
