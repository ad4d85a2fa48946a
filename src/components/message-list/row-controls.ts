/** What counts as a control inside a message row, whatever its tabindex (the log sets it to -1). */
const CONTROL =
  'a[href], button:not(:disabled), video[controls], audio[controls], input:not(:disabled), select:not(:disabled), textarea:not(:disabled)';

/** Controls drawn for the pointer only (hover), left out of the row's keyboard controls. */
const POINTER_ONLY = '[part~="quick-reaction"], [part~="quick-reaction-more"]';

/**
 * The controls inside a message row, in the order a reader meets them, through the shadow roots
 * of the row and its parts (image, voice, video, file): links in the text, the reply quote, the
 * image, play, download, resend, "Show more"…, then the sender's avatar (their profile card), and
 * the "…" button last. Hidden ones are left out.
 */
export function rowControls(row: Element): HTMLElement[] {
  const found: HTMLElement[] = [];
  const avatar: HTMLElement[] = [];
  const more: HTMLElement[] = [];
  const visit = (root: ParentNode): void => {
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      // The quick-reaction bar is the pointer's shortcut; keyboards have the same row atop the menu.
      if (el.matches(CONTROL) && isShown(el) && !el.matches(POINTER_ONLY))
        (el.matches('[part~="more-button"]') ? more : el.matches('[part~="avatar-button"]') ? avatar : found).push(el);
      // Shadow content sits where its host is, as the reader meets it.
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (row.shadowRoot) visit(row.shadowRoot);
  return [...found, ...avatar, ...more];
}

/** Controls of the message itself: besides the "…" button and the sender's avatar. */
export function contentControlCount(controls: readonly HTMLElement[]): number {
  return controls.filter((c) => !c.matches('[part~="more-button"], [part~="avatar-button"]')).length;
}

/** The sender's avatar button, when the row shows one (0 or 1). */
export function personControlCount(controls: readonly HTMLElement[]): number {
  return controls.filter((c) => c.matches('[part~="avatar-button"]')).length;
}

/** The focused element deep inside the row, as the keydown's composed path starts with it. */
export function controlIndexOf(controls: readonly HTMLElement[], target: EventTarget | undefined): number {
  return target instanceof HTMLElement ? controls.indexOf(target) : -1;
}

/**
 * Take the rows' controls out of the tab order: the log is one tab stop (its current row), and a
 * row's controls are reached with Enter. Run before the browser's own Tab, and when focus comes in.
 */
export function untabControls(rows: Iterable<Element>): void {
  for (const row of rows) for (const control of rowControls(row)) if (control.tabIndex !== -1) control.tabIndex = -1;
}

/** A video's own controls use the arrow keys (seek, volume). */
export function takesArrows(control: HTMLElement): boolean {
  return (
    control.localName === 'video' ||
    control.localName === 'audio' ||
    control.localName === 'input' ||
    control.localName === 'select' ||
    control.localName === 'textarea'
  );
}

function isShown(el: HTMLElement): boolean {
  return el.getClientRects().length > 0;
}
