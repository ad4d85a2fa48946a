import type { Message } from '../../../core/model/index.js';
import type { ChatStoreApi } from '../../../core/store/index.js';

/**
 * "Played" for a voice message is local, never sent: bit 0 of the message's local `customInt`
 * (as TUIKit keeps it), written through the store so it survives a reload. Without a store it
 * lives in localStorage, keyed by message ID.
 */
const SOUND_PLAYED_FLAG = 1;

const STORAGE_KEY = 'tim-elements:played-sounds';

function localPlayed(): Set<string> {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return new Set(Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : []);
  } catch {
    return new Set();
  }
}

export function isSoundPlayed(message: Message): boolean {
  return (message.customInt & SOUND_PLAYED_FLAG) !== 0 || localPlayed().has(message.ID);
}

export async function markSoundPlayed(message: Message, store: ChatStoreApi | undefined): Promise<void> {
  if ((message.customInt & SOUND_PLAYED_FLAG) !== 0) return;
  if (store) {
    try {
      await store.setLocalCustomData(message, { customInt: message.customInt | SOUND_PLAYED_FLAG });
      return;
    } catch {
      // Fall through to the local copy: the mark is a convenience and must not break playback.
    }
  }
  try {
    const played = localPlayed();
    played.add(message.ID);
    // Keep the list short: the most recent 500 are plenty for one device.
    globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify([...played].slice(-500)));
  } catch {
    // Storage full or blocked: the in-memory state of the element still shows it as played.
  }
}
