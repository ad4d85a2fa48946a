import { safeHttpUrl } from '../model/url.js';
import type { MarkdownBlock, MarkdownInline } from './markdown-tree.js';

/**
 * A small markdown reader for chat messages: paragraphs (a newline is a line break, as chat apps
 * do), headings, fenced code, block quotes, bullet and numbered lists, rules; bold, italic,
 * strikethrough, inline code and links. Raw HTML is text. It never throws and never takes more
 * than linear time per nesting level: quotes and lists nest at most `MAX_DEPTH` deep (deeper
 * markers stay text), emphasis likewise, a marker with no closer is text (and is remembered, so
 * no later search for it runs again), and input past `MAX_MARKDOWN_CHARS` is one plain paragraph.
 */

export const MAX_DEPTH = 8;
export const MAX_MARKDOWN_CHARS = 50_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?(.*)$/;
const BULLET = /^( {0,3})([-*+])[ \t]+(.*)$/;
const ORDERED = /^( {0,3})(\d{1,9})([.)])[ \t]+(.*)$/;
const BLANK = /^[ \t]*$/;

export function parseMarkdown(source: string): MarkdownBlock[] {
  const text = typeof source === 'string' ? source.replace(/\r\n?/g, '\n') : '';
  if (text.length > MAX_MARKDOWN_CHARS) {
    return [
      ...parseBlocks(text.slice(0, MAX_MARKDOWN_CHARS).split('\n'), 0),
      { type: 'paragraph', children: [{ type: 'text', text: text.slice(MAX_MARKDOWN_CHARS) }] },
    ];
  }
  return parseBlocks(text.split('\n'), 0);
}

/** Does the text use any markdown at all (cheap: used to skip the tree for plain messages)? */
export function looksLikeMarkdown(text: string): boolean {
  return /[*_`~#>[\]]|^\s*(?:[-+]|\d+[.)])\s/m.test(text);
}

function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || BULLET.test(line) || ORDERED.test(line);
}

function parseBlocks(lines: readonly string[], depth: number): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (BLANK.test(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const body: string[] = [];
      i++;
      // An unclosed fence runs to the end, as in CommonMark.
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`).test(lines[i]!))
        body.push(lines[i++]!);
      i++;
      blocks.push({ type: 'code-block', language: fence[2]!.slice(0, 32), text: body.join('\n') });
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({
        type: 'heading',
        level: heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6,
        children: parseInline(heading[2] ?? '', depth),
      });
      i++;
      continue;
    }
    if (depth < MAX_DEPTH && QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i]!)) inner.push(QUOTE.exec(lines[i++]!)![1]!);
      blocks.push({ type: 'quote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    if (depth < MAX_DEPTH && (BULLET.test(line) || ORDERED.test(line))) {
      i = parseList(lines, i, depth, blocks);
      continue;
    }
    // A paragraph: lines up to a blank line or the start of another block.
    const paragraph: string[] = [line];
    i++;
    while (i < lines.length && !BLANK.test(lines[i]!) && !startsBlock(lines[i]!)) paragraph.push(lines[i++]!);
    blocks.push({ type: 'paragraph', children: parseInline(paragraph.map((l) => l.trim()).join('\n'), depth) });
  }
  return blocks;
}

/** A list from line `start`; returns the line after it. Items hold the lines indented under their marker. */
function parseList(lines: readonly string[], start: number, depth: number, out: MarkdownBlock[]): number {
  const first = lines[start]!;
  const ordered = ORDERED.test(first);
  const marker = (line: string) => {
    const m = ordered ? ORDERED.exec(line) : BULLET.exec(line);
    return m ? { indent: m[0].length - m[m.length - 1]!.length, rest: m[m.length - 1]!, number: ordered ? Number(m[2]) : 1 } : null;
  };
  const items: MarkdownBlock[][] = [];
  const startNumber = marker(first)!.number;
  let i = start;
  while (i < lines.length) {
    const item = marker(lines[i]!);
    if (!item) break;
    const body = [item.rest];
    i++;
    while (i < lines.length) {
      const next = lines[i]!;
      if (BLANK.test(next)) {
        // A blank line ends the item unless indented content follows.
        const after = lines[i + 1];
        if (after !== undefined && /^( {2,}|\t)/.test(after)) {
          body.push('');
          i++;
          continue;
        }
        break;
      }
      if (/^( {2,}|\t)/.test(next)) body.push(next.replace(/^( {1,4}|\t)/, ''));
      else if (marker(next) || startsBlock(next)) break;
      // A lazy continuation line belongs to the item's paragraph.
      else body.push(next);
      i++;
    }
    items.push(parseBlocks(body, depth + 1));
    if (i < lines.length && BLANK.test(lines[i]!) && lines[i + 1] !== undefined && marker(lines[i + 1]!)) i++;
  }
  out.push({ type: 'list', ordered, start: startNumber, items });
  return i;
}

// ── Inline ───────────────────────────────────────────────────────────────────────

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;

/** Text with inline markup as a list of runs. */
export function parseInline(text: string, depth = 0): MarkdownInline[] {
  return new InlineParser(text).parse(0, text.length, depth, false);
}

class InlineParser {
  /** For each marker, a position from which no closer exists (searches from there on fail at once). */
  private readonly noCloserFrom = new Map<string, number>();

  constructor(private readonly text: string) {}

