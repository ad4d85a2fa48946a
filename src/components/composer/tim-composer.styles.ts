import { css } from 'lit';

/** The look of `<tim-composer>`: private `--_*` variables fall back to the public hooks, then the tokens. */
export const composerStyles = css`
  :host {
    --_bg: var(--tim-composer-bg, var(--tim-color-bg));
    --_border: var(--tim-composer-border, var(--tim-color-border));
    --_input-bg: var(--tim-composer-input-bg, var(--tim-color-surface));
    --_max-height: var(--tim-composer-input-max-height, 160px);
    --_padding: var(--tim-composer-padding, var(--tim-space-3) var(--tim-space-5) var(--tim-space-4));
    --_tool: var(--tim-composer-tool-color, var(--tim-color-text-muted));
    --_send-bg: var(--tim-composer-send-bg, var(--tim-color-primary));
    --_send-color: var(--tim-composer-send-color, var(--tim-color-on-primary));
    --_reply-bg: var(--tim-composer-reply-bg, var(--tim-color-surface));
    --_drop-bg: var(--tim-composer-drop-bg, var(--tim-color-selected));
    --_error: var(--tim-composer-error-color, var(--tim-color-danger));
    --_tray-size: var(--tim-composer-tray-size, 56px);
    display: block;
    position: relative;
    color: var(--tim-color-text);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    line-height: var(--tim-line-height);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-2);
    padding: var(--_padding);
    background: var(--_bg);
    border-block-start: 1px solid var(--_border);
  }
  .toolbar {
    display: flex;
    align-items: center;
    gap: var(--tim-space-1);
    margin-inline-start: calc(-1 * var(--tim-space-2));
  }
  .tool {
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    padding: 0;
    border: 0;
    border-radius: var(--tim-radius-s);
    background: transparent;
    color: var(--_tool);
    cursor: pointer;
  }
  .tool:hover:not(:disabled),
  .tool[aria-expanded='true'] {
    background: var(--tim-color-hover);
    color: var(--tim-color-text);
  }
  /* Held to talk on touch: no panning, selection or callout may take the finger away. */
  .tool[part~='voice-button'] {
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .tool:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .input-row {
    display: flex;
    align-items: flex-end;
    gap: var(--tim-space-3);
  }
  textarea {
    flex: 1;
    min-inline-size: 0;
    box-sizing: border-box;
    min-block-size: 2.5rem;
    max-block-size: var(--_max-height);
    margin: 0;
    padding: var(--tim-space-3) var(--tim-space-4);
    border: 1px solid var(--tim-composer-input-border, var(--tim-color-control-border));
    border-radius: var(--tim-radius-m);
    background: var(--_input-bg);
    color: inherit;
    font: inherit;
    line-height: 1.45;
    resize: none;
    overflow-y: hidden;
  }
  textarea.scrolls {
    overflow-y: auto;
  }
  /* A 2 px ring, like every control's (the border alone was a 1 px change). */
  textarea:focus {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  textarea:disabled {
    cursor: not-allowed;
    opacity: 0.7;
  }
  textarea::placeholder {
    color: var(--tim-color-text-muted);
  }
  .send {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-2);
    block-size: 2.5rem;
    padding: 0 var(--tim-space-5);
    border: 0;
    border-radius: var(--tim-radius-m);
    background: var(--_send-bg);
    color: var(--_send-color);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    white-space: nowrap;
  }
  .send:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .tool:focus-visible,
  .send:focus-visible,
  .reply button:focus-visible,
  .notice button:focus-visible,
  .icon-button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  .reply {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-2) var(--tim-space-3);
    border-inline-start: 3px solid var(--tim-color-primary);
    border-radius: var(--tim-radius-s);
    background: var(--_reply-bg);
    font-size: var(--tim-font-size-s);
  }
  .reply .icon {
    flex: none;
    color: var(--tim-color-primary-text);
  }
  .reply-text {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--tim-color-text-muted);
  }
  .reply-text strong {
    color: var(--tim-color-text);
    font-weight: 600;
  }
  .tray {
    display: flex;
    align-items: flex-end;
    gap: var(--tim-space-2);
  }
  .tray-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tim-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tray-item {
    position: relative;
    inline-size: var(--_tray-size);
    block-size: var(--_tray-size);
    border: 1px solid var(--_border);
    border-radius: var(--tim-radius-s);
    background: var(--_reply-bg);
  }
  .tray-item img,
  .tray-missing {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    border-radius: inherit;
    object-fit: cover;
    color: var(--tim-color-text-muted);
  }
  .tray-remove {
    position: absolute;
    inset-block-start: calc(-1 * var(--tim-space-2));
    inset-inline-end: calc(-1 * var(--tim-space-2));
    display: inline-grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    padding: 0;
    border: 1px solid var(--_bg);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-text);
    color: var(--_bg);
    cursor: pointer;
  }
  .tray-remove:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  .tray-count {
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  .icon-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    min-inline-size: 24px;
    min-block-size: 24px;
    padding: var(--tim-space-1);
    border: 0;
    border-radius: var(--tim-radius-full);
    background: transparent;
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .icon-button:hover {
    background: var(--tim-color-hover);
    color: var(--tim-color-text);
  }
  .notice {
    display: flex;
    align-items: center;
    gap: var(--tim-space-2);
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-text-muted);
  }
  .notice.error {
    color: var(--_error);
  }
  .notice.warning {
    color: var(--tim-color-warning);
  }
  .notice span {
    flex: 1;
  }
  .popup {
    position: absolute;
    inset-block-end: calc(100% - var(--tim-space-2));
    inset-inline-start: var(--tim-space-4);
    z-index: 10;
  }
  .mentions {
    box-sizing: border-box;
    inline-size: 20rem;
    max-inline-size: calc(100vw - 2 * var(--tim-space-5));
    max-block-size: 15rem;
    overflow-y: auto;
    margin: 0;
    padding: var(--tim-space-2);
    list-style: none;
    background: var(--tim-color-surface-raised);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    box-shadow: var(--tim-shadow-popup);
  }
  .mention {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-2) var(--tim-space-3);
    border-radius: var(--tim-radius-s);
    cursor: pointer;
  }
  .mention[aria-selected='true'] {
    background: var(--tim-color-selected);
  }
  .mention:hover {
    background: var(--tim-color-hover);
  }
  .mention .name {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .mention .sub {
    flex: none;
    max-inline-size: 45%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-xs);
  }
  .mention.all .name {
    font-weight: 600;
  }
  .mentions .status {
    padding: var(--tim-space-2) var(--tim-space-3);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  tim-avatar {
    --tim-avatar-size: 24px;
  }
  .drop {
    display: none;
    margin: 0;
    padding: 0;
    box-sizing: border-box;
    position: fixed;
    inset: auto;
    place-items: center;
    border: 2px dashed var(--tim-color-primary);
    border-radius: var(--tim-radius-m);
    background: color-mix(in srgb, var(--_drop-bg) 88%, transparent);
    color: var(--tim-color-primary-text);
    font-size: var(--tim-font-size-l);
    font-weight: 600;
    pointer-events: none;
    overflow: hidden;
  }
  .drop .label {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: var(--tim-space-3);
  }
  .drop.showing {
    display: grid;
  }
  @media (forced-colors: active) {
    .send {
      border: 1px solid ButtonText;
    }
    .send:disabled {
      border-color: GrayText;
      color: GrayText;
    }
  }
`;
