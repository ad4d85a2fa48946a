import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimForwardPicker } from './tim-forward-picker.js';

defineElement('tim-forward-picker', TimForwardPicker);

declare global {
  interface HTMLElementTagNameMap {
    'tim-forward-picker': TimForwardPicker;
  }
}

export { TimForwardPicker };
export type { ForwardPickRequest } from './tim-forward-picker.js';
