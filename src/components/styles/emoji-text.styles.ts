import { css } from 'lit';
import { emojiFontFamily } from './emoji-font.styles.js';
import { visuallyHiddenStyles } from './visually-hidden.styles.js';

/** Styles for rendered emoji text; `.jumbo` on the wrapper makes the emoji large. */
export const emojiTextStyles = [
  visuallyHiddenStyles,
  css`
  .emoji {
    font-family: ${emojiFontFamily};
    font-style: normal;
    /* A picture: forced colours would draw it as an outline. */
    forced-color-adjust: none;
  }
  img.emoji {
    inline-size: var(--tim-emoji-size, 1.3em);
    block-size: var(--tim-emoji-size, 1.3em);
    vertical-align: -0.3em;
    object-fit: contain;
  }
  .jumbo {
    font-size: var(--tim-emoji-jumbo-size, 2.6em);
    line-height: 1.15;
  }
  .jumbo img.emoji {
    inline-size: 1.2em;
    block-size: 1.2em;
  }
  a[part='link'] {
    color: var(--tim-link-color, var(--tim-color-link));
    text-decoration: underline;
    text-underline-offset: 2px;
    border-radius: var(--tim-radius-s);
  }
  a[part='link']:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
`,
];
