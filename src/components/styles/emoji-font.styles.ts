import { unsafeCSS } from 'lit';

/**
 * The colour-emoji fonts of each platform, before the kit's text font: without them Linux and some
 * Windows set-ups draw emoji from a text font, as black outlines. A constant, never user input.
 */
export const emojiFontFamily = unsafeCSS(`'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', var(--tim-font-family)`);
