// WCAG 2.2 AA visuals a real browser computes: the 2 px focus ring on every control, sizes that
// follow the reader's font size, forced colours, user text direction and mirrored pointing icons.
// (The token contrast is computed in Node: test/core/theme-contrast.test.ts.)
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { until } from '../fixtures/message-world.js';
import { deepQuery, deepQueryAll } from './dom-helpers.js';

async function chatWithMessages(dir: 'ltr' | 'rtl' = 'ltr') {
  const server = await LocalServer.open({ storage: 'memory', namespace: `visual-${dir}-${Date.now()}` });
  await server.createUser({ userID: 'alice', nick: 'Alice' });
  await server.createUser({ userID: 'bob', nick: 'Bob' });
  await server.createUser({ userID: 'carol', nick: 'Carol' });
  await server.postMessages([
    { from: 'carol', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'مرحبا hello https://example.com' }] },
    { from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'hello' }] },
    { from: 'alice', conversationID: 'C2Cbob', elements: [{ type: 'TIMTextElem', text: 'hi Bob' }] },
  ]);
  const store = new ChatStore({ service: new LocalChatService(server), cache: new MemoryCache() });
  await store.start('alice');
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir=${dir}>
      <tim-chat .store=${store} locale="en" theme="light" style="display:block;block-size:700px;inline-size:1100px"></tim-chat>
    </div>`,
  );
  const chat = wrapper.querySelector<TimChat>('tim-chat')!;
  await store.openConversation('C2Cbob');
  await until(() => deepQuery(chat, 'tim-message')?.shadowRoot?.querySelector('.bubble'), 'a message row');
  await until(() => deepQuery(chat, 'tim-conversation-list')?.shadowRoot?.querySelector('[aria-selected="true"]'), 'the selected row');
  return { chat, store };
}

describe('WCAG visuals', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none' });
    document.documentElement.style.fontSize = '';
  });

  it('draws a 2 px focus ring on every focusable control of the chat', async function () {
    this.timeout(20000);
    const { chat } = await chatWithMessages();
    const controls = deepQueryAll<HTMLElement>(chat, 'button, a[href], input, textarea, [tabindex]').filter(
      (el) => el.getClientRects().length > 0 && !(el as HTMLButtonElement).disabled && el.tabIndex >= -1,
    );
    expect(controls.length).to.be.greaterThan(10);
    const missing: string[] = [];
    let checked = 0;
    for (const control of controls) {
      control.focus();
      // Some containers hand their focus on (the list scroller to its row).
      if (!control.matches(':focus')) continue;
      checked++;
      // A row is drawn by its host (:host(:focus-visible) .bubble); the rest ring themselves.
      const host = (control.getRootNode() as ShadowRoot).host;
      const ringed = [control, ...(control.localName === 'tim-message' ? [control.shadowRoot!.querySelector('.bubble')!] : [])];
      const ok = ringed.some((el) => {
        const style = getComputedStyle(el);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      });
      if (!ok) missing.push(`${host?.localName ?? ''} ${control.localName}.${control.className}`);
    }
    expect(missing).to.deep.equal([]);
    expect(checked).to.be.at.least(10);
  });

  it('sizes text in rem: a 20 px root font makes the kit larger', async function () {
    this.timeout(20000);
    const { chat } = await chatWithMessages();
    const text = () => parseFloat(getComputedStyle(deepQuery(chat, 'tim-message')!).fontSize);
    expect(text()).to.equal(14);
    document.documentElement.style.fontSize = '20px';
    expect(text()).to.equal(17.5);
    const send = deepQuery<HTMLElement>(chat, '.send')!;
    expect(send.getBoundingClientRect().height).to.equal(50);
  });

  it('keeps the selected conversation, bubbles, badges and buttons visible in forced colours', async function () {
    this.timeout(20000);
    const { chat } = await chatWithMessages();
    await emulateMedia({ forcedColors: 'active' });
    const selected = deepQuery<HTMLElement>(chat, '[role="option"][aria-selected="true"]')!;
    const other = deepQuery<HTMLElement>(chat, '[role="option"][aria-selected="false"]')!;
    expect(getComputedStyle(selected).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
    const bubble = deepQuery(chat, 'tim-message')!.shadowRoot!.querySelector('.bubble')!;
    expect(getComputedStyle(bubble).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(deepQuery(chat, '.send')!).borderTopStyle).to.equal('solid');
  });

  it('gives user text its own direction and mirrors the pointing icons in right-to-left', async function () {
    this.timeout(20000);
    const { chat, store } = await chatWithMessages('rtl');
    const textarea = deepQuery<HTMLTextAreaElement>(chat, 'textarea')!;
    expect(textarea.getAttribute('dir')).to.equal('auto');
    const sendIcon = deepQuery<SVGElement>(chat, '.send svg')!;
    expect(getComputedStyle(sendIcon).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const back = deepQuery<SVGElement>(chat, '.back svg')!;
    expect(back.classList.contains('mirror')).to.equal(true);
    await store.openConversation('C2Ccarol');
    await until(() => deepQuery(chat, 'tim-message')?.shadowRoot?.querySelector('.text'), 'the received text');
    const text = deepQuery(chat, 'tim-message')!.shadowRoot!.querySelector('.text')!;
    expect(getComputedStyle(text).unicodeBidi).to.equal('plaintext');

    const ltr = await fixture<HTMLElement>(html`<div dir="ltr"><tim-emoji-parser text="שלום hello"></tim-emoji-parser></div>`);
    const parser = ltr.querySelector('tim-emoji-parser')!;
    await (parser as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const span = parser.shadowRoot!.querySelector<HTMLElement>('[part="text"]')!;
    expect(span.getAttribute('dir')).to.equal('auto');
    expect(span.matches(':dir(rtl)')).to.equal(true);
  });
});
