import { html, nothing } from 'lit';
import { emojiLocale, emojiPlainText } from '../../core/emoji/index.js';
import type { Locale } from '../../core/i18n/index.js';
import { localize, translate } from '../../core/i18n/index.js';
import type { Conversation } from '../../core/model/index.js';
import { targetIDOf } from '../../core/model/index.js';
import { conversationSummary } from '../../core/notices/index.js';
import { createNameLookup } from '../../core/notices/index.js';
import type { ChatState } from '../../core/store/index.js';

/** The parts of a row's last-message line, in the reader's language. */
function summaryParts(conversation: Conversation, state: ChatState | undefined, locale: Locale) {
  const groupID = conversation.type === 'GROUP' ? targetIDOf(conversation.conversationID) : '';
  const names = createNameLookup({ users: state?.users, members: groupID ? state?.groupMembers[groupID] : undefined });
  const summary = conversationSummary(conversation, {
    selfID: state?.me?.userID ?? '',
    names,
    locale,
    isOpen: state?.activeConversationID === conversation.conversationID,
  });
  return {
    prefix: summary.prefix ? localize(locale, summary.prefix) : '',
    sender: summary.sender ? summary.sender + translate(locale, 'summary.senderSeparator') : '',
    body: emojiPlainText(localize(locale, summary.body), undefined, emojiLocale(locale)),
  };
}

/**
 * The last-message line of a row: "[Draft]" / "[@me]" marked, the sender in groups, emoji as glyphs.
 * (A no-break space after the mark: Chromium drops a plain one from the row's accessible name.)
 */
export function renderConversationSummary(conversation: Conversation, state: ChatState | undefined, locale: Locale) {
  const { prefix, sender, body } = summaryParts(conversation, state, locale);
  return html`${prefix ? html`<span class="prefix">${prefix}</span>\u00a0` : nothing}${sender}${body}`;
}
