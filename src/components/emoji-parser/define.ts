import { defineElement } from '../base/define.js';
import { TimEmojiParser } from './tim-emoji-parser.js';

defineElement('tim-emoji-parser', TimEmojiParser);

declare global {
  interface HTMLElementTagNameMap {
    'tim-emoji-parser': TimEmojiParser;
  }
}

export { TimEmojiParser };
