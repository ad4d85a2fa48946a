import { expect, fixture, html } from '@open-wc/testing';
import { createEmojiSet } from '../../src/core/emoji/emoji-set.js';
import { findLinks } from '../../src/components/emoji-parser/find-links.js';
import '../../src/components/emoji-parser/define.js';
import type { TimEmojiParser } from '../../src/components/emoji-parser/tim-emoji-parser.js';

function parts(el: TimEmojiParser) {
  return {
    emoji: [...el.shadowRoot!.querySelectorAll('[part="emoji"]')],
    links: [...el.shadowRoot!.querySelectorAll('a')],
    text: el.shadowRoot!.textContent ?? '',
  };
}

describe('<tim-emoji-parser>', () => {
  it('draws emoji codes of the default set and Unicode emoji, keeping the text around them', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser text="Hi [Smile] there 👍🏽!"></tim-emoji-parser>`);
    const { emoji, text } = parts(el);
    expect(emoji).to.have.length(2);
    expect(emoji[0]!.getAttribute('role')).to.equal('img');
    expect(emoji[0]!.getAttribute('aria-label')).to.equal('Smile');
    expect(emoji[0]!.textContent).to.equal('🙂');
    expect(emoji[1]!.textContent).to.equal('👍🏽');
    expect(text).to.contain('Hi ').and.contain(' there ').and.contain('!');
    expect(text).not.to.contain('[Smile]');
  });

  it('names emoji in the reader’s language, switchable at run time', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser locale="zh-CN" text="[微笑]"></tim-emoji-parser>`);
    expect(parts(el).emoji[0]!.getAttribute('aria-label')).to.equal('微笑');
    el.locale = 'en';
    await el.updateComplete;
    expect(parts(el).emoji[0]!.getAttribute('aria-label')).to.equal('Smile');
  });

  it('leaves unknown codes and lone brackets as text', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser text="[NotAnEmoji] [ [Smile"></tim-emoji-parser>`);
    expect(parts(el).emoji).to.have.length(0);
    expect(parts(el).text).to.contain('[NotAnEmoji] [ [Smile');
  });

  it('uses image emoji from a configured set, and falls back to the glyph when the image fails', async () => {
    const set = createEmojiSet([{ key: 'dot', codes: ['[dot]'], glyph: '•', url: 'https://127.0.0.1:9/does-not-exist.png' }]);
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser .emojiSet=${set} text="a [dot] b"></tim-emoji-parser>`);
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal('https://127.0.0.1:9/does-not-exist.png');
    img.dispatchEvent(new Event('error'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(parts(el).emoji[0]!.textContent).to.equal('•');
  });

  it('makes http(s) links clickable in a new tab without opener, and nothing else', async () => {
    const text = 'see https://example.com/a_(b)?q=1. and javascript:alert(1) or data:text/html,x and (http://x.org/y)';
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser .text=${text}></tim-emoji-parser>`);
    const { links } = parts(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/a_(b)?q=1', 'http://x.org/y']);
    for (const a of links) {
      expect(a.getAttribute('target')).to.equal('_blank');
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(el.shadowRoot!.innerHTML).not.to.match(/href="(javascript|data):/);
  });

  it('renders markup in the text as text (no innerHTML)', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser text=${'<img src=x onerror=alert(1)><b>bold</b>'}></tim-emoji-parser>`);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(parts(el).text).to.contain('<img src=x onerror=alert(1)><b>bold</b>');
  });

  it('shows a text of only a few emoji large when allowed', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser allow-jumbo text="🎉 [Smile]"></tim-emoji-parser>`);
    expect(el.jumbo).to.equal(true);
    el.text = '🎉 ok';
    await el.updateComplete;
    expect(el.jumbo).to.equal(false);
  });

  it('is accessible', async () => {
    const el = await fixture<TimEmojiParser>(html`<tim-emoji-parser text="Hi [Smile] https://example.com"></tim-emoji-parser>`);
    await expect(el).to.be.accessible();
  });
});

describe('findLinks', () => {
  it('trims trailing punctuation and unbalanced brackets, joins back to the input', () => {
    const input = 'Go to https://a.example/x, then (https://b.example/y). Also https://c.example/z?!';
    const pieces = findLinks(input);
    expect(pieces.map((p) => p.text).join('')).to.equal(input);
    expect(pieces.filter((p) => p.type === 'link').map((p) => p.text)).to.deep.equal([
      'https://a.example/x',
      'https://b.example/y',
      'https://c.example/z',
    ]);
  });

  it('ignores a scheme glued to a word and links without a host', () => {
    expect(findLinks('xhttps://a.example and https:// and https://?q').filter((p) => p.type === 'link')).to.have.length(0);
  });
});
