import { html, type TemplateResult } from 'lit';
import { icon } from '../../icons/icons.js';

/**
 * The row's checkbox in multi-select mode. It is drawn, not focusable: the row itself is the
 * keyboard target (Space picks it) and a click anywhere on the row toggles it; the row's name
 * begins "Selected." / "Not selected." (set by `<tim-message>`), which is what a screen reader hears.
 */
export function renderSelectBox(selected: boolean, label: string): TemplateResult {
  return html`<span class="select-box ${selected ? 'checked' : ''}" part="select-box" role="presentation" title=${label}>
    ${selected ? icon('check', 16) : ''}
  </span>`;
}
