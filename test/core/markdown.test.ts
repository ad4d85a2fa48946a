import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markdownOf, markdownSummaryText, withMarkdownFormat } from '../../src/core/model/markdown-wire.js';
import { summarizeMessage } from '../../src/core/notices/message-summary.js';
import { markdownPlainText } from '../../src/core/markdown/index.js';
import {
  MAX_DEPTH,
  MAX_MARKDOWN_CHARS,
  parseInline,
  parseMarkdown,
  type MarkdownBlock,
  type MarkdownInline,
} from '../../src/core/markdown/index.js';
import type { Message } from '../../src/core/model/message.js';

/** The tree as compact text, to compare shapes at a glance. */
function show(nodes: readonly (MarkdownInline | MarkdownBlock)[]): string {
  return nodes
    .map((n) => {
      switch (n.type) {
        case 'text':
          return n.text;
        case 'code':
          return `<code:${n.text}>`;
        case 'break':
          return '<br>';
        case 'link':
          return `<a ${n.href}>${show(n.children)}</a>`;
        case 'strong':
        case 'em':
        case 'del':
          return `<${n.type}>${show(n.children)}</${n.type}>`;
        case 'paragraph':
          return `[p ${show(n.children)}]`;
        case 'heading':
          return `[h${n.level} ${show(n.children)}]`;
        case 'code-block':
          return `[pre:${n.language} ${n.text}]`;
        case 'quote':
          return `[quote ${show(n.children)}]`;
        case 'list':
          return `[${n.ordered ? `ol@${n.start}` : 'ul'} ${n.items.map((i) => `(${show(i)})`).join('')}]`;
        case 'rule':
          return '[hr]';
      }
    })
    .join('');
}

test('inline: bold, italic, strikethrough, code, links, escapes', () => {
  assert.equal(
    show(parseInline('**bold** and *it* and _it_ and __b__ and ~~gone~~')),
    '<strong>bold</strong> and <em>it</em> and <em>it</em> and <strong>b</strong> and <del>gone</del>',
  );
  assert.equal(show(parseInline('***both***')), '<strong><em>both</em></strong>');
  assert.equal(show(parseInline('a `co*de*` b ``x ` y``')), 'a <code:co*de*> b <code:x ` y>');
  assert.equal(
    show(parseInline('see [the *docs*](https://example.com/a?b=1) now')),
    'see <a https://example.com/a?b=1>the <em>docs</em></a> now',
  );
  assert.equal(show(parseInline('\\*not em\\* and snake_case_name and 2 * 3 * 4')), '*not em* and snake_case_name and 2 * 3 * 4');
  assert.equal(show(parseInline('line one\nline two')), 'line one<br>line two');
});

test('links: only http(s) targets, through the URL check; anything else stays text', () => {
  for (const target of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:x',
    '//evil.com',
    '/relative',
    'mailto:a@b.c',
  ]) {
    const nodes = parseInline(`[click](${target})`);
    assert.ok(!nodes.some((n) => n.type === 'link'), target);
    assert.equal(show(nodes), `[click](${target})`, `${target} stays as written`);
  }
  assert.equal(show(parseInline('[a [b](https://x.io)')), '[a <a https://x.io/>b</a>');
  assert.equal(show(parseInline('[x](https://a.io) [y](https://b.io "title")')), '<a https://a.io/>x</a> <a https://b.io/>y</a>');
  assert.equal(show(parseInline('[[nested](https://a.io)](https://b.io)')), '[<a https://a.io/>nested</a>](https://b.io)');
});

test('raw HTML is text', () => {
  const html = '<img src=x onerror=alert(1)><script>alert(1)</script>';
  assert.equal(show(parseMarkdown(html)), `[p ${html}]`);
});

test('blocks: headings, fenced code, quotes, lists, rules, paragraphs', () => {
  const md = [
    '# Release',
    'Text **here**',
    'and here',
    '',
    '```ts',
    'const a = 1; // **not bold**',
    '```',
    '> quoted *line*',
    '> > nested',
    '',
    '- one',
    '- two',
    '  - sub',
    '',
    '3. three',
    '4. four',
    '',
    '---',
    'end',
  ].join('\n');
  assert.equal(
    show(parseMarkdown(md)),
    '[h1 Release][p Text <strong>here</strong><br>and here][pre:ts const a = 1; // **not bold**][quote [p quoted <em>line</em>][quote [p nested]]]' +
      '[ul ([p one])([p two][ul ([p sub])])][ol@3 ([p three])([p four])][hr][p end]',
  );
});

