import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/emoji-picker/define.js';

const meta: Meta = {
  title: 'Elements/tim-emoji-picker',
  component: 'tim-emoji-picker',
  argTypes: {
    locale: { control: 'inline-radio', options: ['en', 'zh-CN'] },
    tab: { control: 'inline-radio', options: ['emoji', 'stickers'] },
  },
  args: { locale: 'en', tab: 'emoji' },
};
export default meta;

type Args = { locale: string; tab: string };

const log = (event: Event) => console.info(event.type, (event as CustomEvent).detail);

export const Default: StoryObj<Args> = {
  render: (args) => html`<tim-emoji-picker locale=${args.locale} tab=${args.tab}
    @tim-emoji-select=${log} @tim-sticker-select=${log} @tim-emoji-picker-close=${log}></tim-emoji-picker>`,
};

export const Chinese: StoryObj<Args> = { ...Default, args: { locale: 'zh-CN', tab: 'emoji' } };

export const Stickers: StoryObj<Args> = { ...Default, args: { locale: 'en', tab: 'stickers' } };

export const WithoutStickers: StoryObj<Args> = {
  render: (args) => html`<tim-emoji-picker locale=${args.locale} .stickers=${[]} @tim-emoji-select=${log}></tim-emoji-picker>`,
};

export const RecentlyUsed: StoryObj<Args> = {
  render: (args) => {
    localStorage.setItem('tim-elements:story-recent', JSON.stringify(['Coffee', 'Like', 'Heart', 'TearsLaugh']));
    return html`<tim-emoji-picker locale=${args.locale} recent-storage-key="tim-elements:story-recent" @tim-emoji-select=${log}></tim-emoji-picker>`;
  },
};
RecentlyUsed.storyName = 'Recently used first';
