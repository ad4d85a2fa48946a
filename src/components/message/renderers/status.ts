import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../../core/i18n/index.js';
import type { Message } from '../../../core/model/index.js';
import { deliveryMark } from '../../../core/store/index.js';
import { icon } from '../../icons/icons.js';
import type { MessageStrings } from '../strings.js';

export interface StatusOptions {
  /** Show ✓ sent / ✓✓ read (one-to-one and group conversations). */
  readonly readMarks: boolean;
  /** The message shows its group read count ("N read") instead of ✓. */
  readonly readCountShown: boolean;
  /** Called when the failed mark is activated. */
  readonly onResend: () => void;
  /** The reader's locale, for the failure reason. */
  readonly locale: string;
}

/**
 * The delivery state of one's own message (the core's `deliveryMark` decides): a spinner while
 * sending, a failed mark that resends, ✓ sent, and one-to-one ✓✓ read by the peer.
 */
export function renderStatus(message: Message, t: MessageStrings, options: StatusOptions): TemplateResult | typeof nothing {
  const mark = deliveryMark(message, { readCountShown: options.readCountShown });
  if (mark === null) return nothing;
  if (mark === 'sending') {
    return html`<span class="status sending" part="status" data-status="sending" role="img" aria-label=${t.sending}>
      <span class="spinner" aria-hidden="true"></span>
    </span>`;
  }
  if (mark === 'failed') {
    // The reason in the reader's language (the service's own text is English), without its final stop.
    const reason = message.error ? errorText(options.locale, message.error).replace(/[.。]\s*$/, '') : '';
    const label = `${reason ? t.failedWithReason(reason) : t.failed} · ${t.resend}`;
    return html`<button class="status failed" part="status resend" data-status="failed" type="button"
        title=${label} aria-label=${label}
        @click=${(e: Event) => {
          e.stopPropagation();
          options.onResend();
        }}>${icon('alert', 18)}</button>`;
  }
  if (!options.readMarks) return nothing;
  return mark === 'read'
    ? html`<span class="status read" part="status" data-status="read" role="img" aria-label=${t.read}>${icon('checkDouble', 16)}</span>`
    : html`<span class="status sent" part="status" data-status="sent" role="img" aria-label=${t.sent}>${icon('check', 16)}</span>`;
}
