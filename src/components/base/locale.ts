import { normalizeLocale, type Locale } from '../../core/i18n/index.js';

export type { Locale };

/**
 * The locale for an element: its own `locale`, else the nearest `locale` or `lang` attribute
 * above (crossing shadow roots), else the browser's. The tag is kept as given (canonicalised):
 * 'en-GB' formats dates the British way while its strings come from 'en'.
 */
export function resolveLocale(element: Element, own?: string | null): Locale {
  if (own) return normalizeLocale(own);
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const locale = node.getAttribute('locale');
      if (locale && node !== element) return normalizeLocale(locale);
      const lang = node.getAttribute('lang');
      if (lang) return normalizeLocale(lang);
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return normalizeLocale(typeof navigator !== 'undefined' ? navigator.language : 'en');
}
