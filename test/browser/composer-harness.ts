import { fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { ChatCache } from '../../src/core/cache/chat-cache.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import '../../src/components/composer/define.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import { pictureFile } from '../fixtures/big-images.js';

/** A real embedded server with alice, bob and carol; clients and stores are made per test. */
export interface ComposerWorld {
  server: LocalServer;
  client(userID: string, options?: { cache?: ChatCache; latencyMs?: number }): Promise<{ store: ChatStore; service: LocalChatService }>;
  dispose(): Promise<void>;
}

export async function makeWorld(): Promise<ComposerWorld> {
  const server = await LocalServer.open({ namespace: `composer-${Date.now()}-${Math.random().toString(36).slice(2)}`, storage: 'memory' });
  await server.createUser({ userID: 'alice', nick: 'Alice' });
  await server.createUser({ userID: 'bob', nick: 'Bob' });
  await server.createUser({ userID: 'carol', nick: '王芳' });
  const stores: ChatStore[] = [];
  return {
    server,
    async client(userID, options = {}) {
      const service = new LocalChatService(server, { latencyMs: options.latencyMs ?? 0 });
      const store = new ChatStore({ service, cache: options.cache ?? new MemoryCache() });
      await store.start(userID);
      stores.push(store);
      return { store, service };
    },
    async dispose() {
      for (const store of stores) await store.stop().catch(() => {});
      server.close();
    },
  };
}

export async function composerFor(
  store: ChatStore,
  conversationID: string,
  attrs: { sendKey?: string; maxTextBytes?: number; maxFileSize?: number } = {},
): Promise<TimComposer> {
  return fixture<TimComposer>(html`<tim-composer locale="en" .store=${store} conversation-id=${conversationID}
    send-key=${attrs.sendKey ?? 'enter'} max-text-bytes=${attrs.maxTextBytes ?? 12288}
    max-file-size=${attrs.maxFileSize ?? 100 * 1024 * 1024}></tim-composer>`);
}

export function textareaOf(composer: TimComposer): HTMLTextAreaElement {
  return composer.shadowRoot!.querySelector('textarea')!;
}

/** Puts text in the box as typing would (value + input event), caret at the end. */
export async function typeInto(composer: TimComposer, text: string): Promise<void> {
  const area = textareaOf(composer);
  area.focus();
  area.value = text;
  area.setSelectionRange(text.length, text.length);
  area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  await composer.updateComplete;
}

export function pressEnter(target: HTMLElement, init: KeyboardEventInit & { keyCode?: number } = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, composed: true, cancelable: true, ...init });
  if (init.keyCode !== undefined) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
  else Object.defineProperty(event, 'keyCode', { value: 13 });
  target.dispatchEvent(event);
  return event;
}

/**
 * Records what the store is asked to send. The composer hands a message to the store in the same
 * task as the key press, paste or drop that decided it (a file after it was measured), so an empty
 * record after `settle` means nothing was sent, with no waiting on a clock.
 */
export function recordSends(store: ChatStore): string[] {
  const sent: string[] = [];
  const send = store.send.bind(store);
  store.send = (conversationID, content, options) => {
    sent.push(`${conversationID} ${Array.isArray(content) ? 'batch' : (content as { type: string }).type}`);
    return send(conversationID, content, options);
  };
  return sent;
}

/** The composer rendered what it decided and the store applied and wrote what it had started. */
export async function settle(composer: TimComposer, store: ChatStore): Promise<void> {
  await composer.updateComplete;
  await store.settled();
  await composer.updateComplete;
}

/** Messages this store shows in a conversation, oldest first. */
export function messagesIn(store: ChatStore, conversationID: string): readonly Message[] {
  return store.messageList(conversationID).get().messages;
}

export async function waitForMessage(
  store: ChatStore,
  conversationID: string,
  match: (m: Message) => boolean,
  message = 'the message',
): Promise<Message> {
  await waitUntil(() => messagesIn(store, conversationID).some(match), `${message} never showed`, { timeout: 5000 });
  return messagesIn(store, conversationID).find(match)!;
}

/** A real PNG made on a canvas, as a File (what a paste or drop gives). */
export function canvasImageFile(width = 64, height = 48, name = 'picture.png'): Promise<File> {
  return pictureFile(width, height, name);
}

export function transferOf(...files: File[]): DataTransfer {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  return transfer;
}

export function firstElementType(message: Message): string {
  return message.elements[0]?.type ?? '';
}
