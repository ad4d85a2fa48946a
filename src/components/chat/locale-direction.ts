import { isRtlLocale, type Locale } from '../../core/i18n/index.js';

/**
 * The direction rule of `<tim-chat>`: the kit follows the page's `dir`. When the chat's locale is
 * written right to left (ar, he, fa, ur…) and neither the chat nor anything above it sets `dir`,
 * the chat sets `dir="rtl"` on itself; it takes it away again when the locale changes or the page
 * sets a direction. Returns whether `dir` is now the chat's own doing.
 */
export function followLocaleDirection(host: HTMLElement, locale: Locale, setByUs: boolean): boolean {
  if (setByUs && host.getAttribute('dir') !== 'rtl') setByUs = false;
  const wantsRtl = isRtlLocale(locale) && !hasDirAbove(host);
  if (setByUs && !wantsRtl) {
    host.removeAttribute('dir');
    return false;
  }
  if (wantsRtl && !host.hasAttribute('dir')) {
    host.setAttribute('dir', 'rtl');
    return true;
  }
  return setByUs;
}

/** Whether the element or anything above it (crossing shadow roots) sets `dir`. */
function hasDirAbove(element: Element): boolean {
  let node: Node | null = element.parentNode ?? null;
  while (node) {
    if (node instanceof Element && node.hasAttribute('dir')) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}
