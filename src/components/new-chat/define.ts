import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimNewChat } from './tim-new-chat.js';

defineElement('tim-new-chat', TimNewChat);

declare global {
  interface HTMLElementTagNameMap {
    'tim-new-chat': TimNewChat;
  }
}

export { TimNewChat };
