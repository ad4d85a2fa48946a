import { html, type PropertyDeclarations, type PropertyValues } from 'lit';
import { defaultEmojiSet } from '../../core/emoji/index.js';
import type { EmojiSet } from '../../core/emoji/index.js';
import { parseEmoji, type Segment } from '../../core/emoji/index.js';
import { TimElement } from '../base/tim-element.js';
import { isOnlyEmoji, renderEmojiSegments } from './render-emoji-text.js';
import { emojiParserStrings } from './strings.js';
import { timEmojiParserStyles } from './tim-emoji-parser.styles.js';

/**
 * @summary Text with emoji: `[Smile]`-style codes of an emoji set and Unicode emoji are drawn as
 * emoji (glyphs or images), http(s) links become links that open in a new tab. Everything is
 * rendered as text nodes and elements; nothing goes through innerHTML.
 *
 * @csspart text - The wrapper of the whole text.
 * @csspart emoji - Each emoji (a `<span role="img">` for glyphs, an `<img>` for image emoji).
 * @csspart link - Each link.
 *
 * @cssprop --tim-emoji-size - Size of an emoji image in running text (default 1.3em).
 * @cssprop --tim-emoji-jumbo-size - Font size when the text is only one to three emoji (default 2.6em).
 * @cssprop --tim-link-color - Link colour (default `--tim-color-link`).
 */
export class TimEmojiParser extends TimElement {
  static override styles = timEmojiParserStyles;

  // Declared without decorators: this element is often used alone, and the decorator helpers
  // would be most of its own size (`npm run size`, one-element).
  static override properties: PropertyDeclarations = {
    text: {},
    emojiSet: { attribute: false },
    unicode: { type: Boolean },
    links: { type: Boolean },
    allowJumbo: { type: Boolean, attribute: 'allow-jumbo' },
    jumbo: { type: Boolean, reflect: true },
    segments: { state: true },
    brokenImages: { state: true },
  };

  /** The text to render. */
  text = '';
  /** The emoji set for `[Code]` emoji (glyphs or image URLs); defaults to the TUIKit-compatible set. */
  emojiSet: EmojiSet = defaultEmojiSet;
  /** Also draw Unicode emoji as emoji (with the emoji font). */
  unicode = true;
  /** Make http(s) links clickable. */
  links = true;
  /** Allow the large rendering of a text that is only one to three emoji. */
  allowJumbo = false;
  /** Reflected when the text is only one to three emoji and `allow-jumbo` is set. */
  jumbo = false;

  private segments: readonly Segment[] = [];
  /** Image emoji that failed to load: shown as their glyph or code instead. */
  private brokenImages: ReadonlySet<string> = new Set();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('text') || changed.has('emojiSet') || changed.has('unicode')) {
      this.segments = parseEmoji(typeof this.text === 'string' ? this.text : String(this.text ?? ''), this.emojiSet ?? defaultEmojiSet, {
        unicode: this.unicode,
      });
    }
    this.jumbo = this.allowJumbo && isOnlyEmoji(this.segments);
  }

  override render() {
    return html`<span part="text" dir="auto" class="text ${this.jumbo ? 'jumbo' : ''}">${renderEmojiSegments(this.segments, {
      emojiSet: this.emojiSet ?? defaultEmojiSet,
      locale: this.resolvedLocale,
      links: this.links,
      opensInNewTab: this.strings(emojiParserStrings).opensInNewTab,
      brokenImages: this.brokenImages,
      onImageError: (url) => (this.brokenImages = new Set(this.brokenImages).add(url)),
    })}</span>`;
  }
}
