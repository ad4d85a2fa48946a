import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { TimConfirmDialog } from '../src/components/confirm-dialog/tim-confirm-dialog.js';

const meta: Meta = {
  title: 'Elements/tim-confirm-dialog',
  component: 'tim-confirm-dialog',
  parameters: {
    docs: {
      description: {
        component:
          'Asks before a destructive action. The message list uses it for "Delete for me" / "Delete from history", the conversation list for deleting a conversation. Focus starts on Cancel, Escape cancels, focus returns to where it was.',
      },
    },
  },
};
export default meta;

function ask(event: Event, danger: boolean): void {
  const root = (event.currentTarget as HTMLElement).parentElement!;
  const dialog = root.querySelector<TimConfirmDialog>('tim-confirm-dialog')!;
  const out = root.querySelector('output')!;
  void dialog
    .confirm({
      title: danger ? 'Delete this message from your history?' : 'Leave the group?',
      message: danger
        ? 'It is removed from your message history on every device, for good. Others in the chat still see it.'
        : 'You will stop receiving its messages.',
      confirmLabel: danger ? 'Delete' : 'Leave',
      danger,
    })
    .then((confirmed) => (out.textContent = confirmed ? 'Confirmed' : 'Cancelled'));
}

export const Destructive: StoryObj = {
  render: () => html`<div>
    <button @click=${(e: Event) => ask(e, true)}>Delete…</button>
    <output style="margin-inline-start:8px"></output>
    <tim-confirm-dialog></tim-confirm-dialog>
  </div>`,
};

export const Neutral: StoryObj = {
  render: () => html`<div>
    <button @click=${(e: Event) => ask(e, false)}>Leave…</button>
    <output style="margin-inline-start:8px"></output>
    <tim-confirm-dialog></tim-confirm-dialog>
  </div>`,
};

export const Chinese: StoryObj = {
  render: () => html`<div lang="zh-CN">
    <button
      @click=${(e: Event) => {
        const dialog = (e.currentTarget as HTMLElement).parentElement!.querySelector<TimConfirmDialog>('tim-confirm-dialog')!;
        void dialog.confirm({ title: '从聊天记录中删除这条消息？', message: '将从你所有设备的聊天记录中永久删除。', confirmLabel: '删除', danger: true });
      }}
    >删除…</button>
    <tim-confirm-dialog locale="zh-CN"></tim-confirm-dialog>
  </div>`,
};
