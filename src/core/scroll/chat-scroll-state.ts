/**
 * Where a chat's message list is scrolled to, as explicit states, and what changes it.
 *
 * - `pinned`: following the newest message; new ones scroll into view.
 * - `reading`: scrolled up; the row being read stays where it is whatever happens around it
 *   (older history put in front, rows above it measured, messages arriving below).
 * - `jumping`: on the way to a message (a quote's original, the first unread, the place the
 *   reader left the conversation); it lands once the message's row is drawn where asked.
 *
 * Pure: no DOM, no timers. `<tim-message-list>`'s ChatScrollController turns DOM events into
 * `ScrollEvent`s, and applies what `reduceScroll` says (pin, unpin, align, keep the anchor).
 */

/** Where in the view a jumped-to message is put. */
export type JumpBlock = 'start' | 'center' | 'end';

export type ScrollMode =
  | { readonly kind: 'pinned' }
  | { readonly kind: 'reading' }
  | {
      readonly kind: 'jumping';
      readonly messageID: string;
      readonly block: JumpBlock;
      /** Px from the view's edge: below the top (`start`), above the bottom (`end`). */
      readonly offset: number;
      /** Coming back to a conversation at the place it was left (else a jump the reader asked for). */
      readonly restore: boolean;
    };

export interface ChatScrollState {
  readonly mode: ScrollMode;
  /** The reader is scrolling (wheel, touch, scrollbar, keys) until the browser says the scroll ended. */
  readonly gesture: boolean;
  /** The items changed and the virtualizer has not said its layout of them is complete. */
  readonly settling: boolean;
  /** Messages counted as unread that arrived while the newest was not followed ("N new messages"). */
  readonly newCount: number;
  /** The message the "New messages" divider sits above ('' for none). */
  readonly dividerID: string;
}

export type ScrollEvent =
  /** A conversation opens: at the place it was left, or (null) at the newest message. */
  | { readonly type: 'opened'; readonly restore: { readonly messageID: string; readonly offset: number } | null }
  | { readonly type: 'gesture-started' }
  | { readonly type: 'gesture-ended' }
  /** The scroller scrolled (by the reader or by the list); `atEnd`: the newest message is at the bottom. */
  | { readonly type: 'scrolled'; readonly atEnd: boolean }
  /** The virtualizer dropped its pin because of a scroll it did not make. */
  | { readonly type: 'unpinned'; readonly atEnd: boolean }
  /** The items changed; `appended` are the messages added after the previous newest (oldest first). */
  | { readonly type: 'items-changed'; readonly appended: readonly AppendedMessage[] }
  /** The virtualizer's layout of the current items is complete. */
  | { readonly type: 'layout-settled' }
  | { readonly type: 'jump'; readonly messageID: string; readonly block: JumpBlock; readonly offset: number }
  /** The jumped-to row is where it was asked to be (or as near as the list's edge allows). */
  | { readonly type: 'landed' }
  /** The jumped-to message is not in the list (and will not come: the list has loaded). */
  | { readonly type: 'target-missing' }
  | { readonly type: 'jump-to-latest' }
  /** Keyboard focus moved to a row; `toNewest && atEnd`: to the newest message, with the view at the end. */
  | { readonly type: 'focus-moved'; readonly toNewest: boolean; readonly atEnd: boolean }
  /** One's own message is being resent: it goes to the end, so the list follows. */
  | { readonly type: 'resend' }
  /** The unread messages begin here (the conversation opened with them). */
  | { readonly type: 'unread-begins'; readonly messageID: string };

export interface AppendedMessage {
  readonly ID: string;
  /** Counts towards the unread count (see `countsAsUnread`). */
  readonly unread: boolean;
  /** One's own message still being sent: the reader just sent it. */
  readonly ownSending: boolean;
}

/** What the controller must do to the virtualizer after a transition. */
export type ScrollEffect =
  /** Pin the layout to the newest message. */
  | 'pin'
  /** Drop the layout's pin (the reader or a jump decides where the view is). */
  | 'unpin'
  /** Put the jumped-to row where the `jumping` mode says (which also stops following the newest). */
  | 'align';

export interface ScrollTransition {
  readonly state: ChatScrollState;
  readonly effects: readonly ScrollEffect[];
}

const PINNED: ScrollMode = Object.freeze({ kind: 'pinned' });
const READING: ScrollMode = Object.freeze({ kind: 'reading' });

export const INITIAL_SCROLL_STATE: ChatScrollState = Object.freeze({
  mode: PINNED,
  gesture: false,
  settling: false,
  newCount: 0,
  dividerID: '',
});

