/**
 * Picker search: a query matches an entry's English or Chinese name, its key or a code, and
 * then the CLDR keywords of its glyph ("cry", "party", "哭"), whatever the UI language is. The
 * UI language only ranks: its own names and keywords come first.
 */
import type { EmojiEntry, EmojiLocale, EmojiSet } from './emoji-set.js';
import { defaultEmojiSet } from './default-emoji-set.js';
import { EMOJI_KEYWORDS } from './emoji-keywords.js';
import { emojiLocale } from './emoji-locale.js';

interface SearchIndexEntry {
  readonly entry: EmojiEntry;
  readonly en: string;
  readonly zh: string;
  /** Key and codes without brackets, lower-cased. */
  readonly others: readonly string[];
  /** The glyph's keywords, each list as ' word word … ' so a word start is ' ' + query. */
  readonly keywordsEn: string;
  readonly keywordsZh: string;
}

let keywordsByGlyph: Map<string, readonly [string, string]> | undefined;

/** The CLDR keywords of a glyph (variation selectors ignored), or empty ones. */
function keywordsOf(glyph: string | undefined): readonly [string, string] {
  keywordsByGlyph ??= new Map(EMOJI_KEYWORDS.map(([g, en, zh]) => [g.replace(/\uFE0F/g, ''), [` ${en} `, ` ${zh} `] as const]));
  return (glyph && keywordsByGlyph.get(glyph.replace(/\uFE0F/g, ''))) || ['', ''];
}

const indexBySet = new WeakMap<EmojiSet, readonly SearchIndexEntry[]>();

function searchIndex(set: EmojiSet): readonly SearchIndexEntry[] {
  let index = indexBySet.get(set);
  if (!index) {
    index = set.entries.map((entry) => {
      const [keywordsEn, keywordsZh] = keywordsOf(entry.glyph);
      return {
        entry,
        en: normalize(entry.names.en),
        zh: normalize(entry.names['zh-CN']),
        others: [entry.key, ...entry.codes].map((s) => normalize(s.replace(/^\[|\]$/g, ''))),
        keywordsEn,
        keywordsZh,
      };
    });
    indexBySet.set(set, index);
  }
  return index;
}

function normalize(s: string): string {
  return s.normalize('NFKC').toLowerCase().trim();
}

/**
 * Entries matching `query`, best first: an exact name, then a name that starts with it, then
 * a name containing it (names in `locale` before the other language, then key and codes);
 * ties keep the set's order. An empty query gives every entry.
 */
export function searchEmoji(query: string, set: EmojiSet = defaultEmojiSet, locale: EmojiLocale | string = 'en'): EmojiEntry[] {
  const q =
    typeof query === 'string'
      ? normalize(query)
          .replace(/^\[|\]$/g, '')
          .trim()
      : '';
  if (q === '') return [...set.entries];
  const zhFirst = emojiLocale(locale) === 'zh-CN';
  const scored: { entry: EmojiEntry; score: number; order: number }[] = [];
  searchIndex(set).forEach((item, order) => {
    const fields = zhFirst ? [item.zh, item.en, ...item.others] : [item.en, item.zh, ...item.others];
    let best = Infinity;
    fields.forEach((field, rank) => {
      // Three tiers (exact, prefix, contains); within a tier, the field's rank.
      const tier = field === q ? 0 : field.startsWith(q) ? 1 : field.includes(q) ? 2 : -1;
      if (tier >= 0) best = Math.min(best, tier * 1000 + rank);
    });
    if (best === Infinity) {
      // Keywords last: a whole word, then the start of one; the UI language's list first.
      const lists = zhFirst ? [item.keywordsZh, item.keywordsEn] : [item.keywordsEn, item.keywordsZh];
      lists.forEach((words, rank) => {
        const tier = words.includes(` ${q} `) ? 3 : words.includes(` ${q}`) ? 4 : -1;
        if (tier >= 0) best = Math.min(best, tier * 1000 + rank);
      });
    }
    if (best !== Infinity) scored.push({ entry: item.entry, score: best, order });
  });
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.map((s) => s.entry);
}
