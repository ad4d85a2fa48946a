import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/index.js';
import { DEMO_GROUPS } from '../src/core/service/local/seed-demo.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Elements/tim-chat',
  component: 'tim-chat',
  parameters: { layout: 'fullscreen' },
};
export default meta;

const frame = (content: unknown, width = '100%') => html`<div style="height: 640px; width: ${width}; max-width: 100%;">${content}</div>`;

function chat(options: Parameters<typeof storyStore>[1] & { user?: string; theme?: string; locale?: string; width?: string } = {}) {
  return frame(
    until(
      storyStore(options.user ?? 'alice', options).then(
        ({ store }) => html`<tim-chat .store=${store} theme=${options.theme ?? 'auto'} locale=${options.locale ?? 'en'}></tim-chat>`,
      ),
      html`<p>Starting the embedded backend…</p>`,
    ),
    options.width,
  );
}

const PRODUCT_TEAM = `GROUP${DEMO_GROUPS.productTeam}`;

export const Overview: StoryObj = { render: () => chat({ open: PRODUCT_TEAM }) };
export const NothingOpen: StoryObj = { render: () => chat() };
export const Dark: StoryObj = { render: () => chat({ open: PRODUCT_TEAM, theme: 'dark' }) };
export const Chinese: StoryObj = { render: () => chat({ open: PRODUCT_TEAM, locale: 'zh-CN' }) };
export const Offline: StoryObj = { render: () => chat({ open: 'C2Cbob', offline: true }) };
export const Narrow: StoryObj = { render: () => chat({ open: 'C2Cbob', width: '380px' }) };
