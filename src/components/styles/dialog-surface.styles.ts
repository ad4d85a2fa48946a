import { css } from 'lit';

/** The look every modal `<dialog>` of the kit shares (confirm, forward picker, merged viewer): a raised card over a dimmed page. */
export const dialogSurfaceStyles = css`
  dialog {
    box-sizing: border-box;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-l);
    background: var(--tim-dialog-bg, var(--tim-color-surface-raised));
    color: var(--tim-color-text);
    box-shadow: var(--tim-shadow-popup);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    line-height: var(--tim-line-height);
  }
  dialog::backdrop {
    background: var(--tim-dialog-backdrop, var(--tim-color-overlay));
  }
`;
