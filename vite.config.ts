import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * `vite` serves the demo (index.html); `vite build --mode demo` builds it into dist-demo/.
 * `vite build` makes the library: one ES module per source module under dist/ (as src/ is laid
 * out), so an app's bundler keeps exactly what it uses. The package's entry points
 * (`LIBRARY_ENTRIES`) are modules among them. lit, @lit/*, @lit-labs/* and dexie stay imports,
 * since they are the package's dependencies.
 * `vite build --mode bundle` makes `dist/tim-elements.bundle.js`: everything in one file for a
 * plain page with no build step.
 * `npm run build` (scripts/build.mjs) runs both, then the type declarations, theme.css and the
 * manifest, and checks the results.
 */

/** The Tencent SDK is an optional peer the app supplies; no output may import or contain it. */
function forbidTencentSdk(): Plugin {
  return {
    name: 'tim-forbid-tencent-sdk',
    enforce: 'pre',
    apply: 'build',
    resolveId(source, importer) {
      if (source.startsWith('@tencentcloud/')) {
        this.error(`${importer ?? 'an entry'} imports "${source}" at run time; the kit may only use its types (import type).`);
      }
      return null;
    },
  };
}

/** The package's entry points (package.json `exports`), as source modules. */
export const ELEMENT_ENTRIES = [
  'chat',
  'conversation-list',
  'message-list',
  'message',
  'message-actions',
  'composer',
  'emoji-parser',
  'emoji-picker',
  'avatar',
  'image-viewer',
  'confirm-dialog',
  'forward-picker',
  'merged-viewer',
  'read-receipts',
] as const;
/** Locale modules (src/locales/<code>.ts), each a package entry; en and zh-CN are built in. */
export const SHIPPED_LOCALE_MODULES = ['zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ar'] as const;
const LIBRARY_ENTRIES = [
  'src/index.ts',
  'src/core/index.ts',
  'src/local.ts',
  'src/demo.ts',
  // The no-build bundle's API as modules: what `tim-elements/bundle` gives Node (server rendering).
  'src/bundle.ts',
  ...ELEMENT_ENTRIES.map((name) => `src/components/${name}/define.ts`),
  // The shipped locales beyond en and zh-CN (`tim-elements/locales/fr`…), also loaded on demand.
  ...SHIPPED_LOCALE_MODULES.map((code) => `src/locales/${code}.ts`),
];

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

/**
 * The elements' `css\`…\`` stylesheets without comments and indentation: apps' bundlers minify
 * JavaScript, never the CSS inside template literals, so without this every comment and space of
 * the styles ships. Only whitespace next to `{ } ; ,`, after a property's colon, and runs of it are
 * touched (a space between selectors is a combinator and stays); no stylesheet of the kit has a
 * string with `/*` in it.
 */
function minifyCssLiterals(code: string): string {
  return code.replace(/\b(css|cssText)`([^`]*)`/g, (_, tag: string, text: string) => {
    const minified = text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,])\s*/g, '$1')
      // "color: red" → "color:red" (a space after a colon only ever follows a property name or a media feature).
      .replace(/([\w-]):\s+/g, '$1:')
      .replace(/;}/g, '}')
      .trim();
    return `${tag}\`${minified}\``;
  });
}

function ownCssMinified(): Plugin {
  const ownSources = new RegExp(`^${fileURLToPath(new URL('./src/', import.meta.url)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\.ts$`);
  return {
    name: 'tim-own-css-minified',
    apply: 'build',
    transform: {
      filter: { id: ownSources, code: /\bcss(Text)?`/ },
      handler: (code) => ({ code: minifyCssLiterals(code), map: null }),
    },
  };
}

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [forbidTencentSdk(), ownSourcesKeepSideEffects(), ownCssMinified()],
      // Library mode leaves `process.env.NODE_ENV` for the app's bundler; a plain page has none.
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        sourcemap: false,
        lib: { entry: 'src/bundle.ts', formats: ['es'], fileName: () => 'tim-elements.bundle.js' },
        rolldownOptions: {
          // One file, fully minified (Vite keeps whitespace in ES libraries for the app's
          // bundler; no bundler reads this file).
          output: { codeSplitting: false, minify: true },
        },
      },
    };
  }
  if (mode === 'demo') {
    return { plugins: [ownSourcesKeepSideEffects()], build: { outDir: 'dist-demo', target: 'es2022' } };
  }
  return {
    plugins: [forbidTencentSdk(), ownSourcesKeepSideEffects(), ownCssMinified()],
    server: { host: '127.0.0.1' },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      // Readable modules: the app's bundler minifies what it keeps.
      minify: false,
      lib: { entry: LIBRARY_ENTRIES, formats: ['es'] },
      rolldownOptions: {
        external: libraryDependencies,
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
