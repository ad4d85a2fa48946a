import { lacksMediaUrl } from '../cache/page-bound-urls.js';
import { compareMessages, type Message } from '../model/message.js';

/**
 * Where a copy of a message comes from, which decides what it may overwrite:
 * - 'service': the backend's copy. It never carries local-only fields, and its flags only move forward.
 * - 'cache': this device's stored copy (possibly written by another tab): it owns the local-only fields.
 * - 'local': the store's own new version of the message; taken as it is.
 */
export type MessageSource = 'service' | 'cache' | 'local';

/**
 * Merge two copies of one message (same ID). Rules: a revoked, read, peer-read or locally deleted
 * message stays so; a delivered (`success`) message never goes back to sending; local-only
 * `customInt` / `customStr` are never lost to a server copy. Returns `existing` itself when nothing
 * changed, so subscribers are not told about a copy that is equal.
 */
export function mergeMessageCopies(existing: Message | undefined, incoming: Message, source: MessageSource): Message {
  if (!existing || existing === incoming) return incoming;
  if (source === 'local') return sameMessage(existing, incoming) ? existing : incoming;

  // A stale copy (still sending, or failed) must not undo a delivery we already know about.
  const base = existing.status === 'success' && incoming.status !== 'success' ? existing : incoming;
  const merged: Message = {
    ...base,
    // A stored copy has no page-bound (blob:) URL: it does not erase the one this page shows.
    elements: keepsMediaUrls(existing, base) ? existing.elements : base.elements,
    isRevoked: existing.isRevoked || incoming.isRevoked,
    revoker: incoming.revoker || existing.revoker,
    isRead: existing.isRead || incoming.isRead,
    isPeerRead: existing.isPeerRead || incoming.isPeerRead,
    isDeleted: existing.isDeleted || incoming.isDeleted,
    nick: incoming.nick || existing.nick,
    avatar: incoming.avatar || existing.avatar,
    nameCard: incoming.nameCard || existing.nameCard,
    customInt: source === 'cache' ? incoming.customInt : existing.customInt,
    customStr: source === 'cache' ? incoming.customStr : existing.customStr,
    // Once edited, always edited (an older copy from the cache or a page does not undo the mark).
    ...(existing.isModified || incoming.isModified ? { isModified: true } : {}),
  };
  if (merged.status === 'success') {
    delete (merged as { progress?: unknown }).progress;
    delete (merged as { error?: unknown }).error;
  }
  return sameMessage(existing, merged) ? existing : merged;
}

function keepsMediaUrls(existing: Message, incoming: Message): boolean {
  if (existing === incoming || existing.elements.length !== incoming.elements.length) return false;
  if (!existing.elements.every((element, i) => element?.type === incoming.elements[i]?.type)) return false;
  return lacksMediaUrl(incoming) && !lacksMediaUrl(existing);
}

/** Outgoing C2C messages up to `peerReadTime` (seconds) are read by the peer. */
export function withPeerRead(message: Message, peerReadTime: number): Message {
  if (
    message.isPeerRead ||
    message.flow !== 'out' ||
    message.status !== 'success' ||
    message.conversationType !== 'C2C' ||
    peerReadTime <= 0 ||
    message.time > peerReadTime
  ) {
    return message;
  }
  return { ...message, isPeerRead: true };
}

/** The newer of two messages by time, then sequence (either may be absent). */
export function newerMessage(a: Message | null | undefined, b: Message | null | undefined): Message | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return compareMessages(a, b) >= 0 ? a : b;
}

/** Field-by-field equality, looking two levels into plain objects and arrays (elements, image sizes). */
export function sameMessage(a: Message, b: Message): boolean {
  return a === b || plainEqual(a, b, 3);
}

function plainEqual(a: unknown, b: unknown, depth: number): boolean {
  if (Object.is(a, b)) return true;
  if (depth < 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const key of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!plainEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth - 1)) return false;
  }
  return true;
}
