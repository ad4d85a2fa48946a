/**
 * An emoji set: the text codes that stand for an emoji in a message (`[Smile]`, `[微笑]`,
 * `[TUIEmoji_Smile]`) mapped to a Unicode glyph or an image URL, with names for the picker.
 *
 * Sets are immutable. `createEmojiSet` checks what an app hands it (and reports what it
 * dropped instead of throwing); `mergeEmojiSets` adds to or overrides a set. The code → entry
 * map and the longest code length are built once per set, so parsing never rebuilds them.
 */
import { safeEmojiUrl } from './safe-emoji-url.js';

export type EmojiLocale = 'en' | 'zh-CN';

export interface EmojiNames {
  readonly en: string;
  readonly 'zh-CN': string;
}

export interface EmojiEntry {
  /** Stable identity, e.g. 'Smile': the same key in two sets is the same emoji. */
  readonly key: string;
  /** Codes that stand for this emoji in text; `codes[0]` is the one a composer inserts. */
  readonly codes: readonly string[];
  readonly names: EmojiNames;
  /** Unicode text shown for the emoji (also the fallback when the image fails). */
  readonly glyph?: string;
  /** Image to show instead of the glyph; always an allowed, absolute URL. */
  readonly url?: string;
}

/** What an app writes to describe an entry; checked by `createEmojiSet`. */
export interface EmojiEntryInput {
  readonly key: string;
  readonly codes: readonly string[];
  readonly names?: Partial<EmojiNames>;
  readonly glyph?: string;
  readonly url?: string;
}

export type EmojiRejectionReason =
  | 'not-a-list'
  | 'not-an-object'
  | 'bad-key'
  | 'duplicate-key'
  | 'bad-code'
  | 'duplicate-code'
  | 'no-codes'
  | 'unsafe-url'
  | 'no-glyph-or-url'
  | 'overridden';

/** One thing `createEmojiSet` or `mergeEmojiSets` dropped, so nothing disappears without a trace. */
export interface EmojiRejection {
  /** Position in the input list (-1 when the whole input was refused). */
  readonly index: number;
  readonly key: string;
  readonly reason: EmojiRejectionReason;
  readonly detail: string;
}

export interface EmojiSet {
  readonly entries: readonly EmojiEntry[];
  readonly byCode: ReadonlyMap<string, EmojiEntry>;
  readonly byKey: ReadonlyMap<string, EmojiEntry>;
  /** Length of the longest code in UTF-16 units: a parser never looks further after a '['. */
  readonly maxCodeLength: number;
  readonly rejected: readonly EmojiRejection[];
}

export interface CreateEmojiSetOptions {
  /** Relative entry URLs are resolved against this (e.g. 'https://cdn.example.com/emoji/'). */
  readonly baseUrl?: string;
}

/** A code longer than this is refused: it keeps the parser's look-ahead after '[' short. */
export const MAX_EMOJI_CODE_LENGTH = 64;

/** Why `code` cannot be an emoji code, or '' when it can. */
export function emojiCodeProblem(code: unknown): string {
  if (typeof code !== 'string') return 'a code must be a string';
  if (code.length < 3 || code.charCodeAt(0) !== 0x5b || code.charCodeAt(code.length - 1) !== 0x5d) {
    return `"${code}" is not of the form [Name]`;
  }
  if (code.length > MAX_EMOJI_CODE_LENGTH) return `"${code.slice(0, 20)}…" is longer than ${MAX_EMOJI_CODE_LENGTH}`;
  const inner = code.slice(1, -1);
  if (inner.includes('[') || inner.includes(']')) return `"${code}" has a bracket inside`;
  return '';
}

/**
 * Builds a set from app-supplied entries. Entries that cannot be shown safely are dropped and
 * listed in `rejected`: a bad key, no valid code, a URL that is not http(s)/blob/data:image,
 * or neither glyph nor URL. A code already taken by an earlier entry stays with that entry.
 */
export function createEmojiSet(input: readonly EmojiEntryInput[], options: CreateEmojiSetOptions = {}): EmojiSet {
  const rejected: EmojiRejection[] = [];
  const list: unknown = input;
  if (!Array.isArray(list)) {
    rejected.push({ index: -1, key: '', reason: 'not-a-list', detail: 'emoji entries must be an array' });
    return buildEmojiSet([], rejected);
  }
  const entries: EmojiEntry[] = [];
  const keys = new Set<string>();
  const codes = new Set<string>();
  list.forEach((raw: unknown, index: number) => {
    const entry = checkEntry(raw, index, options, rejected);
    if (!entry) return;
    if (keys.has(entry.key)) {
      rejected.push({ index, key: entry.key, reason: 'duplicate-key', detail: `key "${entry.key}" is used twice` });
      return;
    }
    const freeCodes = entry.codes.filter((code) => {
      if (!codes.has(code)) return true;
      rejected.push({ index, key: entry.key, reason: 'duplicate-code', detail: `${code} already belongs to another entry` });
      return false;
    });
    if (freeCodes.length === 0) {
      rejected.push({ index, key: entry.key, reason: 'no-codes', detail: 'every code of this entry is taken' });
      return;
    }
    keys.add(entry.key);
    for (const code of freeCodes) codes.add(code);
    entries.push(freeCodes.length === entry.codes.length ? entry : freezeEntry({ ...entry, codes: freeCodes }));
  });
  return buildEmojiSet(entries, rejected);
}

