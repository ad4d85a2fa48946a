import type { Message } from '../model/message.js';
import type { MessageReply } from '../model/tuikit-wire.js';
import { editableText } from '../store/selectors/edit-window.js';
import { StateStore } from '../store/state-store.js';

/** The message being edited, as the bar above the input shows it. */
export interface EditTarget {
  readonly message: Message;
  /** Its text before the edit (the bar quotes it). */
  readonly originalText: string;
}

export interface EditManagerState {
  /** The message the composer is editing now, null when it writes a new one. */
  readonly editing: EditTarget | null;
  /** An edit is on its way to the server. */
  readonly saving: boolean;
}

/** What the composer held before the edit began, given back when it ends. */
export interface StashedComposition {
  readonly text: string;
  readonly reply: MessageReply | null;
}

/**
 * The composer's edit mode, a small state machine: idle → editing (`start`, the message's text
 * in the box, what was being written kept aside) → saving → idle (`end`, what was kept comes
 * back), or editing → idle on cancel. Starting another edit while editing keeps the first
 * stash: cancelling always returns to what was written before any edit.
 */
export class EditManager {
  readonly state = new StateStore<EditManagerState>({ editing: null, saving: false });
  private stash: StashedComposition | null = null;

  get editing(): EditTarget | null {
    return this.state.get().editing;
  }

  /** Enter edit mode for a text message; false (nothing changes) for one that has no editable text. */
  start(message: Message, current: StashedComposition): boolean {
    const text = message ? editableText(message) : null;
    if (text === null) return false;
    if (!this.stash) this.stash = { text: current.text, reply: current.reply };
    this.state.set({ editing: { message, originalText: text }, saving: false });
    return true;
  }

  setSaving(saving: boolean): void {
    if (this.editing) this.state.set({ saving });
  }

  /** Leave edit mode (saved or cancelled); what was being written before, or null when not editing. */
  end(): StashedComposition | null {
    if (!this.editing && !this.stash) return null;
    const stash = this.stash ?? { text: '', reply: null };
    this.stash = null;
    this.state.set({ editing: null, saving: false });
    return stash;
  }
}
