/**
 * The players and the file card are chunks of their own, loaded when the first message that needs
 * one is drawn (a conversation of text never loads them): voice (`<tim-message-sound>`), video
 * (`<tim-message-video>`) and file (`<tim-message-file>`). Until one is defined the row shows its
 * placeholder (`:not(:defined)` in tim-message.styles.ts); the element upgrades in place and keeps
 * the properties the row gave it.
 */
const LOADERS = {
  'tim-message-sound': () => import('./sound/define.js'),
  'tim-message-video': () => import('./video/define.js'),
  'tim-message-file': () => import('./file/define.js'),
} as const;

type MediaTag = keyof typeof LOADERS;
const loading = new Map<MediaTag, Promise<unknown>>();

export function loadMediaElement(tag: MediaTag): void {
  if (loading.has(tag) || customElements.get(tag)) return;
  // A failed load (offline with a new deploy) is tried again by the next row that needs it.
  loading.set(
    tag,
    LOADERS[tag]().catch(() => loading.delete(tag)),
  );
}
