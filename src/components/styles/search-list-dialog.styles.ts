import { css } from 'lit';

/**
 * A modal dialog with a title, a search box and a list of options with avatars (the forward
 * picker, "New chat"). Each element sets its own widths and row heights on top.
 */
export const searchListDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-3);
    inline-size: min(420px, calc(100vw - 2 * var(--tim-space-4)));
    max-block-size: min(600px, calc(100dvh - 2 * var(--tim-space-4)));
    padding: var(--tim-space-5);
  }
  dialog:not([open]) {
    display: none;
  }
  h2 {
    margin: 0;
    font-size: var(--tim-font-size-l);
    font-weight: 600;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 40px;
    padding: var(--tim-space-2) var(--tim-space-4);
    border: 1px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    font: inherit;
  }
  ul {
    flex: 1 1 auto;
    min-block-size: 120px;
    margin: 0;
    padding: 0;
    overflow-y: auto;
    list-style: none;
  }
  li {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    min-block-size: 48px;
    padding: var(--tim-space-1) var(--tim-space-3);
    border-radius: var(--tim-radius-m);
    cursor: pointer;
  }
  li:hover {
    background: var(--tim-color-hover);
  }
  li:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  input:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  tim-avatar {
    --tim-avatar-size: 36px;
    flex: none;
  }
`;
