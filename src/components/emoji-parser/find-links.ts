/**
 * Finds web links in plain text so the emoji parser can make them clickable. Only `http:` and
 * `https:` links are found (a `javascript:` or `data:` link stays text). The end of a link
 * follows what people type: trailing punctuation (`.`, `,`, `!`, `?`, `:`, `;`, quotes) is
 * left out, and a closing bracket is kept only when the link opened one (Wikipedia URLs).
 */
import { safeHttpUrl } from '../../core/model/index.js';

interface TextPiece {
  readonly type: 'text';
  readonly text: string;
}

interface LinkPiece {
  readonly type: 'link';
  /** The text as written. */
  readonly text: string;
  /** The normalised absolute URL (always http: or https:). */
  readonly href: string;
}

export type LinkOrText = TextPiece | LinkPiece;

// A scheme at a word start, then anything up to whitespace or a character that never sits in
// a typed URL. Non-ASCII letters are allowed (IDN hosts, unescaped paths).
const LINK = /\bhttps?:\/\/[^\s<>"'`\u3000-\u303f\uff01-\uff0f]+/gi;
const TRAILING = /[.,!?:;'"*_~\u2026]+$/;
const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

function trimEnd(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, '');
    const last = url.charAt(url.length - 1);
    const open = PAIRS[last];
    if (open) {
      const opens = url.split(open).length - 1;
      const closes = url.split(last).length - 1;
      if (closes > opens) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

/** Splits text into text and link pieces; never throws, and joined back it is the input. */
export function findLinks(text: string): LinkOrText[] {
  if (typeof text !== 'string' || text === '') return [];
  const pieces: LinkOrText[] = [];
  let last = 0;
  LINK.lastIndex = 0;
  for (let match = LINK.exec(text); match; match = LINK.exec(text)) {
    const raw = trimEnd(match[0]);
    const href = safeHttpUrl(raw);
    if (!href || raw.length <= 'https://'.length) continue;
    if (match.index > last) pieces.push({ type: 'text', text: text.slice(last, match.index) });
    pieces.push({ type: 'link', text: raw, href });
    last = match.index + raw.length;
    LINK.lastIndex = last;
  }
  if (last < text.length) pieces.push({ type: 'text', text: last === 0 ? text : text.slice(last) });
  return pieces;
}
