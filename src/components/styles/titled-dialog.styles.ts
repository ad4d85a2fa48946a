import { css } from 'lit';

/**
 * A modal dialog drawn edge to edge under a title bar (`.header`: an `h2` and round icon buttons
 * such as Close): the merged viewer, the read receipts. Each element sets its own sizes on top.
 */
export const titledDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    flex-direction: column;
    padding: 0;
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--tim-space-2);
    padding: var(--tim-space-3) var(--tim-space-4);
    border-block-end: 1px solid var(--tim-color-border);
  }
  h2 {
    flex: 1;
    min-inline-size: 0;
    margin: 0;
    font-size: var(--tim-font-size-l);
    font-weight: 600;
  }
  .header button {
    display: grid;
    place-items: center;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 0;
    border-radius: var(--tim-radius-full);
    background: none;
    color: var(--tim-color-text);
    cursor: pointer;
  }
  .header button:hover {
    background: var(--tim-color-hover);
  }
`;
