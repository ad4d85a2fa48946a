/**
 * The emoji a user picked lately, most recent first, kept in localStorage so that they lead
 * the picker next time too. Storage that is missing, full or forbidden (private modes, sandboxed
 * frames) falls back to memory for the page's life: the picker never fails because of it.
 */

export const RECENT_EMOJI_STORAGE_KEY = 'tim-elements:recent-emoji';
export const DEFAULT_RECENT_LIMIT = 16;

/** Lists kept here because localStorage refused them (missing, full or forbidden). */
const memory = new Map<string, string[]>();

function storage(): Storage | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}

/** Emoji keys, most recent first ([] when nothing is kept or the stored value is not ours). */
export function readRecentEmoji(storageKey: string = RECENT_EMOJI_STORAGE_KEY): string[] {
  const kept = memory.get(storageKey);
  if (kept) return [...kept];
  let raw: string | null = null;
  try {
    raw = storage()?.getItem(storageKey) ?? null;
  } catch {
    raw = null;
  }
  if (raw === null) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? value.filter((key): key is string => typeof key === 'string' && key !== '') : [];
  } catch {
    return [];
  }
}

/** Puts `key` first (once) and keeps at most `limit`; returns the new list. */
export function rememberEmoji(key: string, storageKey: string = RECENT_EMOJI_STORAGE_KEY, limit = DEFAULT_RECENT_LIMIT): string[] {
  const list = [key, ...readRecentEmoji(storageKey).filter((k) => k !== key)].slice(0, Math.max(0, limit));
  try {
    const store = storage();
    if (!store) throw new Error('no localStorage');
    store.setItem(storageKey, JSON.stringify(list));
    memory.delete(storageKey);
  } catch {
    // Missing, full or forbidden: memory keeps it for this page.
    memory.set(storageKey, list);
  }
  return list;
}
