/**
 * Where a navigation key moves the focus in a one-dimensional list (conversations, messages, a
 * menu, @mention candidates): the one rule every such list follows. Pure, so Node tests reach it;
 * the element decides what focusing an index means. (The emoji picker's grid has its own, 2-D rule.)
 */
export interface ListKeyOptions {
  /** Past either end, go round to the other (menus); else stop at the ends (long lists). */
  readonly wrap?: boolean;
  /** How far PageUp / PageDown move; 0 leaves those keys alone. */
  readonly pageSize?: number;
  /** Which keys this list takes (a text box keeps Home and End for its caret). Default: all. */
  readonly keys?: readonly ListKey[];
  /** A row of tabs or a toolbar moves with Left and Right (mirrored right-to-left); a list with Up and Down. */
  readonly orientation?: 'vertical' | 'horizontal';
  /** Back from the first item leaves the list (to the search box above it): the rule answers `LEAVE_LIST`. */
  readonly leaveAtStart?: boolean;
  /** With `orientation: 'horizontal'`, the text direction: in 'rtl' ArrowLeft moves forward. */
  readonly dir?: 'ltr' | 'rtl';
}

/** What a rule answers when the key takes the focus out of the list, before its first item. */
export const LEAVE_LIST = -1;

type ListKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Home' | 'End' | 'PageUp' | 'PageDown';

/** The vertical key a horizontal list reads `key` as (Left/Right become Up/Down; Up/Down are not its keys). */
function asVertical(key: string, options: ListKeyOptions): string {
  if (options.orientation !== 'horizontal') return key === 'ArrowLeft' || key === 'ArrowRight' ? '' : key;
  const forward = options.dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const back = options.dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return 'ArrowDown';
  if (key === back) return 'ArrowUp';
  return key === 'ArrowUp' || key === 'ArrowDown' ? '' : key;
}

/** The index `key` moves to from `index` (-1: nothing focused yet) among `count`, `LEAVE_LIST`, or null when it does not move. */
export function listKeyTarget(key: string, index: number, count: number, options: ListKeyOptions = {}): number | null {
  const { wrap = false, pageSize = 0, keys } = options;
  if (count <= 0 || (keys && !keys.includes(key as ListKey))) return null;
  key = asVertical(key, options);
  const last = count - 1;
  const clamp = (i: number) => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
      if (index < 0) return 0;
      return wrap && index >= last ? 0 : clamp(index + 1);
    case 'ArrowUp':
      if (index < 0) return last;
      if (index === 0 && options.leaveAtStart) return LEAVE_LIST;
      return wrap && index <= 0 ? last : clamp(index - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return pageSize > 0 ? clamp(Math.max(index, 0) + pageSize) : null;
    case 'PageUp':
      return pageSize > 0 ? clamp(Math.max(index, 0) - pageSize) : null;
    default:
      return null;
  }
}
