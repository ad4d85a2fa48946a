/**
 * Errors every backend reports in the same way: a numeric code (TIM's own where one exists)
 * and a readable message. `errorText` in i18n turns a code into localized text.
 */
export const CHAT_ERROR = {
  invalidArgument: 2000,
  notLoggedIn: 2024,
  uploadFailed: 2040,
  uploadCancelled: 2041,
  fileTooLarge: 2253,
  sendFailed: 2100,
  revokeFailed: 2110,
  messageNotFound: 2300,
  conversationNotFound: 2301,
  network: 2800,
  timeout: 2801,
  offline: 2802,
  notGroupMember: 10007,
  mutedInGroup: 10017,
  revokeTimeLimit: 20016,
  revokeNotSender: 20017,
  textTooLong: 80002,
  kickedOut: 70001,
  storage: 9001,
  /** The backend has no such feature (see `ChatService.features`); the UI hides its action. */
  unsupported: 9002,
  /** The backend has no translation or transcript for this text or voice (not a failure: nothing to show). */
  noResult: 9003,
  /** Only one's own delivered text message can be edited (`ChatService.editMessage`). */
  editNotAllowed: 9010,
  /** The backend's edit window (`features.editWindowSeconds`) has passed. */
  editTimeLimit: 9011,
  /** The message changed elsewhere while this edit was on its way (the SDK's MSG_MODIFY_CONFLICT). */
  editConflict: 2480,
  /** Only a group's owner and admins pin or unpin its messages. */
  pinNotAllowed: 9012,
  /** The group has as many pinned messages as the backend allows (`features.pinnedMessages.max`). */
  pinLimit: 9013,
  unknown: 9999,
} as const;

export type ChatErrorName = keyof typeof CHAT_ERROR;
export type ChatErrorCode = (typeof CHAT_ERROR)[ChatErrorName];

export class ChatError extends Error {
  override readonly name = 'ChatError';
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }

  /** The plain `{code, message}` shape TIM uses on the wire. */
  toJSON(): { code: number; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isChatError(value: unknown): value is ChatError {
  return (
    value instanceof ChatError ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { code?: unknown }).code === 'number' &&
      typeof (value as { message?: unknown }).message === 'string')
  );
}

/** Turns anything thrown into a ChatError, keeping a code when there is one. */
export function toChatError(value: unknown, fallbackCode: number = CHAT_ERROR.unknown): ChatError {
  if (value instanceof ChatError) return value;
  if (isChatError(value)) return new ChatError(value.code, value.message, value);
  if (value instanceof Error) return new ChatError(fallbackCode, value.message, value);
  return new ChatError(fallbackCode, String(value), value);
}

/** The error a store or backend gives for a feature this backend does not have. */
export function unsupportedFeature(feature: string, backend: string): ChatError {
  return new ChatError(CHAT_ERROR.unsupported, `${backend} does not support ${feature}`);
}
