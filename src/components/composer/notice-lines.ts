import { html, type TemplateResult } from 'lit';
import type { ComposerNotice } from '../../core/composer/index.js';
import type { SendBlockReason } from '../../core/store/index.js';
import { formatBytes } from '../../core/i18n/index.js';
import { icon } from '../icons/icons.js';
import { blockReasonText, noticeText } from './composer-notice-text.js';
import type { ComposerStrings } from './strings.js';

export interface NoticeLinesProps {
  readonly t: ComposerStrings;
  readonly locale: string;
  readonly now: number;
  readonly block: SendBlockReason | null;
  readonly offline: boolean;
  /** The text's size when over `maxTextBytes`. */
  readonly over: { readonly bytes: number } | null;
  readonly maxTextBytes: number;
  readonly notice: ComposerNotice | null;
  readonly maxFileSize: number;
  readonly onDismiss: () => void;
}

/**
 * The lines above the input: why it is disabled (else offline), the text being too long, and the
 * last failure (a refused file, a refused send) with a dismiss button. A block hides the rest.
 */
export function noticeLinesTemplate(p: NoticeLinesProps): TemplateResult[] {
  const { t, locale } = p;
  const lines: TemplateResult[] = [];
  const reason = p.block ? blockReasonText(t, locale, p.block, p.now) : '';
  if (reason) {
    lines.push(html`<div class="notice" part="notice" role="status">${icon('lock', 16)}<span>${reason}</span></div>`);
  } else if (!p.block && p.offline) {
    lines.push(html`<div class="notice warning" part="notice" role="status">${icon('offline', 16)}<span>${t.offline}</span></div>`);
  }
  if (p.over) {
    const text = t.textTooLong(formatBytes(p.over.bytes, locale), formatBytes(p.maxTextBytes, locale));
    lines.push(html`<div class="notice error" part="notice" role="alert">${icon('alertOutline', 16)}<span>${text}</span></div>`);
  }
  if (p.notice && !p.block) {
    lines.push(html`<div class="notice error" part="notice" role="alert">${icon('alertOutline', 16)}<span>${noticeText(t, locale, p.notice, p.maxFileSize)}</span>
      <button class="icon-button" type="button" aria-label=${t.dismiss} title=${t.dismiss} @click=${p.onDismiss}>${icon('close', 14)}</button></div>`);
  }
  return lines;
}
