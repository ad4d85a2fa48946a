import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { titledDialogStyles } from '../styles/titled-dialog.styles.js';

/** The styles of <tim-merged-viewer>: its parts, custom properties (--tim-*) and states. */
export const timMergedViewerStyles = [
  dialogSurfaceStyles,
  titledDialogStyles,
  css`
  dialog {
    inline-size: min(560px, calc(100vw - 2 * var(--tim-space-4)));
    block-size: min(680px, calc(100dvh - 2 * var(--tim-space-4)));
  }
  h2 {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  :host(:dir(rtl)) .back {
    scale: -1 1;
  }
  .list {
    flex: 1;
    overflow-y: auto;
    padding: var(--tim-space-3) var(--tim-space-2);
    background: var(--tim-color-bg);
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
  .status button {
    font: inherit;
    min-block-size: 40px;
    padding: var(--tim-space-2) var(--tim-space-5);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  button:focus-visible,
  .list:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
`,
];
