import { useEffect, useState } from 'react';
import { ChatStore, createChatCache, deferredService } from 'tim-elements/core';
import { openBackend } from './backend.js';

/** The stores running now, for scripts/check-examples.mjs (one, under StrictMode too). */
const running = ((globalThis as { timExampleStores?: Set<ChatStore> }).timExampleStores ??= new Set());

/**
 * One store per signed-in user, started when the component mounts and stopped when it unmounts
 * or the user changes. StrictMode mounts twice in development: each mount makes, starts and stops
 * its own store, so none is left running. The store exists at once (its service is made when it
 * signs in), so the chat shows what the cache holds while the backend connects.
 */
export function useChatStore(userID: string): ChatStore | undefined {
  const [store, setStore] = useState<ChatStore>();
  useEffect(() => {
    const next = new ChatStore({ service: deferredService(openBackend), cache: createChatCache({ app: 'react-example', userID }) });
    setStore(next);
    running.add(next);
    next.start(userID).catch((error) => console.error('The chat could not sign in:', error));
    return () => {
      setStore(undefined);
      running.delete(next);
      void next.stop();
    };
  }, [userID]);
  return store;
}
