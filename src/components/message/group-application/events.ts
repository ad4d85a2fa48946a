import type { Message } from '../../../core/model/index.js';
import { TimEvent } from '../../base/events.js';

/**
 * The reader accepts (`accept: true`) or declines a join request or an invitation shown in System
 * notifications (`message` is the notice). Fired by `<tim-message-list>` before the store answers;
 * cancelable: `preventDefault()` and the store does nothing.
 */
export class TimGroupApplicationAnswerEvent extends TimEvent<{ readonly message: Message; readonly accept: boolean }> {
  static readonly type = 'tim-group-application-answer';
  constructor(message: Message, accept: boolean) {
    super(TimGroupApplicationAnswerEvent.type, { message, accept }, { cancelable: true });
  }
}

/** Inside the kit: a notice row's Accept or Decline was pressed. Not cancelable; `<tim-message-list>` handles it. */
export class TimApplicationRequestEvent extends TimEvent<{ readonly message: Message; readonly accept: boolean }> {
  static readonly type = 'tim-application-request';
  constructor(message: Message, accept: boolean) {
    super(TimApplicationRequestEvent.type, { message, accept });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-group-application-answer': TimGroupApplicationAnswerEvent;
    'tim-application-request': TimApplicationRequestEvent;
  }
}
