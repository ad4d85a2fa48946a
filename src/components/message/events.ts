import type { Message } from '../../core/model/index.js';
import type { ConversionKind, MessageAction } from '../../core/store/index.js';
import { TimEvent } from '../base/events.js';

/** What can be done to a message from its menu (or its failed mark, for resend): the core's list. */
export { MESSAGE_ACTIONS, type MessageAction } from '../../core/store/index.js';

export interface MessageEventDetail {
  readonly message: Message;
}

/**
 * A message action was chosen. Fired by `<tim-message-list>` before the store acts; call
 * `preventDefault()` to stop it (the store then does nothing).
 */
export class TimMessageActionEvent<D extends MessageEventDetail = MessageEventDetail> extends TimEvent<D> {
  readonly action: MessageAction;
  constructor(action: MessageAction, detail: D, type = `tim-message-${action}`) {
    super(type, detail, { cancelable: true });
    this.action = action;
  }
}

/** Resend a failed message (cancelable: the store resends unless prevented). */
export class TimMessageResendEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-resend';
  constructor(message: Message) {
    super('resend', { message });
  }
}

/** Recall one's own message (cancelable: the store revokes unless prevented). */
export class TimMessageRevokeEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-revoke';
  constructor(message: Message) {
    super('revoke', { message });
  }
}

/** Where a delete reaches: this device only (the documents' local delete), or the server's history too. */
export type MessageDeleteScope = 'device' | 'history';

/**
 * Delete a message: "Delete for me" (`scope: 'device'`) or "Delete from history" (`'history'`).
 * Cancelable: unless prevented, the list asks to confirm, then the store deletes.
 */
export class TimMessageDeleteEvent extends TimMessageActionEvent<MessageEventDetail & { readonly scope: MessageDeleteScope }> {
  static readonly type = 'tim-message-delete';
  constructor(message: Message, scope: MessageDeleteScope = 'device') {
    super(scope === 'history' ? 'delete-from-history' : 'delete', { message, scope }, TimMessageDeleteEvent.type);
  }
}

/** Copy a message's text (cancelable: the list writes to the clipboard unless prevented). */
export class TimMessageCopyEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-copy';
  constructor(message: Message) {
    super('copy', { message });
  }
}

/** Reply to a message; `<tim-composer>` listens and shows the quote. Cancelable. */
export class TimMessageReplyEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-reply';
  constructor(message: Message) {
    super('reply', { message });
  }
}

/**
 * Forward a message. Cancelable: unless prevented, the list opens `<tim-forward-picker>` and the
 * store forwards it to the chosen conversations (`forwardMessages`, one by one).
 */
export class TimMessageForwardEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-forward';
  constructor(message: Message) {
    super('forward', { message });
  }
}

/**
 * Translate a text message; `targetLanguage` is the reader's (`translationTarget` of the list's
 * locale). Cancelable: unless prevented, the store translates and the result shows under the bubble.
 */
export class TimMessageTranslateEvent extends TimMessageActionEvent<MessageEventDetail & { readonly targetLanguage: string }> {
  static readonly type = 'tim-message-translate';
  constructor(message: Message, targetLanguage: string) {
    super('translate', { message, targetLanguage });
  }
}

/** Convert a voice message to text. Cancelable: unless prevented, the store converts it and the text shows under the bubble. */
export class TimMessageConvertToTextEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-convert-to-text';
  constructor(message: Message) {
    super('convert-to-text', { message });
  }
}

/** "Select": cancelable; unless prevented, the list enters multi-select mode with this message picked. */
export class TimMessageSelectEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-select';
  constructor(message: Message) {
    super('select', { message });
  }
}

/**
 * Edit one's own text message (cancelable). `<tim-composer>` of the conversation listens and
 * enters edit mode: the text in the box, "Editing message" above it; Enter saves, Esc cancels.
 */
export class TimMessageEditEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-edit';
  constructor(message: Message) {
    super('edit', { message });
  }
}

/** Pin a group message (owner and admins; cancelable: the store pins unless prevented). */
export class TimMessagePinEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-pin';
  constructor(message: Message) {
    super('pin', { message });
  }
}

/** Unpin a group message (from its menu or the pinned list; cancelable: the store unpins unless prevented). */
export class TimMessageUnpinEvent extends TimMessageActionEvent {
  static readonly type = 'tim-message-unpin';
  constructor(message: Message) {
    super('unpin', { message });
  }
}

