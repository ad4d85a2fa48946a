import { html, type TemplateResult } from 'lit';
import type { CustomElem } from '../../../core/model/index.js';
import type { Message } from '../../../core/model/index.js';
import type { MessageStrings } from '../strings.js';
import { safeHttpUrl } from '../../../core/model/index.js';
import { businessIDOf, findCustomMessageRenderer, parseCustomData } from './custom-registry.js';

/**
 * A custom element: the app's registered renderer when one matches; else its `description`;
 * else a neutral placeholder. A renderer that throws falls back too (never a blank bubble).
 */
export function renderCustom(elem: CustomElem, message: Message, elementIndex: number, t: MessageStrings, locale: string): TemplateResult {
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
  const textLink = renderTextLink(parseCustomData(elem.data), t);
  if (textLink) return textLink;
  const description = typeof elem.description === 'string' ? elem.description.trim() : '';
  return html`<span class="custom-text" part="custom">${description || t.customMessage}</span>`;
}

/**
 * TUIKit's own link card, `{ businessID: 'text_link', text, link }`, which its clients send and
 * show as the text with a "View details" link. The link opens only when it is http(s).
 */
function renderTextLink(data: unknown, t: MessageStrings): TemplateResult | undefined {
  if (businessIDOf(data) !== 'text_link') return undefined;
  const { text, link } = data as { text?: unknown; link?: unknown };
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  const href = safeHttpUrl(link);
  return html`<div class="text-link" part="custom">
    <span>${text}</span>
    ${href ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${t.viewDetails}</a>` : null}
  </div>`;
}
