import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/conversation-list/define.js';
import type { TimConversationList } from '../src/components/conversation-list/tim-conversation-list.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Conversations/New chat',
  component: 'tim-new-chat',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          '"New chat", as TUIKit\'s "Start chat": the **+** beside the conversation list\'s search (on backends with',
          '`ServiceFeatures.directory`) opens `<tim-new-chat>`, loaded on first use. It finds people and groups through the backend by',
          'exact ID, and by name where the backend searches names (the embedded one always; Tencent Cloud Chat with the cloud search',
          'add-on, else by ID only). The search goes out once typing pauses (Enter at once); the latest keyword wins. Choosing a',
          'person opens the one-to-one chat; a group one is in opens; a free group (`FreeAccess`) is joined and opens; a group that',
          'approves (`NeedPermission`) gets a request ("Request sent"); a group by invitation only offers nothing. The chat opens as a',
          'list row does (the cancelable `tim-conversation-select`), and the focus goes to its row. The core decides',
          '(`newChatFeature`: the search, the join states); hide the button with `no-new-chat`.',
        ].join(' '),
      },
    },
  },
};
export default meta;

function list(theme: 'light' | 'dark', locale = 'en') {
  return html`${until(
    storyStore('alice').then(
      ({ store }) => html`<div class="tim-theme-${theme}" lang=${locale}
        style="height: 640px; max-width: 360px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-conversation-list .store=${store} locale=${locale}></tim-conversation-list>
      </div>`,
    ),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** Open the dialog and search, as a person typing would. */
async function search(canvas: HTMLElement, keyword: string): Promise<void> {
  const listElement = () => canvas.querySelector<TimConversationList>('tim-conversation-list');
  const button = () => listElement()?.shadowRoot?.querySelector<HTMLButtonElement>('[part~="new-chat-button"]');
  for (let i = 0; i < 100 && !button(); i++) await new Promise((r) => setTimeout(r, 50));
  button()?.click();
  const input = () => listElement()?.shadowRoot?.querySelector('tim-new-chat')?.shadowRoot?.querySelector<HTMLInputElement>('input');
  for (let i = 0; i < 100 && !input(); i++) await new Promise((r) => setTimeout(r, 50));
  const field = input();
  if (!field) return;
  field.value = keyword;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

export const Button: StoryObj = { render: () => list('light') };
export const FindAGroup: StoryObj = { render: () => list('light'), play: ({ canvasElement }) => search(canvasElement, 'photo') };
export const FindAPerson: StoryObj = { render: () => list('dark'), play: ({ canvasElement }) => search(canvasElement, 'Emma') };
export const Chinese: StoryObj = { render: () => list('light', 'zh-CN'), play: ({ canvasElement }) => search(canvasElement, '李') };
