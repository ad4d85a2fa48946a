import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `vite` serves the demo (index.html).
 * `vite build` makes the library: ESM entries `dist/index.js` (the elements) and `dist/core.js`
 * (the core, no Lit), sharing code through `dist/chunks/`; lit, @lit/*, @lit-labs/* and dexie
 * stay imports, since they are the package's dependencies.
 * `vite build --mode bundle` makes `dist/tim-elements.bundle.js`: everything, dynamic imports
 * included, in one file for a plain page with no build step.
 * `npm run build` (scripts/build.mjs) runs both, then the type declarations and the manifest, and
 * checks the results.
 */

/** The Tencent SDK is an optional peer the app supplies; no output may import or contain it. */
function forbidTencentSdk(): Plugin {
  return {
    name: 'tim-forbid-tencent-sdk',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source.startsWith('@tencentcloud/')) {
        this.error(
          `${importer ?? 'an entry'} imports "${source}" at run time; the kit may only use its types (import type).`,
        );
      }
      return null;
    },
  };
}

const libraryDependencies = [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//, /^dexie($|\/)/];

/**
 * package.json's `sideEffects` names the built files (`dist/…`) for the app's bundler. Applied to
 * our own sources while building, it marks every `src/` module pure, and each `define.ts` (whose
 * whole job is `customElements.define`) would be dropped. Our sources get the normal analysis:
 * a transform's `moduleSideEffects` outranks the package.json field (Vite reports that field at
 * resolve time, where `treeshake.moduleSideEffects` cannot override it).
 */
function ownSourcesKeepSideEffects(): Plugin {
  const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ownSources = new RegExp(`^${escapeRegExp(fileURLToPath(new URL('./src/', import.meta.url)))}`);
  return {
    name: 'tim-own-sources-keep-side-effects',
    apply: 'build',
    transform: {
      filter: { id: ownSources },
      handler: (code) => ({ code, map: null, moduleSideEffects: true }),
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [forbidTencentSdk(), ownSourcesKeepSideEffects()],
      // Library mode leaves `process.env.NODE_ENV` for the app's bundler; a plain page has none.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: 'src/index.ts', formats: ['es'], fileName: () => 'tim-elements.bundle.js' },
        rolldownOptions: {
          // One file: the demo backend `<tim-chat>` loads on demand is inlined too. Full
          // minification (Vite keeps whitespace in ES libraries for the app's bundler; no bundler
          // reads this file).
          output: { codeSplitting: false, minify: true },
        },
      },
    };
  }
  if (mode === 'demo') {
    return { plugins: [ownSourcesKeepSideEffects()], build: { outDir: 'dist-demo', target: 'es2022' } };
  }
  return {
    plugins: [forbidTencentSdk(), ownSourcesKeepSideEffects()],
    server: { host: '127.0.0.1' },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: { index: 'src/index.ts', core: 'src/core/index.ts' },
        formats: ['es'],
        fileName: (_format, entryName) => `${entryName}.js`,
      },
      rolldownOptions: {
        external: libraryDependencies,
        output: { chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  };
});
