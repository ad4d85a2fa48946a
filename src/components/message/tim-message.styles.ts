import { css } from 'lit';
import { emojiFontFamily } from '../styles/emoji-font.styles.js';
import { emojiTextStyles } from '../styles/emoji-text.styles.js';
import { spinnerStyles } from '../styles/spinner.styles.js';
import { conversionStyles } from './conversion.styles.js';
import { markdownStyles } from './markdown/markdown.styles.js';
import { reactionStyles } from './reactions/reactions.styles.js';
import { groupApplicationStyles } from './group-application/group-application.styles.js';
import { readReceiptStyles } from './read-receipt/read-receipt.styles.js';

/** The styles of <tim-message>: its parts, custom properties (--tim-*) and states. */
export const timMessageStyles = [
  emojiTextStyles,
  spinnerStyles,
  conversionStyles,
  markdownStyles,
  reactionStyles,
  groupApplicationStyles,
  readReceiptStyles,
  css`
  /* The link card's place is kept while its element loads; a link with nothing to show takes none. */
  tim-link-preview:not(:defined) {
    display: block;
    block-size: 84px;
    max-inline-size: 320px;
    margin-block-start: var(--tim-space-2, 6px);
  }
  /* The players and the file card while their module loads (media-loader.ts): their size, so the row hardly moves. */
  tim-message-sound:not(:defined),
  tim-message-file:not(:defined),
  tim-message-video:not(:defined) {
    display: block;
    border-radius: var(--tim-radius-s);
    background: var(--tim-color-hover);
  }
  tim-message-sound:not(:defined) {
    inline-size: 10rem;
    max-inline-size: 100%;
    block-size: 32px;
  }
  tim-message-file:not(:defined) {
    inline-size: 17.5rem;
    max-inline-size: 100%;
    block-size: 44px;
  }
  tim-message-video:not(:defined) {
    inline-size: 15rem;
    max-inline-size: 100%;
    aspect-ratio: 4 / 3;
  }
  tim-link-preview[hidden] {
    display: none;
  }
  :host {
    --_bubble-bg: var(--tim-message-bubble-bg, var(--tim-color-bubble-in));
    --_bubble-color: var(--tim-message-bubble-color, var(--tim-color-on-bubble-in));
    --_radius: var(--tim-message-bubble-radius, var(--tim-radius-l));
    --_tight: var(--tim-radius-s);
    --_avatar: var(--tim-message-avatar-size, 36px);
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    padding: 1px var(--tim-space-5);
    font-family: var(--tim-font-family);
    font-size: var(--tim-font-size-m);
    line-height: var(--tim-line-height);
    color: var(--tim-color-text);
    outline: none;
    contain: layout style;
  }
  :host([run-position='first']),
  :host([run-position='single']) {
    padding-block-start: var(--tim-space-3);
  }
  :host([flow='out']) {
    --_bubble-bg: var(--tim-message-bubble-out-bg, var(--tim-color-bubble-out));
    --_bubble-color: var(--tim-message-bubble-out-color, var(--tim-color-on-bubble-out));
  }
  .row {
    border-radius: var(--tim-radius-m);
    transition: background-color 600ms ease-out;
  }
  :host([highlighted]) .row {
    background: var(--tim-message-highlight-bg, var(--tim-color-selected));
    transition: none;
  }
  .date-separator {
    display: flex;
    justify-content: center;
    margin: var(--tim-space-4) 0 var(--tim-space-3);
  }
  .date-separator span,
  .notice {
    /* Muted, yet readable: the notice token is too light for small text on the surface. */
    color: var(--tim-message-notice-color, var(--tim-color-text-muted));
    font-size: var(--tim-font-size-s);
    text-align: center;
  }
  .unread-divider {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
    margin: var(--tim-space-3) var(--tim-space-5);
    color: var(--tim-color-danger);
    font-size: var(--tim-font-size-s);
    font-weight: 600;
  }
  .unread-divider::before,
  .unread-divider::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid currentColor;
    opacity: 0.5;
  }
  .date-separator span {
    padding: var(--tim-space-1) var(--tim-space-4);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-surface);
    font-weight: 500;
  }
  .notice {
    display: block;
    margin: var(--tim-space-2) auto;
    max-inline-size: 80%;
    padding: var(--tim-space-1) var(--tim-space-3);
    border-radius: var(--tim-radius-m);
    overflow-wrap: anywhere;
  }
  .notice-line {
    display: flex;
    justify-content: center;
    align-items: baseline;
  }
  .notice-line .notice {
    margin-inline: 0;
  }
  .re-edit {
    margin-inline-start: var(--tim-space-1);
    padding: 0;
    border: none;
    background: none;
    color: var(--tim-color-primary-text);
    font: inherit;
    /* After the shorthand: as small as the line it follows. */
    font-size: var(--tim-font-size-s);
    cursor: pointer;
  }
  .re-edit:hover {
    text-decoration: underline;
  }
  .re-edit:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
    border-radius: var(--tim-radius-s);
  }
  .edited {
    font-style: italic;
  }
  :host(:focus-visible) .notice,
  :host(:focus-visible) .bubble {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  .line {
    display: flex;
    align-items: flex-end;
    gap: var(--tim-space-3);
  }
  :host([flow='out']) .line {
    flex-direction: row-reverse;
  }
  .avatar-slot {
    flex: none;
    inline-size: var(--_avatar);
    align-self: flex-start;
  }
  .avatar-slot:has(.avatar-button) {
    position: relative;
  }
  /* Over the picture (not around it): the button's name is "Profile of …", not the initials. */
  .avatar-button {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    padding: 0;
    border: 0;
    border-radius: var(--tim-avatar-radius, var(--tim-radius-full));
    background: transparent;
    cursor: pointer;
  }
  .avatar-button:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  .avatar {
    display: grid;
    place-items: center;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: var(--tim-avatar-radius, var(--tim-radius-full));
    object-fit: cover;
    overflow: hidden;
  }
  .initials {
    color: var(--tim-color-on-avatar);
    font-size: calc(var(--_avatar) * 0.38);
    font-weight: 600;
    line-height: 1;
    user-select: none;
  }
  .column {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    min-inline-size: 0;
    max-inline-size: var(--tim-message-max-width, min(72%, 35rem));
  }
  :host([flow='out']) .column {
    align-items: flex-end;
  }
  .name {
    unicode-bidi: isolate;
    font-size: var(--tim-font-size-s);
    color: var(--tim-color-text-muted);
    margin: 0 var(--tim-space-3) var(--tim-space-1);
    max-inline-size: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .content-line {
    display: flex;
    align-items: flex-end;
    gap: var(--tim-space-2);
    max-inline-size: 100%;
  }
  :host([flow='out']) .content-line {
    flex-direction: row-reverse;
  }
  .bubble {
    position: relative;
    min-inline-size: 0;
    padding: var(--tim-space-3) var(--tim-space-4);
    border-radius: var(--_radius);
    background: var(--_bubble-bg);
    color: var(--_bubble-color);
    overflow-wrap: anywhere;
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-3);
    --tim-link-color: currentColor;
  }
  /* Controls inside your own bubble: a ring in the bubble's text colour (the focus colour is the
     bubble's own blue in the light theme). */
  :host([flow='out']) .bubble:not(.media) > * {
    --tim-color-focus: var(--_bubble-color);
  }
  /* A message that mentions the reader (@me or @all): a mark on its leading edge and a tint. */
  :host([mentions-me]) .bubble {
    --_mention: var(--tim-message-mention-color, var(--tim-color-primary));
    box-shadow: inset 3px 0 0 var(--_mention);
    background: color-mix(in srgb, var(--_mention) 12%, var(--_bubble-bg));
  }
  :host([flow='in'][run-position='first']) .bubble { border-end-start-radius: var(--_tight); }
  :host([flow='in'][run-position='middle']) .bubble { border-start-start-radius: var(--_tight); border-end-start-radius: var(--_tight); }
  :host([flow='in'][run-position='last']) .bubble { border-start-start-radius: var(--_tight); }
  :host([flow='out'][run-position='first']) .bubble { border-end-end-radius: var(--_tight); }
  :host([flow='out'][run-position='middle']) .bubble { border-start-end-radius: var(--_tight); border-end-end-radius: var(--_tight); }
  :host([flow='out'][run-position='last']) .bubble { border-start-end-radius: var(--_tight); }
  .bubble.media {
    padding: 0;
    background: transparent;
    color: var(--tim-color-text);
  }
  :host([flow='out']) .bubble.media {
    color: var(--tim-color-text);
  }
  .meta {
    flex: none;
    display: flex;
    align-items: center;
    gap: var(--tim-space-1);
    color: var(--tim-color-text-muted);
    font-size: var(--tim-font-size-xs);
    font-variant-numeric: tabular-nums;
    padding-block-end: var(--tim-space-1);
    min-block-size: 1.125rem;
  }
  .status {
    display: inline-grid;
    place-items: center;
    color: var(--tim-color-text-muted);
  }
  .status.read {
    color: var(--tim-color-primary-text);
  }
  .status.failed {
    all: unset;
    min-inline-size: 24px;
    min-block-size: 24px;
    display: inline-grid;
    place-items: center;
    color: var(--tim-color-danger);
    cursor: pointer;
    border-radius: var(--tim-radius-full);
  }
  .status.failed:focus-visible,
  .more:focus-visible,
  .upload button:focus-visible,
  .show-more:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 1px;
  }
  .more {
    all: unset;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 26px;
    block-size: 26px;
    border-radius: var(--tim-radius-full);
    color: var(--tim-color-text-muted);
    cursor: pointer;
    opacity: 0;
    align-self: center;
  }
  .more:hover {
    background: var(--tim-color-hover);
  }
  :host(:hover) .more,
  :host(:focus-within) .more {
    opacity: 1;
  }
  @media (hover: none) {
    .more { display: none; }
  }
  /* Each paragraph of user text takes its direction from its first strong letter (like dir=auto),
     so Arabic or Hebrew with Latin words reads right. */
  .text,
  .quote-text {
    unicode-bidi: plaintext;
  }
  .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .face-glyph {
    forced-color-adjust: none;
    font-size: 4rem;
    line-height: 1.1;
    font-family: ${emojiFontFamily};
  }
  img.face {
    display: block;
    inline-size: 120px;
    block-size: 120px;
    object-fit: contain;
  }
  .face-unknown,
  .unsupported,
  .custom-text {
    font-style: italic;
  }
  .text-link {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
  }
  .unsupported {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-2);
  }
  .location {
    display: flex;
    gap: var(--tim-space-3);
    align-items: flex-start;
    min-inline-size: min(12.5rem, 100%);
  }
  .location-pin {
    flex: none;
    color: var(--tim-color-danger);
  }
  :host([flow='out']) .location-pin {
    color: currentColor;
  }
  .location-text {
    display: flex;
    flex-direction: column;
    min-inline-size: 0;
  }
  .location-title {
    font-weight: 500;
  }
  .location-coords {
    font-size: var(--tim-font-size-s);
    font-variant-numeric: tabular-nums;
  }
  .location-link,
  .text-link a {
    display: inline-flex;
    align-items: center;
    gap: var(--tim-space-1);
    margin-block-start: var(--tim-space-2);
    font-size: var(--tim-font-size-s);
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .location-link:focus-visible,
  .text-link a:focus-visible,
  .quote:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 2px;
  }
  .quote {
    all: unset;
    display: flex;
    flex-direction: column;
    gap: 0;
    padding: var(--tim-space-1) var(--tim-space-3);
    border-inline-start: 3px solid currentColor;
    border-radius: var(--tim-radius-s);
    background: var(--tim-color-hover);
    font-size: var(--tim-font-size-s);
    max-inline-size: 100%;
    box-sizing: border-box;
    overflow: hidden;
  }
  button.quote {
    cursor: pointer;
  }
  .bubble.media .quote {
    color: var(--tim-color-text);
    margin-block-end: var(--tim-space-1);
  }
  .quote-sender {
    font-weight: 600;
  }
  .quote-text {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .upload {
    display: flex;
    align-items: center;
    gap: var(--tim-space-3);
  }
  .upload .bar {
    flex: 1;
    block-size: 4px;
    border-radius: var(--tim-radius-full);
    background: color-mix(in srgb, currentColor 22%, transparent);
    overflow: hidden;
  }
  .upload .bar > div {
    block-size: 100%;
    background: currentColor;
    transition: inline-size var(--tim-duration) linear;
  }
  .upload button {
    all: unset;
    display: grid;
    place-items: center;
    inline-size: 24px;
    block-size: 24px;
    border-radius: var(--tim-radius-full);
    cursor: pointer;
  }
  .upload button:hover {
    background: var(--tim-color-hover);
  }
  .bubble.media .upload {
    color: var(--tim-color-text-muted);
  }
  .show-more {
    all: unset;
    align-self: flex-start;
    padding: var(--tim-space-1) var(--tim-space-3);
    border-radius: var(--tim-radius-m);
    font-size: var(--tim-font-size-s);
    font-weight: 500;
    text-decoration: underline;
    text-underline-offset: 2px;
    cursor: pointer;
  }
  .show-more:hover {
    background: var(--tim-color-hover);
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner { animation-duration: 2.4s; }
    .row { transition: none; }
  }
  /* Forced colours drop the bubble fills: outline them instead (the mention mark becomes a thick edge). */
  @media (forced-colors: active) {
    .bubble:not(.media),
    .date-separator span {
      border: 1px solid CanvasText;
    }
    :host([mentions-me]) .bubble {
      border-inline-start-width: 4px;
    }
    :host([highlighted]) .row {
      outline: 2px dashed Highlight;
    }
    .upload .bar > div {
      forced-color-adjust: none;
      background: Highlight;
    }
  }
  /* Multi-select mode: a checkbox at the row's start (both directions), the whole row a touch target. */
  :host([selecting]) .row {
    cursor: pointer;
  }
  :host([selecting]) .line {
    position: relative;
    padding-inline-start: calc(var(--tim-space-3) + 26px);
  }
  .select-box {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 50%;
    translate: 0 -50%;
    box-sizing: border-box;
    inline-size: 22px;
    block-size: 22px;
    display: grid;
    place-items: center;
    border: 2px solid var(--tim-color-control-border);
    border-radius: var(--tim-radius-full);
    background: var(--tim-color-bg);
    color: var(--tim-color-on-primary);
  }
  .select-box.checked {
    border-color: var(--tim-color-primary);
    background: var(--tim-color-primary);
  }
  :host([selected]) .row {
    background: var(--tim-color-selected);
  }
  /* A merged ("chat history") message: a card of its own inside the bubble. */
  .merged-card {
    display: flex;
    flex-direction: column;
    gap: var(--tim-space-1);
    box-sizing: border-box;
    inline-size: 17rem;
    max-inline-size: 100%;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .merged-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .merged-lines {
    display: flex;
    flex-direction: column;
    font-size: var(--tim-font-size-s);
  }
  .merged-line {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .merged-footer {
    margin-block-start: var(--tim-space-1);
    padding-block-start: var(--tim-space-1);
    border-block-start: 1px solid currentColor;
    font-size: var(--tim-font-size-s);
  }
  .merged-card:focus-visible {
    outline: 2px solid var(--tim-color-focus);
    outline-offset: 4px;
  }
`,
];
