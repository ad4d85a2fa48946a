/**
 * The words of message search. Text is lower-cased; runs of Han, Hiragana and Katakana (written
 * without spaces) index every character and every pair of neighbouring characters (bigrams);
 * other letters and digits index whole words. A query matches a message whose text holds each
 * of its CJK runs as a substring and each of its words as a whole word, except the last word
 * typed, which matches as a word prefix (the user is still typing it).
 */

/** Characters written without spaces between words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** A run of CJK characters, or a word of other letters and digits. */
const PIECE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|[\p{L}\p{N}\p{M}_]+/gu;
/** Longer words are cut here: a pasted hash or URL must not make giant tokens. */
const MAX_WORD = 32;
/** The shortest last word matched as a prefix: a single letter would match half the index. */
const MIN_PREFIX = 2;

/** What a query asks for, as planned before any index is read. */
export interface SearchPlan {
  /** The query as typed, trimmed. */
  readonly query: string;
  /** Index tokens every match holds (CJK characters and bigrams, whole words). */
  readonly tokens: readonly string[];
  /** The last word, matched as a word prefix; '' when the query ends in a CJK run or a space. */
  readonly prefix: string;
  /** CJK runs, each a substring of every match. */
  readonly runs: readonly string[];
  /** Whole words of every match (not the prefix). */
  readonly words: readonly string[];
}

function normalizeSearchText(text: string): string {
  return text.toLowerCase();
}

function cut(word: string): string {
  return word.length > MAX_WORD ? [...word].slice(0, MAX_WORD).join('') : word;
}

/** The distinct tokens a message text is indexed under. */
export function indexTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const match of normalizeSearchText(text).matchAll(PIECE)) {
    const piece = match[0];
    if (CJK.test(piece)) {
      const chars = [...piece];
      for (let i = 0; i < chars.length; i++) {
        tokens.add(chars[i]!);
        if (i + 1 < chars.length) tokens.add(chars[i]! + chars[i + 1]!);
      }
    } else tokens.add(cut(piece));
  }
  return tokens;
}

/** Plan a query; `null` when it holds nothing searchable (only spaces or punctuation). */
export function planSearch(query: string): SearchPlan | null {
  const trimmed = query.trim();
  const text = normalizeSearchText(trimmed);
  const tokens = new Set<string>();
  const runs: string[] = [];
  const words: string[] = [];
  let prefix = '';
  const pieces = [...text.matchAll(PIECE)];
  pieces.forEach((match, i) => {
    const piece = match[0];
    if (CJK.test(piece)) {
      runs.push(piece);
      const chars = [...piece];
      if (chars.length === 1) tokens.add(chars[0]!);
      for (let c = 0; c + 1 < chars.length; c++) tokens.add(chars[c]! + chars[c + 1]!);
      return;
    }
    const word = cut(piece);
    const last = i === pieces.length - 1 && match.index + piece.length === text.length && !/\s$/.test(query);
    if (last && [...word].length >= MIN_PREFIX && word.length < MAX_WORD) prefix = word;
    else {
      words.push(word);
      tokens.add(word);
    }
  });
  if (!tokens.size && !prefix) return null;
  return { query: trimmed, tokens: [...tokens], prefix, runs, words };
}

/** The words of a text (for checking whole words and the prefix). */
function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(PIECE)) if (!CJK.test(match[0])) out.push(match[0]);
  return out;
}

/** Does the text match the plan (the check after the index proposed it). */
export function matchesPlan(text: string, plan: SearchPlan): boolean {
  const normal = normalizeSearchText(text);
  for (const run of plan.runs) if (!normal.includes(run)) return false;
  if (!plan.words.length && !plan.prefix) return true;
  const words = wordsOf(normal).map(cut);
  const set = new Set(words);
  for (const word of plan.words) if (!set.has(word)) return false;
  return !plan.prefix || words.some((word) => word.startsWith(plan.prefix));
}

/** A piece of a snippet: `mark` pieces are what matched. */
export interface SnippetPart {
  readonly text: string;
  readonly mark: boolean;
}

/**
 * The text around the first match, with every match in it marked, at most about `width`
 * characters. Built as data: an element renders it as text, never as HTML.
 */
export function snippetOf(text: string, plan: SearchPlan, width = 80): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ');
  const normal = normalizeSearchText(flat);
  // Case mapping that changes lengths would shift the marks: show the start, unmarked.
  if (normal.length !== flat.length) return [{ text: clip(flat, 0, width), mark: false }];
  const ranges = matchRanges(normal, plan);
  if (!ranges.length) return [{ text: clip(flat, 0, width), mark: false }];
  const first = ranges[0]![0];
  // Text that fits is shown whole; longer text from a little before the first match.
  let start = flat.length <= width ? 0 : Math.max(0, first - Math.floor(width / 3));
  if (start > 0) {
    // Begin at a word: the first space after the cut, when it comes before the match.
    const space = flat.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(flat.length, start + width);
  const parts: SnippetPart[] = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= at || from >= end) continue;
    const a = Math.max(from, at);
    const b = Math.min(to, end);
    if (a > at) parts.push({ text: flat.slice(at, a), mark: false });
    parts.push({ text: flat.slice(a, b), mark: true });
    at = b;
  }
  if (at < end) parts.push({ text: flat.slice(at, end), mark: false });
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < flat.length) parts.push({ text: '…', mark: false });
  return parts;
}

function clip(text: string, start: number, width: number): string {
  return text.length - start > width ? `${text.slice(start, start + width)}…` : text.slice(start);
}

/** Where the plan's runs, words and prefix occur in normalized text: sorted, merged ranges. */
function matchRanges(normal: string, plan: SearchPlan): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const run of plan.runs) {
    for (let i = normal.indexOf(run); i >= 0; i = normal.indexOf(run, i + run.length)) ranges.push([i, i + run.length]);
  }
  if (plan.words.length || plan.prefix) {
    const words = new Set(plan.words);
    for (const match of normal.matchAll(PIECE)) {
      const piece = match[0];
      if (CJK.test(piece)) continue;
      const word = cut(piece);
      if (words.has(word)) ranges.push([match.index, match.index + piece.length]);
      else if (plan.prefix && word.startsWith(plan.prefix)) ranges.push([match.index, match.index + plan.prefix.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
