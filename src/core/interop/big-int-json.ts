/**
 * Exact integers beyond 2^53 in JSON text. The desktop SDK writes uint64 values such as
 * `message_unique_id: 6961616747713488299`, which `JSON.parse` would round. When we read
 * JSON text ourselves, such a literal becomes a marked string ("big-int text") that keeps
 * every digit; a number is read from it where the model needs one, and writing JSON text
 * puts the exact literal back.
 */
import { setOwn } from '../util/own-value.js';

/** U+0000 cannot occur in the desktop SDK's JSON strings unescaped, so the mark cannot clash with data. */
const MARK = '\u0000int:';
const MARKED_IN_JSON = /"\\u0000int:(-?\d+)"/g;

export function isBigIntText(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(MARK);
}

/** The nearest number to a big-int text (what `JSON.parse` would have given). */
export function bigIntTextToNumber(value: string): number {
  return Number(value.slice(MARK.length));
}

/** `JSON.parse`, except that integer literals beyond ±2^53 become big-int text. Throws like JSON.parse. */
export function parseJsonKeepingBigInts(text: string): unknown {
  let out = '';
  let copiedUpTo = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c /* \ */) i++;
      else if (char === 0x22 /* " */) inString = false;
      continue;
    }
    if (char === 0x22) {
      inString = true;
      continue;
    }
    if (char !== 0x2d /* - */ && (char < 0x30 || char > 0x39)) continue;
    // A number token: outside strings, JSON has digits nowhere else.
    let end = i + 1;
    while (end < text.length && /[0-9.eE+-]/.test(text[end] as string)) end++;
    const token = text.slice(i, end);
    if (/^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
      out += `${text.slice(copiedUpTo, i)}"\\u0000int:${token}"`;
      copiedUpTo = end;
    }
    i = end - 1;
  }
  return JSON.parse(copiedUpTo === 0 ? text : out + text.slice(copiedUpTo));
}

/** `JSON.stringify` that writes big-int text back as the exact integer literal. */
export function stringifyKeepingBigInts(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(MARKED_IN_JSON, '$1');
}

/** A copy with every big-int text replaced by the nearest number, for callers who want plain data. */
export function bigIntTextsToNumbers<T>(value: T): T {
  if (isBigIntText(value)) return bigIntTextToNumber(value) as T;
  if (Array.isArray(value)) return value.map(bigIntTextsToNumbers) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) setOwn(out, key, bigIntTextsToNumbers(item));
    return out as T;
  }
  return value;
}
