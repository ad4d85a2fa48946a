import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimReadReceipts } from './tim-read-receipts.js';

defineElement('tim-read-receipts', TimReadReceipts);

declare global {
  interface HTMLElementTagNameMap {
    'tim-read-receipts': TimReadReceipts;
  }
}

export { TimReadReceipts };
