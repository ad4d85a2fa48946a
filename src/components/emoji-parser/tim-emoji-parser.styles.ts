import { css } from 'lit';
import { emojiTextStyles } from '../styles/emoji-text.styles.js';

/** The styles of <tim-emoji-parser>: its parts, custom properties (--tim-*) and states. */
export const timEmojiParserStyles = [
  emojiTextStyles,
  css`
    :host {
      display: inline;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    :host([hidden]) {
      display: none;
    }
  `,
];
