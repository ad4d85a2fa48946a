import type { Message } from '../../../core/model/index.js';
import { TimEvent } from '../../base/events.js';

/**
 * The reader reacts to a message, or takes their reaction back (`add: false`). Fired by
 * `<tim-message-list>` before the store acts; cancelable: `preventDefault()` and the store does
 * nothing. `reactionID` is TUIKit's emoji code (`[TUIEmoji_Like]`).
 */
export class TimMessageReactEvent extends TimEvent<{ readonly message: Message; readonly reactionID: string; readonly add: boolean }> {
  static readonly type = 'tim-message-react';
  constructor(message: Message, reactionID: string, add: boolean) {
    super(TimMessageReactEvent.type, { message, reactionID, add }, { cancelable: true });
  }
}

/**
 * Inside the kit: a row (its chips or quick bar) or the menu asks the list to toggle a reaction,
 * or to open the reaction picker at a point. Not cancelable; `<tim-message-list>` handles it.
 */
export type ReactionRequest =
  | { readonly kind: 'toggle'; readonly reactionID: string }
  | { readonly kind: 'picker'; readonly x: number; readonly y: number; readonly returnFocusTo?: HTMLElement };

export class TimReactionRequestEvent extends TimEvent<{ readonly message: Message; readonly request: ReactionRequest }> {
  static readonly type = 'tim-reaction-request';
  constructor(message: Message, request: ReactionRequest) {
    super(TimReactionRequestEvent.type, { message, request });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-message-react': TimMessageReactEvent;
    'tim-reaction-request': TimReactionRequestEvent;
  }
}
