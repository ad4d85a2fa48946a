import type { ReactiveControllerHost } from 'lit';
import { LEAVE_LIST, listKeyTarget, type ListKeyOptions } from './list-navigation.js';

/** Where a key moves from `index` among `count` items: an index, `LEAVE_LIST`, or null when the key is not the list's. */
type MoveRule = (key: string, index: number, count: number) => number | null;

export interface RovingFocusOptions<T> {
  /** The items in order: elements (menus, toolbars) or keys (IDs of virtualized rows, grid indexes). */
  items(): readonly T[];
  /** Move the focus to an item (scroll a virtualized row in first, wait for a render…). Default: `item.focus()`. */
  focus?(item: T): void;
  /**
   * Is the item still in the list (default: `items().includes(item)`). A long list passes a cheaper
   * answer, since the tab stop is read on every render.
   */
  contains?(item: T): boolean;
  /** The item that holds the stop before one is focused (the open conversation). Default: the first. */
  home?(): T | undefined;
  /** The focus leaves the list before its first item (the rule answered `LEAVE_LIST`): focus what is above it. */
  leave?(): void;
  /** The list's rule: `ListKeyOptions` for a one-dimensional list, or a function (the emoji grid's 2-D rule). */
  move?: ListKeyOptions | MoveRule;
}

/**
 * One keyboard model for every navigable list of the kit (conversations, messages, menus, toolbars,
 * tabs, @mention candidates, the emoji grid): the roving tab stop of the ARIA practices. One item
 * holds `tabindex=0` (`tabIndexOf`), the rest -1, so Tab enters and leaves the list in one step;
 * the list's keys move the focus by its rule, and the stop follows the focus.
 *
 * The element keeps what is its own: which keys leave the list (Up from the first conversation goes
 * to the search box), what Enter does, and what "focus" means for a row that is not rendered yet.
 */
export class RovingFocusController<T> {
  private stop: T | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: RovingFocusOptions<T>,
  ) {}

  /** The item that holds the tab stop: the last one focused while it is still in the list, else home, else the first. */
  get active(): T | undefined {
    const contains = this.options.contains ?? ((item: T) => this.options.items().includes(item));
    if (this.stop !== undefined && contains(this.stop)) return this.stop;
    const home = this.options.home?.();
    return home !== undefined && contains(home) ? home : this.options.items()[0];
  }

  /** 0 for the item that holds the tab stop, -1 for the others (render it as `tabindex`). */
  tabIndexOf(item: T): 0 | -1 {
    return item === this.active ? 0 : -1;
  }

  /** Where the rule goes from `from` with `key`: an index into `items()`, `LEAVE_LIST`, or null. */
  private target(key: string, from: T | undefined, items: readonly T[]): number | null {
    const index = from === undefined ? -1 : items.indexOf(from);
    const { move = {} } = this.options;
    return typeof move === 'function' ? move(key, index, items.length) : listKeyTarget(key, index, items.length, move);
  }

  /**
   * Handle a key pressed on `from` (undefined, or not an item: nothing focused yet, so Down is the
   * first and Up the last). When the key moves, the default action is prevented, the focus and the
   * stop go to the target, and true is returned.
   */
  handleKey(event: KeyboardEvent, from: T | undefined): boolean {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return false;
    const items = this.options.items();
    const next = this.target(event.key, from, items);
    if (next === LEAVE_LIST && this.options.leave) {
      event.preventDefault();
      this.options.leave();
      return true;
    }
    const item = next === null ? undefined : items[next];
    if (item === undefined) return false;
    event.preventDefault();
    this.focus(item);
    return true;
  }

  /** Give `item` the tab stop and the focus. */
  focus(item: T): void {
    this.setActive(item);
    if (this.options.focus) this.options.focus(item);
    else (item as unknown as HTMLElement).focus?.();
  }

  /** Give `item` the tab stop without moving the focus (a click, the open conversation). */
  setActive(item: T | undefined): void {
    if (item === this.stop) return;
    this.stop = item;
    this.host.requestUpdate();
  }
}
