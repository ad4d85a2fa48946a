import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import '../src/components/message-list/define.js';
import { everyTypeWorld } from './message-samples.js';

const meta: Meta = {
  title: 'Messages/Every message type',
  component: 'tim-message',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Text with emoji and links, stickers, images (with the lightbox), voice, video, files, locations, custom messages (a registered dice renderer, and a description), unsupported elements, reply quotes, recalled messages and every delivery state, in one conversation.',
      },
    },
  },
};
export default meta;

function gallery(theme: 'light' | 'dark', locale = 'en') {
  return html`${until(
    everyTypeWorld().then(
      ({ store, conversationID }) => html`<div class="tim-theme-${theme}" lang=${locale}
          style="height: 900px; max-width: 640px; display: flex; flex-direction: column; background: var(--tim-color-bg)">
        <tim-message-list .store=${store} conversation-id=${conversationID}></tim-message-list>
      </div>`,
    ),
    html`<p>Starting the embedded backend…</p>`,
  )}`;
}

export const Light: StoryObj = { render: () => gallery('light') };
export const Dark: StoryObj = { render: () => gallery('dark') };
export const Chinese: StoryObj = { render: () => gallery('light', 'zh-CN') };
