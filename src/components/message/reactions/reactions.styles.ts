import { css } from 'lit';
import { emojiFontFamily } from '../../styles/emoji-font.styles.js';

/** Reaction chips under a bubble, the quick-reaction bar and the "who reacted" popup (part of <tim-message>'s styles). */
export const reactionStyles = css`
  .reactions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tim-space-1);
    margin-block-start: var(--tim-space-1);
    max-inline-size: 100%;
  }
  :host([flow='out']) .reactions {
    justify-content: flex-end;
  }
  .reaction-chip {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-1);
    min-block-size: 1.75rem;
    padding: 0 var(--tim-space-3);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-message-reaction-bg, var(--tim-color-surface));
    color: var(--tim-color-text);
    font-size: var(--tim-font-size-s);
    line-height: 1;
    cursor: pointer;
    touch-action: manipulation;
    -webkit-user-select: none;
    user-select: none;
  }
  .reaction-chip:hover {
    border-color: var(--tim-color-control-border, var(--tim-color-border));
  }
  .reaction-chip.mine {
    border-color: var(--tim-color-primary);
    background: var(--tim-message-reaction-mine-bg, var(--tim-color-selected));
    color: var(--tim-message-reaction-mine-color, var(--tim-color-primary-text));
    font-weight: 600;
  }
  .reaction-glyph {
    font-family: ${emojiFontFamily};
    font-size: 1rem;
    line-height: 1;
  }
  .reaction-glyph.reaction-id {
    font-family: inherit;
    font-size: var(--tim-font-size-xs);
    max-inline-size: 8rem;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .reaction-image {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    object-fit: contain;
  }
  .reaction-count {
    font-variant-numeric: tabular-nums;
  }
  .quick-reactions {
    flex: none;
    display: flex;
    align-items: center;
    gap: 2px;
    padding: 2px;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-surface-raised);
    box-shadow: var(--tim-shadow-popup);
    align-self: center;
  }
  .quick-reaction {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border-radius: var(--tim-radius-full);
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .quick-reaction:hover {
    background: var(--tim-color-hover);
  }
  .quick-reaction[aria-pressed='true'] {
    background: var(--tim-color-selected);
  }
  .reaction-chip:focus-visible,
  .quick-reaction:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  @media (hover: none) {
    /* Touch screens react from the long-press menu. */
    .quick-reactions {
      display: none;
    }
  }
  .who-reacted {
    position: fixed;
    inset: auto;
    margin: 0;
    max-inline-size: min(20rem, calc(100vw - 16px));
    padding: var(--tim-space-2) var(--tim-space-3);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    background: var(--tim-color-surface-raised);
    color: var(--tim-color-text);
    box-shadow: var(--tim-shadow-popup);
    font-size: var(--tim-font-size-s);
    line-height: var(--tim-line-height);
    overflow-wrap: anywhere;
  }
  .who-reacted:popover-open {
    display: flex;
    align-items: flex-start;
    gap: var(--tim-space-2);
  }
  @media (forced-colors: active) {
    .reaction-chip.mine,
    .quick-reaction[aria-pressed='true'] {
      border: 2px solid Highlight;
    }
  }
`;
