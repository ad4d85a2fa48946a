import { darkTokens as dark, lightTokens as light, sharedTokens as shared } from './theme-tokens.js';

/**
 * The design tokens of tim-elements as one stylesheet: light on `:root` / `.tim-theme-light`,
 * dark on `.tim-theme-dark`, and the system's dark preference respected when neither class
 * is set. Custom properties inherit through shadow roots, so every element reads them.
 * `[theme="light|dark"]` on any element (e.g. `<tim-chat theme="dark">`) overrides below it.
 * The values are in theme-tokens.ts, where the contrast test reads them.
 */

/**
 * The token stylesheet's text, in the `tim-theme` cascade layer: any style of the app that is
 * not in a layer wins over it, wherever it comes in the page (`:root { --tim-color-primary: … }`
 * in a `<style>`, a linked sheet or an element's own style). `dist/theme.css` holds the same text.
 */
export const themeCss = `@layer tim-theme {
:root, .tim-theme-light, [theme="light"] {${shared}${light}}
@media (prefers-color-scheme: dark) {
  :root:not(.tim-theme-light) {${dark}}
}
.tim-theme-dark, [theme="dark"] {${dark}}
.tim-theme-light, [theme="light"] {${light}}
}
`;

const themed = new WeakSet<Document>();

/**
 * Adds the token stylesheet to a document once; registering any element calls it. It is a
 * constructed stylesheet in `document.adoptedStyleSheets`, which a strict Content Security Policy
 * (`style-src 'self'`, no `'unsafe-inline'`) allows, unlike a `<style>` tag. Pages may also link
 * `tim-elements/theme.css` (the same tokens) themselves. Does nothing where there is no document
 * (server-side rendering).
 */
export function installTheme(doc?: Document): void {
  const target = doc ?? (typeof document === 'undefined' ? undefined : document);
  if (!target || themed.has(target)) return;
  themed.add(target);
  const Sheet = (target.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
  if (Sheet && 'replaceSync' in Sheet.prototype && 'adoptedStyleSheets' in target) {
    // The sheet must be made by the document's own window (an iframe has its own).
    const sheet = new Sheet();
    sheet.replaceSync(themeCss);
    // First, so an app's adopted sheets (later in the cascade) win too.
    target.adoptedStyleSheets = [sheet, ...target.adoptedStyleSheets];
    return;
  }
  // Browsers without constructable stylesheets (before Safari 16.4): a <style> tag.
  const style = target.createElement('style');
  style.textContent = themeCss;
  target.head.prepend(style);
}
