import type { ChatCache } from '../cache/chat-cache.js';
import { CHAT_ERROR, toChatError } from '../errors.js';
import type { Message } from '../model/message.js';
import type { ChatState } from './chat-store-api.js';
import type { StateStore } from './state-store.js';
import type { SessionView } from './store-session.js';

/** The cache as the parts of the store use it: reads, and writes queued in order. */
export interface CacheAccess {
  /** The cache of this session (a MemoryCache when the app's could not open). */
  readonly current: ChatCache;
  /** Queue a cache write behind the others; a failing write is reported, never thrown. */
  write(task: () => Promise<void>): Promise<void>;
  /** Resolves when the cache writes made so far are done. */
  writesDone(): Promise<void>;
  /** The cached copies of messages, by ID (absent when the cache has none). */
  cacheCopies(messages: readonly Message[]): Promise<Map<string, Message>>;
}

/** Cache writes run one after another, in the order the store made them. */
export class CacheWrites implements CacheAccess {
  private writeChain: Promise<void> = Promise.resolve();

  constructor(
    public current: ChatCache,
    private readonly session: SessionView,
    private readonly state: Pick<StateStore<ChatState>, 'set'>,
  ) {}

  write(task: () => Promise<void>): Promise<void> {
    const session = this.session.id;
    const run = this.writeChain.then(task).catch((error) => {
      if (session === this.session.id) {
        this.state.set({ cacheWarning: { kind: 'error', message: toChatError(error, CHAT_ERROR.storage).message } });
      }
    });
    this.writeChain = run;
    return run;
  }

  writesDone(): Promise<void> {
    return this.writeChain;
  }

  async cacheCopies(messages: readonly Message[]): Promise<Map<string, Message>> {
    const found = await Promise.all(messages.map((m) => this.current.getMessage(m.ID).catch(() => undefined)));
    const copies = new Map<string, Message>();
    found.forEach((copy, i) => {
      if (copy) copies.set(messages[i]!.ID, copy);
    });
    return copies;
  }
}
