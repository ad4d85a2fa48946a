import type { ReactiveControllerHost } from 'lit';
import type { Message } from '../../core/model/index.js';
import type { GroupReadReceipt } from '../../core/service/index.js';
import type { ChatStoreApi, ReadReceiptsState } from '../../core/store/index.js';
import { StoreController } from '../base/store-controller.js';
import { deepActiveElement } from '../base/deep-active-element.js';
import type { TimReadReceipts } from '../read-receipts/tim-read-receipts.js';

/** What group read receipts need from `<tim-message-list>`. */
export interface ReadReceiptFlowHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly actionStore: ChatStoreApi | undefined;
  /** A person as the list names them. */
  personName(userID: string): string;
  rowFor(messageID: string): HTMLElement | null;
}

/**
 * Group read receipts in `<tim-message-list>`: the counts under one's own messages follow
 * `store.readReceipts` (a row redraws when its count moves), and "N read" opens the list of who
 * has read it (`<tim-read-receipts>`, loaded on first use).
 */
export class ReadReceiptFlow {
  private readonly counts: StoreController<ReadReceiptsState, ReadReceiptsState['byMessage']>;

  constructor(private readonly host: ReadReceiptFlowHost) {
    this.counts = new StoreController(
      host,
      () => host.actionStore?.readReceipts?.state,
      (s) => s.byMessage,
    );
  }

  /** Changes when any count does (for the rows' redraw). */
  get version(): unknown {
    return this.counts.value;
  }

  /** The counts a row shows, or null. */
  of(message: Message): GroupReadReceipt | null {
    return this.counts.value ? (this.host.actionStore?.readReceipts?.of(message) ?? null) : null;
  }

  /** Who has read a message, in the dialog; the focus comes back to `origin` (or the row). */
  async open(message: Message, origin?: HTMLElement): Promise<void> {
    const store = this.host.actionStore;
    if (!store?.readReceipts) return;
    await import('../read-receipts/define.js');
    let dialog = this.host.renderRoot.querySelector<TimReadReceipts>('tim-read-receipts');
    if (!dialog) {
      dialog = document.createElement('tim-read-receipts');
      this.host.renderRoot.appendChild(dialog);
    }
    await dialog.updateComplete;
    const row = origin ?? this.host.rowFor(message.ID) ?? undefined;
    // The count itself when it holds the focus (Enter on it, a click), else its row.
    const active = deepActiveElement();
    const returnFocusTo = active && row && (active === row || row.shadowRoot?.contains(active)) ? active : row;
    await dialog.show({
      message,
      store,
      receipt: this.of(message),
      nameOf: (userID) => this.host.personName(userID),
      ...(returnFocusTo ? { returnFocusTo } : {}),
    });
  }
}
