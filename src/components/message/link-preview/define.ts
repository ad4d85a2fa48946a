import { defineElement } from '../../base/define.js';
import { TimLinkPreview } from './tim-link-preview.js';

defineElement('tim-link-preview', TimLinkPreview);

declare global {
  interface HTMLElementTagNameMap {
    'tim-link-preview': TimLinkPreview;
  }
}

export { TimLinkPreview };
