import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import { registerCustomMessageRenderer } from '../../src/components/message-list/define.js';
import type { Message } from '../../src/core/model/message.js';
import {
  everyTypeMessages,
  makeMessage,
  makeMessageWorld,
  sampleMedia,
  until,
  type MessageWorld,
  type SampleMedia,
} from '../fixtures/message-world.js';
import { allAttributeValues, deepQuery, deepQueryAll, deepText } from './dom-helpers.js';
import { frames, mountList, rowFor, rowsOf } from './message-list-helpers.js';

describe('file messages', () => {
  it('download through the store with progress, then hand the file to the browser', async function () {
    this.timeout(20000);
    const world = await makeMessageWorld({ latencyMs: 200 });
    try {
      const bytes = new Uint8Array(900_000).map((_, i) => i % 251);
      const sent = await world.alice.send(world.c2c, {
        type: 'file',
        file: new Blob([bytes], { type: 'application/zip' }),
        name: 'assets.zip',
      });
      const list = await mountList(world.alice, world.c2c);
      const file = deepQuery<HTMLElement>(rowFor(list, sent.ID)!, 'tim-message-file')!;
      // The file card loads with the first row that needs it (media-loader.ts).
      await until(() => file.shadowRoot?.querySelector('[part="icon"]'), 'the file card to load');
      const clicked: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicked.push(`${this.download}|${this.href.slice(0, 5)}`);
      };
      try {
        file.shadowRoot!.querySelector<HTMLButtonElement>('[part="download"]')!.click();
        await until(() => file.shadowRoot!.querySelector('[part="progress"]'), 'the progress bar');
        await until(() => clicked.length === 1, 'the saved file', 10000);
      } finally {
        HTMLAnchorElement.prototype.click = click;
      }
      expect(clicked[0]).to.equal('assets.zip|blob:');
      expect(deepText(file)).to.contain('Downloaded');
    } finally {
      await world.dispose();
    }
  });
});

