import { afterEach, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, type ChatError } from '../../src/core/errors.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { encodePng } from '../../src/core/service/local/png-encoder.js';
import { messagesFor, withFreshPreview, createOutgoingMessage } from '../../src/core/store/outgoing-message.js';
import type { OutgoingContent } from '../../src/core/store/chat-store-api.js';
import { makeStoreWorld, messagesOf, waitFor, type StoreWorld } from './store-harness.js';

const ME = { userID: 'alice', nick: 'Alice', avatar: '' };

async function picture(shade: number): Promise<OutgoingContent & { type: 'image' }> {
  const blob = await encodePng(40, 30, () => [shade, 80, 160]);
  return { type: 'image', file: blob, width: 40, height: 30 };
}

describe('several elements in one message (text, faces and up to nine images)', () => {
  let world: StoreWorld;
  beforeEach(async () => {
    world = await makeStoreWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('messagesFor: one message on a backend that takes several elements; one per element, in order, on one that does not', () => {
    const contents: OutgoingContent[] = [
      { type: 'text', text: 'look' },
      { type: 'face', index: 1, data: 'x' },
    ];
    assert.deepEqual(messagesFor(contents, { multiElementMessages: true }), [contents]);
    assert.deepEqual(messagesFor(contents, undefined), [[contents[0]], [contents[1]]]);
    assert.deepEqual(messagesFor([contents[0]!], undefined), [[contents[0]]]);
  });

  it('the outgoing message keeps the order, carries each picture as its file, and refuses a tenth picture or a video beside pictures', async () => {
    const images = await Promise.all([1, 2, 3].map((n) => picture(n * 60)));
    const built = createOutgoingMessage({
      me: ME,
      conversationID: 'C2Cbob',
      contents: [{ type: 'text', text: 'trip' }, ...images],
      nowMs: 1e12,
    });
    assert.deepEqual(
      built.message.elements.map((e) => e.type),
      ['TIMTextElem', 'TIMImageElem', 'TIMImageElem', 'TIMImageElem'],
    );
    assert.deepEqual(
      built.files,
      images.map((i) => i.file),
    );
    assert.equal(built.file, undefined);
    assert.equal(
      built.message.progress?.total,
      images.reduce((n, i) => n + i.file.size, 0),
    );

    const ten = await Promise.all(Array.from({ length: 10 }, (_, n) => picture(n * 20)));
    assert.throws(
      () => createOutgoingMessage({ me: ME, conversationID: 'C2Cbob', contents: ten, nowMs: 1e12 }),
      (e: ChatError) => e.code === CHAT_ERROR.invalidArgument,
    );
    const video = { type: 'video', file: new Blob(['v'], { type: 'video/mp4' }), second: 1 } as const;
    assert.throws(
      () => createOutgoingMessage({ me: ME, conversationID: 'C2Cbob', contents: [images[0]!, video], nowMs: 1e12 }),
      /only one video/,
    );
  });

  it('after a reload each queued picture shows its own file again', async () => {
    const images = await Promise.all([1, 2].map((n) => picture(n * 90)));
    const { message } = createOutgoingMessage({
      me: ME,
      conversationID: 'C2Cbob',
      contents: [{ type: 'text', text: 'hi' }, ...images],
      nowMs: 1e12,
    });
    const blank = {
      ...message,
      elements: message.elements.map((e) =>
        e.type === 'TIMImageElem' ? { ...e, imageInfoArray: e.imageInfoArray.map((i) => ({ ...i, url: '' })) } : e,
      ),
    };
    const urls = new Map(images.map((image, n) => [image.file, `blob:https://app.example/${n}`]));
    const shown = withFreshPreview(
      blank,
      images.map((i) => i.file),
      (blob) => urls.get(blob)!,
    );
    const firstUrls = shown.elements.map((e) => (e.type === 'TIMImageElem' ? e.imageInfoArray[0]?.url : e.type));
    assert.deepEqual(firstUrls, ['TIMTextElem', 'blob:https://app.example/0', 'blob:https://app.example/1']);
  });

  it('on the embedded backend: text and pictures go as ONE message, every picture uploaded and stored, progress over all of them; Bob gets them in order', async () => {
    const alice = await world.client('alice', { latencyMs: 20 });
    const bob = await world.client('bob');
    const images = await Promise.all([1, 2, 3].map((n) => picture(n * 60)));
    const seen: number[] = [];
    alice.store.messageList('C2Cbob').subscribe(
      (s) => s.messages[0]?.progress?.loaded,
      (loaded) => loaded !== undefined && seen.push(loaded),
    );
    const sent = await alice.store.send('C2Cbob', [
      { type: 'text', text: 'our trip' },
      ...images,
      { type: 'face', index: 2, data: 'tt02' },
    ]);
    assert.equal(sent.status, 'success');
    assert.deepEqual(
      sent.elements.map((e) => e.type),
      ['TIMTextElem', 'TIMImageElem', 'TIMImageElem', 'TIMImageElem', 'TIMFaceElem'],
    );
    const uuids = sent.elements.flatMap((e) => (e.type === 'TIMImageElem' ? [e.uuid] : []));
    assert.equal(new Set(uuids).size, 3, 'each picture was stored on its own');
    assert.equal(
      seen.at(-1),
      images.reduce((n, i) => n + i.file.size, 0),
      'progress ends at the bytes of all the pictures',
    );
    assert.equal(messagesOf(alice.store, 'C2Cbob').length, 1);

    await waitFor(() => messagesOf(bob.store, 'C2Calice').length === 1, 'Bob has one message');
    const got = messagesOf(bob.store, 'C2Calice')[0]!;
    assert.deepEqual(
      got.elements.map((e) => e.type),
      ['TIMTextElem', 'TIMImageElem', 'TIMImageElem', 'TIMImageElem', 'TIMFaceElem'],
    );
    const widths = got.elements.flatMap((e) => (e.type === 'TIMImageElem' ? [e.imageInfoArray[0]?.width] : []));
    assert.deepEqual(widths, [40, 40, 40]);
  });

  it('on a backend of one element a message (Tencent): consecutive messages, in order, each with its own picture', async () => {
    const alice = await world.client('alice', { start: false });
    // The same server, seen through a client that says it takes one element a message (as the Web SDK).
    Object.defineProperty(alice.service, 'features', { value: { ...alice.service.features, multiElementMessages: undefined } });
    await alice.store.start('alice');
    const images = await Promise.all([1, 2].map((n) => picture(n * 60)));
    const last = await alice.store.send('C2Cbob', [{ type: 'text', text: 'first the words' }, ...images]);
    const shown = messagesOf(alice.store, 'C2Cbob');
    assert.deepEqual(
      shown.map((m) => m.elements.map((e) => e.type).join('+')),
      ['TIMTextElem', 'TIMImageElem', 'TIMImageElem'],
    );
    assert.ok(shown.every((m) => m.status === 'success'));
    assert.equal(last.ID, shown.at(-1)!.ID, 'the answer is the last of them');
    assert.ok(shown[0]!.sequence < shown[1]!.sequence && shown[1]!.sequence < shown[2]!.sequence, 'the server has them in order');
  });

  it('an album queued offline survives a reload with all its pictures and goes out once', async () => {
    const cache = new MemoryCache();
    const alice = await world.client('alice', { cache });
    alice.service.setOffline(true);
    const images = await Promise.all([1, 2].map((n) => picture(n * 60)));
    void alice.store.send('C2Cbob', [{ type: 'text', text: 'later' }, ...images]).catch(() => undefined);
    await waitFor(async () => (await cache.getOutbox()).length === 1, 'queued');
    const [entry] = await cache.getOutbox();
    assert.equal(entry?.options.files?.length, 2);
    await alice.store.stop();

    const again = await world.client('alice', { cache });
    await again.store.settled();
    await waitFor(() => messagesOf(again.store, 'C2Cbob')[0]?.status === 'success', 'delivered after the reload');
    const delivered = messagesOf(again.store, 'C2Cbob');
    assert.equal(delivered.length, 1);
    assert.equal(delivered[0]!.elements.filter((e) => e.type === 'TIMImageElem' && e.uuid).length, 2);
  });
});
