import { css } from 'lit';

/** The styles of <tim-image-viewer>: its parts, custom properties (--tim-*) and states. */
export const timImageViewerStyles = css`
  :host {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    inline-size: 100vw;
    block-size: 100vh;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--tim-color-on-overlay);
    font-family: var(--tim-font-family);
    outline: none;
  }
  dialog::backdrop {
    background: var(--tim-image-viewer-backdrop, var(--tim-color-overlay));
  }
  /* Absolutely placed with insets, the stage has a definite size on both axes: the picture's
     100% maxima resolve against it, so any picture fits the screen whole. */
  .stage {
    position: absolute;
    inset: 64px var(--tim-space-5) var(--tim-space-5);
    display: flex;
    align-items: center;
    justify-content: center;
    overflow: hidden;
    touch-action: none;
  }
  img {
    max-inline-size: 100%;
    max-block-size: 100%;
    object-fit: contain;
    border-radius: var(--tim-radius-s);
    user-select: none;
    -webkit-user-drag: none;
    transform-origin: center;
    cursor: zoom-in;
  }
  img.zoomed {
    cursor: grab;
  }
  .failed {
    padding: var(--tim-space-4);
  }
  .position {
    margin-inline-end: auto;
    padding-inline: var(--tim-space-3);
    font-size: var(--tim-font-size-s);
  }
  .toolbar {
    position: absolute;
    inset-block-start: var(--tim-space-3);
    inset-inline: var(--tim-space-3);
    justify-content: flex-end;
    display: flex;
    gap: var(--tim-space-3);
    align-items: center;
  }
  .toolbar button,
  .toolbar a,
  .nav {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-overlay);
    color: inherit;
    cursor: pointer;
  }
  /* After the shared rule: its all: unset would undo the placement. */
  .nav {
    position: absolute;
    inset-block-start: 50%;
    translate: 0 -50%;
    inline-size: 48px;
    block-size: 48px;
  }
  .nav.previous {
    inset-inline-start: var(--tim-space-3);
  }
  .nav.next {
    inset-inline-end: var(--tim-space-3);
  }
  .toolbar button:disabled,
  .nav:disabled {
    opacity: 0.35;
    cursor: default;
  }
  .nav:focus-visible,
  .toolbar button:focus-visible,
  .toolbar a:focus-visible {
    outline: 2px solid var(--tim-color-on-overlay);
    outline-offset: 2px;
  }
  .note {
    position: absolute;
    inset-block-end: var(--tim-space-4);
    inset-inline: 0;
    text-align: center;
    font-size: var(--tim-font-size-s);
    opacity: 0.85;
  }
  @media (forced-colors: active) {
    .toolbar button,
    .toolbar a,
    .nav {
      border: 1px solid ButtonText;
    }
  }
`;
