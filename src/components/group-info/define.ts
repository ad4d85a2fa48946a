import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimGroupInfo } from './tim-group-info.js';

defineElement('tim-group-info', TimGroupInfo);

declare global {
  interface HTMLElementTagNameMap {
    'tim-group-info': TimGroupInfo;
  }
}

export { TimGroupInfo };
