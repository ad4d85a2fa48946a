import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/composer/define.js';
import '../src/components/message-list/define.js';
import type { TimComposer } from '../src/components/composer/tim-composer.js';
import type { ChatStore } from '../src/core/store/chat-store.js';
import { makeMessageWorld } from '../test/fixtures/message-world.js';

const meta: Meta = {
  title: 'Features/Edit and pinned messages',
  component: 'tim-message-list',
  parameters: {
    docs: {
      description: {
        component: [
          '**Edit**: "Edit" in the menu of one’s own text message (within the backend’s window, `ServiceFeatures.editWindowSeconds`;',
          'the embedded backend allows 15 minutes) fires `tim-message-edit`; `<tim-composer>` then edits: the text in the box,',
          '"Editing message" above it, Enter saves, Esc cancels and gives back what was being written. Everyone sees the new text',
          'and "edited" (the Web SDK’s `isModified`). **Re-edit**: one’s own recalled text offers "Re-edit" for 2 minutes after the recall.',
          '**Pinned messages** (groups, `ServiceFeatures.pinnedMessages`): owners and admins pin and unpin from the menu; every member',
          'sees the bar above the list (the latest pin; a click jumps to it and moves to the older one) and the list of all pins.',
        ].join(' '),
      },
    },
  },
};
export default meta;

function column(store: ChatStore, conversationID: string): TemplateResult {
  return html`<div style="display: flex; flex-direction: column; height: 520px; max-width: 720px; border: 1px solid var(--tim-color-border); border-radius: 12px; overflow: hidden;">
    <tim-message-list style="flex: 1; min-height: 0" .store=${store} conversation-id=${conversationID}></tim-message-list>
    <tim-composer .store=${store} conversation-id=${conversationID}></tim-composer>
  </div>`;
}

const story = (make: () => Promise<TemplateResult>, play?: StoryObj['play']): StoryObj => ({
  render: () => html`${until(make(), html`<p>Starting the embedded backend…</p>`)}`,
  ...(play ? { play } : {}),
});

/** Waits (polling, no fixed time) for what a story's play step needs. */
async function poll<T>(find: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const found = find();
    if (found) return found;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error('The story did not render what its play step needs.');
}

let editStore: ChatStore | undefined;

/** The composer editing one’s own message: the text in the box, "Editing message" above, Save instead of Send. */
export const EditingAMessage = story(
  async () => {
    const world = await makeMessageWorld();
    await world.bob.sendText('C2Calice', 'What time is the review?');
    await world.alice.sendText(world.c2c, 'Meet at 5 by the door');
    editStore = world.alice;
    return column(world.alice, world.c2c);
  },
  async ({ canvasElement }) => {
    const composer = await poll(() => canvasElement.querySelector<TimComposer>('tim-composer'));
    const own = await poll(() =>
      editStore
        ?.messageList('C2Cbob')
        .get()
        .messages.findLast((m) => m.flow === 'out'),
    );
    await poll(() => composer.editMessage(own));
    await composer.updateComplete;
  },
);

/** An edited message ("edited" beside its time) and one’s own recalled one, with "Re-edit". */
export const EditedAndRecalled = story(async () => {
  const world = await makeMessageWorld();
  await world.bob.sendText('C2Calice', 'Are we still on for Friday?');
  const sent = await world.alice.sendText(world.c2c, 'Yes, at 5');
  await world.alice.editMessage(sent, 'Yes, at 6 — moved by an hour');
  const oops = await world.alice.sendText(world.c2c, 'Sent to the wrong chat');
  await world.alice.revoke(oops);
  return column(world.alice, world.c2c);
});

async function pinnedGroup(): Promise<{ store: ChatStore; conversationID: string }> {
  const world = await makeMessageWorld();
  await world.alice.openConversation(world.group);
  const texts = ['House rules: be kind, stay on topic', 'Release checklist: docs, changelog, tag', 'Demo day is Friday 16:00'];
  const sent = [];
  for (const text of texts) sent.push(await world.alice.sendText(world.group, text));
  await poll(() => world.alice.canManagePins(world.group));
  for (const message of sent) await world.alice.pinMessage(message, true);
  await world.bob.sendText(world.group, 'Noted, thanks!');
  return { store: world.alice, conversationID: world.group };
}

/** A group with three pins: the bar shows the latest; each click jumps to it and moves to the older one. */
export const PinnedBar = story(async () => {
  const { store, conversationID } = await pinnedGroup();
  return column(store, conversationID);
});

/** The list of all pins, open; the owner can unpin each. */
export const PinnedList = story(
  async () => {
    const { store, conversationID } = await pinnedGroup();
    return column(store, conversationID);
  },
  async ({ canvasElement }) => {
    const list = await poll(() => canvasElement.querySelector('tim-message-list'));
    const button = await poll(() => list.shadowRoot?.querySelector<HTMLElement>('[part~="pinned-list-button"]'));
    button.click();
    await poll(() => list.shadowRoot?.querySelector('[part~="pinned-list"]'));
  },
);
