import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { buildMergedElement } from '../src/core/forward/index.js';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/index.js';
import '../src/components/forward-picker/define.js';
import type { TimForwardPicker } from '../src/components/forward-picker/tim-forward-picker.js';
import type { TimMessageList } from '../src/components/message-list/tim-message-list.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Messages/Forward and multi-select',
  component: 'tim-forward-picker',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Forwarding as TUIKit does it. "Forward" in a message\'s menu opens `<tim-forward-picker>` (search, most recent first, several targets, Space/Enter/Escape); "Select" enters the list\'s multi-select mode (checkboxes, Space, Shift+arrows, Escape) with a bar to forward one by one, forward combined, or delete for me. A combined forward is one merged ("chat history") message (`TIMRelayElem`): a card with the title and first lines that opens `<tim-merged-viewer>`. Every step is a cancelable event (`tim-message-forward`, `tim-messages-forward`, `tim-forward-send`, `tim-messages-delete`, `tim-merged-open`) whose default is the store\'s `forwardMessages` / `loadMergedMessages`.',
      },
      story: { inline: false, height: '640px' },
    },
  },
};
export default meta;

/** The picker on its own: a button opens it with Alice's demo conversations; the chosen IDs show below. */
async function openPicker(button: HTMLElement): Promise<void> {
  const root = button.parentElement!;
  const { store } = await storyStore('alice');
  const picker = root.querySelector<TimForwardPicker>('tim-forward-picker')!;
  const ids = await picker.pick({ conversations: store.state.get().conversations, returnFocusTo: button });
  root.querySelector('output')!.textContent = ids.length ? `Forward to: ${ids.join(', ')}` : 'Cancelled';
}

export const Picker: StoryObj = {
  render: () => html`<div style="padding: 16px">
    <button type="button" @click=${(e: Event) => openPicker(e.currentTarget as HTMLElement)}>Forward…</button>
    <output></output>
    <tim-forward-picker></tim-forward-picker>
  </div>`,
  play: async ({ canvasElement }) => {
    void openPicker(canvasElement.querySelector('button')!);
  },
};

/** Alice forwarded two lines of her chat with Bob, combined, into the chat with Emma: the card, which opens the history. */
async function mergedCardWorld() {
  const { store } = await storyStore('alice', { open: 'C2Cbob' });
  const lines = store
    .messageList('C2Cbob')
    .get()
    .messages.filter((m) => m.status === 'success' && !m.isRevoked)
    .slice(-3);
  await store.forwardMessages(lines, ['C2Cemma'], { mode: 'merged', mergedElement: buildMergedElement });
  await store.openConversation('C2Cemma');
  return store;
}

export const MergedCard: StoryObj = {
  parameters: { component: 'tim-merged-viewer' },
  render: () =>
    html`${until(
      mergedCardWorld().then(
        (store) => html`<div class="tim-theme-light" style="height: 620px; max-width: 640px; display: flex; flex-direction: column">
          <tim-message-list .store=${store} conversation-id="C2Cemma"></tim-message-list>
        </div>`,
      ),
      html`<p>Starting the embedded backend…</p>`,
    )}`,
};

/** The list in multi-select mode, two messages picked: the checkboxes and the bar. */
export const MultiSelect: StoryObj = {
  render: () =>
    html`${until(
      storyStore('alice', { open: 'C2Cbob' }).then(
        ({ store }) => html`<div class="tim-theme-light" style="height: 620px; max-width: 640px; display: flex; flex-direction: column">
          <tim-message-list .store=${store} conversation-id="C2Cbob"></tim-message-list>
        </div>`,
      ),
      html`<p>Starting the embedded backend…</p>`,
    )}`,
  play: async ({ canvasElement }) => {
    const find = () => canvasElement.querySelector<TimMessageList>('tim-message-list');
    for (let i = 0; i < 200 && !(find()?.items.length ?? 0); i++) await new Promise((resolve) => requestAnimationFrame(resolve));
    const list = find();
    if (!list) return;
    const delivered = list.items.filter((m) => m.status === 'success' && !m.isRevoked);
    list.enterSelection(delivered[delivered.length - 2]);
    const last = delivered[delivered.length - 1];
    if (last) list.toggleSelected(last);
  },
};
