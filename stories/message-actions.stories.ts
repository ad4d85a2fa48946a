import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/message-actions/define.js';
import type { TimMessageActions } from '../src/components/message-actions/tim-message-actions.js';
import { MESSAGE_ACTIONS } from '../src/components/message/events.js';
import { createMessage, textElem } from '../src/core/model/factories.js';

const meta: Meta = {
  title: 'Elements/tim-message-actions',
  component: 'tim-message-actions',
  parameters: { docs: { story: { inline: false, height: '360px' } } },
};
export default meta;

const message = createMessage({
  ID: 'story-message',
  conversationID: 'C2Cbob',
  from: 'alice',
  flow: 'out',
  status: 'success',
  time: Math.floor(Date.now() / 1000),
  elements: [textElem('See you at the design review')],
});

/** The message list opens it from a message's menu button or a right-click; here a button does. */
async function openMenu(button: HTMLElement): Promise<void> {
  const menu = button.parentElement!.querySelector<TimMessageActions>('tim-message-actions')!;
  const box = button.getBoundingClientRect();
  await menu.open({ message, actions: MESSAGE_ACTIONS, x: box.left, y: box.bottom + 4, returnFocusTo: button });
}

export const Menu: StoryObj = {
  render: () => html`<div>
    <button type="button" @click=${(e: Event) => openMenu(e.currentTarget as HTMLElement)}>Message actions</button>
    <tim-message-actions
      @tim-message-action-select=${(e: GlobalEventHandlersEventMap['tim-message-action-select']) => console.log('tim-message-action-select', e.detail.action)}
    ></tim-message-actions>
  </div>`,
  play: async ({ canvasElement }) => {
    await openMenu(canvasElement.querySelector('button')!);
  },
};