test('hostile input: unclosed markers stay text, an unclosed fence runs to the end, nesting stops at MAX_DEPTH', () => {
  assert.equal(show(parseInline('**never closed and *this neither')), '**never closed and *this neither');
  assert.equal(show(parseInline('`open code')), '`open code');
  assert.equal(show(parseInline('[label](https://unclosed.io')), '[label](https://unclosed.io');
  assert.equal(show(parseMarkdown('```\ncode\nmore')), '[pre: code\nmore]');
  const deepQuote = `${'>'.repeat(50)} deep`;
  const quoteDepth = (blocks: readonly MarkdownBlock[]): number =>
    blocks.reduce((d, b) => Math.max(d, b.type === 'quote' ? 1 + quoteDepth(b.children) : 0), 0);
  assert.equal(quoteDepth(parseMarkdown(deepQuote)), MAX_DEPTH);
  const deepList = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
  const listDepth = (blocks: readonly MarkdownBlock[]): number =>
    blocks.reduce((d, b) => Math.max(d, b.type === 'list' ? 1 + Math.max(...b.items.map(listDepth)) : 0), 0);
  assert.ok(listDepth(parseMarkdown(deepList)) <= MAX_DEPTH);
  const deepEm = `${'*_'.repeat(30)}x${'_*'.repeat(30)}`;
  const emDepth = (nodes: readonly MarkdownInline[]): number =>
    nodes.reduce((d, n) => Math.max(d, 'children' in n ? 1 + emDepth(n.children) : 0), 0);
  assert.ok(emDepth(parseInline(deepEm)) <= MAX_DEPTH + 1);
});

test('hostile input: huge and pathological texts parse in linear time, and past the limit the rest is plain', () => {
  const cases = [
    '*'.repeat(40_000),
    '**a'.repeat(15_000),
    '`'.repeat(30_000),
    '[a]('.repeat(10_000),
    '_a'.repeat(20_000),
    '> - '.repeat(10_000),
    'x\n'.repeat(40_000),
  ];
  for (const text of cases) {
    const started = performance.now();
    const tree = parseMarkdown(text);
    const ms = performance.now() - started;
    assert.ok(Array.isArray(tree));
    assert.ok(ms < 1500, `${JSON.stringify(text.slice(0, 8))}… took ${ms.toFixed(0)} ms`);
  }
  const long = `**start** ${'word '.repeat(MAX_MARKDOWN_CHARS / 5)}`;
  const tree = parseMarkdown(long);
  const last = tree[tree.length - 1]!;
  assert.equal(last.type, 'paragraph');
  assert.ok(last.type === 'paragraph' && last.children[0]?.type === 'text');
  assert.doesNotThrow(() => parseMarkdown(undefined as unknown as string));
});

const base = { from: 'alice', to: 'bob', cloudCustomData: '' } as unknown as Message;

test('which messages are markdown: TUIKit chatbot custom messages, and text flagged textFormat: markdown', () => {
  const bot = (data: unknown, from = '@RBT#helper', to = 'alice') =>
    ({ ...base, from, to, elements: [{ type: 'TIMCustomElem', data: JSON.stringify(data), description: '', extension: '' }] }) as Message;
  assert.deepEqual(markdownOf(bot({ chunks: ['**Hi** ', 'there'], isFinished: 1 }), 0), { text: '**Hi** there', streaming: false });
  assert.deepEqual(markdownOf(bot({ chunks: 'partial', isFinished: 0 }), 0), { text: 'partial', streaming: true });
  assert.deepEqual(markdownOf(bot({ content: ['a', 'b'] }), 0), { text: 'ab', streaming: false });
  assert.deepEqual(markdownOf(bot({ text: '# t' }), 0), { text: '# t', streaming: false });
  assert.equal(markdownOf(bot({ chunks: { nested: 1 } }), 0), null, 'an unknown shape is not markdown');
  assert.equal(markdownOf(bot({ chunks: 'x' }, 'alice'), 0), null, 'not from a bot');
  assert.equal(markdownOf(bot({ chunks: 'x' }, '@RBT#a', '@RBT#b'), 0), null, 'bot to bot');
  const text = (cloudCustomData: string) => ({ ...base, cloudCustomData, elements: [{ type: 'TIMTextElem', text: '**x**' }] }) as Message;
  assert.deepEqual(markdownOf(text(withMarkdownFormat()), 0), { text: '**x**', streaming: false });
  assert.equal(markdownOf(text(''), 0), null, 'plain text stays plain');
  assert.equal(markdownOf(text('{not json'), 0), null);
  const reply = JSON.stringify({ messageReply: { messageID: 'm0', version: 1 } });
  assert.deepEqual(JSON.parse(withMarkdownFormat(reply)), { messageReply: { messageID: 'm0', version: 1 }, textFormat: 'markdown' });
});

test('summaries read a markdown message as its words, without markers; plain text keeps its asterisks', () => {
  const source =
    '# Title\n**Launch** is *go*, ~~not~~ __now__\n\n- run `npm test`\n1. [notes](https://x.io)\n\n> ship it\n\n```js\ncode()\n```\n---\nsnake_case_name 2 * 3';
  const words = 'Title Launch is go, not now run npm test notes ship it code() snake_case_name 2 * 3';
  assert.equal(markdownPlainText(source), words, 'the parser’s words');
  assert.equal(markdownSummaryText(source), words, 'the summary’s (no parser) agree');
  const md = { ...base, cloudCustomData: withMarkdownFormat(), elements: [{ type: 'TIMTextElem', text: '**Bold** _news_' }] } as Message;
  assert.deepEqual(summarizeMessage(md).body, { text: 'Bold news' });
  const plain = { ...md, cloudCustomData: '' } as Message;
  assert.deepEqual(summarizeMessage(plain).body, { text: '**Bold** _news_' });
});
