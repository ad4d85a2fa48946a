import { html, type TemplateResult } from 'lit';
import type { UnsupportedElem } from '../../../core/model/index.js';
import { icon } from '../../icons/icons.js';
import type { MessageStrings } from '../strings.js';

/** Something this kit cannot show: a clear placeholder, never a blank bubble. */
export function renderUnsupported(elem: UnsupportedElem | undefined, t: MessageStrings): TemplateResult {
  const summary = typeof elem?.summary === 'string' ? elem.summary.trim() : '';
  return html`<span class="unsupported" part="unsupported">${icon('question')} ${summary ? t.unsupportedNamed(summary) : t.unsupported}</span>`;
}
