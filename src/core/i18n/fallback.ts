import { DEFAULT_LOCALE, normalizeLocale, type Locale } from './locale.js';

/**
 * Where a string for a locale comes from: the first of these tables that has it.
 *   1. the exact tag                                   en-GB
 *   2. the same language, script and region            zh-TW for zh-Hant-TW
 *   3. the same language and script                    zh-HK, zh-MO → zh-TW; zh, zh-SG, zh-Hans → zh-CN
 *      (the bare language first — pt-PT → pt before pt-BR —, then the others in the order
 *      registered)
 *   4. the same language in another script             sr-Latn → sr-Cyrl
 *   5. English
 * Scripts and default regions come from `Intl.Locale#maximize` (CLDR likely subtags), so
 * "zh-TW is Traditional" and "pt means pt-BR" are not hand-written lists.
 */
export function localeChain(requested: Locale, available: readonly Locale[]): Locale[] {
  const tag = normalizeLocale(requested);
  const want = likely(tag);
  // Sorting is stable: within a step, the order registered.
  const ranked = available.map((code) => [rank(code, tag, want), code] as const).filter(([r]) => r < NOT_RELATED);
  return [...new Set([...ranked.sort((a, b) => a[0] - b[0]).map(([, code]) => code), DEFAULT_LOCALE])];
}

const NOT_RELATED = 9;

/** How close `code` is to the requested tag: the step of the chain above it belongs to (0 = exact). */
function rank(code: Locale, tag: Locale, want: Intl.Locale | undefined): number {
  const lower = code.toLowerCase();
  const max = likely(code);
  if (lower === tag.toLowerCase()) return 0;
  if (!want || max?.language !== want.language) return NOT_RELATED;
  const bare = lower === want.language;
  if (max.script !== want.script) return bare ? 6 : 7;
  return max.region === want.region ? 1 : bare ? 2 : 3;
}

function likely(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag).maximize();
  } catch {
    return undefined;
  }
}
