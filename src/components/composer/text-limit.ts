/**
 * The longest text a message may carry, in UTF-8 bytes: TIM's 12 KB message body limit (the
 * embedded backend enforces the same). Checked before sending so the user keeps the text and
 * learns why, instead of seeing a failed message.
 */
export const DEFAULT_MAX_TEXT_BYTES = 12 * 1024;

const encoder = new TextEncoder();

/** Bytes of `text` in UTF-8, as the server counts them. */
export function utf8ByteLength(text: string): number {
  return encoder.encode(text).length;
}
