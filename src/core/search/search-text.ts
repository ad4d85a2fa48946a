import type { Message } from '../model/message.js';

/** What message search reads of a message: its text, file names and merged-message titles. */
export function searchableText(message: Message): string {
  if (message.isRevoked || message.isDeleted) return '';
  const parts: string[] = [];
  for (const element of message.elements ?? []) {
    if (element.type === 'TIMTextElem') parts.push(element.text);
    else if (element.type === 'TIMFileElem') parts.push(element.fileName);
    else if (element.type === 'TIMRelayElem') parts.push(element.title);
  }
  return parts.filter((part) => typeof part === 'string' && part).join('\n');
}

/** 32-bit FNV-1a of a string's UTF-16 code units. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A 52-bit fingerprint of a message's ID and searchable text: has this version been indexed. */
export function searchPrint(messageID: string, text: string): number {
  const key = `${messageID}\u0000${text}`;
  return (hash32(key) & 0xfffff) * 0x100000000 + hash32(key, 0x01234567);
}
