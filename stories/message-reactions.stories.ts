import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import type { TimMessage } from '../src/components/message/tim-message.js';
import { messageKind } from '../src/core/model/message-kind.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Messages/Reactions',
  component: 'tim-message',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: [
          'Emoji reactions (`ServiceFeatures.reactions`): chips under the bubble with their counts, the reader’s own pressed (`aria-pressed`);',
          'a click, Enter or Space on a chip toggles the reader’s reaction. Hovering, focusing or long-pressing a chip names who reacted.',
          'The quick-reaction bar (👍 ❤️ 😂 😮 😢 🎉 and "more", which opens the emoji picker) shows beside a hovered or focused bubble;',
          'on touch screens the same row heads the long-press menu, which keyboards reach with the context-menu key or Shift+F10.',
          'Each toggle fires the cancelable `tim-message-react` (`detail.message`, `detail.reactionID`, `detail.add`) before the store acts.',
          'Reaction IDs are TUIKit’s emoji codes (`[TUIEmoji_Like]`), so TUIKit apps show the same reactions.',
          'Reactions by others in the open conversation are announced politely ("Alice reacted 👍"), at most one announcement per 10 s.',
        ].join(' '),
      },
    },
  },
};
export default meta;

const GROUP = 'GROUPproduct-team';

/** The Product Team of the demo, its newest messages reacted to by its members. */
async function reactedWorld() {
  const { store, server } = await storyStore('alice', { open: GROUP });
  const messages = store
    .messageList(GROUP)
    .get()
    .messages.filter((m) => messageKind(m) === 'bubble' && !m.onlineOnly);
  const [a, b, c] = messages.slice(-3);
  const react = (userID: string, messageID: string | undefined, reactionID: string) =>
    messageID ? server.reactAsAdmin(userID, messageID, reactionID) : Promise.resolve();
  await react('bob', a?.ID, '[TUIEmoji_Like]');
  await react('emma', a?.ID, '[TUIEmoji_Like]');
  await react('lilei', a?.ID, '[TUIEmoji_Celebrate]');
  await react('alice', b?.ID, '[TUIEmoji_Heart]');
  await react('hanmeimei', b?.ID, '[TUIEmoji_Heart]');
  await react('bob', b?.ID, '[TUIEmoji_TearsLaugh]');
  await react('emma', c?.ID, '[TUIEmoji_Amazed]');
  await store.settled();
  return { store, last: c?.ID ?? '' };
}

function reactions(theme: 'light' | 'dark', locale = 'en') {
  return html`${until(
    reactedWorld().then(
      ({ store }) => html`<div class="tim-theme-${theme}" lang=${locale}
          style="height: 640px; max-width: 680px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-message-list .store=${store} conversation-id=${GROUP}></tim-message-list>
      </div>`,
    ),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

/** The newest row, once drawn, hovered and its first chip focused: the quick bar and who reacted show. */
async function showQuickBarAndWho(canvas: HTMLElement): Promise<void> {
  const list = () => canvas.querySelector('tim-message-list');
  for (let i = 0; i < 100 && !list()?.shadowRoot?.querySelector('tim-message [part]'); i++) await new Promise((r) => setTimeout(r, 50));
  const rows = [...(list()?.shadowRoot?.querySelectorAll<TimMessage>('tim-message') ?? [])].filter((r) => r.reactions.length > 0);
  const row = rows[rows.length - 1];
  if (!row) return;
  row.dispatchEvent(new PointerEvent('pointerenter', { pointerType: 'mouse' }));
  await row.updateComplete;
  row.shadowRoot?.querySelector<HTMLElement>('[part~="reaction-chip"]')?.focus();
}

export const Chips: StoryObj = { render: () => reactions('light') };
export const Dark: StoryObj = { render: () => reactions('dark') };
export const Chinese: StoryObj = { render: () => reactions('light', 'zh-CN') };
export const QuickBarAndWhoReacted: StoryObj = {
  render: () => reactions('light'),
  play: async ({ canvasElement }) => showQuickBarAndWho(canvasElement),
};
