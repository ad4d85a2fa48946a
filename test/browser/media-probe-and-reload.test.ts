import { expect, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { readVideoInfo } from '../../src/components/composer/media-info.js';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import type { ImageElem } from '../../src/core/model/elements.js';
import type { Message } from '../../src/core/model/message.js';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { recordClip } from '../fixtures/message-world.js';
import { canvasImageFile, composerFor, makeWorld, textareaOf, transferOf } from './composer-harness.js';

describe('media is probed before it is sent', () => {
  it('a junk .mp4 goes as a file, not as a 0:00 video', async function () {
    this.timeout(15000);
    const junk = new File([new Uint8Array(4096).map((_, i) => (i * 7) % 256)], 'holiday.mp4', { type: 'video/mp4' });
    expect((await readVideoInfo(junk)).decodable).to.equal(false);
    const world = await makeWorld();
    try {
      const { store } = await world.client('alice');
      const composer = await composerFor(store, 'C2Cbob');
      textareaOf(composer).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transferOf(junk), bubbles: true, composed: true, cancelable: true }),
      );
      await waitUntil(
        () =>
          store
            .messageList('C2Cbob')
            .get()
            .messages.some((m) => m.status === 'success'),
        'the file was not sent',
        { timeout: 8000 },
      );
      const [sent] = store.messageList('C2Cbob').get().messages;
      expect(sent!.elements[0]!.type).to.equal('TIMFileElem');
      expect((sent!.elements[0] as { fileName: string }).fileName).to.equal('holiday.mp4');
    } finally {
      await world.dispose();
    }
  });

  it('a MediaRecorder WebM (no duration in its header) gets its real duration and a thumbnail', async function () {
    this.timeout(15000);
    if (typeof MediaRecorder === 'undefined') this.skip();
    const clip = await recordClip();
    // Chromium now writes the length of its own recordings; other recorders (and older Chromium)
    // leave it out, and the element says Infinity until it has read to the end. Behave like them.
    const duration = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'duration')!;
    const currentTime = Object.getOwnPropertyDescriptor(HTMLMediaElement.prototype, 'currentTime')!;
    const readToEnd = new WeakSet<HTMLMediaElement>();
    Object.defineProperty(HTMLMediaElement.prototype, 'duration', {
      configurable: true,
      get(this: HTMLMediaElement) {
        return readToEnd.has(this) ? duration.get!.call(this) : Infinity;
      },
    });
    Object.defineProperty(HTMLMediaElement.prototype, 'currentTime', {
      configurable: true,
      get(this: HTMLMediaElement) {
        return currentTime.get!.call(this);
      },
      set(this: HTMLMediaElement, value: number) {
        if (value > 1e6) readToEnd.add(this);
        currentTime.set!.call(this, value);
      },
    });
    let info;
    try {
      info = await readVideoInfo(clip);
    } finally {
      Object.defineProperty(HTMLMediaElement.prototype, 'duration', duration);
      Object.defineProperty(HTMLMediaElement.prototype, 'currentTime', currentTime);
    }
    expect(info.decodable).to.equal(true);
    expect(info.second).to.equal(1);
    expect(info.thumb?.width).to.equal(320);
  });
});

describe('the cache keeps no blob: URL', () => {
  async function open(namespace: string, cacheName: string, offline = false) {
    const server = await LocalServer.open({ namespace, storage: 'indexeddb' });
    const service = new LocalChatService(server);
    if (offline) service.setOffline(true);
    const cache = new DexieCache({ app: cacheName, userID: 'alice' });
    const store = new ChatStore({ service, cache, pageSize: 5 });
    await store.start('alice').catch(() => {});
    return { server, service, cache, store };
  }

  /** The URL works in this page: the bytes come back. */
  async function loads(url: string): Promise<boolean> {
    if (!url) return false;
    try {
      return (await (await fetch(url)).blob()).size > 0;
    } catch {
      return false;
    }
  }

  const thumbnailOf = (message: Message | undefined) =>
    (message?.elements[0] as ImageElem | undefined)?.imageInfoArray.find((i) => i.url)?.url ?? '';

  it('your own image shows after a reload: sent (even pages back) and still queued', async function () {
    this.timeout(30000);
    const namespace = `blob-${Date.now()}`;
    const cacheName = `blob-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    let page = await open(namespace, cacheName);
    await page.server.createUser({ userID: 'alice', nick: 'Alice' });
    await page.server.createUser({ userID: 'bob', nick: 'Bob' });
    const image = await canvasImageFile(120, 80);
    const sent = await page.store.send('C2Cbob', { type: 'image', file: image, width: 120, height: 80 });
    for (let i = 0; i < 8; i++) await page.store.sendText('C2Cbob', `after ${i}`);
    page.service.setOffline(true);
    const queued = await page.store.send('C2Cbob', {
      type: 'image',
      file: await canvasImageFile(60, 40, 'queued.png'),
      width: 60,
      height: 40,
    });
    expect(queued.status).to.equal('unSend');
    await page.store.settled();
    const db = page.cache.database!;
    const stored = JSON.stringify([await db.messages.toArray(), await db.outbox.toArray(), await db.conversations.toArray()]);
    expect(stored).to.not.contain('blob:');
    // The page goes away: its blob: URLs die with it.
    await page.store.stop();
    page.server.close();

    page = await open(namespace, cacheName, true);
    const list = () => page.store.messageList('C2Cbob').get().messages;
    await waitUntil(() => list().some((m) => m.ID === queued.ID), 'the queued image is shown after the reload', { timeout: 5000 });
    expect(await loads(thumbnailOf(list().find((m) => m.ID === queued.ID))), 'the queued image shows from the outbox bytes').to.equal(true);

    page.service.setOffline(false);
    await waitUntil(() => list().find((m) => m.ID === queued.ID)?.status === 'success', 'the queued image is delivered', {
      timeout: 10000,
    });
    for (let i = 0; i < 5 && !list().some((m) => m.ID === sent.ID); i++) await page.store.loadOlder('C2Cbob');
    await waitUntil(() => list().some((m) => m.ID === sent.ID), 'the older image is in the list', { timeout: 5000 });
    await waitUntil(() => thumbnailOf(list().find((m) => m.ID === sent.ID)) !== '', 'the older image has a URL again', { timeout: 5000 });
    expect(await loads(thumbnailOf(list().find((m) => m.ID === sent.ID))), 'the sent image shows').to.equal(true);
    await page.store.stop();
    page.server.close();
  });
});