export function reduceScroll(state: ChatScrollState, event: ScrollEvent): ScrollTransition {
  const next = nextState(state, event);
  return { state: next, effects: effectsOf(state, next, event) };
}

function nextState(state: ChatScrollState, event: ScrollEvent): ChatScrollState {
  const { mode } = state;
  switch (event.type) {
    case 'opened':
      return {
        ...INITIAL_SCROLL_STATE,
        mode: event.restore
          ? { kind: 'jumping', messageID: event.restore.messageID, block: 'start', offset: event.restore.offset, restore: true }
          : PINNED,
      };
    case 'gesture-started':
      return state.gesture ? state : { ...state, gesture: true };
    case 'gesture-ended':
      return state.gesture ? { ...state, gesture: false } : state;
    case 'scrolled': {
      const seen = event.atEnd && state.newCount ? { ...state, newCount: 0 } : state;
      // The reader's own scroll decides; the list's scrolls (pin, corrections) only bring it back to the end.
      if (mode.kind === 'jumping') return state.gesture ? { ...seen, mode: event.atEnd ? PINNED : READING } : seen;
      if (state.gesture) return withMode(seen, event.atEnd ? PINNED : READING);
      return event.atEnd ? withMode(seen, PINNED) : seen;
    }
    case 'unpinned':
      // A jump moves the view itself; otherwise the scroll that unpinned says where the reader is.
      if (mode.kind === 'jumping') return state;
      return withMode(state, event.atEnd ? PINNED : READING);
    case 'items-changed': {
      const settling = state.settling ? state : { ...state, settling: true };
      if (event.appended.some((m) => m.ownSending)) {
        // The reader just sent something: show it, whatever their last gesture was.
        return { ...settling, mode: PINNED, gesture: false, newCount: 0 };
      }
      if (mode.kind === 'pinned') return settling;
      const arrived = event.appended.filter((m) => m.unread);
      if (!arrived.length) return settling;
      // Where the new ones begin, for the reader who comes down to them.
      return { ...settling, newCount: state.newCount + arrived.length, dividerID: state.dividerID || arrived[0]!.ID };
    }
    case 'layout-settled':
      return state.settling ? { ...state, settling: false } : state;
    case 'jump':
      return {
        ...state,
        gesture: false,
        mode: { kind: 'jumping', messageID: event.messageID, block: event.block, offset: event.offset, restore: false },
      };
    case 'landed':
      return mode.kind === 'jumping' ? withMode(state, READING) : state;
    case 'target-missing':
      // A place left behind that is gone opens at the newest message; a jump stays where it is.
      return mode.kind === 'jumping' ? withMode(state, mode.restore ? PINNED : READING) : state;
    case 'jump-to-latest':
      return { ...state, mode: PINNED, gesture: false, newCount: 0 };
    case 'focus-moved':
      return withMode(state, event.toNewest && event.atEnd ? PINNED : READING);
    case 'resend':
      return withMode(state, PINNED);
    case 'unread-begins':
      return state.dividerID ? state : { ...state, dividerID: event.messageID };
  }
}

function withMode(state: ChatScrollState, mode: ScrollMode): ChatScrollState {
  return state.mode === mode ? state : { ...state, mode };
}

function effectsOf(before: ChatScrollState, after: ChatScrollState, event: ScrollEvent): ScrollEffect[] {
  const was = before.mode.kind;
  const now = after.mode.kind;
  if (now === 'jumping') {
    // Aligning replaces a pin to the end: the layout is pinned to the target instead, or the view
    // scrolled (which drops the pin), or, already in place, unpinned.
    return event.type === 'jump' || event.type === 'opened' ? ['align'] : [];
  }
  if (now === 'pinned' && was !== 'pinned') return ['pin'];
  if (now !== 'pinned' && was === 'pinned') return ['unpin'];
  return [];
}

/** Follow the newest message (the layout is pinned to it). */
export function followsNewest(state: ChatScrollState): boolean {
  return state.mode.kind === 'pinned';
}

/**
 * Keep the row being read in place across a reflow: whenever the newest message is not followed,
 * except while the reader scrolls with nothing new put in front of them (their scroll is where
 * they are, and holding a row would fight a fling).
 */
export function keepsReadingAnchor(state: ChatScrollState): boolean {
  return state.mode.kind !== 'pinned' && (!state.gesture || state.settling);
}

/** The newest message may be out of view: the "jump to latest" button may show. */
export function mayShowJumpToLatest(state: ChatScrollState): boolean {
  return state.mode.kind !== 'pinned';
}

/** The place to remember when the reader leaves the conversation (null: at the newest message). */
export function remembersPlace(state: ChatScrollState): boolean {
  return state.mode.kind !== 'pinned';
}
