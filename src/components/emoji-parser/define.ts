import { installTheme } from '../../themes/theme-css.js';
import { defineElement } from '../base/define.js';
import { TimEmojiParser } from './tim-emoji-parser.js';

installTheme();
defineElement('tim-emoji-parser', TimEmojiParser);

declare global {
  interface HTMLElementTagNameMap {
    'tim-emoji-parser': TimEmojiParser;
  }
}

export { TimEmojiParser };
