import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';

/** The styles of <tim-confirm-dialog>: its parts, custom properties (--tim-*) and states. */
export const timConfirmDialogStyles = [
  dialogSurfaceStyles,
  css`
  :host {
    display: contents;
  }
  dialog {
    inline-size: min(400px, calc(100vw - 2 * var(--tim-space-5)));
    padding: var(--tim-space-6);
  }
  h2 {
    margin: 0 0 var(--tim-space-3);
    font-size: var(--tim-font-size-l);
    font-weight: 600;
  }
  p {
    margin: 0;
    color: var(--tim-color-text-muted);
  }
  .buttons {
    display: flex;
    justify-content: flex-end;
    gap: var(--tim-space-3);
    margin-block-start: var(--tim-space-6);
  }
  button {
    font: inherit;
    min-block-size: 40px;
    padding: var(--tim-space-2) var(--tim-space-5);
    border-radius: var(--tim-radius-full);
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  button.confirm {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
    font-weight: 600;
  }
  button.confirm.danger {
    border-color: var(--tim-color-danger);
    background: var(--tim-color-danger);
    color: var(--tim-color-on-danger);
  }
  button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
`,
];
