import { html, type TemplateResult } from 'lit';
import type { EditTarget } from '../../core/composer/index.js';
import { summaryText } from '../../core/notices/index.js';
import { icon } from '../icons/icons.js';
import type { ComposerStrings } from './strings.js';

/** "Editing message" above the input, quoting the text before the edit, with its cancel button (Esc does the same). */
export function editBarTemplate(t: ComposerStrings, editing: EditTarget, onCancel: () => void): TemplateResult {
  return html`<div class="reply editing" part="edit-bar" role="status">
    ${icon('edit', 16)}
    <div class="reply-text"><strong>${t.editing}</strong>: <span dir="auto">${summaryText(editing.originalText, 120)}</span></div>
    <button class="icon-button" part="edit-cancel" type="button" aria-label=${t.cancelEdit} title=${t.cancelEdit} @click=${onCancel}>${icon('close', 16)}</button>
  </div>`;
}
