import { defineElement } from '../base/define.js';
import { TimMessageActions } from './tim-message-actions.js';

defineElement('tim-message-actions', TimMessageActions);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-actions': TimMessageActions;
  }
}

export { TimMessageActions };
export * from './events.js';
