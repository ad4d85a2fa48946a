// `npm run build` (also `prepack`, so `npm pack` and `npm publish` always ship a fresh build): the
// library (one module per source module), the no-build bundle, the type declarations, theme.css,
// the custom elements manifest and the framework typings generated from it — from a clean dist/ —
// then checks that each output is what the package promises. Exits 1 with the reasons when a step
// or a check fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifestPath = path.join(root, 'custom-elements.json');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const BUNDLE = 'tim-elements.bundle.js';
const problems = [];

function step(title) {
  console.log(`\n── ${title}`);
}

/** Runs a tool; a failure is recorded and the build goes on, so one run reports every problem. */
function run(title, command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) problems.push(`${title} failed (exit ${result.status ?? result.signal}); see its messages above`);
}

/** Vite returns one output, or one per environment; either way, the list of chunks and assets. */
function outputFiles(result) {
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
}

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
}

const rel = (file) => path.relative(root, file).split(path.sep).join('/');

// ── 1. Clean, then the library and the bundle ────────────────────────────────────────────────────
rmSync(dist, { recursive: true, force: true });
rmSync(manifestPath, { force: true });

/** One `vite build`; a failure ends the script with Vite's message (it names the file and line). */
async function viteBuild(mode) {
  try {
    return outputFiles(await build({ root, mode, logLevel: 'warn' }));
  } catch (error) {
    console.error(`\nbuild: vite build (mode ${mode}) failed:\n${error?.message ?? error}`);
    process.exit(1);
  }
}

step('library (vite build)');
const libOutput = await viteBuild('production');

step('single-file bundle (vite build --mode bundle)');
const bundleOutput = await viteBuild('bundle');
const bundleFiles = bundleOutput.map((o) => o.fileName);
if (bundleFiles.length !== 1 || bundleFiles[0] !== BUNDLE) {
  problems.push(`the bundle build must emit exactly ${BUNDLE}; it emitted: ${bundleFiles.join(', ')}`);
}

// ── 2. Type declarations, theme.css, the manifest, the framework typings ─────────────────────────
step('type declarations (tsc -p tsconfig.build.json)');
run('tsc -p tsconfig.build.json', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);
// The bundle's types are those of its source entry.
if (existsSync(path.join(dist, 'bundle.d.ts'))) console.log('  dist/bundle.d.ts describes dist/tim-elements.bundle.js');

step('theme.css (the token stylesheet, for pages that link it)');
const { themeCss } = await import(pathToFileURL(path.join(dist, 'themes/theme-css.js')).href);
writeFileSync(
  path.join(dist, 'theme.css'),
  `/* tim-elements theme tokens. <link rel="stylesheet" href="…/tim-elements/dist/theme.css"> */\n${themeCss}`,
);
console.log('  dist/theme.css');

step('custom elements manifest (cem analyze)');
run('cem analyze', process.execPath, [
  path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
]);

step('framework typings and editor data, from the manifest');
if (existsSync(manifestPath)) run('framework typings', process.execPath, [path.join(root, 'scripts/framework-types.mjs')]);

// ── 3. Checks ────────────────────────────────────────────────────────────────────────────────────
step('checks');

// Every file package.json's `exports` names exists.
const exportTargets = Object.entries(packageJson.exports).flatMap(([entry, target]) =>
  (typeof target === 'string' ? [target] : Object.values(target)).map((file) => ({ entry, file })),
);
for (const { entry, file } of exportTargets) {
  if (!existsSync(path.join(root, file))) problems.push(`package.json exports "${entry}" → ${file}, which the build did not make`);
}
for (const file of packageJson.files) {
  if (!existsSync(path.join(root, file))) problems.push(`package.json "files" names ${file}, which is missing`);
}

const jsFiles = filesUnder(dist).filter((f) => f.endsWith('.js'));

