// The store checks attachments as the composer does, for every caller; the embedded server keeps only
// the URLs the renderer would use.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import type { VideoElem } from '../../src/core/model/elements.js';
import { safeUrl } from '../../src/core/model/url.js';
import { storableUrl } from '../../src/core/service/local/server-urls.js';
import { testImage } from '../contract/test-image.js';
import { makeStoreWorld, messagesOf, type StoreWorld } from './store-harness.js';

/** A blob that claims a size (the limit is 100 MB; a real one would be slow to make). */
function blobOfSize(size: number, type = ''): Blob {
  const blob = new Blob(['x'], { type });
  Object.defineProperty(blob, 'size', { value: size });
  return blob;
}

describe('store.send checks attachments like the composer', () => {
  let world: StoreWorld;
  before(async () => {
    world = await makeStoreWorld();
  });
  after(() => world.dispose());

  it('refuses 0-byte files, images, videos and sounds, too-large files and images of other types; nothing is shown or queued', async () => {
    const { store, cache } = await world.client('alice');
    const refusals: [string, Parameters<typeof store.send>[1], number][] = [
      ['empty file', { type: 'file', file: new Blob([]), name: 'empty.txt' }, CHAT_ERROR.invalidArgument],
      ['empty image', { type: 'image', file: new Blob([], { type: 'image/png' }), width: 10, height: 10 }, CHAT_ERROR.invalidArgument],
      ['empty video', { type: 'video', file: new Blob([], { type: 'video/mp4' }), second: 1 }, CHAT_ERROR.invalidArgument],
      ['empty sound', { type: 'sound', file: new Blob([], { type: 'audio/wav' }), second: 1 }, CHAT_ERROR.invalidArgument],
      ['too large', { type: 'file', file: blobOfSize(100 * 1024 * 1024 + 1), name: 'huge.bin' }, CHAT_ERROR.fileTooLarge],
      [
        'an "image" that is HTML',
        { type: 'image', file: new Blob(['<script>'], { type: 'text/html' }), width: 1, height: 1 },
        CHAT_ERROR.invalidArgument,
      ],
      [
        'a "video" that is a PDF',
        { type: 'video', file: new Blob(['%PDF'], { type: 'application/pdf' }), second: 1 },
        CHAT_ERROR.invalidArgument,
      ],
    ];
    for (const [what, content, code] of refusals) {
      await assert.rejects(store.send('C2Cbob', content), (error: unknown) => error instanceof ChatError && error.code === code, what);
    }
    assert.deepEqual(messagesOf(store, 'C2Cbob'), [], 'nothing shown');
    assert.deepEqual(await cache.getOutbox(), [], 'nothing queued');
    const image = await testImage();
    const sent = await store.send('C2Cbob', { type: 'image', file: image.blob, width: image.width, height: image.height });
    assert.equal(sent.status, 'success', 'a real image still goes');
  });
});

describe("the embedded server's URL checks equal the renderer's", () => {
  const urls = [
    'https://example.com/a.png',
    'http://example.com/b',
    'data:image/png;base64,iVBORw0KGgo=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:text/html,<script>alert(1)</script>',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    ' \u0000https://example.com/x',
    '//example.com/x',
    'ftp://example.com/x',
    'blob:https://example.com/0000',
  ];

  it('keeps a URL exactly when the renderer would use it (avatars: never a page-bound blob: URL)', () => {
    for (const url of urls) {
      assert.equal(storableUrl(url), safeUrl(url), url);
      assert.equal(storableUrl(url, { avatar: true }), url.startsWith('blob:') ? '' : safeUrl(url), url);
    }
  });

  it('user and group avatars and message URLs from clients and admins are checked', async () => {
    const world = await makeStoreWorld();
    try {
      const user = await world.server.createUser({ userID: 'eve', nick: 'Eve', avatar: 'data:image/svg+xml,<svg onload=alert(1)>' });
      assert.equal(user.avatar, '');
      const group = await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob'], name: 'G', avatar: 'javascript:alert(1)' });
      assert.equal(group.avatar, '');
      const updated = await world.server.updateGroupProfile(group.groupID, 'alice', { avatar: 'data:image/svg+xml,<svg/>' });
      assert.equal(updated.avatar, '');
      const fine = await world.server.updateGroupProfile(group.groupID, 'alice', { avatar: 'https://example.com/g.png' });
      assert.equal(fine.avatar, 'https://example.com/g.png');
      const [posted] = await world.server.postMessages([
        {
          from: 'bob',
          conversationID: 'C2Calice',
          elements: [
            {
              type: 'TIMVideoFileElem',
              uuid: '',
              videoUrl: '',
              videoSecond: 1,
              videoSize: 3,
              videoFormat: 'mp4',
              thumbUrl: 'data:image/svg+xml,<svg/>',
              thumbWidth: 1,
              thumbHeight: 1,
            },
          ],
          files: { 0: new Blob(['abc'], { type: 'video/mp4' }) },
        },
      ]);
      assert.equal((posted!.elements[0] as VideoElem).thumbUrl, '');
    } finally {
      await world.dispose();
    }
  });
});
