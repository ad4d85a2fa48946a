import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/confirm-dialog/define.js';
import type { TimConfirmDialog } from '../src/components/confirm-dialog/tim-confirm-dialog.js';

const meta: Meta = {
  title: 'Elements/tim-confirm-dialog',
  component: 'tim-confirm-dialog',
  parameters: { docs: { story: { inline: false, height: '360px' } } },
};
export default meta;

/** The lists ask through it before deleting; here a button does. */
async function ask(button: HTMLElement): Promise<void> {
  const dialog = button.parentElement!.querySelector<TimConfirmDialog>('tim-confirm-dialog')!;
  const output = button.parentElement!.querySelector('output')!;
  const confirmed = await dialog.confirm({
    title: 'Delete this message?',
    message: 'It is removed from this device only.',
    confirmLabel: 'Delete',
    danger: true,
    returnFocusTo: button,
  });
  output.textContent = confirmed ? 'Deleted' : 'Kept';
}

export const DeleteQuestion: StoryObj = {
  render: () => html`<div>
    <button type="button" @click=${(e: Event) => ask(e.currentTarget as HTMLElement)}>Delete…</button>
    <output></output>
    <tim-confirm-dialog></tim-confirm-dialog>
  </div>`,
  play: async ({ canvasElement }) => {
    void ask(canvasElement.querySelector('button')!);
  },
};
