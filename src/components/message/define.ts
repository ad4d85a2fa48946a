import { defineElement } from '../base/define.js';
import '../emoji-parser/define.js';
import './image/define.js';
import { TimMessage } from './tim-message.js';
// The voice and video players and the file card load with the first message that needs one (media-loader.ts).

defineElement('tim-message', TimMessage);

declare global {
  interface HTMLElementTagNameMap {
    'tim-message': TimMessage;
  }
}

export { TimMessage };
export {
  registerCustomMessageRenderer,
  type CustomMessageMatch,
  type CustomMessageRender,
  type CustomMessageRenderContext,
} from './renderers/custom-registry.js';
