import { defineElement } from '../base/define.js';
import '../confirm-dialog/define.js';
import '../emoji-picker/define.js';
import '../image-viewer/define.js';
import '../message/define.js';
import '../message-actions/define.js';
import { TimMessageList } from './tim-message-list.js';

defineElement('tim-message-list', TimMessageList);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message-list': TimMessageList;
  }
}

export { TimMessageList };
export { registerCustomMessageRenderer } from '../message/renderers/custom-registry.js';
export type { CustomMessageMatch, CustomMessageRender, CustomMessageRenderContext } from '../message/renderers/custom-registry.js';
export * from '../message/events.js';
export { TimMessageReactEvent } from '../message/reactions/events.js';
// The picker and the viewer load on first use (forward-flow.ts); their events are typed from here.
export * from '../forward/events.js';
export { TimGroupApplicationAnswerEvent } from '../message/group-application/events.js';
