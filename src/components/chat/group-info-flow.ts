import { groupInfoFeature, useFeature, type ChatStoreApi } from '../../core/store/index.js';
import type { TimGroupInfo } from '../group-info/tim-group-info.js';

/** What the group info panel needs from `<tim-chat>`. */
export interface GroupInfoHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The chat header's "Group info": the store's `groupInfoFeature` behind the header's button (and a
 * click on the group's name or picture), and the panel (`<tim-group-info>`, loaded on first use).
 */
export class GroupInfoFlow {
  constructor(private readonly host: GroupInfoHost) {}

  /** Show a group's panel; resolves when it closes. */
  async open(store: ChatStoreApi | undefined, groupID: string, returnFocusTo?: HTMLElement): Promise<void> {
    const groupInfo = useFeature(store, groupInfoFeature);
    if (!store || !groupInfo || !groupID) return;
    await import('../group-info/define.js');
    let panel = this.host.renderRoot.querySelector<TimGroupInfo>('tim-group-info');
    if (!panel) {
      panel = document.createElement('tim-group-info');
      this.host.renderRoot.appendChild(panel);
    }
    await panel.updateComplete;
    await panel.show({ store, groupInfo, groupID, ...(returnFocusTo ? { returnFocusTo } : {}) });
  }

  /** Close the panel if it is open (the conversation changed). */
  close(): void {
    this.host.renderRoot.querySelector<TimGroupInfo>('tim-group-info')?.close();
  }
}
