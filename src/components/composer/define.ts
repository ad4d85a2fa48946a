import { defineElement } from '../base/define.js';
import { TimComposer } from './tim-composer.js';

defineElement('tim-composer', TimComposer);

declare global {
  interface HTMLElementTagNameMap {
    'tim-composer': TimComposer;
  }
}

export { TimComposer };
export { COMPOSER_TOOLS, COMPOSER_DROP_ZONES, DEFAULT_DRAFT_DELAY_MS, type ComposerTool, type ComposerDropZone } from './tim-composer.js';
export * from './events.js';
export { SEND_KEYS, type SendKey } from './send-key.js';
export { DEFAULT_MAX_TEXT_BYTES } from '../../core/composer/index.js';
export {
  ATTACHMENT_KINDS,
  DEFAULT_MAX_FILE_SIZE,
  DEFAULT_IMAGE_TYPES,
  DEFAULT_VIDEO_TYPES,
  type AttachmentKind,
} from './attachment-rules.js';
// The composer's emoji picker loads on first use (base/lazy-part.ts); `tim-elements/emoji-picker`
// registers it on its own. Its events and constants are typed from here.
export type { TimEmojiPicker } from '../emoji-picker/tim-emoji-picker.js';
export { EMOJI_PICKER_TABS, type EmojiPickerTab } from '../emoji-picker/tabs.js';
export * from '../emoji-picker/events.js';
export { inputCodeOf } from '../emoji-picker/emoji-code.js';
export { RECENT_EMOJI_STORAGE_KEY } from '../emoji-picker/recent-emoji.js';
