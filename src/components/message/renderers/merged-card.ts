import { html, nothing, type TemplateResult } from 'lit';
import { CARD_ABSTRACT_LINES } from '../../../core/forward/index.js';
import type { RelayElem } from '../../../core/model/index.js';
import { withoutBidiControls } from '../../../core/util/index.js';
import type { TableOf } from '../../base/strings.js';
import type { forwardStrings } from '../../forward/strings.js';

type ForwardStrings = TableOf<typeof forwardStrings>;

/**
 * A merged ("chat history") message as TUIKit draws it: the title, the first lines of the
 * abstract, and "Chat history" under a rule. The whole card is one button that opens the
 * forwarded messages in `<tim-merged-viewer>`. Title and lines are the sender's text: shown as
 * text, `dir="auto"`, never as markup.
 */
export function renderMergedCard(elem: RelayElem, t: ForwardStrings, onOpen: () => void): TemplateResult {
  const title = oneLine(elem.title) || oneLine(elem.compatibleText) || t.chatHistory;
  const lines = (Array.isArray(elem.abstractList) ? elem.abstractList : []).slice(0, CARD_ABSTRACT_LINES).map(oneLine);
  return html`<button type="button" class="merged-card" part="merged-card" title=${t.openHistory(title)}
    @click=${(e: Event) => {
      e.stopPropagation();
      onOpen();
    }}>
    <span class="merged-title" dir="auto">${title}</span>
    ${lines.length ? html`<span class="merged-lines">${lines.map((line) => html`<span class="merged-line" dir="auto">${line}</span>`)}</span>` : nothing}
    <span class="merged-footer">${t.chatHistory}</span>
  </button>`;
}

function oneLine(value: unknown): string {
  return typeof value === 'string' ? withoutBidiControls(value).replace(/\s+/g, ' ').trim() : '';
}
