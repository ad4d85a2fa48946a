import { defineElement } from '../base/define.js';
import { installLocaleLoader } from '../base/locale-loader.js';
// The parts <tim-chat> renders, registered with it: `tim-elements/chat` alone is a whole chat.
import '../composer/define.js';
import '../message-list/define.js';
import { TimChat } from './tim-chat.js';

defineElement('tim-chat', TimChat);
// A whole chat follows any shipped locale: their strings load on demand (a chunk each).
installLocaleLoader();

declare global {
  interface HTMLElementTagNameMap {
    'tim-chat': TimChat;
  }
}
export { TimChat };
export { TimUnreadChangeEvent } from './events.js';
