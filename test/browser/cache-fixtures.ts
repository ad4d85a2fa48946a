import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import type { CacheWarning } from '../../src/core/cache/chat-cache.js';

/** A distinct app name per test, so that every test gets its own databases. */
export function uniqueApp(label: string): string {
  return `test-${label}-${Math.random().toString(36).slice(2, 8)}`;
}

export function textMessage(conversationID: string, n: number, overrides: Partial<Message> = {}): Message {
  return {
    ...EMPTY_MESSAGE,
    ID: `${conversationID}-m${n}`,
    conversationID,
    conversationType: conversationID.startsWith('GROUP') ? 'GROUP' : 'C2C',
    from: 'peer',
    to: 'me',
    time: 1_700_000_000 + n,
    clientTime: 1_700_000_000 + n,
    sequence: n,
    random: 1000 + n,
    elements: [{ type: 'TIMTextElem', text: `message ${n}` }],
    ...overrides,
  };
}

export function conversation(conversationID: string, activeTime = 1_700_000_000): Conversation {
  return {
    conversationID,
    type: conversationID.startsWith('GROUP') ? 'GROUP' : 'C2C',
    unreadCount: 0,
    lastMessage: null,
    isPinned: false,
    messageRemindType: 'AcceptAndNotify',
    draft: null,
    peerReadTime: 0,
    atMe: false,
    activeTime,
  };
}

export function collectWarnings(cache: { onWarning(l: (w: CacheWarning) => void): () => void }): CacheWarning[] {
  const seen: CacheWarning[] = [];
  cache.onWarning((w) => seen.push(w));
  return seen;
}

export const ids = (messages: readonly Message[]): string[] => messages.map((m) => m.ID);

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every database this page made for tests, so each file can delete them afterwards. */
export async function deleteDatabases(prefix: string): Promise<void> {
  const all = await indexedDB.databases();
  await Promise.all(
    all
      .filter((d) => d.name?.startsWith(prefix))
      .map(
        (d) =>
          new Promise<void>((resolve) => {
            const request = indexedDB.deleteDatabase(d.name!);
            request.onsuccess = request.onerror = request.onblocked = () => resolve();
          }),
      ),
  );
}
