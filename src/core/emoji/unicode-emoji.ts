/**
 * Finds Unicode emoji — single code points, variation selectors, skin tones, ZWJ sequences,
 * flags, keycaps and tag sequences — at a given position of a text.
 *
 * The exact matcher is the `v`-flag property `\p{RGI_Emoji}` (Node 20, Chromium 112, Safari
 * 17, Firefox 116), which lists the sequences Unicode recommends and matches the longest one.
 * Engines without the `v` flag get a close approximation (the exact answer for the common shapes,
 * Unicode's "possible emoji" for ZWJ sequences, flags, keycaps and tags), so
 * the kit still loads and still groups sequences there.
 *
 * A regexp call at every character would dominate parsing time, so callers ask first
 * `emojiStartKind(c)`: almost every character (Latin, CJK, punctuation) is `NEVER`.
 */

export interface UnicodeEmojiMatcher {
  /** True when this is the `\p{RGI_Emoji}` matcher, false for the approximation. */
  readonly exact: boolean;
  /** End index (exclusive) of the emoji that starts at `index`, or -1 when none does. */
  matchAt(text: string, index: number): number;
}

/** The character cannot start an emoji. */
export const NEVER = 0;
/** The character can start an emoji on its own (emoji presentation, or a high surrogate of one). */
export const ALWAYS = 1;
/** A text-style character (©, ❤, digits): an emoji only with U+FE0F, U+20E3 or a skin tone next. */
export const IF_QUALIFIED = 2;
export type EmojiStartKind = typeof NEVER | typeof ALWAYS | typeof IF_QUALIFIED;

const UNKNOWN = 255;
// Filled lazily, one regexp test per distinct character met: no start-up cost.
const startKinds = new Uint8Array(0x10000).fill(UNKNOWN);
// Every emoji outside the BMP lies in U+1F000–U+1FAFF, whose high surrogates are these three
// (a test walks all astral code points to hold this true for the running Unicode version).
startKinds[0xd83c] = ALWAYS;
startKinds[0xd83d] = ALWAYS;
startKinds[0xd83e] = ALWAYS;
for (let c = 0xd800; c <= 0xdfff; c++) if (startKinds[c] === UNKNOWN) startKinds[c] = NEVER;

const EMOJI = /\p{Emoji}/u;
const EMOJI_PRESENTATION = /\p{Emoji_Presentation}/u;

/** How the UTF-16 unit `c` may start an emoji (see the constants above). */
export function emojiStartKind(c: number): EmojiStartKind {
  const known = startKinds[c]!;
  // Kept tiny so that it inlines into scanning loops; the first sight of a unit goes out of line.
  return known !== UNKNOWN ? (known as EmojiStartKind) : classify(c);
}

function classify(c: number): EmojiStartKind {
  const ch = String.fromCharCode(c);
  const kind = EMOJI_PRESENTATION.test(ch) ? ALWAYS : EMOJI.test(ch) ? IF_QUALIFIED : NEVER;
  startKinds[c] = kind;
  return kind;
}

/** Whether the unit after a text-style character makes it a possible emoji. */
export function qualifiesEmoji(next: number): boolean {
  // U+FE0F emoji presentation, U+20E3 keycap, 0xD83C: high surrogate of the skin tones U+1F3FB–U+1F3FF.
  return next === 0xfe0f || next === 0x20e3 || next === 0xd83c;
}

// Built from a string: a `v`-flag literal would not even parse on older engines.
const EXACT_SOURCE = '\\p{RGI_Emoji}';

/**
 * The "possible emoji" of Unicode TS #51 (every RGI emoji is one): elements joined by ZWJ,
 * an element being a flag pair or an emoji with a skin tone, FE0F, keycap or tags. It is
 * cheap to match, and bounded (the longest RGI sequence has 4 elements and 6 tags), so a
 * long run of joiners cannot make the search quadratic.
 */
const POSSIBLE_ELEMENT =
  '(?:\\p{Regional_Indicator}{2}|\\p{Emoji}(?:\\p{Emoji_Modifier}|\\uFE0F\\u20E3?|\\u20E3|[\\u{E0020}-\\u{E007E}]{1,16}\\u{E007F})?)';
const POSSIBLE_SOURCE = `${POSSIBLE_ELEMENT}(?:\\u200D${POSSIBLE_ELEMENT}){0,7}`;

