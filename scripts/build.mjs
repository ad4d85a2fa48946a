// `npm run build`: the library, the single-file bundle, the type declarations and the custom
// elements manifest, from a clean dist/ — then checks that each output is what the package promises.
// Exits 1 with the reasons when a step or a check fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const manifestPath = path.join(root, 'custom-elements.json');
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

const rel = (file) => path.relative(root, file);

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

// ── 2. Type declarations and the manifest ────────────────────────────────────────────────────────
step('type declarations (tsc -p tsconfig.build.json)');
run('tsc -p tsconfig.build.json', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json']);

step('custom elements manifest (cem analyze)');
run('cem analyze', process.execPath, [
  path.join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js'),
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
]);

// ── 3. Checks ────────────────────────────────────────────────────────────────────────────────────
step('checks');
const required = ['index.js', 'core.js', BUNDLE, 'types/index.d.ts', 'types/core/index.d.ts'];
for (const file of required) {
  if (!existsSync(path.join(dist, file))) problems.push(`dist/${file} is missing`);
}

const jsFiles = filesUnder(dist).filter((f) => f.endsWith('.js'));

// The SDK is the app's optional peer: no JavaScript output and no manifest may contain it. Its
// types are referenced only by the adapter's declarations (dist/types/core/service/tencent/).
const sdkPattern = /@tencentcloud\//;
for (const file of [...jsFiles, manifestPath]) {
  if (existsSync(file) && sdkPattern.test(readFileSync(file, 'utf8'))) problems.push(`${rel(file)} mentions @tencentcloud/`);
}
const adapterTypes = path.join(dist, 'types/core/service/tencent') + path.sep;
const sdkTypeImport = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)["']@tencentcloud\//;
for (const file of filesUnder(path.join(dist, 'types'))) {
  if (file.startsWith(adapterTypes)) continue;
  if (sdkTypeImport.test(readFileSync(file, 'utf8'))) problems.push(`${rel(file)} imports @tencentcloud/ types outside the adapter's declarations`);
}

/** Every `defineElement('tim-x', …)` in the elements' define.ts files. */
const definedTags = filesUnder(path.join(root, 'src/components'))
  .filter((f) => path.basename(f) === 'define.ts')
  .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/defineElement\(\s*['"]([a-z0-9-]+)['"]/g)].map(([, tag]) => ({ tag, file })));
const definesTag = (code, tag) => ['"', "'", '`'].some((q) => code.includes(`${q}${tag}${q}`));

/**
 * The chunks an entry loads, statically or on demand, from the build's own record of the output
 * (what each chunk imports and which source modules it holds), plus the external packages it imports.
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
const isLitModule = (moduleId) => /node_modules\/(?:lit|lit-html|lit-element|@lit|@lit-labs)\//.test(moduleId);
const litCode = /\b(?:LitElement|litElementVersions|litHtmlVersions|reactiveElementVersions)\b/;

// dist/core.js and everything it loads: no Lit at all — no import of it, no Lit module inlined,
// no Lit code in the text.
if (libOutput.length) {
  const core = chunkGraph(libOutput, 'core.js');
  if (!core.chunks.length) problems.push('the library build has no core.js entry');
  for (const externalId of core.externals.filter(isLitPackage)) problems.push(`dist/core.js loads "${externalId}"`);
  for (const chunk of core.chunks) {
    const litModules = chunk.moduleIds.filter(isLitModule);
    if (litModules.length) problems.push(`dist/${chunk.fileName} (loaded by dist/core.js) holds Lit: ${litModules.slice(0, 3).map(rel).join(', ')}`);
    const componentModules = chunk.moduleIds.filter((id) => id.includes(`${path.sep}src${path.sep}components${path.sep}`));
    if (chunk.fileName === 'core.js' && componentModules.length) problems.push(`dist/core.js holds element code: ${componentModules.slice(0, 3).map(rel).join(', ')}`);
    if (litCode.test(chunk.code)) problems.push(`dist/${chunk.fileName} (loaded by dist/core.js) contains Lit code`);
  }

  // dist/index.js keeps its dependencies as imports rather than copies.
  const index = chunkGraph(libOutput, 'index.js');
  for (const dependency of ['lit', 'dexie']) {
    if (!index.externals.includes(dependency)) problems.push(`dist/index.js does not import "${dependency}" (inlined?)`);
  }
  // Each element's registration survives tree-shaking (with the chunks index.js imports statically).
  const indexCode = index.chunks.map((c) => c.code).join('\n');
  const missing = definedTags.filter(({ tag }) => !definesTag(indexCode, tag)).map(({ tag }) => `<${tag}>`);
  if (missing.length) problems.push(`dist/index.js does not register ${missing.join(', ')}`);
  for (const chunk of index.chunks) {
    const copies = chunk.moduleIds.filter((id) => id.includes(`${path.sep}node_modules${path.sep}`));
    if (copies.length) problems.push(`dist/${chunk.fileName} holds dependency code: ${copies.slice(0, 3).map(rel).join(', ')}`);
  }
}

// The bundle stands alone: one chunk importing nothing, statically or on demand; no Node globals.
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
  // What a plain page needs: the embedded demo backend (loaded on demand elsewhere), Dexie and Lit.
  const needed = ['src/components/chat/demo-store.ts', 'src/core/service/local/seed-demo.ts', 'node_modules/dexie/', 'node_modules/lit-element/'];
  for (const part of needed) {
    if (!bundleChunk.moduleIds.some((id) => id.split(path.sep).join('/').includes(part))) problems.push(`dist/${BUNDLE} lacks ${part}`);
  }
}

// The manifest describes every element a define.ts registers, with its summary.
if (existsSync(manifestPath)) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  for (const { tag, file } of definedTags) {
    const declaration = declarations.find((d) => d.tagName === tag);
    if (!declaration) problems.push(`custom-elements.json lacks <${tag}> (defined in ${rel(file)})`);
    else if (!declaration.summary) problems.push(`custom-elements.json: <${tag}> has no @summary`);
  }
} else {
  problems.push('custom-elements.json is missing');
}

const sizeOf = (file) => `${(statSync(file).size / 1024).toFixed(1)} kB`;
for (const file of ['index.js', 'core.js', BUNDLE]) {
  const full = path.join(dist, file);
  if (existsSync(full)) console.log(`  dist/${file.padEnd(24)} ${sizeOf(full)}`);
}
console.log(`  dist/chunks/              ${jsFiles.filter((f) => f.includes(`${path.sep}chunks${path.sep}`)).length} files`);
console.log(`  dist/types/               ${filesUnder(path.join(dist, 'types')).length} declaration files`);

if (problems.length) {
  console.error(`\nbuild: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ✗ ${problem}`);
  process.exit(1);
}
console.log('\nbuild: ok (library, bundle, types, custom-elements.json; no Lit in core, no @tencentcloud in output)');
