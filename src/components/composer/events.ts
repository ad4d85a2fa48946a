import type { OutgoingContent, StoreSendOptions } from '../../core/store/index.js';
import { TimEvent } from '../base/events.js';
import type { AttachmentErrorReason } from '../../core/composer/index.js';
import type { AttachmentKind } from './attachment-rules.js';

/**
 * What `<tim-composer>` is about to send. `content` and `options` can be replaced by a listener
 * (`event.detail.content = …`), for example to add cloudCustomData or change the text; call
 * `preventDefault()` on the event to send nothing. `content` is a list for a message of several
 * elements (text with the pictures held above the input), in order.
 */
type SendContent = OutgoingContent | readonly OutgoingContent[];

function isContent(value: unknown): value is OutgoingContent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export class MessageSendDetail {
  readonly conversationID: string;
  #content: SendContent;
  #options: StoreSendOptions;

  constructor(conversationID: string, content: SendContent, options: StoreSendOptions) {
    this.conversationID = conversationID;
    this.#content = content;
    this.#options = options;
  }

  get content(): SendContent {
    return this.#content;
  }

  set content(content: SendContent) {
    const valid = Array.isArray(content) ? content.length > 0 && content.every(isContent) : isContent(content);
    if (!valid)
      throw new TypeError('tim-message-send: content must be an OutgoingContent object with a type, or a non-empty list of them.');
    this.#content = content;
  }

  get options(): StoreSendOptions {
    return this.#options;
  }

  set options(options: StoreSendOptions) {
    if (typeof options !== 'object' || options === null) throw new TypeError('tim-message-send: options must be an object.');
    this.#options = options;
  }
}

/** A message is about to be sent (cancelable; the detail's content and options may be replaced). */
export class TimMessageSendEvent extends TimEvent<MessageSendDetail> {
  static readonly type = 'tim-message-send';
  constructor(conversationID: string, content: SendContent, options: StoreSendOptions) {
    super(TimMessageSendEvent.type, new MessageSendDetail(conversationID, content, options), { cancelable: true });
  }
}

export type { AttachmentErrorReason };

export interface AttachmentErrorDetail {
  readonly file: Blob;
  /** The file's name ('' for an unnamed blob). */
  readonly name: string;
  /** The message type it would have been. */
  readonly kind: AttachmentKind;
  readonly reason: AttachmentErrorReason;
  /** For 'too-large': the limit in bytes. */
  readonly limit?: number;
  /** The text shown to the user, in the composer's language. */
  readonly message: string;
}

/** An attachment was refused before upload (too large, wrong type, empty, unreadable). */
export class TimAttachmentErrorEvent extends TimEvent<AttachmentErrorDetail> {
  static readonly type = 'tim-attachment-error';
  constructor(detail: AttachmentErrorDetail) {
    super(TimAttachmentErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-message-send': TimMessageSendEvent;
    'tim-attachment-error': TimAttachmentErrorEvent;
  }
}
