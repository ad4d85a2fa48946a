import { html, nothing, type TemplateResult } from 'lit';
import type { EmojiSet } from '../../core/emoji/index.js';
import type { EmojiSegment, Segment } from '../../core/emoji/index.js';
import type { Locale } from '../base/locale.js';
import { findLinks } from './find-links.js';

/** Up to this many emoji and nothing else: shown large, as chat apps do. */
const JUMBO_MAX = 3;

export interface EmojiTextOptions {
  readonly emojiSet: EmojiSet;
  readonly locale: Locale;
  /** Make http(s) links clickable (new tab, no opener). */
  readonly links: boolean;
  /** The hidden "(opens in a new tab)" after each link, in the reader's language. */
  readonly opensInNewTab: string;
  /** Image emoji whose image failed: drawn as their glyph instead. */
  readonly brokenImages?: ReadonlySet<string>;
  readonly onImageError?: (url: string) => void;
}

/**
 * Emoji text as Lit templates: text nodes, emoji (`<span role="img">` glyphs or `<img>`),
 * and links. Shared by `<tim-emoji-parser>` and `<tim-message>` (which draws text messages
 * itself, to keep one shadow root per row). Never touches innerHTML.
 */
export function renderEmojiSegments(segments: readonly Segment[], options: EmojiTextOptions): unknown[] {
  return segments.map((segment) => (segment.type === 'text' ? renderText(segment.text, options) : renderEmoji(segment, options)));
}

function renderText(text: string, options: EmojiTextOptions): unknown {
  if (!options.links || !/https?:\/\//i.test(text)) return text;
  return findLinks(text).map((piece) =>
    piece.type === 'text'
      ? piece.text
      : html`<a part="link" href=${piece.href} target="_blank" rel="noopener noreferrer">${piece.text}<span class="visually-hidden"> ${options.opensInNewTab}</span></a>`,
  );
}

function renderEmoji(segment: EmojiSegment, options: EmojiTextOptions): TemplateResult {
  const name =
    segment.source === 'unicode'
      ? segment.code
      : (options.emojiSet.byKey.get(segment.key)?.names[options.locale.startsWith('zh') ? 'zh-CN' : 'en'] ?? segment.code);
  const url = segment.url;
  if (url && !options.brokenImages?.has(url)) {
    return html`<img part="emoji" class="emoji" src=${url} alt=${segment.glyph ?? segment.code} title=${name} draggable="false"
      @error=${() => options.onImageError?.(url)} />`;
  }
  return html`<span part="emoji" class="emoji" role="img" aria-label=${name} title=${segment.source === 'code' ? name : nothing}>${segment.glyph ?? segment.code}</span>`;
}

/** One to three emoji and only white space around them. */
export function isOnlyEmoji(segments: readonly Segment[]): boolean {
  let count = 0;
  for (const segment of segments) {
    if (segment.type === 'text') {
      if (segment.text.trim() !== '') return false;
    } else if (++count > JUMBO_MAX) {
      return false;
    }
  }
  return count > 0;
}
