import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { registerLocale } from '../../src/index.js';
import type { TimChat } from '../../src/components/chat/tim-chat.js';
import { makeChat } from './support/chat-fixture.js';

/** A chat inside a wrapper whose `lang`/`dir` the test changes. */
async function chatIn(attributes: { lang?: string; dir?: string; locale?: string }) {
  const chat = await makeChat('alice');
  await chat.server.createGroup({ groupID: 'team', name: 'Team', ownerID: 'alice', memberIDs: ['bob'] });
  await waitUntil(() => chat.store.state.get().conversations.length >= 1, 'conversations arrive');
  const wrapper =
    await fixture<HTMLDivElement>(html`<div lang=${attributes.lang ?? 'en'} dir=${attributes.dir ?? ''} style="width:900px;height:600px">
    <tim-chat .store=${chat.store}></tim-chat></div>`);
  if (!attributes.dir) wrapper.removeAttribute('dir');
  const el = wrapper.querySelector('tim-chat') as TimChat;
  if (attributes.locale) el.locale = attributes.locale;
  await el.updateComplete;
  return { wrapper, el };
}

const searchPlaceholder = (el: TimChat) =>
  el.shadowRoot!.querySelector('tim-conversation-list')?.shadowRoot?.querySelector<HTMLInputElement>('input')?.placeholder;
const until = (el: TimChat, text: string) =>
  waitUntil(() => searchPlaceholder(el) === text, `the list says “${text}” (it says “${searchPlaceholder(el)}”)`);

describe('locales', () => {
  it('<tim-chat lang="fr"> loads the French strings on demand', async () => {
    const { el } = await chatIn({ lang: 'fr' });
    await until(el, 'Rechercher');
    expect(el.shadowRoot!.querySelector('[role="region"]')!.getAttribute('aria-label')).to.equal('Discussion');
  });

  it('follows a change of an ancestor’s lang, and falls back along the chain (fr-CA → fr, zh-HK → zh-TW, it → en)', async () => {
    const { wrapper, el } = await chatIn({ lang: 'de' });
    await until(el, 'Suchen');
    wrapper.lang = 'fr-CA';
    await until(el, 'Rechercher');
    wrapper.lang = 'zh-HK';
    await until(el, '搜尋');
    wrapper.lang = 'zh-SG';
    await until(el, '搜索');
    wrapper.lang = 'it';
    await until(el, 'Search');
  });

  it('registerLocale overrides single strings and adds locales; live elements re-render', async () => {
    const { el } = await chatIn({ lang: 'ja' });
    await until(el, '検索');
    registerLocale('ja', { conversationList: { search: 'トークを検索' } });
    await until(el, 'トークを検索');
    el.locale = 'eo';
    await until(el, 'Search');
    registerLocale('eo', { conversationList: { search: 'Serĉi' } });
    await until(el, 'Serĉi');
  });

  it('an RTL locale sets dir="rtl" on <tim-chat> when nothing above sets a direction, and takes it away again', async () => {
    const { wrapper, el } = await chatIn({ lang: 'ar' });
    await until(el, 'بحث');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(el).direction).to.equal('rtl');
    wrapper.lang = 'en';
    await until(el, 'Search');
    expect(el.hasAttribute('dir')).to.equal(false);
    wrapper.dir = 'ltr';
    wrapper.lang = 'ar';
    await until(el, 'بحث');
    expect(el.hasAttribute('dir'), 'the page chose a direction: the kit follows it').to.equal(false);
    wrapper.removeAttribute('dir');
    await waitUntil(() => el.getAttribute('dir') === 'rtl', 'dir="rtl" once the page leaves it to the kit');
  });

  it('the clock follows the locale’s hour cycle', async () => {
    const chat = await makeChat('alice');
    await chat.server.postMessages([{ from: 'bob', conversationID: 'C2Calice', elements: [{ type: 'TIMTextElem', text: 'Hi' }] }]);
    await waitUntil(() => chat.store.state.get().conversations.length >= 1, 'the conversation');
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en-US" style="width:900px;height:600px">
      <tim-chat .store=${chat.store} conversation-id="C2Cbob"></tim-chat></div>`);
    const el = wrapper.querySelector('tim-chat') as TimChat;
    const time = () =>
      el
        .shadowRoot!.querySelector('tim-message-list')
        ?.shadowRoot?.querySelector('tim-message')
        ?.shadowRoot?.querySelector('time')
        ?.textContent?.trim() ?? '';
    await waitUntil(() => /\d/.test(time()), 'a message time');
    await waitUntil(() => /\b(AM|PM)$/.test(time()), `en-US: 12-hour (${time()})`);
    wrapper.lang = 'en-GB';
    await waitUntil(() => /^\d{1,2}:\d{2}$/.test(time()), `en-GB: 24-hour (${time()})`);
  });
});
