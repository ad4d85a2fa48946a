import { consume } from '@lit/context';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { installFeatures, type ChatStoreApi, type StoreFeature } from '../../core/store/index.js';
import { chatStoreContext } from './chat-context.js';
import { TimElement } from './tim-element.js';

/**
 * A TimElement that works with a ChatStore: from the `store` property when used alone,
 * else from the nearest provider (`<tim-chat>`) through context.
 */
export class StoreConsumerElement extends TimElement {
  /** The store to render; when unset, the one `<tim-chat>` (or another provider) gives. */
  @property({ attribute: false }) store?: ChatStoreApi;

  @consume({ context: chatStoreContext, subscribe: true })
  @state()
  protected contextStore?: ChatStoreApi;

  /** The store features this element's actions need (reactions, edits…): installed on the store it is given. */
  protected get storeFeatures(): readonly StoreFeature[] {
    return [];
  }

  private equipped?: ChatStoreApi;

  /** The store in use: the property wins over context. */
  protected get activeStore(): ChatStoreApi | undefined {
    return this.store ?? this.contextStore;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const store = this.activeStore;
    if (store === this.equipped) return;
    this.equipped = store;
    installFeatures(store, this.storeFeatures);
  }
}
