import { LEAVE_LIST, listKeyTarget } from './list-navigation.js';

/**
 * The keyboard of a modal dialog with a search box over a list of options (the forward picker,
 * "New chat"): Tab wraps at the dialog's ends; ArrowDown goes from the search into the list;
 * ArrowUp/ArrowDown/Home/End move in it, and up from the first goes back to the search. What
 * Enter and Space do is the dialog's own.
 */
export interface SearchListTarget {
  /** The keyboard event's target in the dialog: the search box, an option (its `data-id`), or neither. */
  readonly inSearch: boolean;
  readonly optionID: string | null;
}

/** Where a keydown landed: on the search box, on an option (by `data-id`), or elsewhere. */
export function searchListTarget(event: KeyboardEvent): SearchListTarget {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  return {
    inSearch: target?.localName === 'input',
    optionID: target?.getAttribute('role') === 'option' ? (target.dataset.id ?? null) : null,
  };
}

/**
 * Move between the search box and the options for an arrow, Home or End key; true when it did
 * (the key is then used up). `ids` are the options shown, in order.
 */
export function moveInSearchList(
  event: KeyboardEvent,
  ids: readonly string[],
  focus: { option(id: string): void; search(): void },
): boolean {
  const { inSearch, optionID } = searchListTarget(event);
  if (!inSearch && optionID === null) return false;
  const index = optionID === null ? -1 : ids.indexOf(optionID);
  const next = listKeyTarget(event.key, index, ids.length, inSearch ? { keys: ['ArrowDown'] } : { leaveAtStart: true });
  if (next === null) return false;
  event.preventDefault();
  if (next === LEAVE_LIST) focus.search();
  else focus.option(ids[next]!);
  return true;
}

/** A modal dialog keeps Tab inside it; the browser already does, this makes the ends wrap. */
export function wrapTab(root: ParentNode & { readonly activeElement?: Element | null }, event: KeyboardEvent, selector: string): void {
  const focusables = [...root.querySelectorAll<HTMLElement>(selector)];
  if (focusables.length === 0) return;
  const at = focusables.indexOf(root.activeElement as HTMLElement);
  const wrapTo = event.shiftKey ? (at <= 0 ? focusables.at(-1) : null) : at === focusables.length - 1 ? focusables[0] : null;
  if (wrapTo) {
    event.preventDefault();
    wrapTo.focus();
  }
}

/** Focus the option with that `data-id` once the dialog has drawn, scrolled into view. */
export function focusOption(root: ParentNode, id: string, drawn: Promise<unknown>): void {
  void drawn.then(() => {
    const option = root.querySelector<HTMLElement>(`[role="option"][data-id="${CSS.escape(id)}"]`);
    option?.focus();
    option?.scrollIntoView({ block: 'nearest' });
  });
}
