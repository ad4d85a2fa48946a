import { installTheme } from '../../themes/theme-css.js';

/**
 * Registers a custom element once, and the theme's tokens with it. A second definition (two
 * copies of the kit on a page) warns instead of throwing, so the page keeps working with the
 * first. Where there is no DOM (a server rendering the page) it does nothing.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  installTheme();
  const existing = customElements.get(tagName);
  if (existing) {
    if (existing !== constructor) {
      console.warn(`<${tagName}> is already defined by another copy of tim-elements; keeping the first.`);
    }
    return;
  }
  customElements.define(tagName, constructor);
}
