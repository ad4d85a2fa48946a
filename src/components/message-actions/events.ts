import type { Message } from '../../core/model/index.js';
import { TimEvent } from '../base/events.js';
import type { MessageAction } from '../message/events.js';

/** An item of `<tim-message-actions>` was chosen. The list then fires the public, cancelable action event. */
export class TimMessageActionSelectEvent extends TimEvent<{ readonly action: MessageAction; readonly message: Message }> {
  static readonly type = 'tim-message-action-select';
  constructor(action: MessageAction, message: Message) {
    super(TimMessageActionSelectEvent.type, { action, message });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-message-action-select': TimMessageActionSelectEvent;
  }
}
