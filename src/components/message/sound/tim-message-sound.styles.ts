import { css } from 'lit';

/** The styles of <tim-message-sound>: its parts, custom properties (--tim-*) and states. */
export const timMessageSoundStyles = css`
  :host {
    display: block;
    --_accent: var(--tim-message-sound-accent, currentColor);
  }
  .sound {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    min-inline-size: min(10rem, 100%);
  }
  button {
    all: unset;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: var(--tim-radius-full);
    border: 1.5px solid var(--_accent);
    color: var(--_accent);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  button[disabled] {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .track {
    position: relative;
    flex: 1;
    block-size: 4px;
    border-radius: var(--tim-radius-full);
    background: color-mix(in srgb, var(--_accent) 25%, transparent);
    overflow: hidden;
  }
  .fill {
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    background: var(--_accent);
    border-radius: inherit;
  }
  .duration {
    flex: none;
    font-size: var(--tim-font-size-s);
    font-variant-numeric: tabular-nums;
    min-inline-size: 3.2em;
    text-align: end;
  }
  .dot {
    flex: none;
    inline-size: 8px;
    block-size: 8px;
    border-radius: var(--tim-radius-full);
    /* Not the badge red: too dark for 3:1 on a dark theme's bubble. */
    background: var(--tim-color-danger);
  }
  .error {
    font-size: var(--tim-font-size-xs);
  }
  @media (forced-colors: active) {
    .fill,
    .dot {
      forced-color-adjust: none;
      background: Highlight;
    }
    .track {
      border: 1px solid CanvasText;
    }
  }
`;
