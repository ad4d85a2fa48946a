/**
 * Text → segments: plain text, emoji codes of a set (`[Smile]`), and Unicode emoji.
 *
 * One pass over UTF-16 units, linear in the text:
 * - at '[' it looks ahead at most `set.maxCodeLength` units and stops at the next '[' or
 *   ']', so a lone '[' never scans on, and the look-aheads of two '[' never overlap;
 * - a Unicode emoji is matched (sticky regexp) only where a character can start one;
 * - text is cut only at emoji, so neighbouring text is one segment, a surrogate pair is
 *   never split, and text is sliced once per segment.
 */
import type { EmojiEntry, EmojiLocale, EmojiSet } from './emoji-set.js';
import { defaultEmojiSet } from './default-emoji-set.js';
import { ALWAYS, NEVER, emojiStartKind, qualifiesEmoji, unicodeEmojiMatcher } from './unicode-emoji.js';

export interface TextSegment {
  readonly type: 'text';
  readonly text: string;
}

export interface EmojiSegment {
  readonly type: 'emoji';
  /** The set entry's key for a code; the emoji itself for a Unicode emoji. */
  readonly key: string;
  /** The text it replaces: `[Smile]`, or the Unicode emoji. */
  readonly code: string;
  /** 'code' for a set's code, 'unicode' for a Unicode emoji. */
  readonly source: 'code' | 'unicode';
  readonly glyph?: string;
  /** An allowed image URL (only for set entries that have one). */
  readonly url?: string;
}

export type Segment = TextSegment | EmojiSegment;

export interface ParseEmojiOptions {
  /** Also make Unicode emoji into emoji segments (default true). */
  readonly unicode?: boolean;
}

const OPEN = 0x5b; // '['
const CLOSE = 0x5d; // ']'
// Local copies: some loaders (tsx, CommonJS interop) turn each use of an import into a getter
// call, which would cost more than the rest of the scanning loop.
const NEVER_STARTS = NEVER;
const ALWAYS_STARTS = ALWAYS;
const startKind = emojiStartKind;
const qualifies = qualifiesEmoji;
const matcher = unicodeEmojiMatcher;

// Segments are immutable, so one object per code serves every parse; built once per set.
const codeSegmentsBySet = new WeakMap<EmojiSet, Map<string, EmojiSegment>>();

function codeSegments(set: EmojiSet): Map<string, EmojiSegment> {
  let segments = codeSegmentsBySet.get(set);
  if (!segments) {
    segments = new Map();
    for (const [code, entry] of set.byCode) segments.set(code, codeSegment(code, entry));
    codeSegmentsBySet.set(set, segments);
  }
  return segments;
}

function codeSegment(code: string, entry: EmojiEntry): EmojiSegment {
  return Object.freeze({
    type: 'emoji',
    key: entry.key,
    code,
    source: 'code',
    ...(entry.glyph !== undefined ? { glyph: entry.glyph } : {}),
    ...(entry.url !== undefined ? { url: entry.url } : {}),
  });
}

/** Splits `text` into text and emoji segments. Never throws; a non-string gives []. */
export function parseEmoji(text: string, set: EmojiSet = defaultEmojiSet, options: ParseEmojiOptions = {}): Segment[] {
  const out: Segment[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const segments = codeSegments(set);
  // With no codes at all, '[' needs no look-ahead.
  const maxCodeLength = segments.size > 0 ? set.maxCodeLength : 0;
  const unicode = options.unicode !== false;
  const n = text.length;
  let textStart = 0;
  let i = 0;
  while (i < n) {
    // The tight part: skip to the next unit that may start a code or an emoji.
    let c = text.charCodeAt(i);
    while (c !== OPEN && !(unicode && startKind(c) !== NEVER_STARTS)) {
      if (++i === n) break;
      c = text.charCodeAt(i);
    }
    if (i === n) break;
    const found = c === OPEN ? codeAt(text, i, maxCodeLength, segments) : unicodeEmojiAt(text, i);
    if (found === undefined) {
      i++;
      continue;
    }
    if (textStart < i) out.push({ type: 'text', text: text.slice(textStart, i) });
    out.push(found);
    i += found.code.length;
    textStart = i;
  }
  if (textStart < n) out.push({ type: 'text', text: textStart === 0 ? text : text.slice(textStart) });
  return out;
}

/** The code segment for the '[' at `i`: looks at most `maxCodeLength` units ahead, up to the next bracket. */
function codeAt(text: string, i: number, maxCodeLength: number, segments: ReadonlyMap<string, EmojiSegment>): EmojiSegment | undefined {
  const limit = Math.min(text.length, i + maxCodeLength);
  for (let j = i + 1; j < limit; j++) {
    const d = text.charCodeAt(j);
    if (d === CLOSE) return segments.get(text.slice(i, j + 1));
    if (d === OPEN) return undefined;
  }
  return undefined;
}

// Unicode emoji segments are shared too; bounded, as a text may hold any number of distinct ones.
const unicodeSegments = new Map<string, EmojiSegment>();
const UNICODE_SEGMENT_LIMIT = 4096;

/** The Unicode emoji segment starting at `i`, if there is one. */
function unicodeEmojiAt(text: string, i: number): EmojiSegment | undefined {
  if (startKind(text.charCodeAt(i)) !== ALWAYS_STARTS && !qualifies(text.charCodeAt(i + 1))) return undefined;
  const end = matcher().matchAt(text, i);
  if (end <= i) return undefined;
  const emoji = text.slice(i, end);
  let segment = unicodeSegments.get(emoji);
  if (segment === undefined) {
    segment = Object.freeze({ type: 'emoji', key: emoji, code: emoji, source: 'unicode', glyph: emoji });
    if (unicodeSegments.size >= UNICODE_SEGMENT_LIMIT) unicodeSegments.clear();
    unicodeSegments.set(emoji, segment);
  }
  return segment;
}

/**
 * Text for places that cannot draw images (notifications, the document title, a copied
 * message): codes become their glyph, or `[name]` in `locale` when the entry is image-only.
 */
export function emojiPlainText(text: string, set: EmojiSet = defaultEmojiSet, locale: EmojiLocale = 'en'): string {
  if (typeof text !== 'string') return '';
  let result = '';
  for (const segment of parseEmoji(text, set, { unicode: false })) {
    if (segment.type === 'text') result += segment.text;
    else if (segment.glyph !== undefined) result += segment.glyph;
    else result += `[${set.byKey.get(segment.key)?.names[locale] ?? segment.key}]`;
  }
  return result;
}

/**
 * Text to send: every known code becomes its entry's first code (in the default set `[微笑]`
 * and `[Smile]` become `[TUIEmoji_Smile]`), the form TUIKit clients understand.
 */
export function canonicalEmojiCodes(text: string, set: EmojiSet = defaultEmojiSet): string {
  if (typeof text !== 'string') return '';
  let result = '';
  for (const segment of parseEmoji(text, set, { unicode: false })) {
    result += segment.type === 'text' ? segment.text : (set.byKey.get(segment.key)?.codes[0] ?? segment.code);
  }
  return result;
}
