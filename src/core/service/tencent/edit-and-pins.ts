import { CHAT_ERROR, ChatError } from '../../errors.js';
import type { Message } from '../../model/message.js';
import type { PinnedMessage } from '../../model/pinned-message.js';
import { field, str } from './sdk-read.js';
import type { SdkMessage } from './sdk-types.js';

/** The kit's window for editing on Tencent, as on the embedded backend (the SDK itself sets none). */
export const DEFAULT_TENCENT_EDIT_WINDOW_SECONDS = 15 * 60;

/**
 * What `modifyMessage` is given to change a text message's text: a copy of the SDK's message
 * with the new `payload` (the SDK reads the element list `_elements`, which its `payload` points
 * into, so the copy gets its own), leaving the SDK's object untouched. TUIKit changes
 * `message.payload` in place instead; the request on the wire is the same.
 */
export function editedSdkMessage(sdkMessage: SdkMessage, text: string): SdkMessage {
  const payload = { ...(field(sdkMessage, 'payload') as object | undefined), text };
  const copy = Object.assign(Object.create(Object.getPrototypeOf(sdkMessage) as object) as object, sdkMessage, { payload });
  Object.defineProperty(copy, '_elements', {
    value: [{ type: str(field(sdkMessage, 'type')), content: payload }],
    enumerable: true,
    writable: true,
  });
  return copy as SdkMessage;
}

/**
 * The kit's rule, which the SDK leaves to the app (TUIKit itself modifies others' messages to
 * count replies): only one's own delivered text message, within the window.
 */
export function checkEditable(message: Message, selfID: string, windowSeconds: number, nowSeconds: number): void {
  const [only, ...rest] = message.elements;
  if (message.from !== selfID || message.isRevoked || only?.type !== 'TIMTextElem' || rest.length > 0) {
    throw new ChatError(CHAT_ERROR.editNotAllowed, 'Only your own text messages can be edited.');
  }
  if (nowSeconds - message.time > windowSeconds) throw new ChatError(CHAT_ERROR.editTimeLimit, 'It is too late to edit this message.');
}

/**
 * `getPinnedGroupMessageList` resolves `{messageList}`, each message with `pinnerInfo: {userID,
 * nick, avatar}`, oldest first by sequence; the kit's pins keep that order.
 */
export function pinnedFromSdk(list: unknown, map: (raw: unknown) => Message | null): PinnedMessage[] {
  if (!Array.isArray(list)) return [];
  const out: PinnedMessage[] = [];
  for (const raw of list) {
    const message = map(raw);
    if (message) out.push(Object.freeze({ message, pinnedBy: str(field(field(raw, 'pinnerInfo'), 'userID')) }));
  }
  return out;
}
