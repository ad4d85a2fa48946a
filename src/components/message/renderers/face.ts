import { html, type TemplateResult } from 'lit';
import { emojiLocale, findFaceSticker, type FaceSticker } from '../../../core/emoji/index.js';
import type { FaceElem } from '../../../core/model/index.js';
import type { MessageStrings } from '../strings.js';

/** A "big face" sticker: its glyph large, or its image; a face from a pack we do not have is named as a sticker. */
export function renderFace(elem: FaceElem, stickers: readonly FaceSticker[], t: MessageStrings, locale: string): TemplateResult {
  const sticker = findFaceSticker(elem, stickers);
  if (!sticker) return html`<span class="face-unknown" part="face">${t.sticker}</span>`;
  const name = sticker.names[emojiLocale(locale)];
  if (sticker.url) {
    return html`<img class="face" part="face" src=${sticker.url} alt=${name} title=${name} width="120" height="120" loading="lazy" draggable="false" />`;
  }
  return html`<span class="face face-glyph" part="face" role="img" aria-label=${name} title=${name}>${sticker.glyph}</span>`;
}
