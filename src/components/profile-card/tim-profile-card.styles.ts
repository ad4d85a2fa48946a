import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';

/** The styles of <tim-profile-card>: its parts, custom properties (--tim-*) and states. */
export const timProfileCardStyles = [
  dialogSurfaceStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      position: fixed;
      inline-size: min(300px, calc(100vw - 2 * var(--tim-space-4)));
      padding: var(--tim-space-6) var(--tim-space-5) var(--tim-space-5);
      text-align: center;
    }
    dialog[open] {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: var(--tim-space-1);
    }
    tim-avatar {
      --tim-avatar-size: var(--tim-profile-card-avatar-size, 64px);
      margin-block-end: var(--tim-space-2);
    }
    h2 {
      max-inline-size: 100%;
      margin: 0;
      overflow-wrap: anywhere;
      font-size: var(--tim-font-size-l);
      font-weight: 600;
    }
    .sub {
      max-inline-size: 100%;
      margin: 0;
      overflow-wrap: anywhere;
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    button {
      font: inherit;
      cursor: pointer;
    }
    .close {
      position: absolute;
      inset-block-start: var(--tim-space-2);
      inset-inline-end: var(--tim-space-2);
      display: grid;
      place-items: center;
      inline-size: 40px;
      block-size: 40px;
      padding: 0;
      border: 0;
      border-radius: var(--tim-radius-full);
      background: none;
      color: var(--tim-color-text-muted);
    }
    .close:hover {
      background: var(--tim-color-hover);
    }
    .send {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--tim-space-2);
      inline-size: 100%;
      min-block-size: 44px;
      margin-block-start: var(--tim-space-4);
      border: 0;
      border-radius: var(--tim-radius-full);
      background: var(--tim-color-primary);
      color: var(--tim-color-on-primary);
      font-weight: 600;
    }
    button:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 2px;
    }
  `,
];
