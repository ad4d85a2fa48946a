import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import type { ChatStoreApi } from '../src/core/store/chat-store-api.js';
import { bulkHistory, makeMessageWorld } from '../test/fixtures/message-world.js';
import { groupWorld } from './message-samples.js';

const meta: Meta = {
  title: 'Elements/tim-message-list',
  component: 'tim-message-list',
  parameters: { layout: 'fullscreen' },
};
export default meta;

function frame(store: ChatStoreApi, conversationID: string, height = 600): TemplateResult {
  return html`<div style="height: ${height}px; max-width: 640px; display: flex; flex-direction: column">
    <tim-message-list .store=${store} conversation-id=${conversationID}></tim-message-list>
  </div>`;
}

const story = (make: () => Promise<TemplateResult>): StoryObj => ({
  render: () => html`${until(make(), html`<p>Starting the embedded backend…</p>`)}`,
});

/** The skeleton while the first page is on its way (the network here never answers). */
export const Loading = story(async () => {
  const world = await makeMessageWorld();
  world.aliceService.setLatency(600_000);
  return frame(world.alice, 'C2Ccarol');
});

export const Empty = story(async () => {
  const world = await makeMessageWorld();
  return frame(world.alice, 'C2Cdave');
});

/** The first page could not be loaded: an error with a retry (which works: the failure is switched off after showing). */
export const LoadError = story(async () => {
  const world = await makeMessageWorld();
  world.aliceService.setFailureRate(1);
  setTimeout(() => world.aliceService.setFailureRate(0), 1500);
  return frame(world.alice, 'C2Cdave');
});

/** 10,000 messages: scroll up and older pages load while the message you read stays put. */
export const LongHistory = story(async () => {
  const world = await makeMessageWorld({ maxCachedPerConversation: 20_000 });
  await world.alice.importMessages(bulkHistory(world.c2c, 10_000, 'alice', 'bob'));
  return frame(world.alice, world.c2c);
});

export const FailedMessage = story(async () => {
  const world = await makeMessageWorld();
  await world.bob.sendText('C2Calice', 'Can you send me the report?');
  world.aliceService.setFailureRate(1);
  await world.alice.sendText(world.c2c, 'Here it is — oh, the network dropped.').catch(() => {});
  world.aliceService.setFailureRate(0);
  return frame(world.alice, world.c2c, 360);
});

export const GroupWithNotices = story(async () => {
  const { store, conversationID } = await groupWorld();
  return frame(store, conversationID);
});

export const GroupWithNoticesChinese = story(async () => {
  const { store, conversationID } = await groupWorld();
  return html`<div lang="zh-CN">${frame(store, conversationID)}</div>`;
});

/** Opened with unread messages above the fold: "N unread messages" jumps to the first. */
export const UnreadAbove = story(async () => {
  const world = await makeMessageWorld();
  await world.alice.importMessages(bulkHistory(world.c2c, 30, 'alice', 'bob'));
  for (let i = 1; i <= 15; i++) await world.bob.sendText('C2Calice', `Unread message ${i}: catching up on the thread`);
  return frame(world.alice, world.c2c, 360);
});
