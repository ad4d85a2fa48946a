import { withoutBidiControls } from '../util/bidi.js';

/** Values quoted inside a notice line are kept short and on one line. */
export const QUOTED_VALUE_LIMIT = 50;

/** One line, at most `limit` characters (code points), with "…" when cut. */
export function oneLine(value: unknown, limit = QUOTED_VALUE_LIMIT): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  const text = withoutBidiControls(String(value)).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  return chars.length > limit ? `${chars.slice(0, limit).join('').trimEnd()}…` : text;
}
