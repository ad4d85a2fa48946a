import { defineElement } from '../base/define.js';
import '../emoji-parser/define.js';
import './file/define.js';
import './image/define.js';
import './sound/define.js';
import { TimMessage } from './tim-message.js';
import './video/define.js';

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