  parse(from: number, to: number, depth: number, inLink: boolean): MarkdownInline[] {
    const out: MarkdownInline[] = [];
    const s = this.text;
    let plain = '';
    const flush = () => {
      if (plain) out.push({ type: 'text', text: plain });
      plain = '';
    };
    let i = from;
    while (i < to) {
      const c = s[i]!;
      if (c === '\\' && i + 1 < to && PUNCTUATION.test(s[i + 1]!)) {
        plain += s[i + 1];
        i += 2;
        continue;
      }
      if (c === '\n') {
        flush();
        out.push({ type: 'break' });
        i++;
        continue;
      }
      if (c === '`') {
        let run = 1;
        while (s[i + run] === '`') run++;
        const close = this.findCodeClose(i + run, to, run);
        if (close >= 0) {
          flush();
          let code = s.slice(i + run, close).replace(/\n/g, ' ');
          if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) code = code.slice(1, -1);
          out.push({ type: 'code', text: code });
          i = close + run;
          continue;
        }
        plain += s.slice(i, i + run);
        i += run;
        continue;
      }
      if (c === '[' && !inLink) {
        const link = this.link(i, to, depth);
        if (link) {
          flush();
          out.push(link.node);
          i = link.end;
          continue;
        }
      }
      if ((c === '*' || c === '_' || c === '~') && depth < MAX_DEPTH) {
        const span = this.emphasis(i, to, depth, inLink);
        if (span) {
          flush();
          out.push(span.node);
          i = span.end;
          continue;
        }
        // A run of markers that opens nothing is text, whole.
        let run = 1;
        while (s[i + run] === c) run++;
        plain += s.slice(i, i + run);
        i += run;
        continue;
      }
      plain += c;
      i++;
    }
    flush();
    return out;
  }

  private findCodeClose(from: number, to: number, run: number): number {
    const key = `code${run}`;
    if (from >= (this.noCloserFrom.get(key) ?? Infinity)) return -1;
    const s = this.text;
    let at = s.indexOf('`', from);
    while (at >= 0 && at < to) {
      let len = 1;
      while (s[at + len] === '`') len++;
      if (len === run) return at;
      at = s.indexOf('`', at + len);
    }
    // Only "none up to the end of the text" is remembered: a closer past `to` may close an outer span.
    if (at < 0) this.noCloserFrom.set(key, Math.min(from, this.noCloserFrom.get(key) ?? Infinity));
    return -1;
  }

  /** `**strong**`, `__strong__`, `*em*`, `_em_`, `~~del~~`, when opened and closed as CommonMark roughly allows. */
  private emphasis(i: number, to: number, depth: number, inLink: boolean): { node: MarkdownInline; end: number } | null {
    const s = this.text;
    const c = s[i]!;
    const double = s[i + 1] === c;
    if (c === '~' && !double) return null;
    const marker = double ? c + c : c;
    const after = s[i + marker.length];
    // An opener is followed by a non-space; `_` may not open inside a word (snake_case stays text).
    // `***x***` is strong around em: a run of three opens the double marker.
    const tripleRun = double && after === c && s[i + 3] !== c;
    if (after === undefined || /\s/.test(after) || (after === c && !tripleRun)) return null;
    if (c === '_' && i > 0 && WORD.test(s[i - 1]!)) return null;
    const close = this.findEmphasisClose(marker, i + marker.length, to);
    if (close < 0) return null;
    const children = this.parse(i + marker.length, close, depth + 1, inLink);
    const type = c === '~' ? 'del' : double ? 'strong' : 'em';
    return { node: { type, children }, end: close + marker.length };
  }

  private findEmphasisClose(marker: string, from: number, to: number): number {
    const key = `em${marker}`;
    if (from >= (this.noCloserFrom.get(key) ?? Infinity)) return -1;
    const s = this.text;
    const c = marker[0]!;
    let at = s.indexOf(marker, from + 1);
    while (at >= 0 && at < to) {
      const before = s[at - 1]!;
      const next = at + marker.length < to ? s[at + marker.length] : undefined;
      const single = marker.length === 1;
      // A closer follows a non-space, is not part of a longer run (for single markers), and `_` does not close inside a word.
      const okRun = !single || (s[at - 1] !== c && next !== c);
      const okWord = c !== '_' || next === undefined || !WORD.test(next);
      // A double marker closes at the end of its run (`***` closes an em first, then the strong).
      if (!single && next === c && s[at + 3] !== c) at++;
      if (!/\s/.test(before) && okRun && okWord && at + marker.length <= to) return at;
      at = s.indexOf(marker, at + 1);
    }
    if (at < 0) this.noCloserFrom.set(key, Math.min(from, this.noCloserFrom.get(key) ?? Infinity));
    return -1;
  }

  /** `[label](http(s)://…)`: a link when the target is http(s); any other target stays text. */
  private link(i: number, to: number, depth: number): { node: MarkdownInline; end: number } | null {
    const s = this.text;
    const labelEnd = s.indexOf('](', i + 1);
    if (labelEnd < 0 || labelEnd >= to || s.slice(i + 1, labelEnd).includes('[')) return null;
    const targetEnd = s.indexOf(')', labelEnd + 2);
    if (targetEnd < 0 || targetEnd >= to) return null;
    const target = s.slice(labelEnd + 2, targetEnd).trim();
    const url = target.split(/\s+/)[0]!.replace(/^<(.*)>$/, '$1');
    const href = safeHttpUrl(url);
    if (!href) return null;
    const children = this.parse(i + 1, labelEnd, depth + 1, true);
    return { node: { type: 'link', href, children: children.length ? children : [{ type: 'text', text: url }] }, end: targetEnd + 1 };
  }
}
