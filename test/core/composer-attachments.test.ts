import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { attachmentRules, fileNameOf, prepareAttachment } from '../../src/core/composer/attachment-preparer.js';
import { DEFAULT_ATTACHMENT_RULES, DEFAULT_MAX_FILE_SIZE } from '../../src/core/model/attachment-rules.js';
import { composerWorld, fakeMedia } from './composer-fake-store.js';

const file = (parts: BlobPart[], name: string, type: string) => new File(parts, name, { type });
const png = file(['png bytes'], 'a.png', 'image/png');

describe('prepareAttachment (from a file to a message)', () => {
  it('an image is measured; one with too many pixels or that cannot be read is refused', async () => {
    assert.deepEqual(await prepareAttachment(png, undefined, DEFAULT_ATTACHMENT_RULES, fakeMedia()), {
      ok: true,
      content: { type: 'image', file: png, width: 64, height: 48 },
    });
    const huge = fakeMedia({ oversizedImage: async () => ({ width: 20000, height: 20000 }) });
    assert.deepEqual(await prepareAttachment(png, undefined, DEFAULT_ATTACHMENT_RULES, huge), {
      ok: false,
      refusal: { kind: 'image', reason: 'too-many-pixels', pixels: { width: 20000, height: 20000 } },
    });
    const broken = fakeMedia({ readImageSize: async () => null });
    assert.deepEqual(await prepareAttachment(png, undefined, DEFAULT_ATTACHMENT_RULES, broken), {
      ok: false,
      refusal: { kind: 'image', reason: 'unreadable' },
    });
  });

  it('a video carries its duration and thumbnail; one the platform cannot decode goes as a file', async () => {
    const clip = file(['webm'], 'clip.webm', 'video/webm');
    const thumb = { url: 'data:image/jpeg;base64,x', width: 160, height: 90 };
    assert.deepEqual(
      await prepareAttachment(
        clip,
        undefined,
        DEFAULT_ATTACHMENT_RULES,
        fakeMedia({ readVideoInfo: async () => ({ decodable: true, second: 2, thumb }) }),
      ),
      {
        ok: true,
        content: { type: 'video', file: clip, second: 2, thumb },
      },
    );
    const junk = fakeMedia({ readVideoInfo: async () => ({ decodable: false, second: 0 }) });
    assert.deepEqual(await prepareAttachment(clip, undefined, DEFAULT_ATTACHMENT_RULES, junk), {
      ok: true,
      content: { type: 'file', file: clip, name: 'clip.webm' },
    });
  });

  it('refuses by type, emptiness and size before reading anything', async () => {
    const notes = file(['meeting notes'], 'notes.txt', 'text/plain');
    const unread = fakeMedia({ readImageSize: async () => assert.fail('not read'), oversizedImage: async () => assert.fail('not read') });
    assert.deepEqual(await prepareAttachment(notes, 'image', DEFAULT_ATTACHMENT_RULES, unread), {
      ok: false,
      refusal: { kind: 'image', reason: 'type' },
    });
    assert.deepEqual(await prepareAttachment(notes, undefined, DEFAULT_ATTACHMENT_RULES, unread), {
      ok: true,
      content: { type: 'file', file: notes, name: 'notes.txt' },
    });
    assert.deepEqual(await prepareAttachment(file([], 'empty.bin', ''), undefined, DEFAULT_ATTACHMENT_RULES, unread), {
      ok: false,
      refusal: { kind: 'file', reason: 'empty' },
    });
    const rules = attachmentRules(4, DEFAULT_ATTACHMENT_RULES.imageTypes, DEFAULT_ATTACHMENT_RULES.videoTypes);
    assert.deepEqual(await prepareAttachment(notes, undefined, rules, unread), {
      ok: false,
      refusal: { kind: 'file', reason: 'too-large', limit: 4 },
    });
  });

  it('names and rules: an unnamed blob has no name; a size that is not a positive number is the default', () => {
    assert.equal(fileNameOf(new Blob(['x'])), '');
    assert.equal(fileNameOf(png), 'a.png');
    for (const bad of [0, -1, NaN, 'lots']) assert.equal(attachmentRules(bad, [], []).maxFileSize, DEFAULT_MAX_FILE_SIZE);
  });
});

