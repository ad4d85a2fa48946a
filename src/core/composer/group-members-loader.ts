import { StateStore } from '../store/state-store.js';
import type { ChatStoreApi } from '../store/chat-store-api.js';

export type MembersStatus = 'idle' | 'loading' | 'error';

export interface GroupMembersLoaderState {
  /** The group whose members the mention list waits for. */
  readonly groupID: string | null;
  readonly status: MembersStatus;
}

/** Loads a group's members once, for the mention list, and says whether they are coming or failed. */
export class GroupMembersLoader {
  readonly state = new StateStore<GroupMembersLoaderState>({ groupID: null, status: 'idle' });
  private readonly loads = new Map<string, Promise<void>>();

  /** The mention list now shows this group (null: none); its status starts idle. */
  show(groupID: string | null): void {
    this.state.set({ groupID, status: 'idle' });
  }

  /**
   * Load `groupID`'s members unless the store has them or a load is under way. Resolves when that
   * load ends (a failure is kept in the status and may be tried again, never thrown).
   */
  ensure(store: Pick<ChatStoreApi, 'loadGroupMembers'>, groupID: string, alreadyLoaded: boolean): Promise<void> {
    const running = this.loads.get(groupID);
    if (alreadyLoaded || running) return running ?? Promise.resolve();
    this.state.set({ groupID, status: 'loading' });
    const load = store.loadGroupMembers(groupID).then(
      () => this.settle(groupID, 'idle'),
      () => {
        this.loads.delete(groupID);
        this.settle(groupID, 'error');
      },
    );
    this.loads.set(groupID, load);
    return load;
  }

  private settle(groupID: string, status: MembersStatus): void {
    if (this.state.get().groupID === groupID) this.state.set({ status });
  }
}
