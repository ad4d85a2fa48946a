import { css } from 'lit';
import { mirrorStyles } from '../styles/mirror.styles.js';
import { presenceStyles } from '../base/presence.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

/** The styles of <tim-chat>: its parts, custom properties (--tim-*) and states. */
export const timChatStyles = [
  mirrorStyles,
  presenceStyles,
  visuallyHiddenStyles,
  css`
  .header .avatar {
    position: relative;
    display: inline-flex;
  }
  :host {
    --_sidebar: var(--tim-chat-sidebar-width, 320px);
    --_border: var(--tim-chat-border, var(--tim-color-border));
    display: block;
    container-type: inline-size;
    block-size: 100%;
    min-block-size: 360px;
    background: var(--tim-chat-bg, var(--tim-color-bg));
    color: var(--tim-color-text);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    line-height: var(--tim-line-height);
    overflow: hidden;
  }
  .layout {
    display: grid;
    grid-template-columns: var(--_sidebar) 1fr;
    block-size: 100%;
  }
  .sidebar {
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    border-inline-end: 1px solid var(--_border);
  }
  tim-conversation-list {
    flex: 1;
    min-block-size: 0;
  }
  .main {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
    min-block-size: 0;
  }
  /* Not a <header>: inside the chat's region it would be a second, nested banner landmark. */
  .header {
    display: flex;
    align-items: center;
    gap: var(--tim-space-4);
    min-block-size: 3.5rem;
    padding: 0 var(--tim-space-5);
    border-block-end: 1px solid var(--_border);
    background: var(--tim-chat-header-bg, var(--tim-color-bg));
  }
  .header .titles {
    flex: 1;
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: var(--tim-font-size-l);
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .system-avatar {
    display: grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .subtitle {
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
  }
  .subtitle.typing {
    color: var(--tim-color-primary-text);
  }
  .back {
    display: none;
    border: 0;
    background: transparent;
    color: inherit;
    padding: var(--tim-space-2);
    border-radius: var(--tim-radius-full);
    cursor: pointer;
  }
  /* The header's round buttons: search in this chat, group info (44 px: a touch target). */
  .header-button {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 44px;
    block-size: 44px;
    padding: 0;
    border: 0;
    border-radius: var(--tim-radius-full);
    background: transparent;
    color: var(--tim-color-text-muted);
    cursor: pointer;
  }
  .header-button:hover {
    background: var(--tim-color-hover);
    color: var(--tim-color-text);
  }
  .opens-info {
    cursor: pointer;
  }
  .back:focus-visible,
  .header-button:focus-visible,
  .banner button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  tim-message-list {
    flex: 1;
    min-block-size: 0;
  }
  .banner {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    padding: var(--tim-space-3) var(--tim-space-5);
    background: var(--tim-color-surface);
    color: var(--tim-color-text);
    border-block-end: 1px solid var(--_border);
    font-size: var(--tim-font-size-s);
  }
  .banner.warning {
    color: var(--tim-color-warning);
  }
  .banner.danger {
    color: var(--tim-color-danger);
  }
  .banner span {
    flex: 1;
  }
  .banner button {
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    min-block-size: 24px;
    text-decoration: underline;
    cursor: pointer;
  }
  .empty {
    flex: 1;
    display: grid;
    place-items: center;
    color: var(--tim-color-text-muted);
    padding: var(--tim-space-6);
    text-align: center;
  }
  @container (max-width: 680px) {
    .layout {
      grid-template-columns: 1fr;
    }
    .layout.open .sidebar {
      display: none;
    }
    .layout:not(.open) .main {
      display: none;
    }
    .back {
      display: inline-grid;
    }
    .sidebar {
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .system-avatar {
      border: 1px solid CanvasText;
    }
  }
`,
];
