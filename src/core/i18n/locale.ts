/**
 * Locales are BCP 47 language tags ('en', 'en-GB', 'zh-TW', 'pt-BR'). The kit keeps the tag a
 * page asks for (so Intl formats dates, hours and numbers the way that region does) and finds
 * the strings for it through a fallback chain (fallback.ts) over the registered tables.
 */
export type Locale = string;

/** Tables every build has: English and Simplified Chinese (the first load). */
export const BUILT_IN_LOCALES = ['en', 'zh-CN'] as const;

/** Every locale the package ships: the built-in ones, and the others as `tim-elements/locales/<code>`. */
export const LOCALES = ['en', 'zh-CN', 'zh-TW', 'ja', 'ko', 'es', 'fr', 'de', 'pt-BR', 'ru', 'ar'] as const;

export type ShippedLocale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE = 'en';

/** A well-formed language tag (any language, shipped or not). */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && canonical(value) !== undefined;
}

function canonical(value: string): string | undefined {
  const tag = value.trim().replace(/_/g, '-');
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * Any language tag (or anything at all) → its canonical form ('zh_cn' → 'zh-CN', ' EN ' → 'en');
 * what is not a language tag reads as English.
 */
export function normalizeLocale(value: unknown): Locale {
  return (typeof value === 'string' && canonical(value)) || DEFAULT_LOCALE;
}

/** Scripts written right to left (CLDR), for languages whose default script is one of them. */
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg', 'Mand', 'Samr']);

/** Is the locale's text written right to left ('ar', 'he', 'fa', 'ur', 'ar-EG')? */
export function isRtlLocale(locale: Locale): boolean {
  try {
    const script = new Intl.Locale(normalizeLocale(locale)).maximize().script;
    return script !== undefined && RTL_SCRIPTS.has(script);
  } catch {
    return false;
  }
}
