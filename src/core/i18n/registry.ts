import { localeChain } from './fallback.js';
import { BUILT_IN_LOCALES, normalizeLocale, type Locale } from './locale.js';

/**
 * Every string table the kit reads, by locale and namespace ('core' for the core's notices and
 * errors, one namespace per element). Three layers per locale, highest first:
 *   - what the app registered (`registerLocale`): whole locales or single overrides;
 *   - a shipped locale module (`tim-elements/locales/fr`), loaded on demand or imported;
 *   - the built-in en and zh-CN tables, which their owners pass in when they look up a key.
 * A key is looked up along the locale's fallback chain (fallback.ts), so a partial table falls
 * back key by key. Registering bumps a version and tells listeners (the elements re-render).
 */

type Table = Readonly<Record<string, unknown>>;
/** Tables a module ships inside itself: its en and zh-CN (other keys are ignored). */
export type BuiltInTables = { readonly en: Table; readonly 'zh-CN': Table };

/** `${layer} ${locale} ${namespace}` → table; layer 0 is the app's, 1 the shipped modules'. */
const tables = new Map<string, Table>();
const locales = new Set<Locale>();
const shipped = new Set<Locale>();
const shippedModules = new WeakSet<object>();
const listeners = new Set<(locale: Locale) => void>();
const chains = new Map<string, Locale[]>();
let version = 0;

/** Marks a locale module's tables as the package's own, so registering them never hides an app's overrides. */
export function defineLocale<T extends object>(localeTables: T): T {
  shippedModules.add(localeTables);
  return localeTables;
}

/**
 * Adds tables for a locale: `registerLocale('fr', { core: {...}, chat: {...} })`. Tables may be
 * partial; registering again merges key by key (the last one wins). Live elements re-render.
 */
export function registerTables(code: Locale, byNamespace: Readonly<Record<string, object | undefined>>): void {
  const locale = normalizeLocale(code);
  const layer = shippedModules.has(byNamespace) ? 1 : 0;
  if (layer) shipped.add(locale);
  locales.add(locale);
  for (const [namespace, table] of Object.entries(byNamespace)) {
    const key = `${layer} ${locale} ${namespace}`;
    if (table && typeof table === 'object') tables.set(key, { ...tables.get(key), ...table });
  }
  version++;
  chains.clear();
  for (const listener of listeners) listener(locale);
}

/** Whether a shipped locale module's tables are in (loaded or imported). */
export function hasShippedLocale(code: Locale): boolean {
  return shipped.has(normalizeLocale(code));
}

/** Locales with any registered table (app or shipped), in the order they came. */
export function registeredLocales(): Locale[] {
  return [...locales];
}

/** Goes up by one on every registration: a cheap "did anything change" for caches. */
export function localesVersion(): number {
  return version;
}

/** Called with the locale after each registration; returns the unsubscribe function. */
export function onLocaleRegistered(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The fallback chain of a locale over what is registered and the built-in en and zh-CN. */
export function chainOf(locale: Locale): Locale[] {
  let chain = chains.get(locale);
  if (!chain) chains.set(locale, (chain = localeChain(locale, [...locales, ...BUILT_IN_LOCALES])));
  return chain;
}

/**
 * Every value of `key` along the locale's chain, best first: for each locale in turn, the app's
 * table, the shipped one, then the built-in one. A caller may skip a value that fails.
 */
export function candidateStrings(namespace: string, key: string, locale: Locale, builtIn: BuiltInTables): unknown[] {
  return chainOf(locale)
    .flatMap((code) => [
      tables.get(`0 ${code} ${namespace}`)?.[key],
      tables.get(`1 ${code} ${namespace}`)?.[key],
      (builtIn as Readonly<Record<string, Table | undefined>>)[code]?.[key],
    ])
    .filter((value) => value !== undefined);
}

/** The first value of `key` along the locale's chain; undefined when no table has it. */
export function lookupString(namespace: string, key: string, locale: Locale, builtIn: BuiltInTables): unknown {
  return candidateStrings(namespace, key, locale, builtIn)[0];
}
