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

/**
 * The size of `text` when it is over `maxBytes` as it will be sent, else null. Measured only when
 * it could be: a UTF-16 unit is at most 3 bytes and sending spells emoji codes out (`[微笑]` →
 * `[TUIEmoji_Smile]`), so no text of under a quarter of the limit in units can exceed it.
 */
export function textOverLimit(text: string, maxBytes: number, outgoing: (text: string) => string): { bytes: number } | null {
  if (text.length * 4 <= maxBytes) return null;
  const bytes = utf8ByteLength(outgoing(text));
  return bytes > maxBytes ? { bytes } : null;
}
