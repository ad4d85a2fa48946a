import { html, svg, type TemplateResult } from 'lit';

/**
 * The composer's toolbar icons (24×24, drawn with `currentColor`, hidden from assistive
 * technology: the buttons carry the labels). Kept here rather than in the shared icon set,
 * which other elements own.
 */
const stroke = (d: string) =>
  svg`<path d=${d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>`;

const PATHS = {
  smile: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"/>${stroke('M8.5 14.5c.9 1.3 2.1 2 3.5 2s2.6-.7 3.5-2')}<circle cx="9" cy="10" r="1.2" fill="currentColor"/><circle cx="15" cy="10" r="1.2" fill="currentColor"/>`,
  image: svg`${stroke('M4 5.5h16v13H4z')}${stroke('M4 15.5l4.5-4.5 4 4 2.5-2.5 5 5')}<circle cx="15.5" cy="9.5" r="1.5" fill="currentColor"/>`,
  video: svg`${stroke('M3.5 6.5h11.5a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H3.5a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1z')}${stroke('M16 10.5l5-3v9l-5-3')}`,
  paperclip: stroke('M20 11.5l-7.8 7.8a5 5 0 0 1-7.1-7.1l8.3-8.3a3.3 3.3 0 0 1 4.7 4.7l-8.3 8.3a1.7 1.7 0 0 1-2.4-2.4l7.6-7.6'),
  send: svg`<path d="M3.4 20.2l17.4-7.5a.8.8 0 0 0 0-1.4L3.4 3.8a.8.8 0 0 0-1.1.9L4 11l9 1-9 1-1.7 6.3a.8.8 0 0 0 1.1.9z" fill="currentColor"/>`,
  reply: stroke('M10 8V4.5L3 11l7 6.5V14c5 0 8.5 1.5 11 5.5-1-5.5-4-10.5-11-11.5z'),
  close: stroke('M6 6l12 12M18 6L6 18'),
  alert: svg`<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.8"/>${stroke('M12 7.5v5.5')}<circle cx="12" cy="16.5" r="1.2" fill="currentColor"/>`,
  offline: svg`${stroke('M3 3l18 18')}${stroke('M8.5 16.5a5 5 0 0 1 7 0M5 12.9a10 10 0 0 1 4-2.5M12 8a14 14 0 0 1 9.5 3.8M2.5 9.2A14 14 0 0 1 6 7')}<circle cx="12" cy="19.5" r="1.2" fill="currentColor"/>`,
  lock: svg`${stroke('M6 11h12v9H6z')}${stroke('M8.5 11V8a3.5 3.5 0 0 1 7 0v3')}`,
  upload: stroke('M12 16V4m0 0L7.5 8.5M12 4l4.5 4.5M4.5 15v3.5a1.5 1.5 0 0 0 1.5 1.5h12a1.5 1.5 0 0 0 1.5-1.5V15'),
};

export type ComposerIconName = keyof typeof PATHS;

export function composerIcon(name: ComposerIconName, size = 20): TemplateResult {
  return html`<svg class="icon" width=${size} height=${size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${PATHS[name]}</svg>`;
}
