import { html, type TemplateResult } from 'lit';

/** The centred day label between messages of different days ("Today", "Yesterday", "Monday", "March 4"). */
export function renderDateSeparator(label: string): TemplateResult {
  return html`<div class="date-separator" part="date-separator" role="separator" aria-label=${label}>
    <span>${label}</span>
  </div>`;
}
