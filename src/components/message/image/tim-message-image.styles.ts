import { css } from 'lit';

/** The styles of <tim-message-image>: its parts, custom properties (--tim-*) and states. */
export const timMessageImageStyles = css`
  :host {
    display: block;
    --_radius: var(--tim-message-image-radius, var(--tim-radius-m));
  }
  button {
    all: unset;
    position: relative;
    display: block;
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--tim-message-image-placeholder-bg, var(--tim-color-placeholder));
    cursor: zoom-in;
    max-inline-size: 100%;
  }
  button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  button[disabled] {
    cursor: default;
  }
  img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    opacity: 0;
    transition: opacity var(--tim-duration) ease-out;
  }
  img.loaded {
    opacity: 1;
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    align-content: center;
    gap: var(--tim-space-2);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
    text-align: center;
    padding: var(--tim-space-3);
  }
  .placeholder .icon {
    inline-size: 28px;
    block-size: 28px;
  }
  .shimmer {
    position: absolute;
    inset: 0;
    background: linear-gradient(100deg, transparent 30%, var(--tim-color-hover) 50%, transparent 70%);
    background-size: 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    from { background-position: 100% 0; }
    to { background-position: -100% 0; }
  }
  @media (prefers-reduced-motion: reduce) {
    .shimmer { animation: none; }
    img { transition: none; }
  }
`;
