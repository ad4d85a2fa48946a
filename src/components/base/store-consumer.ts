import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import type { ChatStoreApi } from '../../core/store/index.js';
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

  /** The store in use: the property wins over context. */
  protected get activeStore(): ChatStoreApi | undefined {
    return this.store ?? this.contextStore;
  }
}
