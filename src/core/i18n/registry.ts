import { localeChain } from './fallback.js';
import { normalizeLocale, type Locale } from './locale.js';

/**
 * Every string table the kit reads, by locale and namespace ('core' for the core's notices and
 * errors, one namespace per element). Three layers per locale, highest first:
 *   - what the app registered (`registerLocale`): whole locales or single overrides;
 *   - a shipped locale module (`tim-elements/locales/fr`), loaded on demand or imported;
 *   - the built-in en and zh-CN tables, which their owners pass in when they look up a key.
 * A key is looked up along the locale's fallback chain (fallback.ts), so a partial table falls
 * back key by key. Registering bumps a version and tells listeners (the elements re-render).
 */

type Tables = Map<string, Readonly<Record<string, unknown>>>;

const appLayer = new Map<Locale, Tables>();
const shippedLayer = new Map<Locale, Tables>();
const shippedModules = new WeakSet<object>();
const listeners = new Set<(locale: Locale) => void>();
const chains = new Map<string, Locale[]>();
let version = 0;

/** Marks a locale module's tables as the package's own, so registering them never hides an app's overrides. */
export function defineLocale<T extends object>(tables: T): T {
  shippedModules.add(tables);
  return tables;
}

/**
 * Adds tables for a locale: `registerLocale('fr', { core: {...}, chat: {...} })`. Tables may be
 * partial; registering again merges key by key (the last one wins). Live elements re-render.
 */
export function registerTables(code: Locale, tables: Readonly<Record<string, object | undefined>>): void {
  const locale = normalizeLocale(code);
  const layer = shippedModules.has(tables) ? shippedLayer : appLayer;
  let namespaces = layer.get(locale);
  if (!namespaces) layer.set(locale, (namespaces = new Map()));
  for (const [namespace, table] of Object.entries(tables)) {
    if (!table || typeof table !== 'object') continue;
    const entries = Object.entries(table).filter(([, value]) => typeof value === 'string' || typeof value === 'function');
    namespaces.set(namespace, { ...namespaces.get(namespace), ...Object.fromEntries(entries) });
  }
  version++;
  chains.clear();
  for (const listener of listeners) listener(locale);
}

/** Whether a shipped locale module's tables are in (loaded or imported). */
export function hasShippedLocale(code: Locale): boolean {
  return shippedLayer.has(normalizeLocale(code));
}

/** Locales with any registered table (app or shipped), in the order they came. */
export function registeredLocales(): Locale[] {
  return [...new Set([...appLayer.keys(), ...shippedLayer.keys()])];
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

/** The fallback chain of a locale over what is registered plus `builtIn` locales. */
export function chainOf(locale: Locale, builtIn: readonly Locale[]): Locale[] {
  const cacheKey = `${locale}|${builtIn.join(',')}`;
  let chain = chains.get(cacheKey);
  if (!chain) {
    chain = localeChain(locale, [...new Set([...registeredLocales(), ...builtIn])]);
    chains.set(cacheKey, chain);
  }
  return chain;
}

/**
 * The first value of `key` along the locale's chain: the app's table, then the shipped one, then
 * the built-in one (`builtIn`, by locale), for each locale in turn. Undefined when none has it.
 */
export function lookupString(namespace: string, key: string, locale: Locale, builtIn: BuiltInTables): unknown {
  for (const value of candidateStrings(namespace, key, locale, builtIn)) return value;
  return undefined;
}

/** Tables a module ships inside itself, by locale (the elements' and the core's en and zh-CN). */
export type BuiltInTables = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/** Every value of `key` along the chain, best first (a caller may skip one that fails). */
export function* candidateStrings(namespace: string, key: string, locale: Locale, builtIn: BuiltInTables): Generator<unknown> {
  for (const code of chainOf(locale, Object.keys(builtIn))) {
    for (const table of [appLayer.get(code)?.get(namespace), shippedLayer.get(code)?.get(namespace), builtIn[code]]) {
      const value = table?.[key];
      if (value !== undefined) yield value;
    }
  }
}
