import { defineElement } from '../base/define.js';
import { TimConfirmDialog } from './tim-confirm-dialog.js';

defineElement('tim-confirm-dialog', TimConfirmDialog);

declare global {
  interface HTMLElementTagNameMap {
    'tim-confirm-dialog': TimConfirmDialog;
  }
}

export { TimConfirmDialog };
export type { ConfirmRequest } from './tim-confirm-dialog.js';
