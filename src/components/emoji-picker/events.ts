import type { EmojiEntry } from '../../core/emoji/index.js';
import type { FaceSticker } from '../../core/emoji/index.js';
import { TimEvent } from '../base/events.js';

/** An emoji was chosen; `code` is the text to insert (`[Smile]`). */
export class TimEmojiSelectEvent extends TimEvent<{ readonly entry: EmojiEntry; readonly code: string }> {
  static readonly type = 'tim-emoji-select';
  constructor(entry: EmojiEntry, code: string) {
    super(TimEmojiSelectEvent.type, { entry, code });
  }
}

/** A "big face" sticker was chosen (to send as a face message). */
export class TimStickerSelectEvent extends TimEvent<{ readonly sticker: FaceSticker }> {
  static readonly type = 'tim-sticker-select';
  constructor(sticker: FaceSticker) {
    super(TimStickerSelectEvent.type, { sticker });
  }
}

/** The picker asks to be closed (Escape). */
export class TimEmojiPickerCloseEvent extends TimEvent<Record<string, never>> {
  static readonly type = 'tim-emoji-picker-close';
  constructor() {
    super(TimEmojiPickerCloseEvent.type, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-emoji-select': TimEmojiSelectEvent;
    'tim-sticker-select': TimStickerSelectEvent;
    'tim-emoji-picker-close': TimEmojiPickerCloseEvent;
  }
}
