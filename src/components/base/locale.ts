import { normalizeLocale, type Locale } from '../../core/i18n/index.js';

export type { Locale };
const toLocale = normalizeLocale;

/** The locale for an element: its own `locale`, else the nearest `lang` (crossing shadow roots), else the browser's. */
export function resolveLocale(element: Element, own?: string | null): Locale {
  if (own) return toLocale(own);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const locale = node.getAttribute('locale');
      if (locale && node !== element) return toLocale(locale);
      const lang = node.getAttribute('lang');
      if (lang) return toLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return toLocale(typeof navigator !== 'undefined' ? navigator.language : 'en');
}
