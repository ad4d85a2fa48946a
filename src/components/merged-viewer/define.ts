import { defineElement } from '../base/define.js';
import '../message/define.js';
import { TimMergedViewer } from './tim-merged-viewer.js';

defineElement('tim-merged-viewer', TimMergedViewer);

declare global {
  interface HTMLElementTagNameMap {
    'tim-merged-viewer': TimMergedViewer;
  }
}

export { TimMergedViewer };
