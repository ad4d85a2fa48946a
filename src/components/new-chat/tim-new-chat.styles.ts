import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { searchListDialogStyles } from '../styles/search-list-dialog.styles.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

/** The styles of <tim-new-chat>: its parts, custom properties (--tim-*) and states. */
export const timNewChatStyles = [
  dialogSurfaceStyles,
  searchListDialogStyles,
  visuallyHiddenStyles,
  css`
    dialog {
      inline-size: min(440px, calc(100vw - 2 * var(--tim-space-4)));
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    ul {
      min-block-size: 160px;
    }
    li {
      min-block-size: 56px;
    }
    li[aria-disabled='true'] {
      cursor: default;
    }
    tim-avatar {
      --tim-avatar-size: 40px;
    }
    .text {
      flex: 1;
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
    }
    .name,
    .sub {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .sub {
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    .action {
      flex: none;
      padding: var(--tim-space-1) var(--tim-space-3);
      border-radius: var(--tim-radius-full);
      border: 1px solid var(--tim-color-primary);
      color: var(--tim-color-primary-text);
      font-size: var(--tim-font-size-s);
      font-weight: 600;
    }
    .action.quiet {
      border-color: transparent;
      color: var(--tim-color-text-muted);
      font-weight: 400;
    }
    .action.failed {
      border-color: transparent;
      color: var(--tim-color-danger);
    }
    .status {
      margin: 0;
      color: var(--tim-color-text-muted);
      text-align: center;
    }
    .status.error {
      color: var(--tim-color-danger);
    }
    .close {
      font: inherit;
      display: grid;
      place-items: center;
      min-block-size: 44px;
      min-inline-size: 44px;
      padding: 0;
      border: none;
      border-radius: var(--tim-radius-full);
      background: transparent;
      color: var(--tim-color-text-muted);
      cursor: pointer;
    }
    .close:hover {
      background: var(--tim-color-hover);
    }
    .close:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 2px;
    }
  `,
];
