/**
 * What a key does in the message log, decided from where the focus is: on a row, or on one of the
 * controls inside it (a link, the image, the reply quote, play, download, the "…" button). The
 * log works like a grid of one column: Enter (or F2) on a row steps into its controls (F2 alone
 * when the only one besides "…" is the sender's avatar, whose card it opens), Tab,
 * Shift+Tab and the arrows move among them, Enter and Space on a control are the control's own
 * (a link opens, an image opens the viewer), Escape (or F2) steps back to the row. The row's menu
 * opens with the context-menu key or Shift+F10 from anywhere in it. Pure, so Node tests reach it.
 */
export type RowKeyAction =
  /** Not the log's key: the browser or the focused control does what it does. */
  | { readonly kind: 'none' }
  /** Open the row's actions menu. */
  | { readonly kind: 'open-menu' }
  /** Focus this control of the row (an index into the row's controls). */
  | { readonly kind: 'focus-control'; readonly index: number }
  /** Back to the row itself. */
  | { readonly kind: 'to-row' }
  /**
   * Tab on a row leaves the log: the rows' controls are taken out of the tab order first, so the
   * browser's own Tab moves past them to what follows (or precedes) the log.
   */
  | { readonly kind: 'leave' };

export interface RowKeyContext {
  readonly key: string;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  /** -1: the row itself has the focus; else the focused control's index among the row's controls. */
  readonly controlIndex: number;
  /** The row's controls, the "…" button (always last) included. */
  readonly controlCount: number;
  /** Controls of the message besides the "…" button and the avatar: a row with none opens its menu on Enter. */
  readonly contentControls: number;
  /** The sender's avatar button (their profile card), reached with F2 on a row without content controls. */
  readonly personControls?: number;
  /** The focused control uses the arrow keys itself (a video's seek bar). */
  readonly controlTakesArrows?: boolean;
  /** The text direction: in 'rtl', ArrowLeft goes forward. */
  readonly dir?: 'ltr' | 'rtl';
}

const NONE: RowKeyAction = { kind: 'none' };

/**
 * The action for a key. A row with no controls of its own opens its menu on Enter: a screen-reader
 * user who presses Enter on an item expects something to happen, and the menu is all there is to
 * do with such a message (copy, reply, forward, recall, delete).
 */
export function rowKeyAction(context: RowKeyContext): RowKeyAction {
  const { key, controlIndex, controlCount } = context;
  const modified = !!(context.altKey || context.ctrlKey || context.metaKey);
  if (key === 'ContextMenu' || (key === 'F10' && context.shiftKey && !modified)) return { kind: 'open-menu' };
  if (modified) return NONE;
  const onRow = controlIndex < 0;
  if (onRow) {
    if (key === 'Tab') return { kind: 'leave' };
    if (key === 'Enter' || key === 'F2') {
      if (context.contentControls > 0 && controlCount > 0) return { kind: 'focus-control', index: 0 };
      if (key === 'Enter') return { kind: 'open-menu' };
      return (context.personControls ?? 0) > 0 && controlCount > 0 ? { kind: 'focus-control', index: 0 } : NONE;
    }
    return NONE;
  }
  if (key === 'Escape' || key === 'F2') return { kind: 'to-row' };
  if (controlCount <= 0) return NONE;
  // Tab goes round the row's controls: the row is left with Escape, like a dialog's fields.
  if (key === 'Tab') return { kind: 'focus-control', index: (controlIndex + (context.shiftKey ? -1 : 1) + controlCount) % controlCount };
  if (context.controlTakesArrows) return NONE;
  const rtl = context.dir === 'rtl';
  const forward = key === 'ArrowDown' || key === (rtl ? 'ArrowLeft' : 'ArrowRight');
  const back = key === 'ArrowUp' || key === (rtl ? 'ArrowRight' : 'ArrowLeft');
  // The arrows stop at the ends (they never leave the row, nor move to another row).
  if (forward) return { kind: 'focus-control', index: Math.min(controlIndex + 1, controlCount - 1) };
  if (back) return { kind: 'focus-control', index: Math.max(controlIndex - 1, 0) };
  if (key === 'Home') return { kind: 'focus-control', index: 0 };
  if (key === 'End') return { kind: 'focus-control', index: controlCount - 1 };
  return NONE;
}
