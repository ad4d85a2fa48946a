import { StateStore } from '../store/state-store.js';
import { localize } from '../i18n/translate.js';
import type { Message } from '../model/message.js';
import type { UserProfile } from '../model/profile.js';
import { buildMessageReply, type MessageReply } from '../model/tuikit-wire.js';
import { summarizeElement } from '../notices/message-summary.js';
import { ownValue } from '../util/own-value.js';

export interface ReplyManagerState {
  /** The message being replied to (TUIKit's reference), null when none. */
  readonly reply: MessageReply | null;
}

/**
 * TUIKit's reply reference to `message`: the sender as the reader knows them, and for a non-text
 * message its summary in `locale` ("[Image]") as the abstract.
 */
export function replyReference(message: Message, users: Readonly<Record<string, UserProfile>>, locale: string): MessageReply {
  const first = message.elements[0];
  const sender = message.nameCard || message.nick || ownValue(users, message.from)?.nick || message.from;
  const abstract = first && first.type !== 'TIMTextElem' ? localize(locale, summarizeElement(first)) : undefined;
  return buildMessageReply(message, { sender, ...(abstract !== undefined ? { abstract } : {}) });
}

/** The quote above the input: which message the next one answers. */
export class ReplyManager {
  readonly state = new StateStore<ReplyManagerState>({ reply: null });

  get reply(): MessageReply | null {
    return this.state.get().reply;
  }

  set(reply: MessageReply | null): void {
    this.state.set({ reply });
  }

  /** Drop the quote; false when there was none. */
  cancel(): boolean {
    if (!this.reply) return false;
    this.set(null);
    return true;
  }
}
