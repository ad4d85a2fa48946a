import { html, type TemplateResult } from 'lit';
import type { GroupReadReceipt } from '../../../core/service/index.js';
import { readCountLabel } from '../../../core/store/index.js';
import type { ReadReceiptStrings } from './strings.js';

/**
 * Under one's own group message that asked for receipts: "Unread", "N read" or "All read" (TUIKit's
 * words), a button that opens the list of who has read it and who has not.
 */
export function renderReadCount(receipt: GroupReadReceipt, t: ReadReceiptStrings, open: () => void): TemplateResult {
  const label = readCountLabel(receipt);
  const text = label.kind === 'all' ? t.allRead : label.kind === 'read' ? t.readCount(label.count) : t.unread;
  // Out of the tab order like every row control (Enter steps into the row); a focus given back stays on it.
  return html`<button class="read-count" part="read-receipt" type="button" tabindex="-1" data-kind=${label.kind}
    aria-label=${`${text}. ${t.showReaders}`} title=${t.showReaders}
    @click=${(e: Event) => {
      e.stopPropagation();
      open();
    }}>${text}</button>`;
}
