import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/components/image-viewer/define.js';
import type { TimImageViewer, ViewerImage } from '../../src/components/image-viewer/tim-image-viewer.js';

/** A picture of the given size, drawn on a canvas (no network). */
async function picture(width: number, height: number, colour: string): Promise<string> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), 'image/png'));
  return URL.createObjectURL(blob);
}

function img(viewer: TimImageViewer): HTMLImageElement {
  return viewer.shadowRoot!.querySelector('img')!;
}

async function loaded(viewer: TimImageViewer, src: string): Promise<void> {
  await waitUntil(() => img(viewer)?.getAttribute('src') === src && img(viewer).complete && img(viewer).naturalWidth > 0, 'picture shown');
}

describe('<tim-image-viewer>', () => {
  let images: ViewerImage[];
  before(async () => {
    images = [
      { preview: await picture(1600, 1200, '#2a6'), width: 1600, height: 1200, alt: 'first' },
      { preview: await picture(400, 3000, '#a26'), width: 400, height: 3000, alt: 'tall' },
      { preview: await picture(300, 200, '#26a'), width: 300, height: 200, alt: 'small' },
    ];
  });
  beforeEach(() => setViewport({ width: 1280, height: 800 }));

  it('a 1600×1200 photo on a 1280×800 screen shows whole; a tall one too; a small one is not enlarged', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>open</button>`);
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images, opener, 0);
    await loaded(viewer, images[0]!.preview);
    const inside = () => {
      const r = img(viewer).getBoundingClientRect();
      return r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth && r.width > 0;
    };
    expect(inside(), JSON.stringify(img(viewer).getBoundingClientRect())).to.equal(true);
    const ratio = img(viewer).getBoundingClientRect().width / img(viewer).getBoundingClientRect().height;
    expect(ratio).to.be.closeTo(4 / 3, 0.02);
    await sendKeys({ press: 'ArrowRight' });
    await loaded(viewer, images[1]!.preview);
    expect(inside()).to.equal(true);
    await sendKeys({ press: 'ArrowRight' });
    await loaded(viewer, images[2]!.preview);
    expect(Math.round(img(viewer).getBoundingClientRect().width)).to.equal(300);
    viewer.close();
  });

  it('← and → go through the images, the buttons too, and the position is told', async () => {
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images, undefined, 1);
    await loaded(viewer, images[1]!.preview);
    const position = () => viewer.shadowRoot!.querySelector('[part="position"]')?.textContent;
    expect(position()).to.equal('2 of 3');
    await sendKeys({ press: 'ArrowLeft' });
    await loaded(viewer, images[0]!.preview);
    await sendKeys({ press: 'ArrowLeft' });
    expect(position()).to.equal('1 of 3', 'the first stays the first');
    viewer.shadowRoot!.querySelector<HTMLButtonElement>('.nav.next')!.click();
    await loaded(viewer, images[1]!.preview);
    expect(viewer.shadowRoot!.querySelector<HTMLButtonElement>('.nav.previous')!.disabled).to.equal(false);
    viewer.close();
  });

  it('+ zooms in, − out, 0 fits; the wheel zooms; the picture never shrinks below the fit', async () => {
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images[0]!);
    await loaded(viewer, images[0]!.preview);
    const width = () => img(viewer).getBoundingClientRect().width;
    const fitted = width();
    await sendKeys({ press: '+' });
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted * 1.5, 1);
    await sendKeys({ press: '-' });
    await sendKeys({ press: '-' });
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted, 1);
    img(viewer).dispatchEvent(
      new WheelEvent('wheel', { deltaY: -300, clientX: 640, clientY: 400, bubbles: true, cancelable: true, composed: true }),
    );
    await viewer.updateComplete;
    expect(width()).to.be.greaterThan(fitted * 1.5);
    await sendKeys({ press: '0' });
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted, 1);
    viewer.close();
  });

  it('touch: a swipe goes to the next picture; a double tap zooms in and back; a pinch zooms', async () => {
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images, undefined, 0);
    await loaded(viewer, images[0]!.preview);
    const stage = viewer.shadowRoot!.querySelector<HTMLElement>('.stage')!;
    const touch = (type: string, id: number, x: number, y: number) =>
      stage.dispatchEvent(
        new PointerEvent(type, { pointerId: id, pointerType: 'touch', clientX: x, clientY: y, bubbles: true, composed: true }),
      );
    const swipe = (from: number, to: number) => {
      touch('pointerdown', 1, from, 400);
      touch('pointermove', 1, (from + to) / 2, 405);
      touch('pointerup', 1, to, 410);
    };
    swipe(900, 600);
    await loaded(viewer, images[1]!.preview);
    swipe(400, 700);
    await loaded(viewer, images[0]!.preview);
    const width = () => img(viewer).getBoundingClientRect().width;
    const fitted = width();
    // Two taps in quick succession (the event times are the page's, so they are close).
    touch('pointerdown', 2, 640, 400);
    touch('pointerup', 2, 640, 400);
    touch('pointerdown', 3, 642, 401);
    touch('pointerup', 3, 642, 401);
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted * 2.5, 2);
    touch('pointerdown', 4, 640, 400);
    touch('pointerup', 4, 640, 400);
    touch('pointerdown', 5, 640, 400);
    touch('pointerup', 5, 640, 400);
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted, 1);
    // Pinch: two fingers 100 px apart move to 200 px apart: twice the size.
    touch('pointerdown', 6, 590, 400);
    touch('pointerdown', 7, 690, 400);
    touch('pointermove', 6, 540, 400);
    touch('pointermove', 7, 740, 400);
    touch('pointerup', 6, 540, 400);
    touch('pointerup', 7, 740, 400);
    await viewer.updateComplete;
    expect(width()).to.be.closeTo(fitted * 2, 2);
    viewer.close();
  });

  it('a real touch swipe (trusted input) goes to the next picture', async () => {
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images, undefined, 0);
    await loaded(viewer, images[0]!.preview);
    for (const [type, x] of [
      ['touchStart', 900],
      ['touchMove', 800],
      ['touchMove', 700],
      ['touchEnd', 600],
    ] as const) {
      await executeServerCommand('touch', { type, x, y: 400 });
    }
    await loaded(viewer, images[1]!.preview);
    viewer.close();
  });

  it('Escape closes and gives the focus back to the opener', async () => {
    const opener = await fixture<HTMLButtonElement>(html`<button>open</button>`);
    opener.focus();
    const viewer = await fixture<TimImageViewer>(html`<tim-image-viewer></tim-image-viewer>`);
    await viewer.show(images, opener, 0);
    const closed = oneEvent(viewer, 'tim-image-viewer-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(document.activeElement).to.equal(opener);
  });
});