/**
 * "Re-edit" in the row of one's own recalled text message (2 minutes after the recall).
 * Cancelable: unless prevented, `<tim-composer>` of the conversation puts `text` back in the box.
 */
export class TimMessageReEditEvent extends TimEvent<MessageEventDetail & { readonly text: string }> {
  static readonly type = 'tim-message-re-edit';
  constructor(message: Message, text: string) {
    super(TimMessageReEditEvent.type, { message, text }, { cancelable: true });
  }
}

/** The event class for an action (`targetLanguage`: a translation's, default English). */
export function messageActionEvent(action: MessageAction, message: Message, targetLanguage = 'en'): TimMessageActionEvent {
  switch (action) {
    case 'translate':
      return new TimMessageTranslateEvent(message, targetLanguage);
    case 'convert-to-text':
      return new TimMessageConvertToTextEvent(message);
    case 'resend':
      return new TimMessageResendEvent(message);
    case 'revoke':
      return new TimMessageRevokeEvent(message);
    case 'delete':
      return new TimMessageDeleteEvent(message, 'device');
    case 'delete-from-history':
      return new TimMessageDeleteEvent(message, 'history');
    case 'copy':
      return new TimMessageCopyEvent(message);
    case 'reply':
      return new TimMessageReplyEvent(message);
    case 'forward':
      return new TimMessageForwardEvent(message);
    case 'select':
      return new TimMessageSelectEvent(message);
    case 'edit':
      return new TimMessageEditEvent(message);
    case 'pin':
      return new TimMessagePinEvent(message);
    case 'unpin':
      return new TimMessageUnpinEvent(message);
  }
}

/**
 * Inside the kit: a message part asks its list to do something (open the menu, run an action,
 * open an image, jump to a quoted message). Not cancelable; `<tim-message-list>` handles it.
 */
export type MessageRequest =
  | { readonly kind: 'menu'; readonly x?: number; readonly y?: number }
  | { readonly kind: 'action'; readonly action: MessageAction }
  | { readonly kind: 'open-image'; readonly elementIndex: number }
  | { readonly kind: 'jump-to'; readonly messageID: string }
  | { readonly kind: 'cancel-upload' }
  /** The reader acts on the translation or transcript shown under the bubble. */
  | { readonly kind: 'conversion'; readonly conversion: ConversionKind; readonly op: ConversionOp }
  /** Multi-select mode: pick or unpick this message. */
  | { readonly kind: 'toggle-select' }
  /** Open a merged ("chat history") message in the viewer. */
  | { readonly kind: 'open-merged' }
  /** "Re-edit" in one's own recalled text: the text goes back to the composer. */
  | { readonly kind: 're-edit' }
  /** "N read" under one's own group message: who has read it and who has not. */
  | { readonly kind: 'read-receipts' }
  /** The sender's avatar: their profile card (name, ID, "Send message"). */
  | { readonly kind: 'profile' };

/** What can be done to a translation or transcript under a bubble. */
export type ConversionOp = 'retry' | 'hide' | 'show' | 'dismiss';

export class TimMessageRequestEvent extends TimEvent<{ readonly message: Message; readonly request: MessageRequest }> {
  static readonly type = 'tim-message-request';
  constructor(message: Message, request: MessageRequest) {
    super(TimMessageRequestEvent.type, { message, request });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-message-resend': TimMessageResendEvent;
    'tim-message-revoke': TimMessageRevokeEvent;
    'tim-message-delete': TimMessageDeleteEvent;
    'tim-message-copy': TimMessageCopyEvent;
    'tim-message-reply': TimMessageReplyEvent;
    'tim-message-forward': TimMessageForwardEvent;
    'tim-message-translate': TimMessageTranslateEvent;
    'tim-message-convert-to-text': TimMessageConvertToTextEvent;
    'tim-message-select': TimMessageSelectEvent;
    'tim-message-edit': TimMessageEditEvent;
    'tim-message-pin': TimMessagePinEvent;
    'tim-message-unpin': TimMessageUnpinEvent;
    'tim-message-re-edit': TimMessageReEditEvent;
    'tim-message-request': TimMessageRequestEvent;
  }
}
