import { withoutBidiControls } from '../util/bidi.js';

/** Values quoted inside a notice line are kept short and on one line. */
const QUOTED_VALUE_LIMIT = 50;

/** One line, at most `limit` characters (code points), with "…" when cut. */
export function oneLine(value: unknown, limit = QUOTED_VALUE_LIMIT): string {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  // A megabyte of text needs only its start here: cut before the work that reads every character.
  const whole = String(value);
  const head = whole.length > limit * 4 + 64 ? whole.slice(0, limit * 4 + 64) : whole;
  const text = withoutBidiControls(head).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length > limit) return `${chars.slice(0, limit).join('').trimEnd()}…`;
  return head === whole || whole.slice(head.length).trim() === '' ? text : `${text}…`;
}
