/**
 * The languages Tencent Cloud Chat's `translateText` translates into (its documented
 * `targetLanguage` codes). The kit asks for the reader's language; one it lacks falls back.
 */
export const TRANSLATION_LANGUAGES = [
  'zh',
  'zh-TW',
  'en',
  'ja',
  'ko',
  'fr',
  'es',
  'it',
  'de',
  'tr',
  'ru',
  'pt',
  'vi',
  'id',
  'th',
  'ms',
  'ar',
  'hi',
] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/**
 * The translation language for a UI locale (BCP 47): Traditional Chinese scripts (zh-TW, zh-HK,
 * zh-Hant…) → 'zh-TW', any other Chinese → 'zh', else the bare language when it is translated
 * into ('pt-BR' → 'pt', 'en-GB' → 'en'), else English.
 */
export function translationTarget(locale: string | undefined): TranslationLanguage {
  const tag = typeof locale === 'string' ? locale.trim() : '';
  if (!tag) return 'en';
  let language = tag.split(/[-_]/)[0]!.toLowerCase();
  let script = '';
  try {
    const maximized = new Intl.Locale(tag.replace(/_/g, '-')).maximize();
    language = maximized.language;
    script = maximized.script ?? '';
  } catch {
    // Not a well-formed tag: its first subtag is all we read.
  }
  if (language === 'zh') return script === 'Hant' ? 'zh-TW' : 'zh';
  return (TRANSLATION_LANGUAGES as readonly string[]).includes(language) ? (language as TranslationLanguage) : 'en';
}
