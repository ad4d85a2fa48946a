import { en, type CoreStrings } from './en.js';
import { normalizeLocale, type Locale } from './locale.js';
import { candidateStrings, registerTables } from './registry.js';
import { zhCN } from './zh-CN.js';

/** The core's built-in tables (the others are registered: `registerLocale`, `tim-elements/locales/*`). */
export const STRING_TABLES: Readonly<Record<'en' | 'zh-CN', CoreStrings>> = { en, 'zh-CN': zhCN };

/** The core's namespace in a locale's tables: `registerLocale('fr', { core: { 'summary.image': '[Image]' } })`. */
export interface CoreLocaleStrings {
  readonly core?: Partial<CoreStrings>;
}

/**
 * Adds a locale, or overrides some of a shipped locale's strings, for the core's texts. Partial
 * tables fall back key by key along the locale's chain (zh-HK → zh-TW → …, fr-CA → fr, → en).
 * `tim-elements` exports the same function typed with every element's namespace too.
 */
export function registerLocale(code: Locale, tables: CoreLocaleStrings): void {
  registerTables(code, tables as Readonly<Record<string, object | undefined>>);
}

export type StringKey = keyof CoreStrings;

/** The params object a key's text takes; `undefined` for plain text. */
export type ParamsOf<K extends StringKey> = CoreStrings[K] extends (params: infer P) => string ? P : undefined;

/** The arguments after the key: none for plain text, the params object for a function. */
export type ParamsArgs<K extends StringKey> = ParamsOf<K> extends undefined ? [] : [params: ParamsOf<K>];

/**
 * What the core returns instead of text: a key and its params, plain data that the view turns
 * into words in the reader's locale (and that can be kept and shown again in another one).
 */
export type LocalizedText = {
  [K in StringKey]: ParamsOf<K> extends undefined
    ? { readonly key: K; readonly params?: undefined }
    : { readonly key: K; readonly params: ParamsOf<K> };
}[StringKey];

/** Text that needs no translating (what a user typed, a file name…). */
export interface PlainText {
  readonly text: string;
}

/** Either kind of text the core hands to a view. */
export type DisplayText = LocalizedText | PlainText;

/** Builds a LocalizedText: localized('tip.joined', { users }). */
export function localized<K extends StringKey>(key: K, ...params: ParamsArgs<K>): Extract<LocalizedText, { key: K }> {
  return (params.length ? { key, params: params[0] } : { key }) as Extract<LocalizedText, { key: K }>;
}

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';
}

/**
 * The text of a key in a locale. Never throws: the key comes from the first table along the
 * locale's fallback chain that has it (English last), a key no table has (say, from data stored
 * by a newer version) reads as the key itself, and a function that fails on malformed params
 * falls back to the next table, then to the key.
 */
export function translate<K extends StringKey>(locale: Locale, key: K, ...params: ParamsArgs<K>): string {
  return render(normalizeLocale(locale), key, params[0]);
}

function render(locale: Locale, key: string, params: unknown): string {
  for (const entry of candidateStrings('core', key, locale, STRING_TABLES)) {
    if (typeof entry === 'string') return entry;
    if (typeof entry === 'function') {
      try {
        const text: unknown = entry(params);
        if (typeof text === 'string') return text;
      } catch {
        // Malformed params: try the next table, then give the key.
      }
    }
  }
  return key;
}

/** The words for a LocalizedText or a PlainText in a locale. */
export function localize(locale: Locale, text: DisplayText | null | undefined): string {
  if (!text || typeof text !== 'object') return '';
  if ('text' in text && typeof text.text === 'string') return text.text;
  if (!isLocalizedText(text)) return '';
  return render(normalizeLocale(locale), text.key, text.params);
}

/** A `t` for one locale: t('summary.image'), t('error.withCode', { code }), or t(someLocalizedText). */
export interface Translator {
  <K extends StringKey>(key: K, ...params: ParamsArgs<K>): string;
  (text: DisplayText): string;
  readonly locale: Locale;
}

export function translator(locale: Locale): Translator {
  const resolved = normalizeLocale(locale);
  const t = (keyOrText: string | DisplayText, params?: unknown) =>
    typeof keyOrText === 'string' ? render(resolved, keyOrText, params) : localize(resolved, keyOrText);
  return Object.assign(t, { locale: resolved }) as Translator;
}
