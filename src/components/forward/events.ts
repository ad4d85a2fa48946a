import type { Message } from '../../core/model/index.js';
import type { ForwardMode } from '../../core/store/index.js';
import { TimEvent } from '../base/events.js';

/**
 * Several messages chosen in the list's multi-select mode are to be forwarded, one by one
 * (`mode: 'separate'`) or combined (`'merged'`). Cancelable: unless prevented, the list opens
 * `<tim-forward-picker>`.
 */
export class TimMessagesForwardEvent extends TimEvent<{ readonly messages: readonly Message[]; readonly mode: ForwardMode }> {
  static readonly type = 'tim-messages-forward';
  constructor(messages: readonly Message[], mode: ForwardMode) {
    super(TimMessagesForwardEvent.type, { messages, mode }, { cancelable: true });
  }
}

/**
 * The forward picker closed with targets: the messages go to these conversations. Cancelable:
 * unless prevented, the store forwards them (`forwardMessages`).
 */
export class TimForwardSendEvent extends TimEvent<{
  readonly messages: readonly Message[];
  readonly mode: ForwardMode;
  readonly conversationIDs: readonly string[];
}> {
  static readonly type = 'tim-forward-send';
  constructor(messages: readonly Message[], mode: ForwardMode, conversationIDs: readonly string[]) {
    super(TimForwardSendEvent.type, { messages, mode, conversationIDs }, { cancelable: true });
  }
}

/** "Delete for me" on the selected messages. Cancelable: unless prevented, the list asks to confirm, then the store deletes. */
export class TimMessagesDeleteEvent extends TimEvent<{ readonly messages: readonly Message[] }> {
  static readonly type = 'tim-messages-delete';
  constructor(messages: readonly Message[]) {
    super(TimMessagesDeleteEvent.type, { messages }, { cancelable: true });
  }
}

/** A merged ("chat history") message's card was opened. Cancelable: unless prevented, `<tim-merged-viewer>` shows it. */
export class TimMergedOpenEvent extends TimEvent<{ readonly message: Message }> {
  static readonly type = 'tim-merged-open';
  constructor(message: Message) {
    super(TimMergedOpenEvent.type, { message }, { cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-messages-forward': TimMessagesForwardEvent;
    'tim-forward-send': TimForwardSendEvent;
    'tim-messages-delete': TimMessagesDeleteEvent;
    'tim-merged-open': TimMergedOpenEvent;
  }
}
