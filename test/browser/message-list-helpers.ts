import { fixture, html } from '@open-wc/testing';
import '../../src/components/message-list/define.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { ChatStoreApi } from '../../src/core/store/chat-store-api.js';
import { until } from '../fixtures/message-world.js';

/** A list of `height` px for one conversation of `store`, waited on until its first rows are drawn. */
export async function mountList(
  store: ChatStoreApi,
  conversationID: string,
  options: { height?: number; width?: number; locale?: string; waitForRows?: boolean } = {},
): Promise<TimMessageList> {
  const wrapper =
    await fixture<HTMLDivElement>(html`<div style="display:flex;flex-direction:column;block-size:${options.height ?? 500}px;inline-size:${options.width ?? 560}px">
    <tim-message-list .store=${store} conversation-id=${conversationID} locale=${options.locale ?? 'en'}></tim-message-list>
  </div>`);
  const list = wrapper.querySelector('tim-message-list')!;
  if (options.waitForRows !== false) await until(() => rowsOf(list).length > 0, 'the first rows');
  await list.updateComplete;
  return list;
}

export function rowsOf(list: TimMessageList): TimMessage[] {
  return [...(list.shadowRoot?.querySelectorAll<TimMessage>('tim-message') ?? [])];
}

export function rowFor(list: TimMessageList, messageID: string): TimMessage | undefined {
  return rowsOf(list).find((r) => r.dataset.id === messageID);
}

export function scrollerOf(list: TimMessageList): HTMLElement {
  return list.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
}

/** Rows whose box intersects the scroller's viewport. */
export function visibleRows(list: TimMessageList): TimMessage[] {
  const box = scrollerOf(list).getBoundingClientRect();
  return rowsOf(list).filter((r) => {
    const rect = r.getBoundingClientRect();
    return rect.bottom > box.top + 1 && rect.top < box.bottom - 1;
  });
}

export function distanceFromBottom(list: TimMessageList): number {
  const s = scrollerOf(list);
  return s.scrollHeight - s.scrollTop - s.clientHeight;
}

export const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
