import { css } from 'lit';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';
import { presenceStyles } from '../base/presence.js';

/** The styles of <tim-conversation-list>: its parts, custom properties (--tim-*) and states. */
export const timConversationListStyles = [
  visuallyHiddenStyles,
  presenceStyles,
  css`
  :host {
    --_bg: var(--tim-conversation-list-bg, var(--tim-color-surface));
    --_hover: var(--tim-conversation-item-hover-bg, var(--tim-color-hover));
    --_selected: var(--tim-conversation-item-selected-bg, var(--tim-color-selected));
    --_pinned: var(--tim-conversation-item-pinned-bg, transparent);
    --_badge: var(--tim-conversation-badge-bg, var(--tim-color-badge));
    display: flex;
    flex-direction: column;
    min-block-size: 0;
    background: var(--_bg);
    color: var(--tim-color-text);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    position: relative;
  }
  .search {
    display: flex;
    align-items: center;
    gap: var(--tim-space-2);
    padding: var(--tim-space-4) var(--tim-space-4) var(--tim-space-3);
  }
  .search input {
    flex: 1;
    min-inline-size: 0;
  }
  .new-chat {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    padding: 0;
    border: 1px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  /* The magnifier reads at the size of the row icons only when larger than they are. */
  .search-messages .icon {
    inline-size: 18px;
    block-size: 18px;
    color: inherit;
  }
  .new-chat:hover {
    background: var(--_hover);
  }
  .new-chat:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    padding: var(--tim-space-3) var(--tim-space-4);
    border: 1px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: inherit;
    font: inherit;
  }
  input:focus-visible,
  [role='listbox']:focus-visible,
  .item:focus-visible,
  .more:focus-visible,
  .menu button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  [role='listbox'] {
    flex: 1;
    overflow-y: auto;
    margin: 0;
    padding: 0 0 var(--tim-space-3);
    list-style: none;
    outline: none;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr auto;
    grid-template-rows: auto auto;
    column-gap: var(--tim-space-4);
    row-gap: var(--tim-space-1);
    align-items: center;
    padding: var(--tim-space-4) var(--tim-space-4);
    cursor: pointer;
    background: transparent;
    border-radius: 0;
    user-select: none;
    -webkit-touch-callout: none;
    position: relative;
    content-visibility: auto;
    contain-intrinsic-size: auto 4rem;
  }
  .item.pinned {
    background: var(--_pinned);
  }
  .item:hover {
    background: var(--_hover);
  }
  .item[aria-selected='true'] {
    background: var(--_selected);
  }
  tim-avatar,
  .system-avatar {
    grid-row: 1 / 3;
    grid-column: 1;
    position: relative;
  }
  .system-avatar {
    display: grid;
    place-items: center;
    inline-size: var(--tim-avatar-size, 40px);
    block-size: var(--tim-avatar-size, 40px);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .system-avatar svg {
    inline-size: 22px;
    block-size: 22px;
    /* Not the muted grey of the small row icons: white on the primary circle. */
    color: inherit;
  }
  .name {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    display: flex;
    gap: var(--tim-space-2);
    align-items: center;
    min-inline-size: 0;
  }
  .name span {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Drawn in the order read (name, last message, time), placed on the grid. */
  .name {
    grid-area: 1 / 2;
  }
  .summary {
    grid-area: 2 / 2;
  }
  .time {
    grid-area: 1 / 3;
  }
  .meta {
    grid-area: 2 / 3;
  }
  .row-application {
    grid-area: 3 / 2 / 4 / 4;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tim-space-2);
    font-size: var(--tim-font-size-s);
  }
  .row-action {
    display: inline-flex;
    align-items: center;
    min-block-size: 28px;
    padding-inline: var(--tim-space-3);
    border: 1px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-text);
    cursor: pointer;
  }
  .row-action:hover {
    background: var(--tim-color-hover);
  }
  .row-action.accept {
    border-color: transparent;
    background: var(--tim-color-primary);
    color: var(--tim-color-on-primary);
  }
  .row-application-status {
    color: var(--tim-color-text-muted);
  }
  .row-application-status.accepted {
    color: var(--tim-color-success, var(--tim-color-text-muted));
  }
  .row-application-error {
    flex-basis: 100%;
    color: var(--tim-color-danger);
  }
  .time {
    font-size: var(--tim-font-size-xs);
    color: var(--tim-color-text-muted);
    white-space: nowrap;
  }
  /* dir=auto gives user text its own direction; it stays aligned to the list's own start. */
  input,
  .summary {
    text-align: match-parent;
  }
  .summary {
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-s);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    min-inline-size: 0;
  }
  .summary .prefix {
    color: var(--tim-color-danger);
  }
  .meta {
    display: flex;
    gap: var(--tim-space-2);
    align-items: center;
    justify-content: flex-end;
    min-block-size: 1.125rem;
  }
  .badge {
    display: inline-grid;
    place-items: center;
    min-inline-size: 1.125rem;
    block-size: 1.125rem;
    padding: 0 0.3rem;
    box-sizing: border-box;
    border-radius: var(--tim-radius-full);
    background: var(--_badge);
    color: var(--tim-color-on-badge);
    font-size: var(--tim-font-size-xs);
    font-weight: 600;
    line-height: 1;
    text-align: center;
  }
  /* The online dot in the avatar's cell, over its bottom end corner. */
  .item .presence {
    position: relative;
    grid-row: 2;
    grid-column: 1;
    align-self: end;
    justify-self: end;
    --_presence-ring: var(--_bg);
  }
  .badge.dot.marked {
    background: var(--_badge);
  }
  .badge.dot {
    min-inline-size: 9px;
    block-size: 9px;
    padding: 0;
    background: var(--tim-color-badge-muted);
  }
  .icon {
    inline-size: 13px;
    block-size: 13px;
    flex: none;
    color: var(--tim-color-text-muted);
  }
  /* The "…" of a row: over the time and badge while the row is hovered or focused (a pointer that
     hovers); in a column of its own, always shown, on touch screens. */
  .more {
    position: absolute;
    inset-inline-end: var(--tim-space-3);
    inset-block-start: 50%;
    transform: translateY(-50%);
    display: grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-surface-raised);
    border: 1px solid var(--tim-color-border);
    box-sizing: border-box;
    color: var(--tim-color-text-muted);
    cursor: pointer;
    opacity: 0;
    pointer-events: none;
  }
  .item:hover .more,
  .item:focus-within .more,
  .item:focus .more {
    opacity: 1;
    pointer-events: auto;
  }
  /* What the "…" covers steps aside, rather than peek out around it (transparent, not hidden:
     the time and states stay in the row's accessible name while it has the focus). */
  @media (hover: hover) and (pointer: fine) {
    .item:is(:hover, :focus-within) :is(.time, .meta) {
      opacity: 0;
    }
  }
  .more:hover {
    color: var(--tim-color-text);
  }
  @media (hover: none), (pointer: coarse) {
    .item {
      grid-template-columns: auto 1fr auto auto;
    }
    .more {
      position: static;
      transform: none;
      grid-column: 4;
      grid-row: 1 / 3;
      opacity: 1;
      pointer-events: auto;
      border-color: transparent;
      background: transparent;
      inline-size: 40px;
      block-size: 40px;
      margin-inline-end: calc(-1 * var(--tim-space-2));
    }
  }
  .empty {
    padding: var(--tim-space-6);
    color: var(--tim-color-text-muted);
    text-align: center;
  }
  .menu {
    position: fixed;
    /* Placed beside its row once measured (placeMenu). */
    visibility: hidden;
    left: 0;
    top: 0;
    z-index: 10;
    min-inline-size: 12.5rem;
    padding: var(--tim-space-2);
    background: var(--tim-color-surface-raised);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    box-shadow: var(--tim-shadow-popup);
  }
  .menu button {
    display: block;
    inline-size: 100%;
    padding: var(--tim-space-3) var(--tim-space-4);
    border: 0;
    border-radius: var(--tim-radius-s);
    background: transparent;
    color: var(--tim-color-text);
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .menu button:hover {
    background: var(--tim-color-hover);
  }
  .menu button.danger {
    color: var(--tim-color-danger);
  }
  .skeleton {
    display: grid;
    grid-template-columns: 40px 1fr;
    gap: var(--tim-space-4);
    padding: var(--tim-space-4);
  }
  .skeleton div {
    background: var(--tim-color-placeholder);
    border-radius: var(--tim-radius-s);
    block-size: 12px;
  }
  .skeleton .circle {
    grid-row: 1 / 3;
    block-size: 40px;
    border-radius: 50%;
  }
  /* Forced colours drop backgrounds: the selected row takes the system's selection colours, the
     badges an outline, the muted dot a solid system colour. */
  @media (forced-colors: active) {
    .item[aria-selected='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
    }
    .item[aria-selected='true'] :is(.time, .summary, .prefix, .icon) {
      color: SelectedItemText;
    }
    .badge {
      border: 1px solid CanvasText;
    }
    .badge.dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    .item[aria-selected='true'] .badge.dot {
      background: SelectedItemText;
    }
  }
`,
];
