import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/components/image-viewer/define.js';
import type { TimImageViewer } from '../src/components/image-viewer/tim-image-viewer.js';
import { demoPicture } from '../src/core/service/local/demo-media.js';

const meta: Meta = {
  title: 'Elements/tim-image-viewer',
  component: 'tim-image-viewer',
  parameters: { docs: { story: { inline: false, height: '480px' } } },
};
export default meta;

/** The message list opens it when an image is clicked; here a button does, with a generated picture. */
async function showPicture(button: HTMLElement): Promise<void> {
  const viewer = button.parentElement!.querySelector<TimImageViewer>('tim-image-viewer')!;
  const [small, large] = await Promise.all([demoPicture('lake', 198, 132), demoPicture('lake', 1080, 720)]);
  await viewer.show(
    { preview: URL.createObjectURL(small), large: URL.createObjectURL(large), width: 1080, height: 720, alt: 'A lake at dusk' },
    button,
  );
}

export const Lightbox: StoryObj = {
  render: () => html`<div>
    <button type="button" @click=${(e: Event) => showPicture(e.currentTarget as HTMLElement)}>Open the picture</button>
    <tim-image-viewer @tim-image-viewer-close=${() => console.log('tim-image-viewer-close')}></tim-image-viewer>
  </div>`,
  play: async ({ canvasElement }) => {
    await showPicture(canvasElement.querySelector('button')!);
  },
};

/** Several images, as the message list passes a conversation's: ←/→, swipe, the arrow buttons; wheel, pinch or +/− to zoom. */
async function showGallery(button: HTMLElement): Promise<void> {
  const viewer = button.parentElement!.querySelector<TimImageViewer>('tim-image-viewer')!;
  const scenes = [
    ['lake', 1600, 1200],
    ['sunset', 720, 1280],
    ['mountains', 1080, 720],
  ] as const;
  const images = await Promise.all(
    scenes.map(async ([scene, width, height]) => ({
      preview: URL.createObjectURL(await demoPicture(scene, width, height)),
      width,
      height,
      alt: `Generated picture: ${scene}`,
    })),
  );
  await viewer.show(images, button, 0);
}

export const Gallery: StoryObj = {
  render: () => html`<div>
    <button type="button" @click=${(e: Event) => showGallery(e.currentTarget as HTMLElement)}>Open three pictures</button>
    <tim-image-viewer></tim-image-viewer>
  </div>`,
  play: async ({ canvasElement }) => {
    await showGallery(canvasElement.querySelector('button')!);
  },
};
