import type { Draft } from '../model/conversation.js';

/** What this device decided on its own, which the service's copies must not undo. */
export class LocalEdits {
  /** Drafts set on this device: they beat the service's; null = cleared here. */
  readonly drafts = new Map<string, Draft | null>();
  /** Messages deleted on this device only: a server copy of them stays hidden. */
  readonly hiddenIDs = new Set<string>();

  clear(): void {
    this.drafts.clear();
    this.hiddenIDs.clear();
  }
}
