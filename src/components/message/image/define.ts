import { defineElement } from '../../base/define.js';
import { TimMessageImage } from './tim-message-image.js';

defineElement('tim-message-image', TimMessageImage);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-image': TimMessageImage;
  }
}

export { TimMessageImage };
