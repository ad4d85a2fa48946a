import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/emoji-parser/define.js';
import { createEmojiSet } from '../src/core/emoji/emoji-set.js';
import { encodePng } from '../src/core/service/local/png-encoder.js';

const meta: Meta = {
  title: 'Elements/tim-emoji-parser',
  component: 'tim-emoji-parser',
  argTypes: { text: { control: 'text' }, links: { control: 'boolean' }, unicode: { control: 'boolean' } },
  args: {
    text: 'Morning [Smile] [Coffee] — notes at https://example.com/notes?day=1. 好的[微笑] 👍🏽 🇨🇳 and [TUIEmoji_Like]',
    links: true,
    unicode: true,
  },
};
export default meta;

export const DefaultSet: StoryObj = {
  render: (args) => html`<p style="font-size: 16px; max-width: 520px">
    <tim-emoji-parser .text=${args.text} ?links=${args.links} ?unicode=${args.unicode}></tim-emoji-parser>
  </p>`,
};

export const OnlyEmojiLarge: StoryObj = {
  render: () => html`<tim-emoji-parser allow-jumbo text="🎉[Celebrate]🎂"></tim-emoji-parser>`,
};

export const UnsafeLinksStayText: StoryObj = {
  render: () => html`<p style="max-width: 520px">
    <tim-emoji-parser text="Only web links are clickable: https://example.com works, javascript:alert(1) and data:text/html,x do not, nor &lt;b&gt;markup&lt;/b&gt;."></tim-emoji-parser>
  </p>`,
};

/** An app's own set with image emoji (here PNGs made in the page), glyph fallback when an image fails. */
export const ImageEmojiSet: StoryObj = {
  render: () =>
    html`${until(
      (async () => {
        const dot = async (r: number, g: number, b: number) =>
          URL.createObjectURL(await encodePng(32, 32, (x, y) => ((x - 16) ** 2 + (y - 16) ** 2 < 196 ? [r, g, b] : [255, 255, 255])));
        const set = createEmojiSet([
          { key: 'red', codes: ['[red]'], names: { en: 'Red dot', 'zh-CN': '红点' }, url: await dot(220, 40, 40), glyph: '🔴' },
          { key: 'green', codes: ['[green]'], names: { en: 'Green dot', 'zh-CN': '绿点' }, url: await dot(40, 170, 80), glyph: '🟢' },
          {
            key: 'broken',
            codes: ['[broken]'],
            names: { en: 'Broken', 'zh-CN': '损坏' },
            url: 'https://127.0.0.1:9/missing.png',
            glyph: '❓',
          },
        ]);
        return html`<p style="font-size: 16px"><tim-emoji-parser .emojiSet=${set} text="Status: [red] stop, [green] go, [broken] falls back to its glyph."></tim-emoji-parser></p>`;
      })(),
      '…',
    )}`,
};
