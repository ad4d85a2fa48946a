import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/message/link-preview/define.js';
import { LinkPreviewCache, type LinkPreviewResolver } from '../src/core/link-preview/index.js';

/**
 * `<tim-link-preview>` is the card `<tim-message>` draws under a text's first http(s) link when the
 * store has a resolver: `new ChatStore({ service, linkPreview: (url) => myServer.openGraph(url) })`.
 * The resolver here answers from a table after a short wait (the placeholder shows meanwhile);
 * nothing is fetched.
 */
const meta: Meta = {
  title: 'Elements/tim-link-preview',
  component: 'tim-link-preview',
};
export default meta;

const PAGES: Record<string, Awaited<ReturnType<LinkPreviewResolver>>> = {
  'https://lit.dev/docs/': {
    siteName: 'lit.dev',
    title: 'Lit Documentation',
    description: 'Simple. Fast. Web Components. Build reactive, declarative UIs with standard custom elements.',
  },
  'https://example.com/very-long': {
    siteName: 'example.com',
    title: 'A page whose title is far too long to fit on one line of a preview card, so it is cut with an ellipsis',
    description: 'And a description that runs on for a while too: the card shows two lines of it and keeps its height either way.',
  },
};

const slowResolver: LinkPreviewResolver = (url) => new Promise((resolve) => setTimeout(() => resolve(PAGES[url]), 800));

export const Cards: StoryObj = {
  render: () => {
    const cache = new LinkPreviewCache({ resolve: slowResolver });
    return html`<div style="display: grid; gap: 12px; max-inline-size: 360px">
      ${Object.keys(PAGES).map((url) => html`<tim-link-preview .cache=${cache} url=${url}></tim-link-preview>`)}
      <tim-link-preview .cache=${cache} url="https://example.com/unknown"></tim-link-preview>
    </div>`;
  },
};
