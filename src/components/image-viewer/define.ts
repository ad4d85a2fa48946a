import { installTheme } from '../../themes/theme-css.js';
import { defineElement } from '../base/define.js';
import { TimImageViewer } from './tim-image-viewer.js';

installTheme();
defineElement('tim-image-viewer', TimImageViewer);

declare global {
  interface HTMLElementTagNameMap {
    'tim-image-viewer': TimImageViewer;
  }
}

export { TimImageViewer };
