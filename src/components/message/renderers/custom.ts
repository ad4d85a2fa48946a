import { html, type TemplateResult } from 'lit';
import type { CustomElem } from '../../../core/model/elements.js';
import type { Message } from '../../../core/model/message.js';
import type { MessageStrings } from '../strings.js';
import { findCustomMessageRenderer, parseCustomData } from './custom-registry.js';

/**
 * A custom element: the app's registered renderer when one matches; else its `description`;
 * else a neutral placeholder. A renderer that throws falls back too (never a blank bubble).
 */
export function renderCustom(
  elem: CustomElem,
  message: Message,
  elementIndex: number,
  t: MessageStrings,
  locale: string,
): TemplateResult {
  const render = findCustomMessageRenderer(elem);
  if (render) {
    try {
      const content = render(elem, { message, elementIndex, data: parseCustomData(elem.data), locale });
      if (content !== null && content !== undefined && content !== '') {
        return html`<div class="custom" part="custom">${content}</div>`;
      }
    } catch (error) {
      console.warn('tim-elements: a custom message renderer failed; showing the description instead.', error);
    }
  }
  const description = typeof elem.description === 'string' ? elem.description.trim() : '';
  return html`<span class="custom-text" part="custom">${description || t.customMessage}</span>`;
}
