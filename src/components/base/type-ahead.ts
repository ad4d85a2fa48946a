/** The parts of a key press the buffer reads (a `KeyboardEvent` has them). */
export interface TypedKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly isComposing?: boolean;
}

/**
 * Keys typed while a dialog is still loading (its chunk on first use), kept for its text field: the
 * printable characters in order, Backspace taking the last one back, Escape cancelling the opening.
 * Shortcuts (Ctrl, ⌘), IME composition and keys that type nothing (arrows, Tab, Enter) are left alone.
 */
export class TypeAhead {
  private chars: string[] = [];
  private escaped = false;

  /** Whether the key was taken (the caller keeps it from reaching anything else). */
  take(event: TypedKey): boolean {
    if (event.isComposing || event.key === 'Process' || event.key === 'Dead' || event.ctrlKey || event.metaKey) return false;
    if (event.key === 'Escape') {
      this.escaped = true;
      return true;
    }
    if (event.key === 'Backspace') {
      this.chars.pop();
      return true;
    }
    // A printable key names its character (one code point; AltGr characters too).
    if ([...event.key].length !== 1) return false;
    this.chars.push(event.key);
    return true;
  }

  get text(): string {
    return this.chars.join('');
  }

  /** Escape was pressed: the dialog should not open. */
  get cancelled(): boolean {
    return this.escaped;
  }
}
