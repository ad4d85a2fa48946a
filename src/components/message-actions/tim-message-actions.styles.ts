import { css } from 'lit';
import { mirrorStyles } from '../styles/mirror.styles.js';

/** The styles of <tim-message-actions>: its parts, custom properties (--tim-*) and states. */
export const timMessageActionsStyles = [
  mirrorStyles,
  css`
  :host {
    display: contents;
  }
  [popover] {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: var(--tim-space-2);
    min-inline-size: 10.5rem;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    background: var(--tim-menu-bg, var(--tim-color-surface-raised));
    color: var(--tim-color-text);
    box-shadow: var(--tim-menu-shadow, var(--tim-shadow-popup));
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
  }
  [role='menuitem'] {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    inline-size: 100%;
    padding: var(--tim-space-3) var(--tim-space-4);
    border-radius: var(--tim-radius-s);
    cursor: pointer;
    white-space: nowrap;
  }
  [role='menuitem']:hover,
  [role='menuitem']:focus-visible {
    background: var(--tim-color-hover);
  }
  [role='menuitem']:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  [role='menuitem'][data-action='revoke'],
  [role='menuitem'][data-action='delete'],
  [role='menuitem'][data-action='delete-from-history'] {
    color: var(--tim-color-danger);
  }
  .icon {
    inline-size: 18px;
    block-size: 18px;
    flex: none;
  }
`,
];
