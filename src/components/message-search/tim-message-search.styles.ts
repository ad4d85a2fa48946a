import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { searchListDialogStyles } from '../styles/search-list-dialog.styles.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

/** The styles of <tim-message-search>: its parts, custom properties (--tim-*) and states. */
export const timMessageSearchStyles = [
  dialogSurfaceStyles,
  searchListDialogStyles,
  visuallyHiddenStyles,
  css`
    dialog {
      inline-size: min(480px, calc(100vw - 2 * var(--tim-space-4)));
    }
    header {
      display: flex;
      align-items: center;
      justify-content: space-between;
    }
    .scope {
      margin: 0;
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    ul {
      min-block-size: 160px;
    }
    li.group {
      display: flex;
      align-items: center;
      gap: var(--tim-space-2);
      padding: var(--tim-space-2) var(--tim-space-2) var(--tim-space-1);
      font-weight: 600;
      cursor: default;
      min-block-size: 0;
    }
    li.group:hover {
      background: none;
    }
    li.group tim-avatar {
      --tim-avatar-size: 24px;
    }
    .group-name {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    li[role='option'] {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 2px;
      padding-inline-start: calc(var(--tim-space-2) + 32px);
    }
    li.more {
      flex-direction: row;
      align-items: center;
      gap: var(--tim-space-1);
      color: var(--tim-color-primary-text);
      font-size: var(--tim-font-size-s);
    }
    .meta {
      display: flex;
      justify-content: space-between;
      gap: var(--tim-space-2);
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    .sender {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    time {
      flex: none;
    }
    .snippet {
      overflow-wrap: anywhere;
      display: -webkit-box;
      -webkit-line-clamp: 2;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    mark {
      background: var(--tim-search-mark-bg, var(--tim-color-selected));
      color: var(--tim-search-mark-color, var(--tim-color-primary-text));
      font-weight: 600;
      border-radius: 2px;
    }
  `,
];
