import { listKeyTarget } from '../base/list-navigation.js';

/** What a key does while the mention list is open. */
export type MentionKeyAction =
  { readonly type: 'close' } | { readonly type: 'move'; readonly index: number } | { readonly type: 'choose'; readonly index: number };

/**
 * Escape closes the list; Up and Down move among the `count` rows (Home and End stay the text
 * box's); Enter or Tab choose the highlighted row. Null: the key is the text box's.
 */
export function mentionKeyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, active: number, count: number): MentionKeyAction | null {
  if (event.key === 'Escape') return { type: 'close' };
  if (count === 0) return null;
  const next = listKeyTarget(event.key, active, count, { wrap: true, keys: ['ArrowUp', 'ArrowDown'] });
  if (next !== null) return { type: 'move', index: next };
  if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') return { type: 'choose', index: Math.min(active, count - 1) };
  return null;
}
