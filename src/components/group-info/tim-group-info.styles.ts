import { css } from 'lit';
import { dialogSurfaceStyles } from '../styles/dialog-surface.styles.js';
import { titledDialogStyles } from '../styles/titled-dialog.styles.js';
import { visuallyHiddenStyles } from '../styles/visually-hidden.styles.js';

/** The styles of <tim-group-info>: a side sheet at the inline end (the whole screen when narrow). */
export const timGroupInfoStyles = [
  dialogSurfaceStyles,
  titledDialogStyles,
  visuallyHiddenStyles,
  css`
    dialog {
      position: fixed;
      inset-block: 0;
      inset-inline-start: auto;
      inset-inline-end: 0;
      margin: 0;
      inline-size: min(var(--tim-group-info-width, 380px), 100vw);
      max-inline-size: 100vw;
      block-size: 100dvh;
      max-block-size: 100dvh;
      border-block: 0;
      border-inline-end: 0;
      border-radius: var(--tim-radius-l) 0 0 var(--tim-radius-l);
    }
    :host(:dir(rtl)) dialog {
      border-radius: 0 var(--tim-radius-l) var(--tim-radius-l) 0;
    }
    @media (max-width: 480px) {
      dialog {
        inline-size: 100vw;
        border: 0;
        border-radius: 0;
      }
    }
    .body {
      flex: 1;
      min-block-size: 0;
      overflow-y: auto;
      padding-block-end: var(--tim-space-5);
    }
    button,
    input,
    textarea {
      font: inherit;
    }
    button {
      cursor: pointer;
    }
    button:focus-visible,
    input:focus-visible,
    textarea:focus-visible,
    .member:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: 2px;
    }
    .summary {
      display: flex;
      align-items: center;
      gap: var(--tim-space-4);
      padding: var(--tim-space-5) var(--tim-space-4) var(--tim-space-4);
    }
    .summary tim-avatar {
      --tim-avatar-size: 64px;
      flex: none;
    }
    .summary-text {
      min-inline-size: 0;
    }
    .group-name {
      font-size: var(--tim-font-size-l);
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .sub,
    .hint {
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
      overflow-wrap: anywhere;
    }
    .standing,
    .fields > .hint {
      margin: 0 var(--tim-space-4) var(--tim-space-3);
    }
    .standing {
      padding: var(--tim-space-2) var(--tim-space-3);
      border-radius: var(--tim-radius-m);
      background: var(--tim-color-surface);
      color: var(--tim-color-text-muted);
    }
    .error {
      margin: var(--tim-space-2) var(--tim-space-4);
      color: var(--tim-color-danger);
    }
    .fields {
      border-block-start: 1px solid var(--tim-color-border);
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--tim-space-2);
      padding: var(--tim-space-3) var(--tim-space-4);
      border-block-end: 1px solid var(--tim-color-border);
    }
    .field.editing {
      flex-direction: column;
      align-items: stretch;
    }
    .field-text {
      flex: 1;
      min-inline-size: 0;
    }
    .field-label {
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    .value {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .value.empty {
      color: var(--tim-color-text-muted);
    }
    .edit {
      display: grid;
      place-items: center;
      flex: none;
      inline-size: 44px;
      block-size: 44px;
      padding: 0;
      border: 0;
      border-radius: var(--tim-radius-full);
      background: none;
      color: var(--tim-color-text-muted);
    }
    .edit:hover {
      background: var(--tim-color-hover);
      color: var(--tim-color-text);
    }
    .editor {
      box-sizing: border-box;
      inline-size: 100%;
      padding: var(--tim-space-2) var(--tim-space-3);
      border: 1px solid var(--tim-color-control-border);
      border-radius: var(--tim-radius-m);
      background: var(--tim-color-bg);
      color: var(--tim-color-text);
      resize: vertical;
    }
    .editor-bar {
      display: flex;
      align-items: center;
      gap: var(--tim-space-2);
    }
    .editor-bar .hint {
      flex: 1;
    }
    .field-status {
      flex-basis: 100%;
      margin: 0;
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
    .field-status.error {
      margin: 0;
      color: var(--tim-color-danger);
    }
    .primary,
    .quiet,
    .danger {
      min-block-size: 36px;
      padding: var(--tim-space-1) var(--tim-space-4);
      border-radius: var(--tim-radius-full);
      border: 1px solid var(--tim-color-border);
      background: var(--tim-color-bg);
      color: var(--tim-color-text);
    }
    .primary {
      border-color: var(--tim-color-primary);
      background: var(--tim-color-primary);
      color: var(--tim-color-on-primary);
      font-weight: 600;
    }
    .primary:disabled,
    .danger:disabled {
      opacity: 0.6;
      cursor: default;
    }
    .switch-row {
      display: flex;
      align-items: center;
      justify-content: space-between;
      min-block-size: 52px;
      padding: 0 var(--tim-space-4);
      border-block-end: 1px solid var(--tim-color-border);
      cursor: pointer;
    }
    .switch-row input {
      inline-size: 20px;
      block-size: 20px;
      accent-color: var(--tim-color-primary);
      cursor: pointer;
    }
    .members {
      padding: var(--tim-space-3) var(--tim-space-4) 0;
    }
    h3 {
      margin: 0 0 var(--tim-space-2);
      font-size: var(--tim-font-size-m);
      font-weight: 600;
    }
    input[type='search'] {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: 40px;
      margin-block-end: var(--tim-space-2);
      padding: var(--tim-space-2) var(--tim-space-3);
      border: 1px solid var(--tim-color-control-border);
      border-radius: var(--tim-radius-full);
      background: var(--tim-color-bg);
      color: var(--tim-color-text);
    }
    .member-list[hidden] {
      display: none;
    }
    .member {
      display: flex;
      align-items: center;
      gap: var(--tim-space-3);
      box-sizing: border-box;
      inline-size: 100%;
      block-size: 52px;
      padding: var(--tim-space-1) var(--tim-space-2);
      border-radius: var(--tim-radius-m);
      cursor: pointer;
    }
    .member:hover {
      background: var(--tim-color-hover);
    }
    .member tim-avatar {
      --tim-avatar-size: 36px;
      flex: none;
    }
    .member-name {
      flex: 1;
      min-inline-size: 0;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
    .you {
      color: var(--tim-color-text-muted);
    }
    .role {
      flex: none;
      padding: 2px var(--tim-space-2);
      border-radius: var(--tim-radius-full);
      background: var(--tim-group-info-role-bg, var(--tim-color-selected));
      color: var(--tim-color-primary-text);
      font-size: var(--tim-font-size-xs);
      font-weight: 600;
    }
    .status {
      display: flex;
      align-items: center;
      gap: var(--tim-space-2);
      padding: var(--tim-space-3) 0;
      color: var(--tim-color-text-muted);
    }
    .leave {
      display: flex;
      flex-direction: column;
      gap: var(--tim-space-2);
      padding: var(--tim-space-5) var(--tim-space-4) 0;
    }
    .danger {
      min-block-size: 44px;
      border-color: var(--tim-color-danger);
      color: var(--tim-color-danger);
      font-weight: 600;
    }
    .danger:hover {
      background: var(--tim-color-danger);
      color: var(--tim-color-on-danger);
    }
      .badge.muted {
      flex: none;
      padding: 2px var(--tim-space-2);
      border-radius: var(--tim-radius-full);
      border: 1px solid var(--tim-color-warning);
      color: var(--tim-color-text);
      font-size: var(--tim-font-size-xs);
    }
    .more {
      display: grid;
      flex: none;
      place-items: center;
      inline-size: 32px;
      block-size: 32px;
      border-radius: var(--tim-radius-full);
      color: var(--tim-color-text-muted);
      cursor: pointer;
    }
    .more:hover {
      background: var(--tim-color-surface-raised);
      color: var(--tim-color-text);
    }
    .status.error {
      color: var(--tim-color-danger);
    }
    .menu {
      position: fixed;
      /* Placed beside its anchor once measured (placeMemberMenu). */
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
    .menu [role='menuitem'] {
      display: block;
      inline-size: 100%;
      padding: var(--tim-space-2) var(--tim-space-4);
      border: 0;
      border-radius: var(--tim-radius-s);
      background: transparent;
      color: var(--tim-color-text);
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    .menu [role='group'] [role='menuitem'] {
      padding-inline-start: var(--tim-space-6);
    }
    .menu [role='menuitem']:hover {
      background: var(--tim-color-hover);
    }
    .menu [role='menuitem']:focus-visible {
      outline: 2px solid var(--tim-color-focus);
      outline-offset: -2px;
    }
    .menu .danger-item {
      color: var(--tim-color-danger);
    }
    .menu-heading {
      padding: var(--tim-space-2) var(--tim-space-4) var(--tim-space-1);
      color: var(--tim-color-text-muted);
      font-size: var(--tim-font-size-s);
    }
  `,
];
