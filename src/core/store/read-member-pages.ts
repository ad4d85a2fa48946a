import type { Message } from '../model/message.js';
import type { ReadMembersPage } from '../service/chat-service.js';
import { StateStore } from './state-store.js';

export type ReadMemberFilter = 'read' | 'unread';

/** One list of the dialog: the members loaded so far, and whether more can be asked for. */
export interface ReadMemberList {
  readonly userIDs: readonly string[];
  readonly loading: boolean;
  /** No more pages. */
  readonly complete: boolean;
  /** Why the last page failed (null: it did not). */
  readonly error: unknown;
}

export type ReadMemberPagesState = Readonly<Record<ReadMemberFilter, ReadMemberList>>;

/** How a page is asked for (`store.readReceipts.readMembers`). */
export type ReadMembersLoader = (message: Message, filter: ReadMemberFilter, cursor: string) => Promise<ReadMembersPage>;

const EMPTY: ReadMemberList = Object.freeze({ userIDs: Object.freeze([]), loading: false, complete: false, error: null });

/**
 * The two lists of "who has read it" for one message, paged: a page at a time per list (asking
 * while one loads joins it), members never twice, the cursor kept, a failure kept for a retry.
 */
export class ReadMemberPages {
  readonly state = new StateStore<ReadMemberPagesState>({ read: EMPTY, unread: EMPTY });
  private readonly cursors: Record<ReadMemberFilter, string> = { read: '', unread: '' };
  private readonly running: Partial<Record<ReadMemberFilter, Promise<void>>> = {};

  constructor(
    readonly message: Message,
    private readonly load: ReadMembersLoader,
  ) {}

  /** The next page of a list (the first when none was loaded); nothing once complete. */
  more(filter: ReadMemberFilter): Promise<void> {
    const running = this.running[filter];
    if (running) return running;
    const list = this.state.get()[filter];
    if (list.complete) return Promise.resolve();
    this.put(filter, { ...list, loading: true, error: null });
    const run = (async () => {
      try {
        const page = await this.load(this.message, filter, this.cursors[filter]);
        const current = this.state.get()[filter];
        const seen = new Set(current.userIDs);
        const added = page.userIDs.filter((id) => typeof id === 'string' && id !== '' && !seen.has(id));
        // A cursor that does not move would ask for the same page forever.
        const stuck = !page.isCompleted && page.nextCursor === this.cursors[filter];
        this.cursors[filter] = page.nextCursor;
        this.put(filter, {
          userIDs: Object.freeze([...current.userIDs, ...added]),
          loading: false,
          complete: page.isCompleted || stuck,
          error: null,
        });
      } catch (error) {
        this.put(filter, { ...this.state.get()[filter], loading: false, error });
      } finally {
        delete this.running[filter];
      }
    })();
    this.running[filter] = run;
    return run;
  }

  private put(filter: ReadMemberFilter, list: ReadMemberList): void {
    this.state.set({ [filter]: Object.freeze(list) } as Partial<ReadMemberPagesState>);
  }
}
