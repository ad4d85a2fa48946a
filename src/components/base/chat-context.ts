import { createContext } from '@lit/context';
import type { ChatStoreApi } from '../../core/store/index.js';

/** `<tim-chat>` (or any ancestor an app writes) provides the store; the parts consume it. */
export const chatStoreContext = createContext<ChatStoreApi | undefined>(Symbol.for('tim-elements/chat-store'));
