import { defineElement } from '../../base/define.js';
import { TimMessageFile } from './tim-message-file.js';

defineElement('tim-message-file', TimMessageFile);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-file': TimMessageFile;
  }
}

export { TimMessageFile };
