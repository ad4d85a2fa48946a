// Server-side rendering (Next.js, Nuxt, Astro…) imports the kit in Node, where there is no DOM:
// every entry point of the package must import there without throwing. Each entry of
// package.json's `exports` is imported from its source module (dist/ mirrors src/; the no-build
// bundle's Node condition is its module form). `.ci/run` does the same with the packed tarball.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

interface ExportTarget {
  types?: string;
  node?: string;
  default?: string;
}
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, string | ExportTarget>;
};

const entries = Object.entries(packageJson.exports)
  .map(([entry, target]) => ({ entry, file: typeof target === 'string' ? target : (target.node ?? target.default) }))
  .filter((e): e is { entry: string; file: string } => !!e.file && e.file.endsWith('.js'));

describe('SSR: every entry point imports in Node', () => {
  it('lists the entry points (tim-elements, each element, core, local, demo, bundle)', () => {
    const names = entries.map((e) => e.entry);
    for (const expected of ['.', './core', './local', './demo', './bundle', './chat', './composer', './emoji-parser'])
      assert.ok(names.includes(expected), `${expected} is an entry point`);
  });

  for (const { entry, file } of entries) {
    it(`imports "${entry === '.' ? 'tim-elements' : `tim-elements/${entry.slice(2)}`}" (${file})`, async () => {
      assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'no DOM here');
      const source = new URL(`../../${file.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts')}`, import.meta.url);
      const module = (await import(source.href)) as Record<string, unknown>;
      assert.ok(Object.keys(module).length > 0, 'it exports its API');
    });
  }
});
