import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../core/model/index.js';
import { inlineStyle } from '../base/inline-style.js';
import { TimElement } from '../base/tim-element.js';
import { icon } from '../icons/icons.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import { TimImageViewerCloseEvent } from './events.js';
import { imageViewerStrings } from './strings.js';
import { timImageViewerStyles } from './tim-image-viewer.styles.js';
import { FIT, fitSize, panBy, swipeDirection, toggleZoom, zoomAt, ZOOM_STEP, type Point, type Size, type ZoomView } from './zoom.js';

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
  /** The name a download is saved under. */
  readonly fileName?: string;
}

/** Two taps closer than this (ms, px) are a double tap. */
const DOUBLE_TAP_MS = 300;
const DOUBLE_TAP_PX = 30;

/**
 * @summary A lightbox for the images of a conversation: a modal dialog (top layer, so no ancestor
 * can clip it) that fits the picture to the screen on both axes, shows the preview at once, then the
 * large copy, then the original as each loads; zooms and pans; goes to the previous or next image.
 *
 * Keyboard: ←/→ previous/next (mirrored right-to-left), + and − zoom, 0 fits, Escape closes.
 * Pointer: wheel zooms at the cursor, drag pans a zoomed picture, double-click toggles zoom. Touch:
 * pinch zooms, drag pans, double-tap toggles zoom, a horizontal swipe goes to the previous/next
 * image. A click on the backdrop closes. Focus goes back where it was.
 *
 * @fires tim-image-viewer-close - The viewer closed.
 *
 * @csspart dialog - The `<dialog>`.
 * @csspart image - The `<img>`.
 * @csspart toolbar - The buttons at the top.
 * @csspart close-button - The close button.
 * @csspart nav-button - The previous and next buttons.
 * @csspart position - "2 of 5", when there are several images.
 *
 * @cssprop --tim-image-viewer-backdrop - Backdrop colour (default `--tim-color-overlay`).
 */
export class TimImageViewer extends TimElement {
  static override styles = timImageViewerStyles;

  /** Is the viewer showing. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private images: readonly ViewerImage[] = [];
  @state() private index = 0;
  /** The best URL loaded so far. */
  @state() private shown = '';
  @state() private loadingOriginal = false;
  @state() private failed = false;
  @state() private view: ZoomView = FIT;
  /** The picture's own size, once known (from the message, else from the loaded image). */
  @state() private natural: Size = { width: 0, height: 0 };

  private returnFocusTo?: HTMLElement;
  private loadToken = 0;
  private readonly pointers = new Map<number, Point>();
  private gestureStart?: { point: Point; view: ZoomView; distance: number };
  private lastTap?: { time: number; point: Point };
  /** The pointer moved since it went down: the click that ends a drag does not close the viewer. */
  private dragged = false;

  /**
   * Show an image, or several (the conversation's) starting at `index`. Unsafe URLs are dropped;
   * an image with none left says it failed.
   */
  async show(images: ViewerImage | readonly ViewerImage[], returnFocusTo?: HTMLElement, index = 0): Promise<void> {
    this.returnFocusTo = returnFocusTo ?? deepActiveElement();
    this.images = (Array.isArray(images) ? images : [images]).map((image: ViewerImage) => ({
      ...image,
      preview: safeUrl(image.preview),
      large: safeUrl(image.large),
      original: safeUrl(image.original),
    }));
    this.open = true;
    this.go(Math.min(Math.max(0, Math.floor(index) || 0), Math.max(0, this.images.length - 1)));
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('.close')?.focus();
  }

