import { TimEvent } from '../base/events.js';

/** The image viewer closed (Escape, its close button or the backdrop). */
export class TimImageViewerCloseEvent extends TimEvent<Record<string, never>> {
  static readonly type = 'tim-image-viewer-close';
  constructor() {
    super(TimImageViewerCloseEvent.type, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tim-image-viewer-close': TimImageViewerCloseEvent;
  }
}
