import { defineElement } from '../base/define.js';
import { TimEmojiPicker } from './tim-emoji-picker.js';

defineElement('tim-emoji-picker', TimEmojiPicker);

declare global {
  interface HTMLElementTagNameMap {
    'tim-emoji-picker': TimEmojiPicker;
  }
}

export { TimEmojiPicker };
export { EMOJI_PICKER_TABS, type EmojiPickerTab } from './tim-emoji-picker.js';
export * from './events.js';
export { inputCodeOf } from './emoji-code.js';
export { RECENT_EMOJI_STORAGE_KEY } from './recent-emoji.js';