describe('MessageComposer: attachments', () => {
  it('a refused file becomes the notice; an accepted one is ready with the message options', async () => {
    const { composer } = composerWorld('C2Cbob');
    composer.configure({ send: { onlineOnly: true } });
    const refused = await composer.composeAttachment(file([], 'empty.bin', ''));
    assert.equal(refused?.kind, 'refused');
    assert.deepEqual(composer.state.get().notice, {
      kind: 'attachment',
      file: (refused as { notice: { file: Blob } }).notice.file,
      name: 'empty.bin',
      refusal: { kind: 'file', reason: 'empty' },
    });
    const ready = await composer.composeAttachment(png);
    assert.deepEqual(ready, {
      kind: 'ready',
      conversationID: 'C2Cbob',
      content: { type: 'image', file: png, width: 64, height: 48 },
      options: { onlineOnly: true },
    });
  });

  it('nothing when blocked, or when the user left the conversation while the file was read', async () => {
    let release!: () => void;
    const slow = fakeMedia({ readImageSize: () => new Promise((resolve) => (release = () => resolve({ width: 1, height: 1 }))) });
    const { store, composer } = composerWorld('C2Cbob', slow);
    const pending = composer.composeAttachment(png);
    await Promise.resolve();
    await Promise.resolve();
    composer.sync(store, 'C2Ccarol', null);
    release();
    assert.equal(await pending, null);
    composer.sync(store, '@TIM#SYSTEM', null);
    assert.equal(await composer.composeAttachment(png), null);
  });
});

describe('MessageComposer: pictures held to go with the text (the image tray)', () => {
  const pic = (n: number) => file([`png ${n}`], `p${n}.png`, 'image/png');

  it('with the box empty a picture goes at once, as before; with text it waits in the tray, and the send takes text and pictures as one message', async () => {
    const { store, composer } = composerWorld('C2Cbob');
    assert.equal((await composer.composeAttachment(pic(1)))?.kind, 'ready', 'nothing typed: sent at once');
    composer.setText('from the beach');
    assert.deepEqual(await composer.composeAttachment(pic(2)), { kind: 'held' });
    assert.deepEqual(
      composer.images.images.map((i) => i.name),
      ['p2.png'],
    );
    // Files and videos never wait: they go alone.
    assert.equal((await composer.composeAttachment(file(['doc'], 'notes.txt', 'text/plain')))?.kind, 'ready');
    const composed = composer.composeText();
    assert.ok(composed && !('overLimit' in composed));
    assert.deepEqual(composed.content, [
      { type: 'text', text: 'from the beach' },
      { type: 'image', file: composer.images.images[0]!.content.file, width: 64, height: 48 },
    ]);
    composer.textSent('C2Cbob');
    await composer.deliver(composed);
    assert.equal(composer.images.images.length, 0, 'the tray empties with the box');
    assert.equal(store.sent.at(-1)?.content, composed.content);
  });

  it('once a picture waits, the next ones wait too, even with the text cleared; pictures alone can be sent', async () => {
    const { composer } = composerWorld('C2Cbob');
    composer.setText('x');
    await composer.composeAttachment(pic(1));
    composer.setText('');
    assert.deepEqual(await composer.composeAttachment(pic(2)), { kind: 'held' });
    assert.equal(composer.canSend, true);
    const composed = composer.composeText();
    assert.ok(composed && !('overLimit' in composed));
    assert.deepEqual(
      (composed.content as readonly { type: string }[]).map((c) => c.type),
      ['image', 'image'],
    );
    composer.images.remove(composer.images.images[0]!.id);
    assert.deepEqual(
      composer.images.images.map((i) => i.name),
      ['p2.png'],
    );
  });

  it('a tenth picture is refused with the limit; leaving the conversation empties the tray', async () => {
    const { store, composer } = composerWorld('C2Cbob');
    composer.setText('nine');
    for (let n = 1; n <= 9; n++) assert.equal((await composer.composeAttachment(pic(n)))?.kind, 'held');
    const refused = await composer.composeAttachment(pic(10));
    assert.equal(refused?.kind, 'refused');
    assert.deepEqual(
      composer.state.get().notice && 'refusal' in composer.state.get().notice!
        ? (composer.state.get().notice as { refusal: unknown }).refusal
        : null,
      {
        kind: 'image',
        reason: 'too-many-images',
        limit: 9,
      },
    );
    assert.equal(composer.images.images.length, 9);
    composer.sync(store, 'C2Ccarol', null);
    assert.equal(composer.images.images.length, 0);
  });
});
