import { css } from 'lit';

/** "N read" beside one's own group message (part of <tim-message>'s styles). */
export const readReceiptStyles = css`
  .read-count {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    padding-inline: var(--tim-space-1);
    border-radius: var(--tim-radius-s);
    color: var(--tim-message-read-count-color, var(--tim-color-text-muted));
    white-space: nowrap;
    cursor: pointer;
    touch-action: manipulation;
  }
  .read-count[data-kind='read'],
  .read-count[data-kind='all'] {
    color: var(--tim-message-read-count-read-color, var(--tim-color-primary-text));
  }
  .read-count:hover {
    background: var(--tim-color-hover);
    text-decoration: underline;
  }
  .read-count:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
`;
