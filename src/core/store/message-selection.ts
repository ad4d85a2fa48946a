import { messageKind } from '../model/message-kind.js';
import type { Message } from '../model/message.js';
import { MERGE_LIMITS } from '../forward/merge-basics.js';
import { StateStore } from './state-store.js';

/**
 * The message list's multi-select mode: which messages are picked, in a state machine of plain
 * data (`off` → `on` with a selection → `off`). Space toggles a message and makes it the anchor;
 * Shift+ArrowUp/Down extend from the anchor to the focused message (over what was picked before
 * the anchor was set); what leaves the list (deleted, recalled) leaves the selection.
 */
export interface SelectionState {
  readonly active: boolean;
  /** Picked message IDs, in the order they were picked. */
  readonly selected: readonly string[];
  /** Where a Shift-extension starts ('' when none). */
  readonly anchor: string;
  /** The selection as it was when the anchor was set: an extension adds its range to this. */
  readonly base: readonly string[];
}

export const SELECTION_OFF: SelectionState = Object.freeze({ active: false, selected: [], anchor: '', base: [] });

/** At most this many messages can be picked (TIM's limit for one merged message). */
export const SELECTION_LIMIT = MERGE_LIMITS.maxMessages;

/** Only delivered messages with content can be picked: not tips, not recalled, not unsent. */
export function isSelectable(message: Message): boolean {
  return message.status === 'success' && !message.onlineOnly && messageKind(message) === 'bubble';
}

/** Enter the mode, with a first message picked when it can be. */
export function enterSelection(first?: Message): SelectionState {
  if (!first || !isSelectable(first)) return { ...SELECTION_OFF, active: true };
  return { active: true, selected: [first.ID], anchor: first.ID, base: [] };
}

/** Pick or unpick one message; it becomes the anchor. */
export function toggleSelected(state: SelectionState, message: Message): SelectionState {
  if (!state.active || !isSelectable(message)) return state;
  const picked = state.selected.includes(message.ID);
  if (!picked && state.selected.length >= SELECTION_LIMIT) return state;
  const selected = picked ? state.selected.filter((id) => id !== message.ID) : [...state.selected, message.ID];
  return { ...state, selected, anchor: message.ID, base: selected.filter((id) => id !== message.ID) };
}

/**
 * Shift-extension: everything selectable from the anchor to `to` (in list order) is picked, on top
 * of what was picked before the anchor was set. Without an anchor, `to` becomes it.
 */
export function extendSelection(state: SelectionState, items: readonly Message[], to: Message): SelectionState {
  if (!state.active) return state;
  const end = items.findIndex((m) => m.ID === to.ID);
  if (end < 0) return state;
  const start = state.anchor ? items.findIndex((m) => m.ID === state.anchor) : -1;
  if (start < 0) return toggleSelected({ ...state, selected: state.selected.filter((id) => id !== to.ID) }, to);
  const [from, until] = start <= end ? [start, end] : [end, start];
  const range = items
    .slice(from, until + 1)
    .filter(isSelectable)
    .map((m) => m.ID);
  const selected = [...state.base];
  for (const id of range) if (!selected.includes(id) && selected.length < SELECTION_LIMIT) selected.push(id);
  return { ...state, selected };
}

/** Drop picked messages that are gone from the list or can no longer be picked (recalled). */
export function pruneSelection(state: SelectionState, items: readonly Message[]): SelectionState {
  if (!state.active || state.selected.length === 0) return state;
  const still = new Set(items.filter(isSelectable).map((m) => m.ID));
  const selected = state.selected.filter((id) => still.has(id));
  if (selected.length === state.selected.length) return state;
  return {
    ...state,
    selected,
    anchor: still.has(state.anchor) ? state.anchor : '',
    base: state.base.filter((id) => still.has(id)),
  };
}

/** The picked messages in list order (oldest first), as they are now. */
export function selectedMessages(state: SelectionState, items: readonly Message[]): Message[] {
  const picked = new Set(state.selected);
  return items.filter((m) => picked.has(m.ID));
}

/** The selection of one message list, as a small store the element subscribes to. */
export class MessageSelection {
  readonly state = new StateStore<SelectionState>(SELECTION_OFF);

  get active(): boolean {
    return this.state.get().active;
  }

  isSelected(messageID: string): boolean {
    return this.state.get().selected.includes(messageID);
  }

  enter(first?: Message): void {
    this.state.set(enterSelection(first));
  }

  exit(): void {
    this.state.set(SELECTION_OFF);
  }

  toggle(message: Message): void {
    this.state.set(toggleSelected(this.state.get(), message));
  }

  extend(items: readonly Message[], to: Message): void {
    this.state.set(extendSelection(this.state.get(), items, to));
  }

  prune(items: readonly Message[]): void {
    const next = pruneSelection(this.state.get(), items);
    if (next !== this.state.get()) this.state.set(next);
  }

  messages(items: readonly Message[]): Message[] {
    return selectedMessages(this.state.get(), items);
  }
}
