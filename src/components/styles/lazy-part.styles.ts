import { css } from 'lit';

/**
 * What shows while a part loads on first use (base/lazy-part.ts): the host that waits for one
 * carries `data-part-loading` (the progress cursor); an emoji picker drawn before its module came
 * is an empty panel of the picker's size with a turning ring, until it upgrades.
 */
export const lazyPartStyles = css`
  :host([data-part-loading]) {
    cursor: progress;
  }
  tim-emoji-picker:not(:defined) {
    display: grid;
    place-items: center;
    box-sizing: border-box;
    inline-size: var(--tim-emoji-picker-width, 344px);
    max-inline-size: 100%;
    block-size: calc(var(--tim-emoji-picker-height, 248px) + 6rem);
    background: var(--tim-emoji-picker-bg, var(--tim-color-surface-raised));
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    box-shadow: var(--tim-shadow-popup);
    color: var(--tim-color-text-muted);
  }
  tim-emoji-picker:not(:defined)::before {
    content: '';
    inline-size: 1.25rem;
    block-size: 1.25rem;
    border-radius: 50%;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    animation: tim-part-loading 0.8s linear infinite;
  }
  @keyframes tim-part-loading {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    tim-emoji-picker:not(:defined)::before {
      animation: none;
    }
  }
`;