  close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    else this.finishClose();
  }

  /** The image at `index`: its preview at once, better copies as they load, fitted. */
  private go(index: number): void {
    const image = this.images[index];
    if (!image) return;
    this.index = index;
    this.view = FIT;
    this.natural = { width: image.width ?? 0, height: image.height ?? 0 };
    this.shown = image.preview || image.large || image.original || '';
    this.failed = !this.shown;
    void this.upgrade([image.large ?? '', image.original ?? ''].filter((u) => u && u !== this.shown));
  }

  private step(delta: number): void {
    const next = this.index + delta;
    if (next >= 0 && next < this.images.length) this.go(next);
  }

  /** Loads each better copy in turn and swaps it in once it has arrived. */
  private async upgrade(urls: string[]): Promise<void> {
    const token = ++this.loadToken;
    const image = this.images[this.index];
    for (const [i, url] of urls.entries()) {
      this.loadingOriginal = i === urls.length - 1 && url === image?.original;
      const ok = await preload(url);
      if (token !== this.loadToken) return;
      if (ok) this.shown = url;
    }
    this.loadingOriginal = false;
  }

  override render() {
    const t = this.strings(imageViewerStrings);
    const image = this.images[this.index];
    const many = this.images.length > 1;
    const rtl = this.isRtl();
    return html`<dialog part="dialog" aria-label=${t.label} @close=${this.finishClose} @click=${this.onDialogClick} @keydown=${this.onKeyDown}>
      ${
        this.open && image
          ? html`
          <div class="stage" @wheel=${this.onWheel} @pointerdown=${this.onPointerDown} @pointermove=${this.onPointerMove}
            @pointerup=${this.onPointerUp} @pointercancel=${this.onPointerUp} @dblclick=${this.onDoubleClick}>
            ${
              this.failed
                ? html`<div class="failed" role="alert">${t.failed}</div>`
                : html`<img part="image" src=${this.shown} alt=${image.alt || t.image} draggable="false"
                  class=${this.view.scale > 1 ? 'zoomed' : ''} style=${inlineStyle(this.pictureStyle())}
                  @load=${this.onLoad} @error=${this.onError} />`
            }
          </div>
          <div class="toolbar" part="toolbar">
            ${many ? html`<span class="position" part="position">${t.position(this.index + 1, this.images.length)}</span>` : nothing}
            <button type="button" aria-label=${t.zoomOut} title=${t.zoomOut} ?disabled=${this.view.scale <= 1} @click=${() => this.zoomBy(1 / ZOOM_STEP)}>${icon('zoomOut', 20)}</button>
            <button type="button" aria-label=${t.zoomIn} title=${t.zoomIn} @click=${() => this.zoomBy(ZOOM_STEP)}>${icon('zoomIn', 20)}</button>
            ${
              image.original || image.large
                ? html`<a href=${image.original || image.large || ''} download=${image.fileName || ''} target="_blank" rel="noopener noreferrer"
                  aria-label=${t.download} title=${t.download}>${icon('download', 20)}</a>
                <a href=${image.original || image.large || ''} target="_blank" rel="noopener noreferrer" aria-label=${t.openOriginal} title=${t.openOriginal}>${icon('externalLink', 20)}</a>`
                : nothing
            }
            <button class="close" part="close-button" type="button" aria-label=${t.close} title=${t.close} @click=${() => this.close()}>${icon('close', 22)}</button>
          </div>
          ${
            many
              ? html`<button class="nav previous" part="nav-button" type="button" aria-label=${t.previous} title=${t.previous}
                  ?disabled=${this.index === 0} @click=${() => this.step(-1)}>${icon(rtl ? 'chevronEnd' : 'chevronStart', 28)}</button>
                <button class="nav next" part="nav-button" type="button" aria-label=${t.next} title=${t.next}
                  ?disabled=${this.index === this.images.length - 1} @click=${() => this.step(1)}>${icon(rtl ? 'chevronStart' : 'chevronEnd', 28)}</button>`
              : nothing
          }
          ${this.loadingOriginal ? html`<div class="note" role="status">${t.loadingOriginal}</div>` : nothing}`
          : nothing
      }
    </dialog>`;
  }

  /** The fitted picture (CSS fits it on both axes) moved and scaled by the view. */
  private pictureStyle(): Record<string, string> {
    const { scale, x, y } = this.view;
    return { transform: `translate(${x}px, ${y}px) scale(${scale})` };
  }

  private stageSize(): Size {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    return { width: stage?.clientWidth ?? 0, height: stage?.clientHeight ?? 0 };
  }

  private fitted(): Size {
    return fitSize(this.natural, this.stageSize());
  }

  /** A point of a pointer event, from the stage's centre. */
  private fromCentre(event: { clientX: number; clientY: number }): Point {
    const rect = this.renderRoot.querySelector<HTMLElement>('.stage')!.getBoundingClientRect();
    return { x: event.clientX - rect.left - rect.width / 2, y: event.clientY - rect.top - rect.height / 2 };
  }

  private zoomBy(factor: number, at: Point = { x: 0, y: 0 }): void {
    this.view = zoomAt(this.view, factor, at, this.fitted(), this.stageSize());
  }

  private isRtl(): boolean {
    return getComputedStyle(this).direction === 'rtl';
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rtl = this.isRtl();
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const actions: Record<string, () => void> = {
      [forward]: () => this.step(1),
      [back]: () => this.step(-1),
      '+': () => this.zoomBy(ZOOM_STEP),
      '=': () => this.zoomBy(ZOOM_STEP),
      '-': () => this.zoomBy(1 / ZOOM_STEP),
      '0': () => (this.view = FIT),
    };
    const action = actions[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  private readonly onWheel = (event: WheelEvent): void => {
    event.preventDefault();
    this.zoomBy(Math.exp(-event.deltaY * 0.002), this.fromCentre(event));
  };

  private readonly onDoubleClick = (event: MouseEvent): void => {
    this.view = toggleZoom(this.view, this.fromCentre(event), this.fitted(), this.stageSize());
  };

  private readonly onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    try {
      // Keep getting the moves when the finger or mouse leaves the stage mid-drag.
      (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
    } catch {
      // Not a live pointer (a synthetic event): the gesture works without capture.
    }
    this.pointers.set(event.pointerId, this.fromCentre(event));
    this.dragged = false;
    this.startGesture();
  };

  private readonly onPointerMove = (event: PointerEvent): void => {
    if (!this.pointers.has(event.pointerId) || !this.gestureStart) return;
    this.pointers.set(event.pointerId, this.fromCentre(event));
    const { point, view, distance } = this.gestureStart;
    const [a, b] = [...this.pointers.values()];
    if (a && Math.hypot(a.x - point.x, a.y - point.y) > 5) this.dragged = true;
    if (a && b && distance > 0) {
      // Pinch: scale by the change in distance, around the start's midpoint.
      this.view = zoomAt(view, Math.hypot(a.x - b.x, a.y - b.y) / distance, point, this.fitted(), this.stageSize());
    } else if (a && view.scale > 1) {
      this.view = panBy(view, a.x - point.x, a.y - point.y, this.fitted(), this.stageSize());
    }
  };

  private readonly onPointerUp = (event: PointerEvent): void => {
    const start = this.gestureStart;
    const end = this.pointers.get(event.pointerId) ?? this.fromCentre(event);
    const wasSingle = this.pointers.size === 1;
    this.pointers.delete(event.pointerId);
    this.startGesture();
    if (!start || !wasSingle || event.type === 'pointercancel') return;
    const dx = end.x - start.point.x;
    const dy = end.y - start.point.y;
    if (start.view.scale <= 1 && start.distance === 0) {
      const direction = swipeDirection(dx, dy, this.isRtl());
      if (direction !== 0) return this.step(direction);
    }
    if (event.pointerType !== 'mouse' && Math.hypot(dx, dy) < DOUBLE_TAP_PX) this.onTap(event.timeStamp, end);
  };

  /** Touch has no reliable dblclick: two taps close in time and place toggle the zoom. */
  private onTap(time: number, point: Point): void {
    const last = this.lastTap;
    if (last && time - last.time < DOUBLE_TAP_MS && Math.hypot(point.x - last.point.x, point.y - last.point.y) < DOUBLE_TAP_PX) {
      this.lastTap = undefined;
      this.view = toggleZoom(this.view, point, this.fitted(), this.stageSize());
    } else {
      this.lastTap = { time, point };
    }
  }

  /** A gesture starts (again) from the pointers down now: one pans or swipes, two pinch. */
  private startGesture(): void {
    const [a, b] = [...this.pointers.values()];
    if (!a) {
      this.gestureStart = undefined;
      return;
    }
    const point = b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : a;
    this.gestureStart = { point, view: this.view, distance: b ? Math.hypot(a.x - b.x, a.y - b.y) : 0 };
  }

  private onLoad(event: Event): void {
    const img = event.target as HTMLImageElement;
    // The message may not say how big the picture is: the loaded copy does (its ratio is what fits).
    if (this.natural.width <= 0 && img.naturalWidth > 0) this.natural = { width: img.naturalWidth, height: img.naturalHeight };
  }

  private onError(): void {
    // The copy on screen broke: fall back to any other that is known, else say so.
    const image = this.images[this.index];
    const next = [image?.original, image?.large, image?.preview].find((u) => u && u !== this.shown);
    if (next && image) {
      const images = [...this.images];
      images[this.index] = {
        ...image,
        preview: image.preview === this.shown ? '' : image.preview,
        large: image.large === this.shown ? '' : image.large,
      };
      this.images = images;
      this.shown = next;
    } else {
      this.failed = true;
    }
  }

  private onDialogClick(event: MouseEvent): void {
    // A click on the dark area around the picture (the dialog or the stage itself) closes.
    const target = event.composedPath()[0];
    if (this.dragged) {
      this.dragged = false;
      return;
    }
    if (target instanceof HTMLElement && (target.tagName === 'DIALOG' || target.classList.contains('stage'))) this.close();
  }

  private finishClose(): void {
    if (!this.open) return;
    this.loadToken++;
    this.open = false;
    this.images = [];
    this.shown = '';
    this.view = FIT;
    this.pointers.clear();
    this.gestureStart = undefined;
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
