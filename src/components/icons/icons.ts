import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * The kit's inline icons: 24×24 Lit `svg` fragments drawn with `currentColor`, so they take
 * the text colour of wherever they sit and need no network. `icon(name)` wraps one in an
 * `<svg>` that is hidden from assistive technology (the button around it carries the label).
 */
const stroke = (d: string) =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;

const PATHS = {
  info: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M12 11v5.5')}<circle cx="12" cy="7.8" r="1.2" fill="currentColor"/>`,
  bell: svg`<path fill="currentColor" d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6v-5c0-3.1-1.6-5.6-4.5-6.3V4a1.5 1.5 0 0 0-3 0v.7C7.6 5.4 6 7.9 6 11v5l-2 2v1h16v-1l-2-2Z"/>`,
  check: stroke('M5 12.5l4.5 4.5L19 7.5'),
  checkDouble: svg`${stroke('M2 12.5l4.5 4.5L16 7.5')}${stroke('M11.5 16.5l.5.5L21.5 7.5')}`,
  // The mark is cut out of the disc (no style attribute: a strict Content Security Policy blocks those).
  alert: svg`<path fill="currentColor" fill-rule="evenodd" d="M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20ZM10.8 7.7a1.2 1.2 0 0 1 2.4 0v5.6a1.2 1.2 0 0 1-2.4 0ZM12 15.8a1.4 1.4 0 1 0 0 2.8a1.4 1.4 0 1 0 0-2.8Z"/>`,
  retry: stroke('M20 11a8 8 0 1 0-2.3 5.7M20 4v7h-7'),
  play: svg`<path d="M8 5.5v13a1 1 0 0 0 1.5.86l11-6.5a1 1 0 0 0 0-1.72l-11-6.5A1 1 0 0 0 8 5.5z" fill="currentColor"/>`,
  pause: svg`<rect x="6.5" y="5" width="4" height="14" rx="1" fill="currentColor"/><rect x="13.5" y="5" width="4" height="14" rx="1" fill="currentColor"/>`,
  download: stroke('M12 4v11m0 0l-4.5-4.5M12 15l4.5-4.5M5 19.5h14'),
  close: stroke('M6 6l12 12M18 6L6 18'),
  cancel: stroke('M7 7l10 10M17 7L7 17'),
  file: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5')}`,
  fileText: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M9 13h6M9 17h6')}`,
  fileSheet: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M8.5 12h7v6h-7zM12 12v6M8.5 15h7')}`,
  fileSlides: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M8.5 12.5h7v4.5h-7z')}`,
  filePdf: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M8 17c2-1 4.5-5 4-7s-2 0-1 2 3.5 4 5 4')}`,
  fileArchive: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M11 5h1.5M11 8h1.5M11 11h1.5M10.5 14h2.5v3h-2.5z')}`,
  fileImage: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M7.5 18l3-3.5 2 2 1.5-1.5 2.5 3')}<circle cx="10" cy="11.5" r="1.3" fill="currentColor"/>`,
  fileAudio: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M11 17.5V11l4-1v6')}<circle cx="9.8" cy="17.5" r="1.4" fill="currentColor"/><circle cx="13.8" cy="16.2" r="1.4" fill="currentColor"/>`,
  fileVideo: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5')}<path d="M10 11.5v5.5l4.5-2.75z" fill="currentColor"/>`,
  fileCode: svg`${stroke('M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z')}${stroke('M14 3v5h5M10 12l-2 2.5 2 2.5M14 12l2 2.5-2 2.5')}`,
  mapPin: svg`${stroke('M12 21s-6.5-5.6-6.5-11a6.5 6.5 0 0 1 13 0c0 5.4-6.5 11-6.5 11z')}<circle cx="12" cy="10" r="2.3" fill="currentColor"/>`,
  externalLink: stroke('M14 4h6v6M20 4l-9 9M18 14v4a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4'),
  arrowDown: stroke('M12 5v14m0 0l-6-6m6 6l6-6'),
  arrowUp: stroke('M12 19V5m0 0l-6 6m6-6l6 6'),
  copy: svg`${stroke('M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1z')}${stroke('M5 15H4.5A1.5 1.5 0 0 1 3 13.5v-9A1.5 1.5 0 0 1 4.5 3h9A1.5 1.5 0 0 1 15 4.5V5')}`,
  reply: stroke('M10 8V4.5L3 11l7 6.5V14c5 0 8.5 1.5 11 5.5-1-5.5-4-10.5-11-11.5z'),
  forward: stroke('M14 8V4.5l7 6.5-7 6.5V14c-5 0-8.5 1.5-11 5.5 1-5.5 4-10.5 11-11.5z'),
  revoke: stroke('M9 14L4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11'),
  trash: stroke('M4 7h16M10 11v6M14 11v6M5.5 7l1 12a2 2 0 0 0 2 2h7a2 2 0 0 0 2-2l1-12M9 7V4h6v3'),
  imageBroken: svg`${stroke('M4 5h16v14H4z')}${stroke('M4 16l4.5-4.5 3 3M14 12.5l2-2 4 4')}${stroke('M3 3l18 18')}`,
  image: svg`${stroke('M4 5h16v14H4z')}${stroke('M4 16l4.5-4.5L13 16l2.5-2.5L20 18')}<circle cx="15.5" cy="9" r="1.6" fill="currentColor"/>`,
  more: svg`<circle cx="5.5" cy="12" r="1.8" fill="currentColor"/><circle cx="12" cy="12" r="1.8" fill="currentColor"/><circle cx="18.5" cy="12" r="1.8" fill="currentColor"/>`,
  clock: svg`<circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M12 7.5V12l3 2')}`,
  question: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5V14')}<circle cx="12" cy="17" r="1.2" fill="currentColor"/>`,
  zoomIn: svg`<circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M20 20l-4.3-4.3M11 8v6M8 11h6')}`,
  // The composer's tools and notices.
  smile: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M8.5 14.5c.9 1.3 2.1 2 3.5 2s2.6-.7 3.5-2')}<circle cx="9" cy="10" r="1.2" fill="currentColor"/><circle cx="15" cy="10" r="1.2" fill="currentColor"/>`,
  video: svg`${stroke('M3.5 6.5h11.5a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H3.5a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z')}${stroke('M16 10.5l5-3v9l-5-3')}`,
  paperclip: stroke('M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.3-8.3a3.3 3.3 0 0 1 4.7 4.7l-8.3 8.3a1.7 1.7 0 0 1-2.4-2.4l7.6-7.6'),
  send: svg`<path d="M3.4 20.2l17.4-7.5a.8.8 0 0 0 0-1.4L3.4 3.8a.8.8 0 0 0-1.1.9L4 11l9 1-9 1-1.7 6.3a.8.8 0 0 0 1.1.9z" fill="currentColor"/>`,
  alertOutline: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M12 7.5v5.5')}<circle cx="12" cy="16.5" r="1.2" fill="currentColor"/>`,
  offline: svg`${stroke('M3 3l18 18')}${stroke('M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 4-2.5M12 8a14 14 0 0 1 9.5 3.8M2.5 9.2A14 14 0 0 1 6 7')}<circle cx="12" cy="19.5" r="1.2" fill="currentColor"/>`,
  lock: svg`${stroke('M6 11h12v9H6z')}${stroke('M8.5 11V8a3.5 3.5 0 0 1 7 0v3')}`,
  mic: svg`${stroke('M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z')}${stroke('M5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21')}`,
  upload: stroke('M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5M4.5 15v3.5a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5V15'),
  // The conversation list's marks and the chat's back button.
  bellOff: svg`<path fill="currentColor" d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6V11c0-3.1-1.6-5.6-4.5-6.3V4a1.5 1.5 0 0 0-3 0v.7C7.6 5.4 6 7.9 6 11v5l-2 2v1h16v-1l-2-2ZM3.3 2.3 2 3.6l18.4 18.4 1.3-1.3z"/>`,
  plus: stroke('M12 5v14M5 12h14'),
  search: svg`<circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M20 20l-4.3-4.3')}`,
  edit: stroke('M4 20h4L19 9a2.8 2.8 0 0 0-4-4L4 16zM13.5 6.5l4 4'),
  unpin: svg`<path fill="currentColor" d="M16 3v2h-1v6l3 3v2h-5v6l-1 1-1-1v-6H6v-2l3-3V5H8V3z"/>${stroke('M3 3l18 18')}`,
  list: stroke('M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01'),
  pin: svg`<path fill="currentColor" d="M16 3v2h-1v6l3 3v2h-5v6l-1 1-1-1v-6H6v-2l3-3V5H8V3z"/>`,
  zoomOut: svg`<circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" stroke-width="2"/>${stroke('M20 20l-4.3-4.3M8 11h6')}`,
  chevronStart: stroke('M15 5l-7 7 7 7'),
  chevronEnd: stroke('M9 5l7 7-7 7'),
  back: svg`<path fill="currentColor" d="M15.4 5.4 14 4l-8 8 8 8 1.4-1.4L8.8 12z"/>`,
  translate: stroke('M3.5 5.5h9M8 3.5v2M5.5 5.5c.8 3 3 5.5 6 7M10.5 5.5c-.8 3.5-3 6.5-6.5 8.5M12.5 20.5l4-9.5 4 9.5M14 17h5'),
  voiceText: svg`${stroke('M7 4.5a2.5 2.5 0 0 1 5 0v5a2.5 2.5 0 0 1-5 0zM4.5 9.5a5 5 0 0 0 10 0M9.5 14.5v3')}${stroke('M14 18.5h7M17 15h4M17 22h4')}`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof PATHS;

export const ICON_NAMES = Object.keys(PATHS) as IconName[];

/** Icons that point along the text: mirrored in right-to-left text (styles/mirror.styles.ts). */
const POINTING: ReadonlySet<IconName> = new Set<IconName>(['send', 'back', 'reply', 'forward', 'revoke']);

/** An inline icon, `size` px square (default 1em so it follows the font size). */
export function icon(name: IconName, size: number | string = '1em'): TemplateResult {
  const dimension = typeof size === 'number' ? `${size}px` : size;
  return html`<svg class=${POINTING.has(name) ? 'icon mirror' : 'icon'} width=${dimension} height=${dimension} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
