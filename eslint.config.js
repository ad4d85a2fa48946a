// ESLint: rules that catch bugs, not style (Prettier owns the layout). `npm run lint`.
// - typescript-eslint, type-aware (one TypeScript program for the repo through the project service):
//   promises that are neither awaited nor handled, promises where a callback expects void, etc.
// - eslint-plugin-lit: template bindings and the Lit lifecycle; eslint-plugin-wc: custom-element rules.
// - eslint-plugin-boundaries: the layers of docs/architecture.md. The core never imports Lit or an
//   element; an element imports the core only through an entry (`src/core/index.ts` or a folder's
//   `index.ts`); core folders depend on each other only down the order in CORE_LAYERS, so no folder
//   cycle can form.
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * What each core folder may import from the other core folders (errors.ts, at the root of the core,
 * may be imported by all). Every folder lists only folders above it in this list, which
 * `assertAcyclic` checks below.
 */
const CORE_LAYERS = {
  util: [],
  model: ['util'],
  emoji: ['model', 'util'],
  markdown: ['model', 'util'],
  'link-preview': ['model', 'util'],
  interop: ['model', 'util'],
  typing: ['util'],
  service: ['model', 'util'],
  cache: ['interop', 'model', 'service', 'util'],
  i18n: ['cache', 'model', 'util'],
  notices: ['i18n', 'model', 'util'],
  forward: ['i18n', 'model', 'notices', 'util'],
  local: ['link-preview', 'service', 'model', 'util'],
  tencent: ['service', 'i18n', 'model', 'util'],
  store: ['cache', 'forward', 'link-preview', 'model', 'service', 'typing', 'util'],
  scroll: [],
  composer: ['emoji', 'i18n', 'model', 'notices', 'service', 'store', 'typing', 'util'],
};

function assertAcyclic(layers) {
  const seen = new Set();
  for (const [folder, below] of Object.entries(layers)) {
    for (const dep of below) {
      if (!seen.has(dep)) throw new Error(`CORE_LAYERS: ${folder} depends on ${dep}, which is not listed before it`);
    }
    seen.add(folder);
  }
}
assertAcyclic(CORE_LAYERS);

const CORE_FOLDERS = Object.keys(CORE_LAYERS);
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts'];

/** Files other helpers are rewriting at the moment (see the last block). */

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-demo/**',
      'storybook-static/**',
      'custom-elements.json',
      'node_modules/**',
      'examples/**',
      'bench/results/**',
      'tmp/**',
      '.scratch*/**',
      'test/browser/csp/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    plugins: { boundaries, lit, wc },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Bugs.
      // node:test's test()/describe() return promises the runner awaits itself.
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            {
              from: 'package',
              package: 'node:test',
              name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'],
            },
            // @open-wc/semantic-dom-diff types chai's equal() as async (for its .dom.equal); it is not.
            { from: 'file', path: 'node_modules/@open-wc/semantic-dom-diff/chai-dom-diff-plugin.d.ts', name: 'Equal' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-array-sort-compare': ['error', { ignoreStringArrays: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-self-compare': 'error',
      'no-template-curly-in-string': 'error',
      'no-unreachable-loop': 'error',
      'no-constructor-return': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // tsc already reports these (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
      // Off: `any` reaches the code only where outside data comes in (the SDK, IndexedDB rows, the
      // desktop JSON), and there the normalizers, with their hostile-input tests, are the guard.
      // Turning these on is a typing campaign of its own (~90 sites in src, 2026-12).
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Off: style, not bugs. An async method without await keeps an interface's promise contract;
      // `Locale | string` documents the known values; `playing = this` tracks the playing element.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-redundant-type-constituents': 'off',
      '@typescript-eslint/no-this-alias': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Off: every control character in a pattern here is meant (URL checks, ANSI colour codes).
      'no-control-regex': 'off',
    },
  },
  {
    // Node scripts and configs outside the TypeScript program: syntax-level rules only.
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Elements: Lit's template and lifecycle rules, and the custom-element rules that hold for Lit.
    files: ['src/components/**/*.ts', 'stories/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'],
    rules: {
      ...lit.configs['flat/recommended'].rules,
      ...wc.configs['flat/best-practice'].rules,
      'lit/lifecycle-super': 'error',
      'lit/no-invalid-escape-sequences': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-value-attribute': 'error',
      'wc/guard-define-call': 'error',
      'wc/no-constructor': 'off', // Lit elements may set up controllers in the constructor.
      'wc/guard-super-call': 'off', // LitElement always has the lifecycle callbacks.
      // Lit calls `@event=${this.handler}` with the element as `this`.
      '@typescript-eslint/unbound-method': 'off',
      // Class fields do not shadow Lit's accessors here: tsconfig sets useDefineForClassFields false
      // (TOOLCHAIN.md, Decorators), so a field is a type declaration or a plain assignment.
      'lit/no-classfield-shadowing': 'off',
    },
  },
  {
    // The core renders nothing: no Lit.
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['lit', 'lit/*', '@lit/*', '@lit-labs/*'], message: 'src/core never imports Lit (docs/architecture.md).' }] },
      ],
    },
  },
  {
    // Tests and their fakes.
    files: ['test/**/*.ts'],
    rules: {
      // The fakes throw and reject with plain objects, as the Tencent SDK does; IndexedDB rejects
      // with request.error. Hostile-input tests stringify odd values on purpose.
      '@typescript-eslint/only-throw-error': 'off',
      '@typescript-eslint/prefer-promise-reject-errors': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off', // the fake SDK's listener table, typed as the SDK types it
      // chai's property assertions (`expect(x).to.exist`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      // The contract suite is handed the runner's describe/it; node:test's return promises.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { properties: false } }],
      // A test module defines its test-only elements once per page.
      'wc/guard-define-call': 'off',
    },
  },
  {
    // The layers (docs/architecture.md).
    files: ['src/**/*.ts'],
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core/service/(local|tencent)', capture: ['folder'], partialMatch: false },
        { type: 'core', pattern: 'src/core/(*)', capture: ['folder'], partialMatch: false },
        { type: 'core-root', pattern: 'src/core', partialMatch: false },
        { type: 'components', pattern: 'src/components', partialMatch: false },
        { type: 'package-entry', pattern: 'src', partialMatch: false },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { types: ['core', 'core-root'] } },
              disallow: { to: { element: { types: ['components', 'package-entry'] } } },
            },

            ...CORE_FOLDERS.map((folder) => ({
              from: { element: { type: 'core', captured: { folder } } },
              disallow: {
                to: {
                  element: {
                    type: 'core',
                    captured: { folder: CORE_FOLDERS.filter((f) => f !== folder && !CORE_LAYERS[folder].includes(f)) },
                  },
                },
              },
            })),
            {
              // An element reaches the core through an entry: a folder's index.ts (or seed-demo.ts / demo-link-previews.ts, the
              // demo's data, which `tim-elements/local` must not carry).
              from: { element: { type: 'components' } },
              disallow: { to: { element: { type: 'core', fileInternalPath: '!{index,seed-demo,demo-link-previews}.ts' } } },
            },
          ],
        },
      ],
    },
  },
);
