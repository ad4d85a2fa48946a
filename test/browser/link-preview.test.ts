import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import type { LinkPreviewResolver } from '../../src/core/link-preview/index.js';
import { textMessage } from '../contract/contract-helpers.js';

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function storeWith(linkPreview?: LinkPreviewResolver) {
  const server = await LocalServer.open({ namespace: `links-${Math.random()}`, storage: 'memory' });
  return new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache(), ...(linkPreview ? { linkPreview } : {}) });
}

async function mount(store: ChatStore, text: string) {
  const message = { ...textMessage('bob', 'C2Cbob', text), status: 'success' as const, flow: 'in' as const };
  const el = await fixture<TimMessage>(html`<tim-message .message=${message} .store=${store} locale="en"></tim-message>`);
  return el;
}

const card = (el: TimMessage) => el.shadowRoot!.querySelector<HTMLElement>('tim-link-preview');

describe('link previews under text messages', () => {
  it('keeps the card’s height from the placeholder to the card (the row does not move), then a safe link', async () => {
    let answer!: (v: Awaited<ReturnType<LinkPreviewResolver>>) => void;
    const asked: string[] = [];
    const store = await storeWith((url) => {
      asked.push(url);
      return new Promise((resolve) => (answer = resolve));
    });
    const el = await mount(store, 'look: https://example.com/page, nice <b>bold</b>');
    await waitUntil(() => card(el), 'the card’s place');
    const heightBeforeLoad = el.getBoundingClientRect().height;
    expect(card(el)!.getBoundingClientRect().height).to.equal(84, 'kept while the element loads');
    await waitUntil(() => card(el)!.shadowRoot?.querySelector('.loading'), 'the placeholder');
    const heightLoading = el.getBoundingClientRect().height;
    expect(heightLoading).to.equal(heightBeforeLoad);
    expect(asked).to.deep.equal(['https://example.com/page']);
    answer({ title: '<img src=x onerror=alert(1)>Example', description: 'A page', image: PNG, siteName: 'example.com' });
    await waitUntil(() => card(el)!.shadowRoot?.querySelector('[part="card"]'), 'the card');
    const link = card(el)!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="card"]')!;
    expect(el.getBoundingClientRect().height).to.equal(heightLoading, 'no shift when the card arrives');
    expect(link.href).to.equal('https://example.com/page');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(link.querySelector('[part="title"]')!.textContent).to.equal('<img src=x onerror=alert(1)>Example', 'text, not markup');
    expect(link.querySelector('img[part="image"]')!.getAttribute('src')).to.equal(PNG);
    await expect(card(el)!).to.be.accessible();
  });

  it('shows no card without a resolver, for non-http links, and when the resolver has nothing', async () => {
    const plain = await mount(await storeWith(), 'https://example.com/');
    expect(card(plain)).to.equal(null);
    const store = await storeWith(async (url) => (url.includes('empty') ? undefined : { title: 'x', image: 'javascript:alert(1)' }));
    const javascript = await mount(store, 'javascript:alert(1) ftp://example.com');
    expect(card(javascript)).to.equal(null);
    const empty = await mount(store, 'https://example.com/empty');
    await waitUntil(() => card(empty)?.hidden === true, 'hidden when nothing to show');
    const badImage = await mount(store, 'https://example.com/ok');
    await waitUntil(() => card(badImage)!.shadowRoot?.querySelector('[part="card"]'), 'the card');
    expect(card(badImage)!.shadowRoot!.querySelector('img'), 'a javascript: image is dropped').to.equal(null);
  });
});
