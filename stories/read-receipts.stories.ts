import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import type { TimMessage } from '../src/components/message/tim-message.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Messages/Read receipts',
  component: 'tim-read-receipts',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Group read receipts (`ServiceFeatures.groupReadReceipts`; TIM’s `needReadReceipt`). In a group that allows them (the',
          'embedded backend: Work groups such as Product Team; Tencent Cloud Chat: the console’s setting per group type), one’s own',
          'messages ask for receipts by default (`sendText(…, { needReadReceipt: false })` asks for none) and show **Unread**,',
          '**N read** or **All read** beside the time, updated live as members read them: a member’s list acknowledges the messages',
          'it shows once the member reads the conversation. A click, or Enter on the row then Enter on the count, opens',
          '`<tim-read-receipts>` (loaded on first use): Read and Unread tabs (←/→), each a paged list of members with avatars and',
          'names (“Show more” asks for the next page). Escape or Close gives the focus back to the count.',
        ].join(' '),
      },
    },
  },
};
export default meta;

const PRODUCT = 'GROUPproduct-team';

function receipts(theme: 'light' | 'dark', locale = 'en', readers: readonly string[] = ['bob', 'lilei']) {
  return html`${until(
    storyStore('alice', { open: PRODUCT }).then(async ({ store, server }) => {
      const sent = await store.sendText(PRODUCT, 'Release notes are final, please have a look before Friday 📄');
      if (readers.length) await server.sendReadReceiptsAsAdmin(readers[0]!, [sent.ID]);
      for (const reader of readers.slice(1)) await server.sendReadReceiptsAsAdmin(reader, [sent.ID]);
      return html`<div class="tim-theme-${theme}" lang=${locale}
          style="height: 640px; max-width: 680px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-message-list .store=${store} conversation-id=${PRODUCT}></tim-message-list>
      </div>`;
    }),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** The newest "N read" button, once drawn. */
async function readCount(canvas: HTMLElement): Promise<HTMLElement | undefined> {
  const find = () =>
    [...(canvas.querySelector('tim-message-list')?.shadowRoot?.querySelectorAll<TimMessage>('tim-message') ?? [])]
      .map((row) => row.shadowRoot?.querySelector<HTMLElement>('[part~="read-receipt"]'))
      .filter((b): b is HTMLElement => !!b)
      .pop();
  for (let i = 0; i < 100 && !find(); i++) await new Promise((r) => setTimeout(r, 50));
  return find();
}

export const TwoRead: StoryObj = { render: () => receipts('light') };
export const Dark: StoryObj = { render: () => receipts('dark') };
export const Chinese: StoryObj = { render: () => receipts('light', 'zh-CN') };
export const NobodyYet: StoryObj = { render: () => receipts('light', 'en', []) };
export const AllRead: StoryObj = { render: () => receipts('light', 'en', ['bob', 'lilei', 'hanmeimei', 'emma']) };
export const WhoHasRead: StoryObj = {
  render: () => receipts('light'),
  play: async ({ canvasElement }) => {
    (await readCount(canvasElement))?.click();
    const dialog = () => canvasElement.querySelector('tim-message-list')?.shadowRoot?.querySelector('tim-read-receipts');
    for (let i = 0; i < 100 && !dialog()?.shadowRoot?.querySelector('[part~="member"]'); i++) await new Promise((r) => setTimeout(r, 50));
  },
};
