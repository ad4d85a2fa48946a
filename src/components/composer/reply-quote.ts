import { html, nothing, type TemplateResult } from 'lit';
import type { MessageReply } from '../../core/model/index.js';
import { icon } from '../icons/icons.js';
import type { ComposerStrings } from './strings.js';

/** The quote of the message being replied to, with its cancel button. */
export function replyQuoteTemplate(t: ComposerStrings, reply: MessageReply, onCancel: () => void): TemplateResult {
  return html`<div class="reply" part="reply">
    ${icon('reply', 16)}
    <div class="reply-text"><strong>${t.replyingTo(reply.messageSender)}</strong>${reply.messageAbstract ? html`: ${reply.messageAbstract}` : nothing}</div>
    <button class="icon-button" part="reply-cancel" type="button" aria-label=${t.cancelReply} title=${t.cancelReply} @click=${onCancel}>${icon('close', 16)}</button>
  </div>`;
}
