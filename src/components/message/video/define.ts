import { defineElement } from '../../base/define.js';
import { TimMessageVideo } from './tim-message-video.js';

defineElement('tim-message-video', TimMessageVideo);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-video': TimMessageVideo;
  }
}

export { TimMessageVideo };
