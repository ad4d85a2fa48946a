import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../../core/i18n/index.js';
import type { Message } from '../../../core/model/index.js';
import { icon } from '../../icons/icons.js';
import type { MessageStrings } from '../strings.js';

export interface StatusOptions {
  /** Show ✓ / ✓✓ (C2C conversations only). */
  readonly readMarks: boolean;
  /** Called when the failed mark is activated. */
  readonly onResend: () => void;
  /** The reader's locale, for the failure reason. */
  readonly locale: string;
}

/**
 * The delivery state of one's own message: a spinner while sending, a failed mark that resends,
 * and in C2C ✓ sent / ✓✓ read by the peer.
 */
export function renderStatus(message: Message, t: MessageStrings, options: StatusOptions): TemplateResult | typeof nothing {
  if (message.flow !== 'out') return nothing;
  if (message.status === 'unSend') {
    return html`<span class="status sending" part="status" data-status="sending" role="img" aria-label=${t.sending}>
      <span class="spinner" aria-hidden="true"></span>
    </span>`;
  }
  if (message.status === 'fail') {
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
  return message.isPeerRead
    ? html`<span class="status read" part="status" data-status="read" role="img" aria-label=${t.read}>${icon('checkDouble', 16)}</span>`
    : html`<span class="status sent" part="status" data-status="sent" role="img" aria-label=${t.sent}>${icon('check', 16)}</span>`;
}
