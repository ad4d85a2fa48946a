import type { Message } from '../../core/model/index.js';
import { buildMergedElement } from '../../core/forward/index.js';
import type { ChatStoreApi, ForwardMode } from '../../core/store/index.js';
import type { TimForwardPicker } from '../forward-picker/tim-forward-picker.js';
import { TimForwardSendEvent, TimMergedOpenEvent } from '../forward/events.js';
import { forwardStrings } from '../forward/strings.js';
import type { TableOf } from '../base/strings.js';
import type { TimMergedViewer } from '../merged-viewer/tim-merged-viewer.js';
import { loadPart } from '../base/lazy-part.js';

/** What forwarding needs from `<tim-message-list>`. */
export interface ForwardFlowHost extends HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly actionStore: ChatStoreApi | undefined;
  forwardTexts(): TableOf<typeof forwardStrings>;
  /** The language the list shows. */
  writingLocale(): string;
  showToast(text: string, error: boolean): void;
  showError(error: unknown): void;
}

/**
 * The list's forwarding: the picker (`<tim-forward-picker>`, loaded on first use), then the
 * cancelable `tim-forward-send` and the store's `forwardMessages`, then a toast; and the merged
 * message viewer (`<tim-merged-viewer>`, loaded on first use) behind the cancelable `tim-merged-open`.
 */
export class ForwardFlow {
  constructor(private readonly host: ForwardFlowHost) {}

  /** Pick targets and forward; resolves true when every target got the messages. */
  async forward(messages: readonly Message[], mode: ForwardMode, returnFocusTo?: HTMLElement): Promise<boolean> {
    const store = this.host.actionStore;
    if (!store || messages.length === 0) return false;
    const picker = await loadPart<TimForwardPicker>(this.host, 'tim-forward-picker', () => import('../forward-picker/define.js'));
    const targets = await picker.pick({ conversations: store.state.get().conversations, ...(returnFocusTo ? { returnFocusTo } : {}) });
    if (targets.length === 0) return false;
    if (!this.host.dispatchEvent(new TimForwardSendEvent(messages, mode, targets))) return false;
    const t = this.host.forwardTexts();
    try {
      // A merged message's title and lines are written in the reader's language, as TUIKit does.
      const results = await store.forwardMessages(messages, targets, {
        mode,
        locale: this.host.writingLocale(),
        mergedElement: buildMergedElement,
      });
      const failed = results.find((r) => r.error);
      if (failed) this.host.showToast(t.forwardFailed, true);
      else this.host.showToast(t.forwarded, false);
      return !failed;
    } catch (error) {
      this.host.showError(error);
      return false;
    }
  }

  /** Open a merged message's history in the viewer. */
  async openMerged(message: Message, returnFocusTo?: HTMLElement): Promise<void> {
    if (!this.host.dispatchEvent(new TimMergedOpenEvent(message))) return;
    const viewer = await loadPart<TimMergedViewer>(this.host, 'tim-merged-viewer', () => import('../merged-viewer/define.js'));
    await viewer.show(message, this.host.actionStore, returnFocusTo);
  }
}
