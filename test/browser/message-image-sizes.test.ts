import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ImageElem } from '../../src/core/model/elements.js';
import { makeMessage } from '../fixtures/message-world.js';

async function pngURL(width: number, height: number): Promise<string> {
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d')!.fillRect(0, 0, width, height);
  return URL.createObjectURL(await canvas.convertToBlob({ type: 'image/png' }));
}

function imageMessage(imageInfoArray: ImageElem['imageInfoArray']) {
  return makeMessage({
    conversationID: 'C2Cbob',
    from: 'bob',
    elements: [{ type: 'TIMImageElem', uuid: 'u1', imageFormat: 'PNG', imageInfoArray }],
  });
}

describe('<tim-message-image>: the size drawn for the screen', () => {
  it('offers the thumbnail and the large copy by width, so a high-DPI screen draws the bubble from the large (720) one', async () => {
    const [original, large, thumbnail] = await Promise.all([pngURL(1440, 1080), pngURL(960, 720), pngURL(264, 198)]);
    const message = imageMessage([
      { type: 0, width: 1440, height: 1080, size: 1, url: original },
      { type: 1, width: 264, height: 198, size: 1, url: thumbnail },
      { type: 2, width: 960, height: 720, size: 1, url: large },
    ]);
    const el = await fixture(html`<tim-message-image .message=${message} .elementIndex=${0}></tim-message-image>`);
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.getAttribute('src')).to.equal(thumbnail, 'the thumbnail where srcset is not understood');
    expect(img.getAttribute('srcset')).to.equal(`${thumbnail} 264w, ${large} 960w`);
    expect(img.getAttribute('sizes')).to.equal(`${img.getAttribute('width')}px`);
    await waitUntil(() => img.complete && img.currentSrc, 'the image loads');
    // The bubble is 240 CSS px wide: at this page's pixel ratio the browser needs 240 × dpr px.
    const needed = 240 * window.devicePixelRatio;
    expect(img.currentSrc).to.equal(needed > 264 ? large : thumbnail);
  });

  it('keeps a plain src when there is one size only, or a URL a srcset cannot hold', async () => {
    const only = imageMessage([{ type: 1, width: 264, height: 198, size: 1, url: 'https://example.com/t.png' }]);
    const el = await fixture(html`<tim-message-image .message=${only} .elementIndex=${0}></tim-message-image>`);
    expect(el.shadowRoot!.querySelector('img')!.hasAttribute('srcset')).to.equal(false);
    const commas = imageMessage([
      { type: 1, width: 264, height: 198, size: 1, url: 'https://example.com/t.png?a=1,2' },
      { type: 2, width: 960, height: 720, size: 1, url: 'https://example.com/l.png' },
    ]);
    const other = await fixture(html`<tim-message-image .message=${commas} .elementIndex=${0}></tim-message-image>`);
    expect(other.shadowRoot!.querySelector('img')!.hasAttribute('srcset')).to.equal(false);
  });
});
