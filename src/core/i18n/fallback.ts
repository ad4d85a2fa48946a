import { DEFAULT_LOCALE, normalizeLocale, type Locale } from './locale.js';

/**
 * Where a string for a locale comes from: the first of these tables that has it.
 *   1. the exact tag                                   en-GB
 *   2. the same language, script and region            zh-TW for zh-Hant-TW
 *   3. the same language and script                    zh-HK, zh-MO → zh-TW; zh, zh-SG, zh-Hans → zh-CN
 *      (the bare language first, then a script-only tag such as zh-Hant, then the language's
 *      default region, then the others in the order registered)
 *   4. the same language in another script             sr-Latn → sr-Cyrl
 *   5. English
 * Scripts and default regions come from `Intl.Locale#maximize` (CLDR likely subtags), so
 * "zh-TW is Traditional" and "pt means pt-BR" are not hand-written lists.
 */
export function localeChain(requested: Locale, available: readonly Locale[]): Locale[] {
  const tag = normalizeLocale(requested);
  const chain: Locale[] = [];
  const add = (code: Locale | undefined) => {
    if (code !== undefined && !chain.includes(code)) chain.push(code);
  };
  add(available.find((code) => code.toLowerCase() === tag.toLowerCase()));
  const want = likely(tag);
  if (want) {
    const candidates = available.map((code) => ({ code, max: likely(code), subtags: code.split('-').length }));
    const sameLanguage = candidates.filter((c) => c.max?.language === want.language);
    const sameScript = sameLanguage.filter((c) => c.max?.script === want.script);
    add(sameScript.find((c) => c.max?.region === want.region)?.code);
    add(sameScript.find((c) => c.code.toLowerCase() === want.language)?.code);
    add(sameScript.find((c) => c.subtags === 2 && !/^[a-z]{2,3}-[A-Z]{2}$|^[a-z]{2,3}-\d{3}$/.test(c.code))?.code);
    const languageDefault = likely(want.language);
    add(sameScript.find((c) => languageDefault && c.max?.region === languageDefault.region)?.code);
    for (const c of sameScript) add(c.code);
    add(sameLanguage.find((c) => c.code.toLowerCase() === want.language)?.code);
    for (const c of sameLanguage) add(c.code);
  }
  add(DEFAULT_LOCALE);
  return chain;
}

function likely(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}
