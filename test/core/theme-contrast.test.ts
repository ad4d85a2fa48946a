// WCAG 2.2 contrast of every foreground/background pair the kit draws, computed from the token
// values that ship (src/themes/theme-tokens.ts): text 4.5:1 (1.4.3), icons, focus rings, control
// edges and badges 3:1 (1.4.11). A pair lists its background as layers, bottom first; a layer with
// alpha (hover tint, overlay) is composited over the ones below.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { darkTokens as darkCss, lightTokens as lightCss, sharedTokens, tokenMap, type ThemeTokens } from '../../src/themes/theme-tokens.js';

// The themes as they ship (CSS text, with the tokens both share), read back into name → value.
const lightTokens = tokenMap(sharedTokens + lightCss);
const darkTokens = tokenMap(sharedTokens + darkCss);

type Rgb = readonly [number, number, number];

function parseColour(value: string): readonly [number, number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(value);
  if (hex) {
    const n = parseInt(hex[1]!, 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, 1];
  }
  const rgba = /^rgba?\(\s*(\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgba) return [Number(rgba[1]), Number(rgba[2]), Number(rgba[3]), rgba[4] === undefined ? 1 : Number(rgba[4])];
  throw new Error(`not a colour the test reads: ${value}`);
}

function composite(layers: readonly string[]): Rgb {
  let out: Rgb = [255, 255, 255];
  for (const layer of layers) {
    const [r, g, b, a] = parseColour(layer);
    out = [r * a + out[0] * (1 - a), g * a + out[1] * (1 - a), b * a + out[2] * (1 - a)];
  }
  return out;
}

function luminance([r, g, b]: Rgb): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = 4.5;
const GRAPHIC = 3;

interface Pair {
  /** Token names without `--tim-color-`; a `#rrggbb` is a literal (the worst backdrop under an overlay). */
  readonly fg: string;
  readonly on: readonly string[];
  readonly min: number;
  readonly what: string;
}

const pair = (fg: string, on: string | readonly string[], min: number, what: string): Pair => ({
  fg,
  on: typeof on === 'string' ? [on] : on,
  min,
  what,
});

/** Every pair, the same in both themes. */
const pairs: readonly Pair[] = [
  // Body text on every surface it sits on, with and without the hover tint.
  ...['bg', 'surface', 'surface-raised', 'selected'].flatMap((bg) => [
    pair('text', bg, TEXT, 'names, message list, menus, dialogs'),
    pair('text-muted', bg, TEXT, 'times, summaries, subtitles, placeholders, empty states'),
    pair('danger', bg, TEXT, 'unread divider, delete items, error notices, draft prefix'),
    pair('focus', bg, GRAPHIC, 'focus ring'),
  ]),
  // The hover tint (a selected row keeps its selected colour when hovered).
  ...['bg', 'surface', 'surface-raised'].flatMap((bg) => [
    pair('text', [bg, 'hover'], TEXT, 'a hovered row, menu item or button'),
    pair('text-muted', [bg, 'hover'], TEXT, 'muted text in a hovered row'),
  ]),
  pair('text-muted', 'placeholder', TEXT, 'a failed image or video caption'),
  pair('notice', 'bg', TEXT, 'notice token text'),
  pair('notice', 'surface', TEXT, 'notice token text'),
  pair('warning', 'bg', TEXT, 'offline notice in the composer'),
  pair('warning', 'surface', TEXT, 'offline banner'),
  pair('danger', 'surface', TEXT, 'error banner'),
  pair('link', 'bg', TEXT, 'links of <tim-emoji-parser>'),
  pair('link', 'surface', TEXT, 'links of <tim-emoji-parser> on a surface'),
  pair('primary-text', 'bg', TEXT, 'typing line in the header'),
  pair('primary-text', 'surface-raised', TEXT, 'jump-to-unread / new messages buttons'),
  pair('primary-text', 'selected', TEXT, 'drop zone label'),
  pair('primary-text', 'bg', GRAPHIC, 'read tick'),
  pair('primary-text', 'surface', GRAPHIC, 'reply icon in the composer'),
  pair('on-primary', 'primary', TEXT, 'Send and confirm buttons, system avatar'),
  pair('on-danger', 'danger', TEXT, 'danger confirm button, error toast'),
  pair('on-badge', 'badge', TEXT, 'unread count'),
  pair('bg', 'text', TEXT, 'toast'),
  pair('on-overlay', ['#ffffff', 'overlay'], TEXT, 'image viewer text and buttons, video duration'),
  pair('on-bubble-in', 'bubble-in', TEXT, 'text in a received bubble'),
  pair('on-bubble-in', ['bubble-in', 'hover'], TEXT, 'reply quote in a received bubble'),
  pair('on-bubble-out', 'bubble-out', TEXT, 'text, file size, links in your own bubble'),
  pair('on-bubble-out', ['bubble-out', 'hover'], TEXT, 'reply quote in your own bubble'),
  pair('focus', 'bubble-in', GRAPHIC, 'focus ring inside a received bubble'),
  pair('on-bubble-out', 'bubble-out', GRAPHIC, 'focus ring inside your own bubble'),
  pair('danger', 'bubble-in', GRAPHIC, 'unplayed-voice dot'),
  // The unread count is told by its number (on-badge on badge, above); the muted dot has none.
  ...['surface', 'selected', ['surface', 'hover']].map((bg) => pair('badge-muted', bg, GRAPHIC, 'muted-unread dot in a conversation row')),
  ...['bg', 'surface', 'surface-raised'].map((bg) => pair('control-border', bg, GRAPHIC, 'edge of a text field')),
  ...Array.from({ length: 8 }, (_, i) => pair('on-avatar', `avatar-color-${i}`, TEXT, 'initials')),
];

function colourOf(tokens: ThemeTokens, name: string): string {
  if (name.startsWith('#')) return name;
  const value = tokens[`--tim-color-${name}`] ?? tokens[`--tim-${name}`];
  assert.ok(value, `token --tim-color-${name} is defined`);
  return value;
}

/** The ratio, rounded down to 2 decimals as WCAG tools report it. */
function ratioOf(tokens: ThemeTokens, p: Pair): number {
  const bg = composite(p.on.map((name) => colourOf(tokens, name)));
  const fg = composite([...p.on.map((name) => colourOf(tokens, name)), colourOf(tokens, p.fg)]);
  return Math.floor(contrast(fg, bg) * 100) / 100;
}

describe('theme contrast (WCAG 2.2 AA)', () => {
  for (const [theme, tokens] of [
    ['light', lightTokens],
    ['dark', darkTokens],
  ] as const) {
    describe(theme, () => {
      for (const p of pairs) {
        it(`${p.fg} on ${p.on.join(' + ')} ≥ ${p.min} (${p.what})`, () => {
          const ratio = ratioOf(tokens, p);
          assert.ok(ratio >= p.min, `${theme}: ${p.fg} on ${p.on.join(' + ')} is ${ratio}:1, needs ${p.min}:1 (${p.what})`);
        });
      }
    });
  }

  it('computes the reference ratios of WCAG', () => {
    assert.equal(Math.floor(contrast([0, 0, 0], [255, 255, 255]) * 100) / 100, 21);
    assert.equal(Math.floor(contrast([118, 118, 118], [255, 255, 255]) * 100) / 100, 4.54);
  });

  it('the light and dark themes define the same tokens', () => {
    assert.deepEqual(Object.keys(lightTokens).sort(), Object.keys(darkTokens).sort());
  });
});
