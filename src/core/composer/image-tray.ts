import { MAX_IMAGES_PER_MESSAGE } from '../model/attachment-rules.js';
import type { OutgoingContent } from '../store/chat-store-api.js';
import { StateStore } from '../store/state-store.js';

type ImageContent = Extract<OutgoingContent, { type: 'image' }>;

/** A checked, measured image waiting to go with the text. */
export interface TrayImage {
  /** Stable while it waits (keys the view's thumbnails). */
  readonly id: number;
  readonly name: string;
  readonly content: ImageContent;
}

export interface ImageTrayState {
  readonly images: readonly TrayImage[];
}

/**
 * Pictures held above the input to go out with the text as one message (an album: the text, then
 * up to MAX_IMAGES_PER_MESSAGE images, in one bubble). An image joins the tray when the box has
 * text or the tray already holds one; otherwise it is sent at once, as before (the message composer
 * decides, `holdsImage`). Sending the text takes the tray along and empties it.
 */
export class ImageTray {
  readonly state = new StateStore<ImageTrayState>({ images: [] });
  private nextID = 1;

  get images(): readonly TrayImage[] {
    return this.state.get().images;
  }

  get full(): boolean {
    return this.images.length >= MAX_IMAGES_PER_MESSAGE;
  }

  /** Hold one more image; false when the tray is full. */
  add(content: ImageContent, name: string): boolean {
    if (this.full) return false;
    this.state.set((s) => ({ images: [...s.images, { id: this.nextID++, name, content }] }));
    return true;
  }

  remove(id: number): void {
    this.state.set((s) => ({ images: s.images.filter((image) => image.id !== id) }));
  }

  clear(): void {
    if (this.images.length) this.state.set({ images: [] });
  }
}
