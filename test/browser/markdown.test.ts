import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/components/message/define.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { withMarkdownFormat } from '../../src/core/model/markdown-wire.js';
import type { Message } from '../../src/core/model/message.js';
import { makeMessage, until } from '../fixtures/message-world.js';

const SOURCE = [
  '**Release plan** [Smile] with *care*, ~~old~~ and `npm test`',
  '',
  '```',
  '<b>not bold</b> **not bold**',
  '```',
  '> a quote',
  '',
  '- one',
  '- two',
  '',
  '1. first',
  '2. second',
  '',
  '[docs](https://example.com/docs) [evil](javascript:alert(1)) <img src=x onerror="window.__pwned=1"> https://bare.example.org',
].join('\n');

function markdownMessage(text: string, extra: Partial<Message> = {}): Message {
  return makeMessage({
    conversationID: 'C2Cbob',
    from: 'bob',
    flow: 'in',
    elements: [{ type: 'TIMTextElem', text }],
    cloudCustomData: withMarkdownFormat(),
    ...extra,
  });
}

async function mount(message: Message, markdown = true): Promise<TimMessage> {
  const el = await fixture<TimMessage>(html`<tim-message .message=${message} .markdown=${markdown} locale="en"></tim-message>`);
  await el.updateComplete;
  return el;
}

const root = (el: TimMessage) => el.shadowRoot!;
const markdownOfRow = (el: TimMessage) => root(el).querySelector<HTMLElement>('[part~="markdown"]');

describe('markdown messages', () => {
  it('draws bold, italic, strikethrough, code, code blocks, quotes and lists, with emoji inside text runs', async () => {
    const el = await mount(markdownMessage(SOURCE));
    await until(() => markdownOfRow(el), 'the markdown renderer (loaded on first use)');
    const md = markdownOfRow(el)!;
    expect(md.querySelector('strong')!.textContent).to.equal('Release plan');
    expect(md.querySelector('p > [part~="emoji"]'), 'the emoji parser runs inside markdown text').to.exist;
    expect(md.querySelector('em')!.textContent).to.equal('care');
    expect(md.querySelector('del')!.textContent).to.equal('old');
    expect(md.querySelector('p code')!.textContent).to.equal('npm test');
    expect(md.querySelector('pre code')!.textContent).to.equal('<b>not bold</b> **not bold**');
    expect(md.querySelector('pre b, pre strong'), 'code stays code').to.equal(null);
    expect(md.querySelector('blockquote')!.textContent!.trim()).to.equal('a quote');
    expect([...md.querySelectorAll('ul > li')].map((li) => li.textContent!.trim())).to.deep.equal(['one', 'two']);
    expect([...md.querySelectorAll('ol > li')].map((li) => li.textContent!.trim())).to.deep.equal(['first', 'second']);
    await expect(el).to.be.accessible();
  });

  it('is safe: http(s) links only (new tab, no opener), javascript: and raw HTML stay text, nothing runs', async () => {
    const el = await mount(markdownMessage(SOURCE));
    await until(() => markdownOfRow(el), 'the markdown');
    const md = markdownOfRow(el)!;
    const links = [...md.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/docs', 'https://bare.example.org/']);
    for (const a of links) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.contain('noopener');
    }
    expect(md.textContent).to.contain('[evil](javascript:alert(1))');
    expect(md.textContent).to.contain('<img src=x onerror="window.__pwned=1">');
    expect(md.querySelector('img:not([part~="emoji"]), script, b')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('a TUIKit chatbot message (custom, from @RBT#…, chunks) is markdown too; markdown=false shows the plain text', async () => {
    const bot = makeMessage({
      conversationID: 'C2C@RBT#helper',
      from: '@RBT#helper',
      to: 'alice',
      flow: 'in',
      elements: [
        {
          type: 'TIMCustomElem',
          data: JSON.stringify({ chunks: ['# Answer\n', '- **yes**'], isFinished: 1 }),
          description: '',
          extension: '',
        },
      ],
    });
    const el = await mount(bot);
    await until(() => markdownOfRow(el), 'the bot markdown');
    expect(markdownOfRow(el)!.querySelector('[role="heading"]')!.textContent).to.equal('Answer');
    expect(markdownOfRow(el)!.querySelector('li strong')!.textContent).to.equal('yes');
    const plain = await mount(markdownMessage('**not formatted**'), false);
    expect(markdownOfRow(plain)).to.equal(null);
    expect(root(plain).querySelector('[part~="text"]')!.textContent).to.equal('**not formatted**');
    expect(root(plain).querySelector('strong')).to.equal(null);
    const unflagged = await mount(markdownMessage('**plain text message**', { cloudCustomData: '' }));
    expect(markdownOfRow(unflagged)).to.equal(null);
  });

  it('a huge, deeply nested markdown message draws in part, without blocking', async () => {
    const deep = `${'> '.repeat(200)}${'**'.repeat(500)}x\n${'- a\n  '.repeat(300)}`;
    const started = performance.now();
    const el = await mount(markdownMessage(deep.repeat(20)));
    await until(() => markdownOfRow(el), 'the markdown');
    expect(performance.now() - started).to.be.below(3000);
    expect(root(el).querySelector('[part~="show-more"]'), 'a long text is drawn in part').to.exist;
  });
});
