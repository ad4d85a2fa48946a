import { installTheme } from '../../themes/theme-css.js';
import { defineElement } from '../base/define.js';
import { TimMessageActions } from './tim-message-actions.js';

installTheme();
defineElement('tim-message-actions', TimMessageActions);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-actions': TimMessageActions;
  }
}

export { TimMessageActions };
