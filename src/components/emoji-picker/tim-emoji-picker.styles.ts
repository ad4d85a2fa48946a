import { css } from 'lit';
import { emojiFontFamily } from '../styles/emoji-font.styles.js';

/** The styles of <tim-emoji-picker>: its parts, custom properties (--tim-*) and states. */
export const timEmojiPickerStyles = css`
  :host {
    --_width: var(--tim-emoji-picker-width, 344px);
    --_height: var(--tim-emoji-picker-height, 248px);
    --_bg: var(--tim-emoji-picker-bg, var(--tim-color-surface-raised));
    --_cell: var(--tim-emoji-picker-option-size, 36px);
    --_hover: var(--tim-emoji-picker-hover-bg, var(--tim-color-hover));
    display: block;
    inline-size: var(--_width);
    max-inline-size: 100%;
    color: var(--tim-color-text);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-3);
    box-sizing: border-box;
    padding: var(--tim-space-3);
    background: var(--_bg);
    border: 1px solid var(--tim-color-border);
    border-radius: var(--tim-radius-m);
    box-shadow: var(--tim-shadow-popup);
  }
  .tabs {
    display: flex;
    gap: var(--tim-space-2);
  }
  .tab {
    flex: 1;
    padding: var(--tim-space-2) var(--tim-space-3);
    border: 0;
    border-radius: var(--tim-radius-s);
    background: transparent;
    color: var(--tim-color-text-muted);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    background: var(--tim-color-selected);
    color: var(--tim-color-text);
    font-weight: 600;
  }
  input {
    box-sizing: border-box;
    inline-size: 100%;
    padding: var(--tim-space-2) var(--tim-space-3);
    border: 1px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: inherit;
    font: inherit;
  }
  .grid {
    block-size: var(--_height);
    overflow-y: auto;
    overscroll-behavior: contain;
    outline: none;
  }
  .section-label {
    position: sticky;
    inset-block-start: 0;
    padding: var(--tim-space-2) var(--tim-space-1);
    background: var(--_bg);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-xs);
    font-weight: 600;
    z-index: 1;
  }
  .cells {
    display: grid;
    grid-template-columns: repeat(var(--_columns), 1fr);
    gap: var(--tim-space-1);
    padding-block-end: var(--tim-space-2);
  }
  .option {
    display: grid;
    place-items: center;
    min-block-size: var(--_cell);
    border-radius: var(--tim-radius-s);
    cursor: pointer;
    font-size: calc(var(--_cell) * 0.62);
    font-family: ${emojiFontFamily};
    line-height: 1;
    user-select: none;
  }
  .option img {
    inline-size: 70%;
    block-size: 70%;
    object-fit: contain;
  }
  .option.sticker {
    min-block-size: 72px;
    gap: var(--tim-space-1);
    padding: var(--tim-space-2) 0;
    font-size: 2.25rem;
  }
  .option.sticker img {
    inline-size: 48px;
    block-size: 48px;
  }
  .option .name {
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-xs);
    color: var(--tim-color-text-muted);
  }
  .option:hover,
  .option:focus-visible {
    background: var(--_hover);
  }
  .option:focus-visible,
  .tab:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: -2px;
  }
  .empty {
    padding: var(--tim-space-6) var(--tim-space-3);
    text-align: center;
    color: var(--tim-color-text-muted);
  }
  /* Forced colours would draw colour emoji as outlines: they are pictures, keep their colours. */
  @media (forced-colors: active) {
    .option {
      forced-color-adjust: none;
      color: CanvasText;
    }
    .option:focus-visible {
      outline-color: Highlight;
    }
    .tab[aria-selected='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
    }
  }
`;
