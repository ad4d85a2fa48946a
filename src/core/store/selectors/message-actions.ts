import type { Message } from '../../model/message.js';
import { messageKind } from '../../model/message-kind.js';
import { canEditMessage } from './edit-window.js';
import { isPinnable } from './pin-rules.js';
import { DEFAULT_RECALL_WINDOW_SECONDS } from './recall-window.js';

/** Everything a message's menu can offer, in menu order. */
export const MESSAGE_ACTIONS = [
  'copy',
  'translate',
  'convert-to-text',
  'reply',
  'edit',
  'forward',
  'select',
  'pin',
  'unpin',
  'revoke',
  'delete',
  'delete-from-history',
  'resend',
] as const;
export type MessageAction = (typeof MESSAGE_ACTIONS)[number];

export interface MessageActionRules {
  /** Epoch ms, for the recall window. */
  readonly now: number;
  /** Seconds after sending during which one's own message can be recalled (see `recallWindowSeconds`). */
  readonly recallWindowSeconds?: number;
  /** The backend can delete from the server's history (offered for delivered messages). */
  readonly deleteFromHistory?: boolean;
  /** The backend translates text (`features.translate`): text messages offer "Translate". */
  readonly translate?: boolean;
  /** The backend converts voice to text (`features.voiceToText`): delivered sound messages offer "Convert to text". */
  readonly voiceToText?: boolean;
  /** Forward and multi-select are offered (default); false where the store cannot forward. */
  readonly forward?: boolean;
  /** Seconds after sending during which one's own text message can be edited; absent or null: no editing. */
  readonly editWindowSeconds?: number | null;
  /** The user may pin and unpin in this conversation (`canManagePins`). */
  readonly managePins?: boolean;
  /** IDs of the conversation's pinned messages (pin or unpin is offered by it). */
  readonly pinnedIDs?: ReadonlySet<string>;
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
 * translate (has text, where the backend translates), convert to text (a delivered voice message,
 * where the backend transcribes),
 * reply, forward and select (delivered and stored: select enters multi-select mode), edit (own
 * text, within the edit window), pin or unpin (group owner and admins), recall (own, delivered,
 * within the window), delete for me, and
 * delete from history (stored on the server, where the backend can). Tips and notices have no
 * menu; a recalled message can only be deleted.
 */
export function availableMessageActions(message: Message, rules: MessageActionRules): MessageAction[] {
  const kind = messageKind(message);
  if (kind === 'notice') return [];
  const delivered = message.status === 'success';
  const deletes: MessageAction[] =
    delivered && !message.onlineOnly && rules.deleteFromHistory ? ['delete', 'delete-from-history'] : ['delete'];
  if (kind === 'revoked') return deletes;
  const actions: MessageAction[] = [];
  if (message.flow === 'out' && message.status === 'fail') actions.push('resend');
  if (copyableText(message) !== '') actions.push('copy');
  if (rules.translate && copyableText(message).trim() !== '') actions.push('translate');
  if (rules.voiceToText && delivered && message.elements.some((e) => e?.type === 'TIMSoundElem')) actions.push('convert-to-text');
  if (delivered) actions.push('reply');
  if (canEditMessage(message, { now: rules.now, windowSeconds: rules.editWindowSeconds ?? null })) actions.push('edit');
  // An online-only message is not stored anywhere: there is nothing to forward.
  if (delivered && !message.onlineOnly && rules.forward !== false) actions.push('forward', 'select');
  if (rules.managePins && isPinnable(message)) actions.push(rules.pinnedIDs?.has(message.ID) ? 'unpin' : 'pin');
  const window = rules.recallWindowSeconds ?? DEFAULT_RECALL_WINDOW_SECONDS;
  const age = rules.now / 1000 - message.time;
  if (message.flow === 'out' && delivered && age <= window) actions.push('revoke');
  actions.push(...deletes);
  return actions;
}
