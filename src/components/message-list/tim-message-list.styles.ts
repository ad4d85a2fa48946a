import { css } from 'lit';
import { spinnerStyles } from '../styles/spinner.styles.js';

/** The styles of `<tim-message-list>`: the scroller, the states, the floating buttons, the toast. */
export const messageListStyles = [
  spinnerStyles,
  css`
  :host {
    --_bg: var(--tim-message-list-bg, var(--tim-color-bg));
    --_pad: var(--tim-message-list-padding, var(--tim-space-4));
    position: relative;
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    block-size: 100%;
    background: var(--_bg);
    color: var(--tim-color-text);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    overflow: hidden;
  }
  .scroller {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overflow-x: hidden;
    /* The list keeps the reader's place itself; browser scroll anchoring would fight it. */
    overflow-anchor: none;
    overscroll-behavior: contain;
    outline: none;
  }
  .scroller:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  tim-message {
    inline-size: 100%;
  }
  tim-message.first {
    padding-block-start: var(--_pad);
  }
  tim-message.last {
    padding-block-end: var(--_pad);
  }
  .state {
    flex: 1;
    display: grid;
    place-items: center;
    align-content: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-6);
    color: var(--tim-color-text-muted);
    text-align: center;
  }
  .state .title {
    font-size: var(--tim-font-size-l);
    color: var(--tim-color-text);
  }
  .state button,
  .older button {
    font: inherit;
    min-block-size: 24px;
    padding: var(--tim-space-2) var(--tim-space-5);
    border-radius: var(--tim-radius-full);
    border: 1px solid var(--tim-color-border);
    background: var(--tim-color-surface-raised);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  .state button:focus-visible,
  .older button:focus-visible,
  .floating:focus-visible,
  .toast button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  .skeleton {
    flex: 1;
    display: flex;
    flex-direction: column;
    justify-content: flex-end;
    gap: var(--tim-space-4);
    padding: var(--tim-space-5);
    overflow: hidden;
  }
  .skeleton .bone {
    display: flex;
    gap: var(--tim-space-3);
    align-items: flex-end;
  }
  .skeleton .bone.out {
    flex-direction: row-reverse;
  }
  .skeleton .avatar {
    inline-size: 36px;
    block-size: 36px;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-placeholder);
  }
  .skeleton .bubble {
    block-size: 38px;
    border-radius: var(--tim-radius-l);
    background: var(--tim-color-placeholder);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% { opacity: 0.55; }
  }
  .floating {
    position: absolute;
    inset-inline-start: 50%;
    transform: translateX(-50%);
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-2);
    padding: var(--tim-space-2) var(--tim-space-4);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-message-list-button-bg, var(--tim-color-surface-raised));
    color: var(--tim-color-primary-text);
    box-shadow: var(--tim-shadow-popup);
    font: inherit;
    font-size: var(--tim-font-size-s);
    font-weight: 600;
    cursor: pointer;
    z-index: 2;
  }
  .new-messages,
  .latest {
    inset-block-end: var(--tim-space-4);
  }
  .latest {
    inset-inline-start: auto;
    inset-inline-end: var(--tim-space-5);
    transform: none;
    inline-size: 40px;
    block-size: 40px;
    justify-content: center;
    padding: 0;
  }
  /* At the top corner, clear of the day labels and the loading line at the top centre. */
  .unread {
    inset-block-start: var(--tim-space-4);
    inset-inline-start: auto;
    inset-inline-end: var(--tim-space-4);
    transform: none;
  }
  :host([pinned-bar]) .unread,
  :host([pinned-bar]) .older {
    inset-block-start: calc(var(--tim-space-4) + 3rem);
  }
  .pinned {
    flex: none;
    display: flex;
    align-items: stretch;
    border-block-end: 1px solid var(--tim-color-border);
    background: var(--tim-message-list-pinned-bg, var(--tim-color-surface-raised));
  }
  .pinned-main {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-2) var(--tim-space-4);
    border: 0;
    background: none;
    color: var(--tim-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .pinned-main:hover,
  .pinned-row:hover {
    background: var(--tim-color-hover);
  }
  .pinned-main .icon {
    flex: none;
    color: var(--tim-color-primary-text);
  }
  .pinned-marks {
    flex: none;
    display: flex;
    flex-direction: column;
    gap: 2px;
    align-self: stretch;
    justify-content: center;
  }
  .pinned-marks span {
    inline-size: 3px;
    flex: 0 1 0.75rem;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-border);
  }
  .pinned-marks span.on {
    background: var(--tim-color-primary);
  }
  .pinned-body {
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
  }
  .pinned-title {
    color: var(--tim-color-primary-text);
    font-size: var(--tim-font-size-xs);
    font-weight: 600;
  }
  .pinned-text {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: var(--tim-font-size-s);
  }
  .pinned-list-button,
  .pinned-list .icon-button {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-inline-size: 2.75rem;
    border: 0;
    background: none;
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .pinned-list-button:hover,
  .pinned-list .icon-button:hover {
    color: var(--tim-color-text);
  }
  .pinned-main:focus-visible,
  .pinned-list-button:focus-visible,
  .pinned-row:focus-visible,
  .pinned-list .icon-button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  .pinned-list {
    position: absolute;
    z-index: 2;
    inset-block-start: 3.25rem;
    inset-inline: var(--tim-space-3);
    max-block-size: 60%;
    overflow-y: auto;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    background: var(--tim-color-surface-raised);
    box-shadow: var(--tim-shadow-popup);
  }
  .pinned-list-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    padding: var(--tim-space-2) var(--tim-space-2) var(--tim-space-2) var(--tim-space-4);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
    font-weight: 600;
  }
  .pinned-list ul {
    margin: 0;
    padding: 0 0 var(--tim-space-2);
    list-style: none;
  }
  .pinned-list li {
    display: flex;
    align-items: stretch;
  }
  .pinned-row {
    flex: 1;
    min-inline-size: 0;
    padding: var(--tim-space-2) var(--tim-space-4);
    border: 0;
    background: none;
    color: var(--tim-color-text);
    font: inherit;
    font-size: var(--tim-font-size-s);
    text-align: start;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    cursor: pointer;
  }
  .older {
    position: absolute;
    inset-block-start: var(--tim-space-3);
    inset-inline-start: 50%;
    transform: translateX(-50%);
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-1) var(--tim-space-4);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-surface-raised);
    box-shadow: var(--tim-shadow-popup);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
    z-index: 1;
    pointer-events: auto;
  }
  .toast {
    position: absolute;
    inset-block-end: var(--tim-space-5);
    inset-inline: var(--tim-space-5);
    margin-inline: auto;
    inline-size: fit-content;
    max-inline-size: calc(100% - 2 * var(--tim-space-5));
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-2) var(--tim-space-3) var(--tim-space-2) var(--tim-space-4);
    border-radius: var(--tim-radius-m);
    background: var(--tim-color-text);
    color: var(--tim-color-bg);
    font-size: var(--tim-font-size-s);
    box-shadow: var(--tim-shadow-popup);
    z-index: 3;
  }
  .toast.error {
    background: var(--tim-color-danger);
    color: var(--tim-color-on-danger);
  }
  .toast button {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    border-radius: var(--tim-radius-full);
    cursor: pointer;
  }
  /* Multi-select mode's bar, under the messages; its buttons are touch-sized. */
  .selection-bar {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tim-space-2);
    padding: var(--tim-space-2) var(--tim-space-4);
    border-block-start: 1px solid var(--tim-color-border);
    background: var(--tim-color-surface);
  }
  .selection-count {
    flex: 1 1 auto;
    min-inline-size: 6em;
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  .selection-bar button {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-2);
    min-block-size: 44px;
    padding: var(--tim-space-2) var(--tim-space-4);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    font: inherit;
    font-size: var(--tim-font-size-s);
    cursor: pointer;
  }
  .selection-bar button.danger {
    color: var(--tim-color-danger);
  }
  .selection-bar button.done {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .selection-bar button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  .selection-bar button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  :host(:dir(rtl)) .selection-bar svg {
    scale: -1 1;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton .bubble,
    .older .spinner {
      animation: none;
    }
  }
  @media (forced-colors: active) {
    .toast,
    .older {
      border: 1px solid CanvasText;
    }
  }
  .reaction-picker {
    position: fixed;
    inset: auto;
    margin: 0;
    padding: 0;
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-l);
    background: var(--tim-color-surface-raised);
    box-shadow: var(--tim-shadow-popup);
  }
`,
];
