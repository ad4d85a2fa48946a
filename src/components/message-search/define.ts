import { defineElement } from '../base/define.js';
import '../avatar/define.js';
import { TimMessageSearch } from './tim-message-search.js';

defineElement('tim-message-search', TimMessageSearch);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-search': TimMessageSearch;
  }
}

export { TimMessageSearch };
