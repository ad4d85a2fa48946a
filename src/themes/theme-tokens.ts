/**
 * The design tokens' values, per theme: the single source of `theme-css.ts` (and `dist/theme.css`),
 * and what `test/core/theme-contrast.test.ts` computes the WCAG contrast of, so the test checks
 * the colours that ship. Colours are `#rrggbb` or `rgba(…)` (the test composites the alpha).
 */
/** Property name (`--tim-…`, or `color-scheme`) → value. */
export type ThemeTokens = Readonly<Record<string, string>>;

// Each theme is the CSS text that ships (declarations only, no comments: they would ship too);
// `tokenMap` reads it back for the contrast test and the manifest. The `cssText` tag changes
// nothing; it marks the text for the build's CSS minifier (vite.config.ts), like Lit's `css`.
const cssText = String.raw;

/**
 * Light. `control-border` is the edge of a text field or an outlined button (3:1 against what
 * surrounds it, WCAG 1.4.11); `primary-text` is the primary hue as text or an icon on the surfaces.
 */
export const lightTokens = cssText`color-scheme: light;
--tim-color-bg: #ffffff;
--tim-color-surface: #f5f6f8;
--tim-color-surface-raised: #ffffff;
--tim-color-text: #1a1d23;
--tim-color-text-muted: #5c6370;
--tim-color-border: #e3e6ea;
--tim-color-control-border: #848b96;
--tim-color-hover: rgba(17, 24, 39, 0.05);
--tim-color-selected: #e8f0fe;
--tim-color-primary: #1f6feb;
--tim-color-on-primary: #ffffff;
--tim-color-primary-text: #1a64d8;
--tim-color-danger: #c5221f;
--tim-color-on-danger: #ffffff;
--tim-color-success: #1a7f37;
--tim-color-warning: #8a5a00;
--tim-color-badge: #c8281c;
--tim-color-on-badge: #ffffff;
--tim-color-badge-muted: #7b8491;
--tim-color-link: #1558d6;
--tim-color-focus: #1f6feb;
--tim-color-overlay: rgba(0, 0, 0, 0.72);
--tim-color-on-overlay: #ffffff;
--tim-color-bubble-in: #f1f3f5;
--tim-color-on-bubble-in: #1a1d23;
--tim-color-bubble-out: #1f6feb;
--tim-color-on-bubble-out: #ffffff;
--tim-color-notice: #69707c;
--tim-color-placeholder: #e9ecef;
--tim-shadow-popup: 0 8px 28px rgba(17, 24, 39, 0.16), 0 1px 3px rgba(17, 24, 39, 0.08);
`;

/** Dark. The primary is deep enough for white text on the Send button; `primary-text` is the lighter tone for text. */
export const darkTokens = cssText`color-scheme: dark;
--tim-color-bg: #15171c;
--tim-color-surface: #1d2026;
--tim-color-surface-raised: #262a31;
--tim-color-text: #e8eaed;
--tim-color-text-muted: #9aa0a6;
--tim-color-border: #30353d;
--tim-color-control-border: #737a85;
--tim-color-hover: rgba(255, 255, 255, 0.06);
--tim-color-selected: #233554;
--tim-color-primary: #2b68d1;
--tim-color-on-primary: #ffffff;
--tim-color-primary-text: #7aabf8;
--tim-color-danger: #f28b82;
--tim-color-on-danger: #202124;
--tim-color-success: #81c995;
--tim-color-warning: #fdd663;
--tim-color-badge: #c62f35;
--tim-color-on-badge: #ffffff;
--tim-color-badge-muted: #7d8590;
--tim-color-link: #8ab4f8;
--tim-color-focus: #8ab4f8;
--tim-color-overlay: rgba(0, 0, 0, 0.82);
--tim-color-on-overlay: #ffffff;
--tim-color-bubble-in: #262a31;
--tim-color-on-bubble-in: #e8eaed;
--tim-color-bubble-out: #2b68d1;
--tim-color-on-bubble-out: #ffffff;
--tim-color-notice: #8a9099;
--tim-color-placeholder: #2b3038;
--tim-shadow-popup: 0 8px 28px rgba(0, 0, 0, 0.5), 0 1px 3px rgba(0, 0, 0, 0.4);
`;

/**
 * Sizes in rem, so the reader's browser font size scales the kit; radii and the avatar stay px
 * (shapes, not text). Line height is unitless.
 */
export const sharedTokens = cssText`--tim-avatar-color-0: #c2410c;
--tim-avatar-color-1: #a16207;
--tim-avatar-color-2: #15803d;
--tim-avatar-color-3: #0369a1;
--tim-avatar-color-4: #6d28d9;
--tim-avatar-color-5: #be185d;
--tim-avatar-color-6: #0f766e;
--tim-avatar-color-7: #854d0e;
--tim-color-on-avatar: #ffffff;
--tim-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
--tim-font-size-xs: 0.6875rem;
--tim-font-size-s: 0.75rem;
--tim-font-size-m: 0.875rem;
--tim-font-size-l: 1rem;
--tim-font-size-xl: 1.125rem;
--tim-line-height: 1.45;
--tim-space-1: 0.125rem;
--tim-space-2: 0.25rem;
--tim-space-3: 0.5rem;
--tim-space-4: 0.75rem;
--tim-space-5: 1rem;
--tim-space-6: 1.5rem;
--tim-radius-s: 4px;
--tim-radius-m: 8px;
--tim-radius-l: 14px;
--tim-radius-full: 9999px;
--tim-avatar-size: 40px;
--tim-duration: 160ms;
`;

/** The `name: value;` declarations of a theme's text as a map (for the contrast test and the manifest). */
export function tokenMap(css: string): ThemeTokens {
  return Object.fromEntries([...css.matchAll(/([\w-]+):\s*([^;]+);/g)].map(([, name, value]) => [name!, value!.trim()]));
}
