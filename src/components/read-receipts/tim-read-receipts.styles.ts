import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { spinnerStyles } from '../styles/spinner.styles.js';
import { titledDialogStyles } from '../styles/titled-dialog.styles.js';

/** The styles of <tim-read-receipts>: its parts, custom properties (--tim-*) and states. */
export const timReadReceiptsStyles = [
  dialogSurfaceStyles,
  titledDialogStyles,
  spinnerStyles,
  css`
    dialog {
      inline-size: min(420px, calc(100vw - 2 * var(--tim-space-4)));
      min-block-size: min(320px, calc(100dvh - 2 * var(--tim-space-4)));
      max-block-size: min(560px, calc(100dvh - 2 * var(--tim-space-4)));
    }
    .tabs {
      display: flex;
      gap: var(--tim-space-1);
      padding: var(--tim-space-2) var(--tim-space-3);
      border-block-end: 1px solid var(--tim-color-border);
    }
    .tab {
      flex: 1;
      min-block-size: 40px;
      padding: var(--tim-space-2) var(--tim-space-3);
      border: 0;
      border-radius: var(--tim-radius-s);
      background: transparent;
      color: var(--tim-color-text-muted);
      font: inherit;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      background: var(--tim-color-selected);
      color: var(--tim-color-text);
      font-weight: 600;
    }
    .panel {
      flex: 1;
      overflow-y: auto;
      padding-block: var(--tim-space-2);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .member {
      display: flex;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-2) var(--tim-space-4);
      --tim-avatar-size: 36px;
    }
    .name {
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .status {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--tim-space-3);
      padding: var(--tim-space-6) var(--tim-space-4);
      color: var(--tim-color-text-muted);
      text-align: center;
    }
    .status button,
    .more {
      font: inherit;
      min-block-size: 40px;
      padding: var(--tim-space-2) var(--tim-space-5);
      border: 1px solid var(--tim-color-border);
      border-radius: var(--tim-radius-full);
      background: var(--tim-color-bg);
      color: var(--tim-color-text);
      cursor: pointer;
    }
    .more {
      display: block;
      margin: var(--tim-space-2) auto;
    }
    button:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: -2px;
    }
    @media (forced-colors: active) {
      .tab[aria-selected='true'] {
        outline: 2px solid CanvasText;
      }
    }
  `,
];
