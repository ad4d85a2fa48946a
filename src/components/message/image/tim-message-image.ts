import { html, nothing, type PropertyValues } from 'lit';
import { inlineStyle } from '../../base/inline-style.js';
import { property, state } from 'lit/decorators.js';
import type { ImageElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';
import { TimElement } from '../../base/tim-element.js';
import { icon } from '../../icons/icons.js';
import { TimMessageRequestEvent } from '../events.js';
import { imageSources, thumbnailBox } from './image-box.js';
import { messageImageStrings } from './strings.js';
import { timMessageImageStyles } from './tim-message-image.styles.js';

type LoadState = 'loading' | 'loaded' | 'error';

/**
 * @summary An image in a message: the thumbnail at its aspect ratio inside a placeholder box of
 * the final size (so nothing moves when it loads). A missing, broken or unsafe URL shows a
 * placeholder. Activating it asks the list to open the lightbox.
 *
 * @csspart button - The clickable frame.
 * @csspart image - The `<img>`.
 * @csspart placeholder - The box shown while loading or when the image cannot be shown.
 *
 * @cssprop --tim-message-image-radius - Corner radius (default `--tim-radius-m`).
 * @cssprop --tim-message-image-placeholder-bg - Placeholder colour (default `--tim-color-placeholder`).
 */
export class TimMessageImage extends TimElement {
  static override styles = timMessageImageStyles;

  /** The message the image belongs to. */
  @property({ attribute: false }) message?: Message;
  /** Which element of the message is the image. */
  @property({ type: Number, attribute: 'element-index' }) elementIndex = 0;
  /** Who sent it, for its text alternative ("Photo from Bob Martin"); one's own is "Your photo". */
  @property({ attribute: 'sender-name' }) senderName = '';

  @state() private loadState: LoadState = 'loading';

  private get elem(): ImageElem | undefined {
    const elem = this.message?.elements[this.elementIndex];
    return elem?.type === 'TIMImageElem' ? elem : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('message') || changed.has('elementIndex')) {
      const before = changed.get('message')?.elements[this.elementIndex];
      const now = this.elem;
      // A new URL (e.g. the server's after upload) starts loading again.
      if (!before || !now || before.type !== 'TIMImageElem' || imageSources(before).thumbnail !== imageSources(now).thumbnail) {
        this.loadState = 'loading';
      }
    }
  }

  override render() {
    const t = this.strings(messageImageStrings);
    const elem = this.elem;
    const sources = elem ? imageSources(elem) : undefined;
    const box = thumbnailBox(sources?.width ?? 0, sources?.height ?? 0);
    const url = sources?.thumbnail ?? '';
    const broken = !url || this.loadState === 'error';
    const own = this.message?.flow === 'out';
    // The model keeps no file name for pictures: the sender says which one it is.
    const alt = own ? t.yourPhoto : this.senderName ? t.photoFrom(this.senderName) : t.image;
    const label = broken ? t.unavailable : alt;
    return html`<button part="button" type="button" aria-label=${label} title=${broken ? nothing : t.openImage} ?disabled=${broken}
        style=${inlineStyle({ 'inline-size': `${box.width}px`, 'block-size': `${box.height}px` })} @click=${this.open}>
      ${
        broken
          ? html`<span part="placeholder" class="placeholder">${icon('imageBroken')}<span>${t.unavailable}</span></span>`
          : html`${this.loadState === 'loading' ? html`<span part="placeholder" class="placeholder" aria-hidden="true"><span class="shimmer"></span></span>` : ''}
            <img part="image" class=${this.loadState === 'loaded' ? 'loaded' : ''} src=${url} alt=${alt}
              srcset=${sources?.srcset || nothing} sizes=${sources?.srcset ? `${box.width}px` : nothing}
              width=${box.width} height=${box.height} loading="lazy" decoding="async" draggable="false"
              @load=${() => (this.loadState = 'loaded')} @error=${() => (this.loadState = 'error')} />`
      }
    </button>`;
  }

  private open(): void {
    const message = this.message;
    if (!message || this.loadState === 'error') return;
    this.dispatchEvent(new TimMessageRequestEvent(message, { kind: 'open-image', elementIndex: this.elementIndex }));
  }
}
