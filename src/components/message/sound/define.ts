import { defineElement } from '../../base/define.js';
import { TimMessageSound } from './tim-message-sound.js';

defineElement('tim-message-sound', TimMessageSound);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-sound': TimMessageSound;
  }
}

export { TimMessageSound };
