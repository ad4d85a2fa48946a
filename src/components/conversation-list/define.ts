import { defineElement } from '../base/define.js';
import { TimConversationList } from './tim-conversation-list.js';

defineElement('tim-conversation-list', TimConversationList);

declare global {
  interface HTMLElementTagNameMap {
    'tim-conversation-list': TimConversationList;
  }
}
export { TimConversationList };
export * from './events.js';