/** Distinct candidate sequences remembered per matcher; chat reuses a few emoji a lot. */
const MEMO_LIMIT = 4096;

const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const EMOJI_COMPONENT = /\p{Emoji_Component}/u;

/**
 * What `\p{RGI_Emoji}` answers for the two commonest shapes, from `u`-flag properties (a test
 * compares them with it on every code point): one code point (an emoji-presentation character
 * that is not a flag letter), and a text-style character with U+FE0F (an emoji that is neither
 * emoji-presentation nor a component).
 * The length of the longest recommended emoji at the start of `candidate`, or undefined for the
 * other shapes (skin tones, ZWJ sequences, flags, keycaps, tags), which the `v`-flag oracle judges.
 */
function quickEmojiLength(candidate: string): number | undefined {
  const first = candidate.codePointAt(0)!;
  const units = first > 0xffff ? 2 : 1;
  const head = candidate.slice(0, units);
  const rest = candidate.slice(units);
  const single = EMOJI_PRESENTATION.test(head) && !REGIONAL_INDICATOR.test(head) ? units : 0;
  if (!rest) return single;
  if (rest === '\uFE0F') return single || !EMOJI.test(head) || EMOJI_COMPONENT.test(head) ? single : candidate.length;
}

/**
 * A matcher; `preferExact: false` forces the approximation (for tests and for comparison).
 *
 * Engines run `\p{RGI_Emoji}` slowly (about 10 µs a call in V8: it tries thousands of
 * strings), and its first call costs tens of milliseconds (V8 builds the set), which a page's first
 * message would pay. So the common shapes are decided from cheap properties (`quickEmojiLength`),
 * and the oracle, made on first need, is asked only once per distinct other possible-emoji
 * sequence, which is found with the cheap pattern above; the answer (the longest emoji at its
 * start) is memoised. A trailing U+FE0F after an emoji that does not need it is taken in too: it
 * draws nothing.
 */
export function createUnicodeEmojiMatcher(preferExact = true): UnicodeEmojiMatcher {
  let exact = false;
  try {
    exact = preferExact && new RegExp('[a]', 'v').test('a');
  } catch {
    // No `v` flag on this engine: the approximation.
  }
  let oracle: RegExp | undefined;
  const possible = new RegExp(POSSIBLE_SOURCE, 'yu');
  const memo = new Map<string, number>();

  function emojiLength(candidate: string): number {
    let length = memo.get(candidate);
    if (length === undefined) {
      length = quickEmojiLength(candidate);
      if (length === undefined && exact) {
        oracle ??= new RegExp(EXACT_SOURCE, 'yv');
        oracle.lastIndex = 0;
        length = oracle.test(candidate) ? oracle.lastIndex : 0;
      }
      // Without the v flag, a possible emoji of another shape is taken as it is.
      length ??= candidate.length;
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(candidate, length);
    }
    return length;
  }

  return {
    exact,
    matchAt(text: string, index: number): number {
      const c = text.charCodeAt(index);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdbff) {
        const low = text.charCodeAt(index + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) return -1;
        units = 2;
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        return -1;
      }
      let end: number;
      if (!continuesEmoji(text.charCodeAt(index + units))) {
        // The possible emoji is this code point alone.
        if (emojiLength(text.slice(index, index + units)) !== units) return -1;
        end = index + units;
      } else {
        possible.lastIndex = index;
        if (!possible.test(text)) return -1;
        const length = emojiLength(text.slice(index, possible.lastIndex));
        if (length === 0) return -1;
        end = index + length;
      }
      if (text.charCodeAt(end) === 0xfe0f) end++;
      return end;
    },
  };
}

/** Whether a unit can extend the emoji before it: FE0F, ZWJ, keycap, or the high surrogate of a skin tone, flag letter (0xD83C) or tag (0xDB40). */
function continuesEmoji(unit: number): boolean {
  return unit === 0xfe0f || unit === 0x200d || unit === 0x20e3 || unit === 0xd83c || unit === 0xdb40;
}

let shared: UnicodeEmojiMatcher | undefined;

/** The matcher of this engine, made on first use. */
export function unicodeEmojiMatcher(): UnicodeEmojiMatcher {
  shared ??= createUnicodeEmojiMatcher();
  return shared;
}
