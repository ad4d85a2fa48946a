import { css } from 'lit';

/** The styles of <tim-message-video>: its parts, custom properties (--tim-*) and states. */
export const timMessageVideoStyles = css`
  :host {
    display: block;
    --_radius: var(--tim-message-video-radius, var(--tim-radius-m));
  }
  .frame {
    all: unset;
    position: relative;
    display: block;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--tim-color-overlay);
    max-inline-size: 100%;
    cursor: pointer;
  }
  .frame:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  img,
  video {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  video {
    object-fit: contain;
    background: var(--tim-color-overlay);
  }
  .play {
    position: absolute;
    inset: 0;
    margin: auto;
    display: grid;
    place-items: center;
    inline-size: 48px;
    block-size: 48px;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-overlay);
    color: var(--tim-color-on-overlay);
    padding-inline-start: 3px;
    box-sizing: border-box;
  }
  .duration {
    position: absolute;
    inset-inline-end: var(--tim-space-3);
    inset-block-end: var(--tim-space-3);
    padding: 1px var(--tim-space-2);
    border-radius: var(--tim-radius-s);
    background: var(--tim-color-overlay);
    color: var(--tim-color-on-overlay);
    font-size: var(--tim-font-size-xs);
    font-variant-numeric: tabular-nums;
  }
  .placeholder {
    display: grid;
    place-items: center;
    align-content: center;
    gap: var(--tim-space-2);
    border-radius: var(--_radius);
    background: var(--tim-color-placeholder);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  .placeholder .icon {
    inline-size: 28px;
    block-size: 28px;
  }
`;
