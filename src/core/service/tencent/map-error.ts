/**
 * SDK failures → ChatError. The SDK rejects with `{code, message}` (an object, not always an
 * Error); the common codes become the kit's codes with the kit's readable text (i18n
 * `errorText`, in English here; the UI shows `errorText(locale, error)` in its language), and
 * the SDK's own code and words are kept in `data` so nothing is lost.
 */
import { CHAT_ERROR, ChatError } from '../../errors.js';
import { errorText } from '../../i18n/error-text.js';
import { field, num, str } from './sdk-read.js';

/** SDK/server codes whose meaning the kit names with another code (original → kit code). */
const CODE_ALIASES: Readonly<Record<number, number>> = {
  // Group message recall past the time limit (the C2C one is 20016 itself).
  10031: CHAT_ERROR.revokeTimeLimit,
  // The group does not exist (any more, e.g. dismissed): for the user, not a member.
  10010: CHAT_ERROR.notGroupMember,
};

const KIT_CODES: ReadonlySet<number> = new Set(Object.values(CHAT_ERROR));

/** Turns whatever the SDK threw into a ChatError. */
export function chatErrorFromSdk(error: unknown, fallbackCode: number = CHAT_ERROR.unknown): ChatError {
  if (error instanceof ChatError) return error;
  const rawCode = num(field(error, 'code'), NaN);
  const rawMessage = str(field(error, 'message')) || (error instanceof Error ? error.message : '');
  if (!Number.isFinite(rawCode)) {
    return new ChatError(fallbackCode, withDetail(errorText('en', fallbackCode), rawMessage), { sdkMessage: rawMessage, error });
  }
  const code = CODE_ALIASES[rawCode] ?? rawCode;
  // A code the kit knows reads in the kit's words; for any other, the SDK's words say most.
  const message = KIT_CODES.has(code) ? withDetail(errorText('en', code), rawMessage) : rawMessage || errorText('en', code);
  return new ChatError(code, message, { sdkCode: rawCode, sdkMessage: rawMessage, error });
}

/** "Readable text (the SDK's words)", keeping the exact cause next to ours. */
function withDetail(readable: string, detail: string): string {
  return detail && detail !== readable ? `${readable} (${detail})` : readable;
}
