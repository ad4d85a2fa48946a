import { localesVersion, lookupString, type Locale } from '../../core/i18n/index.js';

/**
 * An element's strings: its namespace and its built-in tables (en and zh-CN; the other locales
 * are registered, see src/locales/). `defineStrings` makes TypeScript check that zh-CN has
 * exactly the keys of en, each of the same kind (text, or a function of the same parameters).
 */
export type StringTable = Record<string, string | ((...args: never[]) => string)>;

export interface LocalizedStrings<T extends StringTable, N extends string = string> {
  /** The key of this table in `registerLocale(code, { [namespace]: {...} })`. */
  readonly namespace: N;
  readonly en: T;
  readonly 'zh-CN': T;
}

/** The table type of a `defineStrings` result. */
export type TableOf<S> = S extends LocalizedStrings<infer T> ? T : never;

export function defineStrings<T extends StringTable, N extends string>(
  namespace: N,
  tables: { en: T; 'zh-CN': NoInfer<T> },
): LocalizedStrings<T, N> {
  return { namespace, ...tables };
}

/** Resolved tables by namespace, registry version and locale. */
const resolvedTables = new Map<string, StringTable>();

/**
 * The table an element renders in `locale`: each key from the first table along the locale's
 * fallback chain that has it (an app's override, a shipped locale, then the built-in en/zh-CN).
 * Built once per locale and registry version (registrations are few).
 */
export function stringsFor<T extends StringTable>(strings: LocalizedStrings<T>, locale: Locale): T {
  const cacheKey = `${strings.namespace} ${localesVersion()} ${locale}`;
  let table = resolvedTables.get(cacheKey);
  if (!table) {
    table = Object.fromEntries(
      Object.keys(strings.en).map((key) => [key, lookupString(strings.namespace, key, locale, strings)]),
    ) as StringTable;
    resolvedTables.set(cacheKey, table);
  }
  return table as T;
}