/**
 * Combines sets; later sets win. An entry with the same key replaces the earlier one in its
 * place (so the picker order holds); a code claimed by a later set moves to that set's entry;
 * an earlier entry left with no code is dropped and listed in `rejected`.
 */
export function mergeEmojiSets(...sets: readonly EmojiSet[]): EmojiSet {
  const byKey = new Map<string, EmojiEntry>();
  const owner = new Map<string, string>();
  const rejected: EmojiRejection[] = [];
  for (const set of sets) {
    rejected.push(...set.rejected);
    for (const entry of set.entries) {
      const previous = byKey.get(entry.key);
      if (previous) for (const code of previous.codes) if (owner.get(code) === entry.key) owner.delete(code);
      byKey.set(entry.key, entry);
      for (const code of entry.codes) owner.set(code, entry.key);
    }
  }
  const entries: EmojiEntry[] = [];
  for (const entry of byKey.values()) {
    const kept = entry.codes.filter((code) => owner.get(code) === entry.key);
    if (kept.length === 0) {
      rejected.push({ index: -1, key: entry.key, reason: 'overridden', detail: 'all of its codes now belong to other entries' });
      continue;
    }
    entries.push(kept.length === entry.codes.length ? entry : freezeEntry({ ...entry, codes: kept }));
  }
  return buildEmojiSet(entries, rejected);
}

function checkEntry(raw: unknown, index: number, options: CreateEmojiSetOptions, rejected: EmojiRejection[]): EmojiEntry | undefined {
  if (typeof raw !== 'object' || raw === null) {
    rejected.push({ index, key: '', reason: 'not-an-object', detail: 'an entry must be an object' });
    return undefined;
  }
  const { key, codes, names, glyph, url } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || key.trim() === '') {
    rejected.push({ index, key: '', reason: 'bad-key', detail: 'an entry needs a non-empty string key' });
    return undefined;
  }
  const goodCodes: string[] = [];
  for (const code of Array.isArray(codes) ? (codes as unknown[]) : []) {
    const problem = emojiCodeProblem(code);
    if (problem) rejected.push({ index, key, reason: 'bad-code', detail: problem });
    else if (!goodCodes.includes(code as string)) goodCodes.push(code as string);
  }
  if (goodCodes.length === 0) {
    rejected.push({ index, key, reason: 'no-codes', detail: 'an entry needs at least one code like [Name]' });
    return undefined;
  }
  let safeUrl: string | undefined;
  if (url !== undefined) {
    safeUrl = safeEmojiUrl(url, options.baseUrl);
    if (safeUrl === undefined) {
      // Refuse the whole entry: an app that gave a bad URL meant an image, not the glyph.
      // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever the app gave, shown as text
      rejected.push({ index, key, reason: 'unsafe-url', detail: `URL refused: ${String(url).slice(0, 80)}` });
      return undefined;
    }
  }
  const goodGlyph = typeof glyph === 'string' && glyph !== '' ? glyph : undefined;
  if (goodGlyph === undefined && safeUrl === undefined) {
    rejected.push({ index, key, reason: 'no-glyph-or-url', detail: 'an entry needs a glyph or an image URL' });
    return undefined;
  }
  const given = typeof names === 'object' && names !== null ? (names as Record<string, unknown>) : {};
  const en = typeof given.en === 'string' && given.en !== '' ? given.en : key;
  const zh = typeof given['zh-CN'] === 'string' && given['zh-CN'] !== '' ? given['zh-CN'] : en;
  return freezeEntry({
    key,
    codes: goodCodes,
    names: { en, 'zh-CN': zh },
    ...(goodGlyph !== undefined ? { glyph: goodGlyph } : {}),
    ...(safeUrl !== undefined ? { url: safeUrl } : {}),
  });
}

/**
 * A set from entries the kit itself ships (the default set), without the checks `createEmojiSet`
 * runs on an app's entries: an app that only shows emoji then does not ship those checks. A test
 * checks that `createEmojiSet` accepts the same entries unchanged.
 */
export function emojiSetOfKnownEntries(entries: readonly EmojiEntry[]): EmojiSet {
  return buildEmojiSet(entries.map(freezeEntry), []);
}

function freezeEntry(entry: EmojiEntry): EmojiEntry {
  return Object.freeze({ ...entry, codes: Object.freeze([...entry.codes]), names: Object.freeze({ ...entry.names }) });
}

function buildEmojiSet(entries: readonly EmojiEntry[], rejected: readonly EmojiRejection[]): EmojiSet {
  const byCode = new Map<string, EmojiEntry>();
  const byKey = new Map<string, EmojiEntry>();
  let maxCodeLength = 0;
  for (const entry of entries) {
    byKey.set(entry.key, entry);
    for (const code of entry.codes) {
      byCode.set(code, entry);
      if (code.length > maxCodeLength) maxCodeLength = code.length;
    }
  }
  return Object.freeze({
    entries: Object.freeze([...entries]),
    byCode,
    byKey,
    maxCodeLength,
    rejected: Object.freeze([...rejected]),
  });
}
