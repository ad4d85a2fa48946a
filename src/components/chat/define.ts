import { defineElement } from '../base/define.js';
import { TimChat } from './tim-chat.js';

defineElement('tim-chat', TimChat);

declare global {
  interface HTMLElementTagNameMap {
    'tim-chat': TimChat;
  }
}
export { TimChat };
