import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { TrayImage } from '../../core/composer/index.js';
import { icon } from '../icons/icons.js';
import type { ComposerStrings } from './strings.js';

/** The pictures held to go with the text: a thumbnail each with its remove button. */
export function imageTrayTemplate(options: {
  readonly t: ComposerStrings;
  readonly images: readonly TrayImage[];
  readonly max: number;
  /** A blob: URL of the page for the thumbnail ('' when none can be made). */
  readonly previewOf: (image: TrayImage) => string;
  readonly onRemove: (image: TrayImage) => void;
}): TemplateResult {
  const { t, images, max } = options;
  return html`<div class="tray" part="image-tray" role="group" aria-label=${t.trayLabel(images.length, max)}>
    <ul class="tray-list">
      ${repeat(
        images,
        (image) => image.id,
        (image, index) => {
          const label = t.trayImage(index + 1, image.name);
          const url = options.previewOf(image);
          return html`<li class="tray-item" part="tray-image">
            ${url ? html`<img src=${url} alt=${label} />` : html`<span class="tray-missing">${icon('image', 20)}</span>`}
            <button class="tray-remove" part="tray-remove" type="button" aria-label=${t.trayRemove(label)} title=${t.trayRemove(label)}
              @click=${() => options.onRemove(image)}>${icon('close', 14)}</button>
          </li>`;
        },
      )}
    </ul>
    <span class="tray-count" aria-hidden="true">${images.length}/${max}</span>
  </div>`;
}
