// `npm run size` (after `npm run build`): gzipped sizes of what the package ships, and of its
// runtime dependencies for comparison, each bundled and minified the same way on the fly.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / 1024).toFixed(1)} kB`.padStart(9);
const row = (name, raw, zipped) => console.log(`  ${name.padEnd(52)} ${kB(raw)} ${kB(zipped)}`);

if (!existsSync(path.join(dist, 'tim-elements.bundle.js'))) {
  console.error('size: dist/ is missing or incomplete; run "npm run build" first.');
  process.exit(1);
}

/** Files loaded statically from an entry (its `import … from './chunks/…'`), the entry first. */
function staticGraph(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(path.resolve(path.dirname(file), spec));
    }
  }
  return [...seen];
}

console.log(`  ${'file'.padEnd(52)} ${'size'.padStart(9)} ${'gzip -9'.padStart(9)}`);
for (const entry of ['index.js', 'core.js']) {
  const files = staticGraph(path.join(dist, entry));
  const own = readFileSync(files[0]);
  row(`dist/${entry}`, own.length, gzip(own));
  const all = Buffer.concat(files.map((f) => readFileSync(f)));
  row(`dist/${entry} + the chunks it imports (${files.length - 1})`, all.length, gzip(all));
}
const lazy = readdirSync(path.join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
const allChunks = Buffer.concat(lazy.map((f) => readFileSync(path.join(dist, 'chunks', f))));
row(`dist/chunks/*.js (all ${lazy.length}, with those loaded on demand)`, allChunks.length, gzip(allChunks));
const bundle = readFileSync(path.join(dist, 'tim-elements.bundle.js'));
row('dist/tim-elements.bundle.js (everything)', bundle.length, gzip(bundle));

// The dependencies, each bundled and minified on its own, as the single-file bundle does.
console.log('\n  for comparison (bundled + minified here):');
const dependencies = {
  lit: "export * from 'lit'; export * from 'lit/decorators.js';",
  dexie: "export { default } from 'dexie';",
  '@lit-labs/virtualizer': "export * from '@lit-labs/virtualizer'; export * from '@lit-labs/virtualizer/virtualize.js';",
  '@lit/context': "export * from '@lit/context';",
};
for (const [name, source] of Object.entries(dependencies)) {
  const id = '\0size-entry';
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    plugins: [{ name: 'size-entry', resolveId: (s) => (s === id ? id : null), load: (i) => (i === id ? source : null) }],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      rolldownOptions: { input: id, output: { codeSplitting: false, format: 'es' }, preserveEntrySignatures: 'strict' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const code = Buffer.concat(outputs.filter((o) => o.type === 'chunk').map((o) => Buffer.from(o.code)));
  row(name, code.length, gzip(code));
}
