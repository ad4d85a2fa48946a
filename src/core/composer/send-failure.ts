import { CHAT_ERROR, toChatError, type ChatError } from '../errors.js';
import { parseConversationID } from '../model/ids.js';

/** What the composer does about a send the store refused. */
export type SendFailure =
  /** This user is not in the group: the composer disables itself with that reason. */
  | { readonly kind: 'not-member'; readonly groupID: string }
  /** The failed message in the list shows it (with retry): nothing more to say. */
  | { readonly kind: 'on-message' }
  /** Say it above the input. */
  | { readonly kind: 'notice'; readonly error: ChatError };

/** Failures of delivery that the message in the list shows itself. */
const SHOWN_ON_MESSAGE: readonly number[] = [
  CHAT_ERROR.network,
  CHAT_ERROR.timeout,
  CHAT_ERROR.offline,
  CHAT_ERROR.sendFailed,
  CHAT_ERROR.uploadFailed,
  CHAT_ERROR.uploadCancelled,
];

export function classifySendFailure(thrown: unknown, conversationID: string): SendFailure {
  const error = toChatError(thrown);
  const target = parseConversationID(conversationID);
  if (error.code === CHAT_ERROR.notGroupMember && target?.type === 'GROUP') return { kind: 'not-member', groupID: target.targetID };
  if (SHOWN_ON_MESSAGE.includes(error.code)) return { kind: 'on-message' };
  return { kind: 'notice', error };
}
