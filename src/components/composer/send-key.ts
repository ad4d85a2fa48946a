/** Which key combination sends: Enter (Shift+Enter for a new line), or Ctrl/Cmd+Enter (Enter for a new line). */
export const SEND_KEYS = ['enter', 'ctrl-enter'] as const;
export type SendKey = (typeof SEND_KEYS)[number];

/** What an Enter key press does in the composer's input. */
export type EnterAction = 'send' | 'newline' | 'default';

type KeyInfo = Pick<KeyboardEvent, 'key' | 'keyCode' | 'isComposing' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/**
 * Is this key press an IME at work (choosing a candidate, confirming a word)? Chrome and
 * Firefox say so with `isComposing`; Safari ends the composition before the Enter keydown, which
 * then still carries keyCode 229; `composing` is the element's own compositionstart/end flag.
 */
export function isImeKey(event: Pick<KeyboardEvent, 'isComposing' | 'keyCode'>, composing: boolean): boolean {
  return composing || event.isComposing === true || event.keyCode === 229;
}

/**
 * What Enter should do, or null when the key is not a plain Enter for us (another key, or an IME
 * composition, where Enter confirms the candidate and must never send).
 * - `'send'`: send the message.
 * - `'newline'`: insert a line break ourselves (Ctrl/Cmd+Enter in a textarea inserts nothing).
 * - `'default'`: let the textarea insert its line break.
 */
export function enterAction(event: KeyInfo, sendKey: SendKey, composing: boolean): EnterAction | null {
  if (event.key !== 'Enter' || isImeKey(event, composing)) return null;
  const modifier = event.ctrlKey || event.metaKey;
  if (sendKey === 'ctrl-enter') return modifier ? 'send' : 'default';
  if (event.shiftKey || event.altKey) return 'default';
  return modifier ? 'newline' : 'send';
}

export function isSendKey(value: unknown): value is SendKey {
  return (SEND_KEYS as readonly unknown[]).includes(value);
}
