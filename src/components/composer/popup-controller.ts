import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface PopupOptions {
  /** The popup and the button that opens it: a press on either does not close it. */
  readonly insiders: () => readonly (Element | null | undefined)[];
  /** Called after the popup rendered open (to focus inside it). */
  readonly onOpened?: () => void;
  /** Where the focus goes back when the popup closes by a key or a choice. */
  readonly returnFocus: () => void;
}

/**
 * A popup that opens from a button and closes on a press anywhere else in the page (listening
 * only while it is open), by Escape or a choice (focus back to the input), or when reset.
 */
export class PopupController implements ReactiveController {
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PopupOptions,
  ) {
    host.addController(this);
  }

  toggle(): void {
    if (this.open) {
      this.close(true);
      return;
    }
    this.set(true);
    void this.host.updateComplete.then(() => this.options.onOpened?.());
  }

  /** Close; `returnFocus` puts the caret back where the user was writing. */
  close(returnFocus: boolean): void {
    if (!this.open) return;
    this.set(false);
    if (returnFocus) this.options.returnFocus();
  }

  hostDisconnected(): void {
    document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
  }

  private set(open: boolean): void {
    this.open = open;
    if (open) document.addEventListener('pointerdown', this.onDocumentPointerDown, true);
    else document.removeEventListener('pointerdown', this.onDocumentPointerDown, true);
    this.host.requestUpdate();
  }

  private readonly onDocumentPointerDown = (event: PointerEvent): void => {
    const path = event.composedPath();
    if (this.options.insiders().some((element) => element && path.includes(element))) return;
    this.close(false);
  };
}