// The SDK is the app's optional peer: no JavaScript output may load it. Its types are referenced
// only by the adapter's declarations (dist/core/service/tencent/).
const sdkTypeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s*|\brequire\s*\(\s*)["']@tencentcloud\//;
for (const file of jsFiles) {
  if (sdkTypeImport.test(readFileSync(file, 'utf8'))) problems.push(`${rel(file)} loads @tencentcloud/`);
}
const adapterTypes = path.join(dist, 'core/service/tencent') + path.sep;
for (const file of filesUnder(dist).filter((f) => f.endsWith('.d.ts'))) {
  if (file.startsWith(adapterTypes)) continue;
  if (sdkTypeImport.test(readFileSync(file, 'utf8')))
    problems.push(`${rel(file)} imports @tencentcloud/ types outside the adapter's declarations`);
}

/** Every `defineElement('tim-x', …)` in the elements' define.ts files. */
const definedTags = filesUnder(path.join(root, 'src/components'))
  .filter((f) => path.basename(f) === 'define.ts')
  .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/defineElement\(\s*['"]([a-z0-9-]+)['"]/g)].map(([, tag]) => ({ tag, file })));
const definesTag = (code, tag) => ['"', "'", '`'].some((q) => code.includes(`${q}${tag}${q}`));

/**
 * The modules an entry loads, statically or on demand, from the build's own record of the output
 * (what each chunk imports), plus the external packages it imports.
 */
function chunkGraph(output, entryFileName) {
  const chunks = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const reached = [];
  const externals = new Set();
  const queue = [entryFileName];
  while (queue.length) {
    const name = queue.pop();
    const chunk = chunks.get(name);
    if (!chunk) {
      externals.add(name);
      continue;
    }
    if (reached.includes(chunk)) continue;
    reached.push(chunk);
    queue.push(...chunk.imports, ...chunk.dynamicImports);
  }
  return { chunks: reached, externals: [...externals] };
}

const isLitPackage = (id) => /^(?:lit|lit-html|lit-element)(?:\/|$)|^@lit(?:-labs)?\//.test(id);
const litCode = /\b(?:LitElement|litElementVersions|litHtmlVersions|reactiveElementVersions)\b/;
const sourcesOf = (chunks) => chunks.flatMap((c) => c.moduleIds.map((id) => rel(id)));

/** What each entry may not load: the roles stay apart (README, "Entry points"). */
const ENTRY_RULES = [
  {
    entry: 'core/index.js',
    forbid: [/^src\/components\//, /^src\/core\/service\/local\//, /^src\/demo/],
    forbidExternal: isLitPackage,
    why: 'the core has no elements, no Lit, no embedded backend, no demo',
  },
  {
    entry: 'local.js',
    forbid: [/^src\/components\//, /seed-demo|demo-media|demo-video/],
    forbidExternal: isLitPackage,
    why: 'the embedded backend holds no demo data and no Lit',
  },
  {
    entry: 'index.js',
    forbid: [/^src\/core\/service\/local\//, /^src\/core\/service\/tencent\//, /^src\/core\/cache\/dexie/, /^src\/demo/, /demo-store/],
    forbidExternal: (id) => id === 'dexie',
    why: 'the elements hold no backend, no Dexie cache and no demo',
  },
];
if (libOutput.length) {
  for (const { entry, forbid, forbidExternal, why } of ENTRY_RULES) {
    const graph = chunkGraph(libOutput, entry);
    if (!graph.chunks.length) {
      problems.push(`the library build has no ${entry}`);
      continue;
    }
    const bad = sourcesOf(graph.chunks).filter((source) => forbid.some((pattern) => pattern.test(source)));
    if (bad.length) problems.push(`dist/${entry} loads ${bad.slice(0, 4).join(', ')} (${why})`);
    const badExternal = graph.externals.filter(forbidExternal);
    if (badExternal.length) problems.push(`dist/${entry} imports ${badExternal.join(', ')} (${why})`);
  }
  const core = chunkGraph(libOutput, 'core/index.js');
  for (const chunk of core.chunks)
    if (litCode.test(chunk.code)) problems.push(`dist/${chunk.fileName} (loaded by dist/core/index.js) contains Lit code`);

  // Each element's registration is reached from dist/index.js, and from its own entry.
  const indexCode = chunkGraph(libOutput, 'index.js')
    .chunks.map((c) => c.code)
    .join('\n');
  const missing = definedTags.filter(({ tag }) => !definesTag(indexCode, tag)).map(({ tag }) => `<${tag}>`);
  if (missing.length) problems.push(`dist/index.js does not register ${missing.join(', ')}`);
  // Each element's entry registers every element it renders (`tim-elements/chat` alone is a whole chat).
  for (const [entry, target] of Object.entries(packageJson.exports)) {
    const file = typeof target === 'object' ? target.default : undefined;
    if (!file?.endsWith('/define.js')) continue;
    const code = chunkGraph(libOutput, file.replace(/^\.\/dist\//, ''))
      .chunks.map((c) => c.code)
      .join('\n')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/^\s*\/\/.*$/gm, '');
    const rendered = [...new Set([...code.matchAll(/<(tim-[a-z-]+)[\s>]/g)].map(([, tag]) => tag))];
    const unregistered = rendered.filter((tag) => definedTags.some((d) => d.tag === tag) && !definesTag(code, tag));
    if (unregistered.length)
      problems.push(`tim-elements/${entry.slice(2)} renders ${unregistered.map((t) => `<${t}>`).join(', ')} without registering it`);
  }
  // The library keeps its dependencies as imports rather than copies.
  for (const chunk of libOutput.filter((o) => o.type === 'chunk')) {
    const copies = chunk.moduleIds.filter((id) => id.includes(`${path.sep}node_modules${path.sep}`));
    if (copies.length) problems.push(`dist/${chunk.fileName} holds dependency code: ${copies.slice(0, 3).map(rel).join(', ')}`);
  }
}

// The bundle stands alone: one chunk importing nothing, statically or on demand; no Node globals;
// it exports what a plain page needs to connect to Tencent Cloud Chat, and holds the demo.
const bundleChunk = bundleOutput.find((o) => o.fileName === BUNDLE);
if (bundleChunk) {
  // An inlined dynamic import is recorded as the chunk importing itself.
  const loads = [...bundleChunk.imports, ...bundleChunk.dynamicImports].filter((name) => name !== BUNDLE);
  if (loads.length) problems.push(`dist/${BUNDLE} still imports: ${loads.join(', ')}`);
  const code = bundleChunk.code;
  if (/\bimport\s*\(\s*["'`]/.test(code)) problems.push(`dist/${BUNDLE} still has a dynamic import()`);
  const missing = definedTags.filter(({ tag }) => !definesTag(code, tag)).map(({ tag }) => `<${tag}>`);
  if (missing.length) problems.push(`dist/${BUNDLE} does not register ${missing.join(', ')}`);
  if (/\bprocess\.env\b/.test(code)) problems.push(`dist/${BUNDLE} reads process.env, which a plain page does not have`);
  const pageNeeds = ['ChatStore', 'TencentChatService', 'createChatCache', 'MemoryCache', 'LocalServer', 'LocalChatService', 'TimChat'];
  const unexported = pageNeeds.filter((name) => !bundleChunk.exports.includes(name));
  if (unexported.length) problems.push(`dist/${BUNDLE} does not export ${unexported.join(', ')}`);
  const needed = [
    'src/components/chat/demo-store.ts',
    'src/core/service/local/seed-demo.ts',
    'node_modules/dexie/',
    'node_modules/lit-element/',
  ];
  for (const part of needed) {
    if (!bundleChunk.moduleIds.some((id) => id.split(path.sep).join('/').includes(part))) problems.push(`dist/${BUNDLE} lacks ${part}`);
  }
}

// The manifest describes every element a define.ts registers, with its summary, at paths that exist.
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const { tag, file } of definedTags) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) problems.push(`custom-elements.json lacks <${tag}> (defined in ${rel(file)})`);
    else if (!declaration.summary) problems.push(`custom-elements.json: <${tag}> has no @summary`);
  }
  for (const mod of manifest.modules) {
    if (!existsSync(path.join(root, mod.path))) problems.push(`custom-elements.json names ${mod.path}, which is not in the package`);
  }
} else {
  problems.push('custom-elements.json is missing');
}

const sizeOf = (file) => `${(statSync(file).size / 1024).toFixed(1)} kB`;
for (const file of ['index.js', 'core/index.js', 'local.js', 'demo.js', BUNDLE, 'theme.css']) {
  const full = path.join(dist, file);
  if (existsSync(full)) console.log(`  dist/${file.padEnd(24)} ${sizeOf(full)}`);
}
console.log(
  `  dist/                          ${jsFiles.length} modules, ${filesUnder(dist).filter((f) => f.endsWith('.d.ts')).length} declaration files`,
);
console.log('  (what an app ships: npm run size)');

if (problems.length) {
  console.error(`\nbuild: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nbuild: ok (library, bundle, types, theme.css, custom-elements.json, framework typings; entry points keep to their roles)');
