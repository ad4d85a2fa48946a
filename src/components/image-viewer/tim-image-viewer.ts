import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../core/model/index.js';
import { TimElement } from '../base/tim-element.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from '../message-actions/tim-message-actions.js';
import { TimImageViewerCloseEvent } from './events.js';
import { imageViewerStrings } from './strings.js';
import { timImageViewerStyles } from './tim-image-viewer.styles.js';

export interface ViewerImage {
  /** Shown at once (the thumbnail or large copy the page likely has already). */
  readonly preview: string;
  /** Loaded next and swapped in when ready: the large copy. */
  readonly large?: string;
  /** Loaded last: the original. */
  readonly original?: string;
  readonly width?: number;
  readonly height?: number;
  readonly alt?: string;
}

/**
 * @summary A lightbox for a message's image: a modal dialog (top layer, so no ancestor can clip
 * it) that shows the preview at once, then the large copy, then the original as each loads.
 * Escape, the close button or a click on the backdrop closes it; focus goes back where it was.
 *
 * @fires tim-image-viewer-close - The viewer closed.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart image - The `<img>`.
 * @csspart toolbar - The buttons at the top.
 * @csspart close-button - The close button.
 *
 * @cssprop --tim-image-viewer-backdrop - Backdrop colour (default `--tim-color-overlay`).
 */
export class TimImageViewer extends TimElement {
  static override styles = timImageViewerStyles;

  /** Is the viewer showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private image?: ViewerImage;
  /** The best URL loaded so far. */
  @state() private shown = '';
  @state() private loadingOriginal = false;
  @state() private failed = false;

  private returnFocusTo?: HTMLElement;
  private loadToken = 0;

  /** Show an image. Unsafe URLs are dropped; with none left the viewer says the image failed. */
  async show(image: ViewerImage, returnFocusTo?: HTMLElement): Promise<void> {
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    const preview = safeUrl(image.preview);
    const large = safeUrl(image.large);
    const original = safeUrl(image.original);
    this.image = { ...image, preview, large, original };
    this.shown = preview || large || original;
    this.failed = !this.shown;
    this.open = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
    void this.upgrade([large, original].filter((u) => u && u !== this.shown));
  }

  close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    else this.finishClose();
  }

  /** Loads each better copy in turn and swaps it in once it has arrived. */
  private async upgrade(urls: string[]): Promise<void> {
    const token = ++this.loadToken;
    for (const [i, url] of urls.entries()) {
      const isOriginal = i === urls.length - 1 && url === this.image?.original;
      this.loadingOriginal = isOriginal;
      const ok = await preload(url);
      if (token !== this.loadToken) return;
      if (ok) this.shown = url;
    }
    this.loadingOriginal = false;
  }

  override render() {
    const t = this.strings(imageViewerStrings);
    const image = this.image;
    return html`<dialog part="dialog" aria-label=${t.label} @close=${this.finishClose} @click=${this.onDialogClick}>
      ${this.open && image
        ? html`
          <div class="stage">
            ${this.failed
              ? html`<div role="alert">${t.failed}</div>`
              : html`<img part="image" src=${this.shown} alt=${image.alt || t.image} @error=${this.onError} />`}
          </div>
          <div class="toolbar" part="toolbar">
            ${image.original
              ? html`<a href=${image.original} target="_blank" rel="noopener noreferrer" aria-label=${t.openOriginal} title=${t.openOriginal}>${icon('externalLink', 20)}</a>`
              : nothing}
            <button class="close" part="close-button" type="button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>${icon('close', 22)}</button>
          </div>
          ${this.loadingOriginal ? html`<div class="note" role="status">${t.loadingOriginal}</div>` : nothing}`
        : nothing}
    </dialog>`;
  }

  private onError(): void {
    // The copy on screen broke: fall back to any other that is known, else say so.
    const image = this.image;
    const next = [image?.original, image?.large, image?.preview].find((u) => u && u !== this.shown);
    if (next && image) {
      this.image = { ...image, preview: image.preview === this.shown ? '' : image.preview, large: image.large === this.shown ? '' : image.large };
      this.shown = next;
    } else {
      this.failed = true;
    }
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the dark area around the picture (the dialog or the stage itself) closes.
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && (target.tagName === 'DIALOG' || target.classList.contains('stage'))) this.close();
  }

  private finishClose(): void {
    if (!this.open) return;
    this.loadToken++;
    this.open = false;
    this.image = undefined;
    this.shown = '';
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
    this.dispatchEvent(new TimImageViewerCloseEvent());
  }
}

function preload(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(true);
    img.onerror = () => resolve(false);
    img.src = url;
  });
}
