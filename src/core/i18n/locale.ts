/** The locales the core speaks. The elements' base (`src/components/base/locale.ts`) has the same list. */
export const LOCALES = ['en', 'zh-CN'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/**
 * Any language tag (or anything at all) → a locale we have strings for. Every Chinese tag
 * ('zh', 'zh-Hans', 'zh_CN', 'ZH-cn', even 'zh-TW') reads Simplified Chinese rather than
 * English, because that is the closer of the two; everything else reads English.
 */
export function normalizeLocale(value: unknown): Locale {
  if (typeof value !== 'string') return DEFAULT_LOCALE;
  return /^\s*zh(?:$|[-_\s])/i.test(value) ? 'zh-CN' : DEFAULT_LOCALE;
}
