import { html, nothing, type TemplateResult } from 'lit';
import { errorText } from '../../../core/i18n/index.js';
import { isNoResult, type MessageConversion } from '../../../core/store/index.js';
import { icon } from '../../icons/icons.js';
import type { ConversionOp } from '../events.js';
import type { MessageStrings } from '../strings.js';

export interface ConversionRenderOptions {
  readonly t: MessageStrings;
  readonly locale: string;
  /** The result's text as the bubble's text is drawn (emoji, links). */
  readonly text: (text: string) => unknown;
  readonly request: (op: ConversionOp) => void;
}

/** A language code as words in the reader's language ('zh' → "Chinese", "中文"), else the code. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * A translation or transcript under the bubble: a spinner while it loads, the text with what it
 * is ("Translated into Chinese") and a way to collapse it, a "Show translation" chip once
 * collapsed, or why there is none (with a retry when trying again can help). `role="status"`
 * makes screen readers say the result when it arrives.
 */
export function renderConversion(conversion: MessageConversion, options: ConversionRenderOptions): TemplateResult {
  const { t, locale } = options;
  const translation = conversion.kind === 'translation';
  const on = (op: ConversionOp) => (event: Event) => {
    event.stopPropagation();
    options.request(op);
  };
  switch (conversion.status) {
    case 'loading':
      return html`<div class="conversion loading" part="conversion" role="status" data-status="loading" data-kind=${conversion.kind}>
        <span class="spinner" aria-hidden="true"></span><span>${translation ? t.translating : t.transcribing}</span>
      </div>`;
    case 'hidden':
      return html`<button type="button" class="conversion-toggle" part="conversion-toggle" data-status="hidden" data-kind=${conversion.kind} @click=${on('show')}>
        ${icon(translation ? 'translate' : 'voiceText', 14)}<span>${translation ? t.showTranslation : t.showTranscript}</span>
      </button>`;
    case 'error': {
      const none = isNoResult(conversion.error);
      const reason = none ? (translation ? t.noTranslation : t.noTranscript) : errorText(locale, conversion.error);
      return html`<div class="conversion failed" part="conversion" role="status" data-status="error" data-kind=${conversion.kind}>
        ${icon('alertOutline', 14)}<span class="reason">${reason}</span>
        ${none ? '' : html`<button type="button" class="conversion-action" @click=${on('retry')}>${t.conversionRetry}</button>`}
        <button type="button" class="conversion-action icon-only" aria-label=${t.conversionClose} title=${t.conversionClose} @click=${on('dismiss')}>
          ${icon('close', 14)}
        </button>
      </div>`;
    }
    case 'shown': {
      const label = translation ? t.translatedInto(languageName(conversion.language, locale)) : t.transcriptLabel;
      return html`<div class="conversion" part="conversion" role="status" data-status="shown" data-kind=${conversion.kind}>
        <div class="conversion-text" lang=${translation ? conversion.language : nothing}>${options.text(conversion.text)}</div>
        <div class="conversion-footer">
          <span class="conversion-label">${icon(translation ? 'translate' : 'voiceText', 12)}<span>${label}</span></span>
          <button type="button" class="conversion-action" @click=${on('hide')}>${t.conversionHide}</button>
        </div>
      </div>`;
    }
  }
}
