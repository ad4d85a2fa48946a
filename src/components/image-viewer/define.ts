import { defineElement } from '../base/define.js';
import { TimImageViewer } from './tim-image-viewer.js';

defineElement('tim-image-viewer', TimImageViewer);

declare global {
  interface HTMLElementTagNameMap {
    'tim-image-viewer': TimImageViewer;
  }
}

export { TimImageViewer };
export * from './events.js';
