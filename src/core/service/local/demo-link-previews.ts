import type { LinkPreviewResolver } from '../../link-preview/index.js';
import { demoPicture, type DemoPictureKind } from './demo-media.js';

/**
 * The demo's link previews: what an app's server would answer for the links in the seeded
 * messages, canned (nothing is fetched from the network). Images are drawn here, as blob: URLs.
 */
const SITES: Readonly<Record<string, { title: string; description: string; siteName: string; picture?: DemoPictureKind }>> = {
  'https://cloud.tencent.com/product/im': {
    siteName: 'Tencent Cloud',
    title: '即时通信 IM · Instant Messaging',
    description: 'Chat SDKs, TUIKit UI components and a REST API for one-to-one, group and live-stream chat.',
    picture: 'mountains',
  },
  'https://lit.dev/docs/': {
    siteName: 'lit.dev',
    title: 'Lit Documentation',
    description: 'Simple. Fast. Web Components. Build reactive, declarative UIs with standard custom elements.',
    picture: 'sunset',
  },
  'https://github.com/lit/lit': {
    siteName: 'GitHub',
    title: 'lit/lit: Lit is a simple library for building fast, lightweight web components.',
    description: 'The Lit monorepo: lit, lit-html, reactive-element, labs packages and the docs site.',
  },
};

const pictures = new Map<DemoPictureKind, Promise<string>>();

function pictureURL(kind: DemoPictureKind): Promise<string> {
  let url = pictures.get(kind);
  if (!url) {
    url =
      typeof URL.createObjectURL === 'function'
        ? demoPicture(kind, 132, 132).then((blob) => URL.createObjectURL(blob))
        : Promise.resolve('');
    pictures.set(kind, url);
  }
  return url;
}

/** The canned preview of a demo link; undefined for any other URL (the card then does not show). */
export const demoLinkPreview: LinkPreviewResolver = async (url) => {
  const site = Object.prototype.hasOwnProperty.call(SITES, url) ? SITES[url] : undefined;
  if (!site) return undefined;
  return {
    title: site.title,
    description: site.description,
    siteName: site.siteName,
    image: site.picture ? await pictureURL(site.picture) : '',
  };
};