describe('<tim-message-list> renders every message type', () => {
  let world: MessageWorld;
  let media: SampleMedia;
  let messages: Message[];

  before(async () => {
    media = await sampleMedia();
    // The virtualizer draws only rows inside the window, so the window must hold the 4000 px lists.
    await setViewport({ width: 800, height: 4200 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  beforeEach(async () => {
    world = await makeMessageWorld();
    messages = everyTypeMessages(world.c2c, 'alice', 'bob', media);
    await world.alice.importMessages(messages);
  });

  afterEach(async () => {
    await world.dispose();
  });

  const byType = (type: string) => messages.find((m) => m.elements[0]!.type === type)!;

  it('draws each type with its own renderer, never a blank bubble', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowsOf(list).length === messages.length, 'all rows');
    // The players and the file card load with the first row that needs one (media-loader.ts).
    await until(
      () => ['tim-message-sound', 'tim-message-video', 'tim-message-file'].every((tag) => customElements.get(tag)),
      'the players and the file card to load',
    );
    await until(() => rowsOf(list).every((row) => row.shadowRoot!.querySelector(':not(:defined)') === null), 'every row upgraded');
    for (const row of rowsOf(list)) {
      const bubble = row.shadowRoot!.querySelector('[part~="bubble"]')!;
      const drawn = deepText(bubble).trim() !== '' || bubble.querySelector('tim-message-image, tim-message-video') !== null;
      expect(drawn, `bubble of ${row.dataset.id}`).to.equal(true);
    }
    // Text through the emoji parser, with its link.
    const text = rowFor(list, messages[0]!.ID)!.shadowRoot!.querySelector('[part="text"]')!;
    const link = text.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/docs?x=1');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text.querySelector('[part="emoji"]')!.textContent).to.equal('🙂');
    // Only emoji: drawn large.
    expect(rowFor(list, messages[1]!.ID)!.shadowRoot!.querySelector('.text.jumbo')).to.exist;
    // Face: the sticker's glyph, big.
    const face = rowFor(list, byType('TIMFaceElem').ID)!.shadowRoot!.querySelector('.face-glyph')!;
    expect(face.textContent).to.equal('🎉');
    expect(parseFloat(getComputedStyle(face).fontSize)).to.be.greaterThan(40);
    // Image: a box at the picture's aspect ratio before it loads.
    const image = deepQuery<HTMLElement>(rowFor(list, byType('TIMImageElem').ID)!, 'tim-message-image')!;
    const frame = image.shadowRoot!.querySelector<HTMLElement>('button')!;
    const rect = frame.getBoundingClientRect();
    expect(rect.width / rect.height).to.be.closeTo(640 / 420, 0.02);
    // Sound: play button with the duration.
    const sound = deepQuery<HTMLElement>(rowFor(list, byType('TIMSoundElem').ID)!, 'tim-message-sound')!;
    expect(sound.shadowRoot!.querySelector('button')!.getAttribute('aria-label')).to.equal('Play voice message, 0:03');
    expect(sound.shadowRoot!.querySelector('[part="unplayed"]')).to.exist;
    // Video: poster with a duration badge.
    const video = deepQuery<HTMLElement>(rowFor(list, byType('TIMVideoFileElem').ID)!, 'tim-message-video')!;
    expect(video.shadowRoot!.querySelector('[part="duration"]')!.textContent).to.equal('0:02');
    expect(video.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(media.video.poster);
    // File: name, human size, a type icon, a download button.
    const file = deepQuery<HTMLElement>(rowFor(list, byType('TIMFileElem').ID)!, 'tim-message-file')!;
    expect(file.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('Quarterly report Q3.pdf');
    expect(file.shadowRoot!.querySelector('[part="size"]')!.textContent).to.contain('2.3 MB');
    expect(file.shadowRoot!.querySelector('[part="download"]')!.getAttribute('aria-label')).to.equal('Download Quarterly report Q3.pdf');
    // Location: description, coordinates and an OpenStreetMap link (only opened on click).
    const location = rowFor(list, byType('TIMLocationElem').ID)!;
    expect(deepText(location)).to.contain('Tencent Binhai Towers, Shenzhen').and.contain('22.5224° N, 113.9352° E');
    const map = location.shadowRoot!.querySelector<HTMLAnchorElement>('a.location-link')!;
    expect(map.href).to.equal('https://www.openstreetmap.org/?mlat=22.522400&mlon=113.935200#map=16/22.522400/113.935200');
    expect(map.rel).to.equal('noopener noreferrer');
    expect(deepQueryAll(location, 'iframe')).to.have.length(0);
    // Custom without a renderer: its description. Unsupported: a clear placeholder.
    const order = messages.find((m) => m.elements[0]!.type === 'TIMCustomElem' && m.elements[0]!.description.startsWith('Order'))!;
    expect(deepText(rowFor(list, order.ID)!)).to.contain('Order #42 shipped');
    expect(deepText(rowFor(list, byType('unsupported').ID)!)).to.contain('[Unsupported message: Chat history]');
    // The reply quote above a reply.
    const reply = rowFor(list, messages[messages.length - 1]!.ID)!;
    expect(deepText(reply.shadowRoot!.querySelector('[part="quote"]')!))
      .to.contain('Bob Smith')
      .and.contain('[Image]');
  });

  it('renders custom messages through a registered renderer and hides TUIKit typing signals', async () => {
    const unregister = registerCustomMessageRenderer(
      'dice',
      (_elem, { data }) => html`<span class="die">🎲 ${(data as { value: number }).value}</span>`,
    );
    const typing = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      elements: [
        {
          type: 'TIMCustomElem',
          data: JSON.stringify({ businessID: 'user_typing_status', typingStatus: 1 }),
          description: '',
          extension: '',
        },
      ],
    });
    await world.alice.importMessages([typing]);
    try {
      const list = await mountList(world.alice, world.c2c, { height: 4000 });
      await until(() => rowsOf(list).length === messages.length, 'all rows (the typing signal is not one)');
      const dice = messages.find((m) => m.elements[0]!.type === 'TIMCustomElem' && m.elements[0]!.description.startsWith('[Dice]'))!;
      expect(rowFor(list, dice.ID)!.shadowRoot!.querySelector('.die')!.textContent).to.equal('🎲 5');
      expect(rowFor(list, typing.ID)).to.equal(undefined);
      // Registering later redraws rows already on screen.
      registerCustomMessageRenderer('order', () => 'ORDER CARD');
      await until(
        () => deepText(rowsOf(list).find((r) => deepText(r).includes('ORDER CARD')) ?? document.createElement('i')).includes('ORDER CARD'),
        'the order renderer',
      );
    } finally {
      unregister();
    }
  });

  it("shows TUIKit's text_link card with a safe link, and its text alone when the link is unsafe", async () => {
    const card = (link: string) =>
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [
          {
            type: 'TIMCustomElem',
            data: JSON.stringify({ businessID: 'text_link', text: 'Build 2.3 is green', link, version: 4 }),
            description: 'Release dashboard',
            extension: '',
          },
        ],
      });
    const safe = card('https://example.com/builds/23');
    const unsafe = card('javascript:alert(1)');
    await world.alice.importMessages([safe, unsafe]);
    const list = await mountList(world.alice, world.c2c, { height: 4000, locale: 'zh-CN' });
    await until(() => rowFor(list, safe.ID) && rowFor(list, unsafe.ID), 'the cards');
    const link = rowFor(list, safe.ID)!.shadowRoot!.querySelector<HTMLAnchorElement>('.text-link a')!;
    expect(deepText(rowFor(list, safe.ID)!)).to.contain('Build 2.3 is green');
    expect(link.textContent).to.equal('查看详情');
    expect(link.getAttribute('href')).to.equal('https://example.com/builds/23');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(deepText(rowFor(list, unsafe.ID)!)).to.contain('Build 2.3 is green');
    expect(rowFor(list, unsafe.ID)!.shadowRoot!.querySelector('.text-link a')).to.equal(null);
  });

  it('marks the messages that mention the reader (by ID or @all), not others', async () => {
    const toMe = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      atUserList: ['alice'],
      elements: [{ type: 'TIMTextElem', text: '@Alice Chen look' }],
    });
    const toAll = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      atUserList: ['__kImSDK_MesssageAtALL__'],
      elements: [{ type: 'TIMTextElem', text: '@all look' }],
    });
    const toOther = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      atUserList: ['dave'],
      elements: [{ type: 'TIMTextElem', text: '@Dave look' }],
    });
    await world.alice.importMessages([toMe, toAll, toOther]);
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowFor(list, toOther.ID), 'the rows');
    expect([toMe, toAll, toOther].map((m) => rowFor(list, m.ID)!.hasAttribute('mentions-me'))).to.deep.equal([true, true, false]);
    const bubble = (m: Message) => getComputedStyle(rowFor(list, m.ID)!.shadowRoot!.querySelector('[part~="bubble"]')!);
    expect(bubble(toMe).boxShadow).to.not.equal('none');
    expect(bubble(toOther).boxShadow).to.equal('none');
  });

  it('a renderer that throws falls back to the description', async () => {
    const unregister = registerCustomMessageRenderer('dice', () => {
      throw new Error('boom');
    });
    const warn = console.warn;
    console.warn = () => {};
    try {
      const list = await mountList(world.alice, world.c2c, { height: 4000 });
      await until(() => rowsOf(list).length === messages.length, 'all rows');
      const dice = messages.find((m) => m.elements[0]!.type === 'TIMCustomElem' && m.elements[0]!.description.startsWith('[Dice]'))!;
      expect(deepText(rowFor(list, dice.ID)!)).to.contain('[Dice] 5');
    } finally {
      console.warn = warn;
      unregister();
    }
  });

  it('lays out own messages on the other side, with avatars and run grouping for the peer', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowsOf(list).length === messages.length, 'all rows');
    const mine = rowFor(list, messages[1]!.ID)!;
    const theirs = rowFor(list, messages[0]!.ID)!;
    expect(mine.flow).to.equal('out');
    const mineBox = mine.shadowRoot!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
    const theirBox = theirs.shadowRoot!.querySelector('[part~="bubble"]')!.getBoundingClientRect();
    expect(mineBox.right).to.be.greaterThan(theirBox.right);
    expect(theirs.shadowRoot!.querySelector('[part="avatar"]')).to.exist;
    expect(mine.shadowRoot!.querySelector('[part="avatar"]')).to.equal(null);
    // Bob's face and picture are a minute apart: one run with one avatar, shaped first/last.
    const face = rowFor(list, byType('TIMFaceElem').ID)!;
    const image = rowFor(list, byType('TIMImageElem').ID)!;
    expect([face.runPosition, image.runPosition]).to.deep.equal(['first', 'last']);
    expect(face.shadowRoot!.querySelector('[part="avatar"]')).to.exist;
    expect(image.shadowRoot!.querySelector('[part="avatar"]')).to.equal(null);
  });

  it('plays a voice message, marks it played through the store, and keeps it played', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowsOf(list).length === messages.length, 'all rows');
    const id = byType('TIMSoundElem').ID;
    const sound = deepQuery<HTMLElement & { play(): Promise<void>; pause(): void }>(rowFor(list, id)!, 'tim-message-sound')!;
    sound.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => sound.shadowRoot!.querySelector('[part="unplayed"]') === null, 'the unplayed dot to go');
    await until(
      () =>
        (world.alice
          .messageList(world.c2c)
          .get()
          .messages.find((m) => m.ID === id)?.customInt ?? 0) & 1,
      'the played flag in the store',
    );
    sound.pause();
  });

  it('opens an image in the lightbox; Escape closes it and focus returns', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowsOf(list).length === messages.length, 'all rows');
    const image = deepQuery<HTMLElement>(rowFor(list, byType('TIMImageElem').ID)!, 'tim-message-image')!;
    const button = image.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
    button.focus();
    button.click();
    const viewer = list.shadowRoot!.querySelector('tim-image-viewer')!;
    // The viewer's module loads on first use.
    await until(() => viewer.shadowRoot?.querySelector('dialog'), 'the viewer to load');
    const dialog = viewer.shadowRoot!.querySelector('dialog')!;
    await until(() => dialog.open, 'the dialog to open');
    expect(viewer.shadowRoot!.querySelector('img')!.getAttribute('src')).to.equal(media.image.url);
    expect(viewer.shadowRoot!.activeElement).to.equal(viewer.shadowRoot!.querySelector('[part="close-button"]'));
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog.open, 'the dialog to close');
    await frames(1);
    expect(image.shadowRoot!.activeElement).to.equal(button);
  });

  it('plays a video inline with the browser’s controls', async () => {
    const list = await mountList(world.alice, world.c2c, { height: 4000 });
    await until(() => rowsOf(list).length === messages.length, 'all rows');
    const video = deepQuery<HTMLElement>(rowFor(list, byType('TIMVideoFileElem').ID)!, 'tim-message-video')!;
    const poster = video.shadowRoot!.querySelector<HTMLButtonElement>('[part="poster"]')!;
    expect(poster.getAttribute('aria-label')).to.equal('Play video, 0:02');
    poster.click();
    await until(() => video.shadowRoot!.querySelector('video'), 'the video element');
    const element = video.shadowRoot!.querySelector('video')!;
    expect(element.controls).to.equal(true);
    expect(element.getAttribute('src')).to.equal(media.video.url);
    expect(video.shadowRoot!.activeElement).to.equal(element);
  });

  it('shows placeholders, never unsafe URLs, for javascript:, data:text and broken sources', async () => {
    const evil = 'javascript:alert(1)';
    const bad = [
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [
          {
            type: 'TIMImageElem',
            uuid: 'x',
            imageFormat: 'PNG',
            imageInfoArray: [{ type: 1, width: 100, height: 100, size: 1, url: evil }],
          },
        ],
      }),
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [{ type: 'TIMSoundElem', uuid: 'x', url: 'data:text/html,<script>alert(1)</script>', second: 2, size: 1 }],
      }),
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [
          {
            type: 'TIMVideoFileElem',
            uuid: 'x',
            videoUrl: evil,
            videoSecond: 1,
            videoSize: 1,
            videoFormat: 'mp4',
            thumbUrl: evil,
            thumbWidth: 10,
            thumbHeight: 10,
          },
        ],
      }),
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [{ type: 'TIMFileElem', uuid: 'x', fileName: 'x.exe', fileSize: 1, fileUrl: evil }],
      }),
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        avatar: evil,
        elements: [{ type: 'TIMTextElem', text: `click ${evil} or <a href="${evil}">x</a>` }],
      }),
      makeMessage({
        conversationID: world.c2c,
        from: 'bob',
        elements: [{ type: 'TIMLocationElem', description: 'nowhere', latitude: 123, longitude: NaN }],
      }),
    ];
    await world.alice.importMessages(bad);
    const list = await mountList(world.alice, world.c2c, { height: 6000 });
    await until(() => bad.every((m) => rowFor(list, m.ID)), 'the bad rows');
    await frames(2);
    const attributes = allAttributeValues(list.shadowRoot!);
    expect(attributes.filter((a) => /javascript:|data:text/i.test(a))).to.deep.equal([]);
    const image = deepQuery<HTMLElement>(rowFor(list, bad[0]!.ID)!, 'tim-message-image')!;
    expect(deepText(image)).to.contain('Image unavailable');
    expect(deepText(rowFor(list, bad[2]!.ID)!)).to.contain('Video unavailable');
    expect(deepQuery(rowFor(list, bad[3]!.ID)!, 'a[download]')).to.equal(null);
    expect(deepQuery(rowFor(list, bad[5]!.ID)!, 'a')).to.equal(null);
  });
});
