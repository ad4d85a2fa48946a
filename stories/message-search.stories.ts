import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/conversation-list/define.js';
import type { TimConversationList } from '../src/components/conversation-list/tim-conversation-list.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Conversations/Message search',
  component: 'tim-message-search',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          '"Search messages": the magnifier beside the conversation list\'s search (every chat) and in `<tim-chat>`\'s header',
          '(this chat) open `<tim-message-search>`, loaded on first use. It searches the messages kept on this device (the cache;',
          'in IndexedDB an inverted index stored in chunks, built in the background): Chinese and Japanese as written, without',
          'spaces (any run of characters); other words whole, the last one as a prefix while it is being typed. Results come',
          'grouped by chat, newest first, the matching words marked (as text, never HTML). Enter or a click jumps to the message',
          'in its chat (`tim-message-search-select` from the list; `<tim-chat>` loads the history around it and highlights it).',
          'The core decides (`messageSearchFeature`: debounce, latest words win, scope); hide the button with `no-message-search`.',
          "On Tencent Cloud Chat with the cloud search plugin (`features.cloudMessageSearch`), the server's results join in,",
          'each message once; a chat the server only counted shows "N more on the server" (part `more`), which searches within it',
          '(the browser test `test/browser/cloud-message-search.test.ts` drives it over the fake SDK).',
          'Here the embedded backend (no server search): the store has read every demo chat, so their messages are cached.',
        ].join(' '),
      },
    },
  },
};
export default meta;

function list(theme: 'light' | 'dark', locale = 'en') {
  return html`${until(
    storyStore('alice').then(async ({ store }) => {
      // What a person has read is cached: open every chat once.
      for (const c of store.state.get().conversations) await store.openConversation(c.conversationID);
      await store.openConversation(null);
      return html`<div class="tim-theme-${theme}" lang=${locale}
        style="height: 640px; max-width: 360px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-conversation-list .store=${store} locale=${locale}></tim-conversation-list>
      </div>`;
    }),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** Open the dialog and type, as a person would. */
async function search(canvas: HTMLElement, words: string): Promise<void> {
  const listElement = () => canvas.querySelector<TimConversationList>('tim-conversation-list');
  const button = () => listElement()?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="search-messages-button"]');
  for (let i = 0; i < 100 && !button(); i++) await new Promise((r) => setTimeout(r, 50));
  button()?.click();
  const input = () => listElement()?.shadowRoot?.querySelector('tim-message-search')?.shadowRoot?.querySelector<HTMLInputElement>('input');
  for (let i = 0; i < 100 && !input(); i++) await new Promise((r) => setTimeout(r, 50));
  const field = input();
  if (!field) return;
  field.value = words;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const Button: StoryObj = { render: () => list('light') };
export const EnglishPrefix: StoryObj = { render: () => list('light'), play: ({ canvasElement }) => search(canvasElement, 'lun') };
export const ChineseWithoutSpaces: StoryObj = {
  render: () => list('dark', 'zh-CN'),
  play: ({ canvasElement }) => search(canvasElement, '周末'),
};
