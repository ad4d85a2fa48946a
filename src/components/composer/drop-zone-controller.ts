import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ComposerDropZone } from './tim-composer.js';

export interface DropZoneOptions {
  readonly zone: () => ComposerDropZone;
  /** Files may be dropped now (a conversation is open and writable). */
  readonly accepts: () => boolean;
  readonly onFiles: (files: File[]) => void;
  /** The overlay shown over the zone while files are dragged over it (a `popover="manual"` element). */
  readonly overlay: () => HTMLElement | null | undefined;
}

type PopoverElement = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/**
 * Drag-and-drop of files onto the composer, or onto the whole open conversation inside
 * `<tim-chat>`: listens on that zone while connected, and shows the overlay in the top layer over it.
 */
export class DropZoneController implements ReactiveController {
  /** Files are being dragged over the zone. */
  dragging = false;
  private target?: HTMLElement;
  private depth = 0;
  /** Whether the overlay was last shown (it follows `dragging` once the host rendered). */
  private shown = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DropZoneOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.attach();
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The zone setting or the host's place changed: listen where files can now be dropped. */
  attach(): void {
    const target = this.host.isConnected ? this.resolveTarget() : undefined;
    if (target === this.target) return;
    this.detach();
    this.target = target;
    if (!target) return;
    target.addEventListener('dragenter', this.onDragEnter);
    target.addEventListener('dragover', this.onDragOver);
    target.addEventListener('dragleave', this.onDragLeave);
    target.addEventListener('drop', this.onDrop);
  }

  private detach(): void {
    const target = this.target;
    this.target = undefined;
    this.setDragging(false);
    if (!target) return;
    target.removeEventListener('dragenter', this.onDragEnter);
    target.removeEventListener('dragover', this.onDragOver);
    target.removeEventListener('dragleave', this.onDragLeave);
    target.removeEventListener('drop', this.onDrop);
  }

  /** The open conversation when slotted into `<tim-chat>`, else the host. */
  private resolveTarget(): HTMLElement | undefined {
    const zone = this.options.zone();
    if (zone === 'none') return undefined;
    if (zone === 'auto') {
      const host = this.host;
      const slot = host.assignedSlot ?? (host.parentElement instanceof HTMLSlotElement ? host.parentElement : null);
      const root = slot?.getRootNode();
      if (slot && root instanceof ShadowRoot && root.host.localName === 'tim-chat' && slot.parentElement) return slot.parentElement;
    }
    return this.host;
  }

  private acceptsDrag(event: DragEvent): boolean {
    return Boolean(event.dataTransfer?.types?.includes('Files')) && this.options.accepts();
  }

  private readonly onDragEnter = (event: DragEvent): void => {
    if (!this.acceptsDrag(event)) return;
    event.preventDefault();
    this.depth++;
    this.setDragging(true);
  };

  private readonly onDragOver = (event: DragEvent): void => {
    if (!this.acceptsDrag(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    // A drag that started before we listened never sent dragenter.
    this.setDragging(true);
  };

  private readonly onDragLeave = (): void => {
    if (!this.dragging) return;
    // Moving onto a child fires dragenter there before dragleave here: the zone is left when the count is back to 0.
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.setDragging(false);
  };

  private readonly onDrop = (event: DragEvent): void => {
    const files = [...(event.dataTransfer?.files ?? [])];
    this.setDragging(false);
    if (files.length === 0 || !this.options.accepts()) return;
    event.preventDefault();
    this.options.onFiles(files);
  };

  private setDragging(dragging: boolean): void {
    if (!dragging) this.depth = 0;
    if (dragging === this.dragging) return;
    this.dragging = dragging;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (this.shown !== this.dragging) this.showOverlay(this.dragging);
  }

  /** The overlay sits in the top layer over the zone, whatever clips or contains the composer. */
  private showOverlay(show: boolean): void {
    const overlay = this.options.overlay() as PopoverElement | null | undefined;
    if (!overlay) return;
    this.shown = show;
    const supported = typeof overlay.showPopover === 'function';
    if (!show) {
      if (supported && overlay.matches(':popover-open')) overlay.hidePopover!();
      return;
    }
    const rect = (this.target ?? this.host).getBoundingClientRect();
    Object.assign(overlay.style, { left: `${rect.left}px`, top: `${rect.top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
    if (supported && !overlay.matches(':popover-open')) overlay.showPopover!();
  }
}
