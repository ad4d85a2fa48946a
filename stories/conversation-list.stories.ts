import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/index.js';
import { storyStore } from './support/story-store.js';

const meta: Meta = {
  title: 'Elements/tim-conversation-list',
  component: 'tim-conversation-list',
};
export default meta;

const list = (attrs: { locale?: string; filter?: string; noSearch?: boolean } = {}) =>
  html`<div style="height: 560px; width: 340px; border: 1px solid var(--tim-color-border)">${until(
    storyStore('alice').then(
      ({ store }) => html`<tim-conversation-list .store=${store} locale=${attrs.locale ?? 'en'}
      .filter=${attrs.filter ?? ''} ?no-search=${attrs.noSearch}></tim-conversation-list>`,
    ),
    html`<p>Loading…</p>`,
  )}</div>`;

export const Default: StoryObj = { render: () => list() };
export const Filtered: StoryObj = { render: () => list({ filter: 'design' }) };
export const NoMatch: StoryObj = { render: () => list({ filter: 'zzz' }) };
export const Chinese: StoryObj = { render: () => list({ locale: 'zh-CN' }) };
export const WithoutSearch: StoryObj = { render: () => list({ noSearch: true }) };
