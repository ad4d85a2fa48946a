import { defineElement } from '../base/define.js';
import '../message/define.js';
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
// The menu, the confirm dialog, the image viewer and the emoji picker of reactions load on first
// use (base/lazy-part.ts), as do the forward picker and the merged viewer (forward-flow.ts): their
// events are typed from here.
export * from '../message-actions/events.js';
export * from '../image-viewer/events.js';
export * from '../forward/events.js';
export { TimGroupApplicationAnswerEvent } from '../message/group-application/events.js';
