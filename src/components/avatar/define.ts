import { defineElement } from '../base/define.js';
import { TimAvatar } from './tim-avatar.js';

defineElement('tim-avatar', TimAvatar);

declare global {
  interface HTMLElementTagNameMap {
    'tim-avatar': TimAvatar;
  }
}
export { TimAvatar };
