import { TimEvent } from '../base/events.js';

/**
 * The total of unread messages changed (the conversations that notify; muted ones do not count),
 * for the app's tab title or badge. Also `TimChat.totalUnread`.
 */
export class TimUnreadChangeEvent extends TimEvent<{ totalUnread: number }> {
  static readonly type = 'tim-unread-change';
  constructor(totalUnread: number) {
    super(TimUnreadChangeEvent.type, { totalUnread });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-unread-change': TimUnreadChangeEvent;
  }
}
