import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { searchListDialogStyles } from '../styles/search-list-dialog.styles.js';

/** The styles of <tim-forward-picker>: its parts, custom properties (--tim-*) and states. */
export const timForwardPickerStyles = [
  dialogSurfaceStyles,
  searchListDialogStyles,
  css`
  li[aria-selected='true'] {
    background: var(--tim-color-selected);
  }
  .name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .check {
    flex: none;
    box-sizing: border-box;
    inline-size: 22px;
    block-size: 22px;
    display: grid;
    place-items: center;
    border: 2px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    color: var(--tim-color-on-primary);
  }
  .check.checked {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
  }
  .empty {
    margin: 0;
    color: var(--tim-color-text-muted);
    text-align: center;
  }
  .buttons {
    display: flex;
    align-items: center;
    justify-content: flex-end;
    gap: var(--tim-space-3);
  }
  .count {
    flex: 1;
    color: var(--tim-color-text-muted);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: var(--tim-space-2) var(--tim-space-5);
    border-radius: var(--tim-radius-full);
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  button.send {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
`,
];
