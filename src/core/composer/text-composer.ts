import { StateStore } from '../store/state-store.js';

export interface TextComposerState {
  /** The text in the box, emoji codes as typed. */
  readonly text: string;
}

/** The text being written: a small store the element renders into its text area. */
export class TextComposer {
  readonly state = new StateStore<TextComposerState>({ text: '' });

  get text(): string {
    return this.state.get().text;
  }

  /** Nothing to send: empty or only whitespace. */
  get isBlank(): boolean {
    return this.text.trim() === '';
  }

  setText(text: string): void {
    this.state.set({ text: typeof text === 'string' ? text : '' });
  }
}
