import { withoutBidiControls } from '../../../core/util/index.js';
import { html, type TemplateResult } from 'lit';
import type { MessageStrings } from '../strings.js';

/**
 * A reply carries the message it answers in `cloudCustomData`, in TUIKit's shape:
 * `{"messageReply": {"messageID", "messageAbstract", "messageSender", "messageType", "version", …}}`.
 * The data is untrusted: anything malformed means "no quote", never an error.
 */
export interface ReplyQuote {
  readonly messageID: string;
  /** Who wrote the original (nick or user ID, as the replying client put it). */
  readonly sender: string;
  /** A short text of the original ("[Image]" for non-text messages). */
  readonly abstract: string;
}

/** Longest abstract shown; TUIKit clients send the whole text of long messages. */
const ABSTRACT_MAX = 200;

let lastInput: string | undefined;
let lastQuote: ReplyQuote | null = null;

export function parseReplyQuote(cloudCustomData: string): ReplyQuote | null {
  if (typeof cloudCustomData !== 'string' || !cloudCustomData.includes('messageReply')) return null;
  if (cloudCustomData === lastInput) return lastQuote;
  let quote: ReplyQuote | null = null;
  try {
    const reply = (JSON.parse(cloudCustomData) as { messageReply?: unknown })?.messageReply;
    if (typeof reply === 'object' && reply !== null) {
      const r = reply as Record<string, unknown>;
      const messageID = typeof r.messageID === 'string' ? r.messageID : '';
      const sender = typeof r.messageSender === 'string' ? withoutBidiControls(r.messageSender) : '';
      const abstract = typeof r.messageAbstract === 'string' ? r.messageAbstract : '';
      if (messageID || abstract) {
        quote = Object.freeze({
          messageID,
          sender,
          abstract: abstract.length > ABSTRACT_MAX ? `${abstract.slice(0, ABSTRACT_MAX)}…` : abstract,
        });
      }
    }
  } catch {
    quote = null;
  }
  lastInput = cloudCustomData;
  lastQuote = quote;
  return quote;
}

/** The quote above a reply (its abstract already drawn with emoji); activating it jumps to the original when it has an ID. */
export function renderReplyQuote(
  quote: ReplyQuote,
  t: MessageStrings,
  abstract: TemplateResult,
  onJump: (messageID: string) => void,
): TemplateResult {
  const content = html`<span class="quote-sender" dir="auto">${quote.sender}</span><span class="quote-text" dir="auto">${abstract}</span>`;
  if (!quote.messageID) return html`<div class="quote" part="quote">${content}</div>`;
  return html`<button class="quote" part="quote" type="button" title=${t.showOriginal}
      aria-label=${`${t.replyTo(quote.sender || '…')}: ${quote.abstract}. ${t.showOriginal}`}
      @click=${(e: Event) => {
        e.stopPropagation();
        onJump(quote.messageID);
      }}>${content}</button>`;
}
