import type { Message } from '../../core/model/index.js';
import type { MessageAction } from '../message/events.js';
import { messageKind } from '../message/message-kind.js';

/** TIM's default: a message can be recalled for 2 minutes after it was sent. */
export const DEFAULT_REVOKE_TIME_LIMIT_SECONDS = 120;

export interface ActionRules {
  /** Epoch ms, for the revoke time limit. */
  readonly now?: number;
  readonly revokeTimeLimitSeconds?: number;
  /** The backend can delete from the server's history (offered for delivered messages). */
  readonly deleteFromHistory?: boolean;
}

/** The text a "copy" puts on the clipboard: the message's text elements, joined. '' when none. */
export function copyableText(message: Message): string {
  return message.elements
    .filter((e) => e.type === 'TIMTextElem')
    .map((e) => (e.type === 'TIMTextElem' ? e.text : ''))
    .join('\n');
}

/**
 * What the menu offers for a message, in menu order: resend (failed own), copy (has text),
 * reply and forward (delivered), recall (own, delivered, within the limit), delete for me, and
 * delete from history (stored on the server, where the backend can). Tips and notices have no
 * menu; a recalled message can only be deleted.
 */
export function availableActions(message: Message, rules: ActionRules = {}): MessageAction[] {
  const kind = messageKind(message);
  if (kind === 'notice') return [];
  const delivered = message.status === 'success';
  const deletes: MessageAction[] = delivered && !message.onlineOnly && rules.deleteFromHistory ? ['delete', 'delete-from-history'] : ['delete'];
  if (kind === 'revoked') return deletes;
  const actions: MessageAction[] = [];
  if (message.flow === 'out' && message.status === 'fail') actions.push('resend');
  if (copyableText(message) !== '') actions.push('copy');
  if (delivered) actions.push('reply', 'forward');
  const limit = rules.revokeTimeLimitSeconds ?? DEFAULT_REVOKE_TIME_LIMIT_SECONDS;
  const age = (rules.now ?? Date.now()) / 1000 - message.time;
  if (message.flow === 'out' && delivered && age <= limit) actions.push('revoke');
  actions.push(...deletes);
  return actions;
}
