import { css } from 'lit';

/** The styles of <tim-message-file>: its parts, custom properties (--tim-*) and states. */
export const timMessageFileStyles = css`
  :host {
    display: block;
  }
  .file {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--tim-space-3);
    inline-size: min(17.5rem, 100%);
    min-inline-size: min(12.5rem, 100%);
  }
  .icon-box {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 44px;
    color: var(--tim-message-file-icon-color, currentColor);
  }
  .icon-box .icon {
    inline-size: 36px;
    block-size: 36px;
  }
  .ext {
    position: absolute;
    inset-block-end: 2px;
    inset-inline: 0;
    text-align: center;
    font-size: 0.5625rem;
    font-weight: 700;
    letter-spacing: 0.02em;
    text-transform: uppercase;
    overflow: hidden;
    white-space: nowrap;
  }
  /* A long name is cut in its middle: the extension, which says what the file is, always shows. */
  .name {
    display: flex;
    font-weight: 500;
    white-space: nowrap;
    unicode-bidi: isolate;
  }
  .name .base {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .name .extension {
    flex: none;
  }
  /* Full colour: faded, small text in your own bubble falls under 4.5:1. */
  .size {
    font-size: var(--tim-font-size-s);
    font-variant-numeric: tabular-nums;
  }
  button,
  a.download {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: var(--tim-radius-full);
    cursor: pointer;
    color: inherit;
  }
  button:hover,
  a.download:hover {
    background: var(--tim-color-hover);
  }
  button:focus-visible,
  a.download:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  button[disabled],
  button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.5;
  }
  .bar {
    grid-column: 1 / -1;
    block-size: 3px;
    border-radius: var(--tim-radius-full);
    background: color-mix(in srgb, currentColor 20%, transparent);
    overflow: hidden;
  }
  .bar > div {
    block-size: 100%;
    background: currentColor;
    transition: inline-size var(--tim-duration) linear;
  }
  .note {
    grid-column: 1 / -1;
    font-size: var(--tim-font-size-xs);
  }
  @media (forced-colors: active) {
    .bar > div {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
`;
