/**
 * The design tokens of tim-elements as one stylesheet: light on `:root` / `.tim-theme-light`,
 * dark on `.tim-theme-dark`, and the system's dark preference respected when neither class
 * is set. Custom properties inherit through shadow roots, so every element reads them.
 * `[theme="light|dark"]` on any element (e.g. `<tim-chat theme="dark">`) overrides below it.
 */
const light = `
  color-scheme: light;
  --tim-color-bg: #ffffff;
  --tim-color-surface: #f5f6f8;
  --tim-color-surface-raised: #ffffff;
  --tim-color-text: #1a1d23;
  --tim-color-text-muted: #5c6370;
  --tim-color-border: #e3e6ea;
  --tim-color-hover: rgba(17, 24, 39, 0.05);
  --tim-color-selected: #e8f0fe;
  --tim-color-primary: #1f6feb;
  --tim-color-on-primary: #ffffff;
  --tim-color-danger: #c5221f;
  --tim-color-on-danger: #ffffff;
  --tim-color-success: #1a7f37;
  --tim-color-warning: #8a5a00;
  --tim-color-badge: #c8281c;
  --tim-color-badge-muted: #9aa1ab;
  --tim-color-link: #1558d6;
  --tim-color-focus: #1f6feb;
  --tim-color-overlay: rgba(0, 0, 0, 0.72);
  --tim-color-bubble-in: #f1f3f5;
  --tim-color-on-bubble-in: #1a1d23;
  --tim-color-bubble-out: #1f6feb;
  --tim-color-on-bubble-out: #ffffff;
  --tim-color-notice: #8a919c;
  --tim-color-placeholder: #e9ecef;
  --tim-avatar-color-0: #c2410c; --tim-avatar-color-1: #a16207; --tim-avatar-color-2: #15803d;
  --tim-avatar-color-3: #0369a1; --tim-avatar-color-4: #6d28d9; --tim-avatar-color-5: #be185d;
  --tim-avatar-color-6: #0f766e; --tim-avatar-color-7: #854d0e; --tim-color-on-avatar: #ffffff;
  --tim-shadow-popup: 0 8px 28px rgba(17, 24, 39, 0.16), 0 1px 3px rgba(17, 24, 39, 0.08);
`;

const dark = `
  color-scheme: dark;
  --tim-color-bg: #15171c;
  --tim-color-surface: #1d2026;
  --tim-color-surface-raised: #262a31;
  --tim-color-text: #e8eaed;
  --tim-color-text-muted: #9aa0a6;
  --tim-color-border: #30353d;
  --tim-color-hover: rgba(255, 255, 255, 0.06);
  --tim-color-selected: #233554;
  --tim-color-primary: #4c8df6;
  --tim-color-on-primary: #ffffff;
  --tim-color-danger: #f28b82;
  --tim-color-on-danger: #202124;
  --tim-color-success: #81c995;
  --tim-color-warning: #fdd663;
  --tim-color-badge: #c62f35;
  --tim-color-badge-muted: #5f6670;
  --tim-color-link: #8ab4f8;
  --tim-color-focus: #8ab4f8;
  --tim-color-overlay: rgba(0, 0, 0, 0.82);
  --tim-color-bubble-in: #262a31;
  --tim-color-on-bubble-in: #e8eaed;
  --tim-color-bubble-out: #2f6fdb;
  --tim-color-on-bubble-out: #ffffff;
  --tim-color-notice: #80868f;
  --tim-color-placeholder: #2b3038;
  --tim-avatar-color-0: #c2410c; --tim-avatar-color-1: #a16207; --tim-avatar-color-2: #15803d;
  --tim-avatar-color-3: #0369a1; --tim-avatar-color-4: #6d28d9; --tim-avatar-color-5: #be185d;
  --tim-avatar-color-6: #0f766e; --tim-avatar-color-7: #854d0e; --tim-color-on-avatar: #ffffff;
  --tim-shadow-popup: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
`;

const shared = `
  --tim-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
  --tim-font-size-xs: 11px;
  --tim-font-size-s: 12px;
  --tim-font-size-m: 14px;
  --tim-font-size-l: 16px;
  --tim-font-size-xl: 18px;
  --tim-line-height: 1.45;
  --tim-space-1: 2px;
  --tim-space-2: 4px;
  --tim-space-3: 8px;
  --tim-space-4: 12px;
  --tim-space-5: 16px;
  --tim-space-6: 24px;
  --tim-radius-s: 4px;
  --tim-radius-m: 8px;
  --tim-radius-l: 14px;
  --tim-radius-full: 9999px;
  --tim-avatar-size: 40px;
  --tim-duration: 160ms;
`;

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
