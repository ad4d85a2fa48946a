import { expect } from '@open-wc/testing';
import { LocalChatService } from '../../src/core/service/local/local-chat-service.js';
import { LocalServer } from '../../src/core/service/local/local-server.js';
import { DEMO_GROUPS, seedDemo } from '../../src/core/service/local/seed-demo.js';
import { groupConversationID } from '../../src/core/model/ids.js';
import type { ImageElem, VideoElem } from '../../src/core/model/elements.js';
import { hasMessage, nextEvent, outgoingMessage, textMessage, textOf } from '../contract/contract-helpers.js';
import { testImage } from '../contract/test-image.js';

const opened: LocalServer[] = [];
const namespaces: string[] = [];

function freshNamespace(): string {
  const namespace = `tabs-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  namespaces.push(namespace);
  return namespace;
}

/** One "tab": its own server instance on the shared database. */
async function tab(namespace: string): Promise<LocalServer> {
  const server = await LocalServer.open({ namespace, storage: 'indexeddb' });
  opened.push(server);
  expect(server.storage.kind).to.equal('indexeddb');
  return server;
}

async function signIn(server: LocalServer, userID: string): Promise<LocalChatService> {
  const service = new LocalChatService(server);
  await service.login({ userID });
  return service;
}

afterEach(async () => {
  for (const server of opened.splice(0)) server.close();
  for (const namespace of namespaces.splice(0)) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(`tim-local-server-${namespace}`);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }
});

describe('LocalServer in IndexedDB', () => {
  it('keeps its state for a new server instance (a reload)', async () => {
    const namespace = freshNamespace();
    const before = await tab(namespace);
    await before.createUser({ userID: 'alice', nick: 'Alice Chen' });
    await before.createUser({ userID: 'bob', nick: 'Bob Martin' });
    const alice = await signIn(before, 'alice');
    const { blob, width, height } = await testImage();
    const sent = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'see you after the reload'));
    const picture = await alice.sendMessage(
      outgoingMessage('alice', 'C2Cbob', [
        { type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [{ type: 0, width, height, size: blob.size, url: '' }] },
      ]),
      { file: blob },
    );
    await alice.pinConversation('C2Cbob', true);
    before.close();

    const after = await tab(namespace);
    const bob = await signIn(after, 'bob');
    const page = await bob.getMessageList({ conversationID: 'C2Calice', count: 20 });
    expect(page.messages.map((m) => m.ID)).to.deep.equal([sent.ID, picture.ID]);
    expect(page.messages[0]!.sequence).to.equal(sent.sequence);
    const conversation = (await bob.getConversationList()).find((c) => c.conversationID === 'C2Calice');
    expect(conversation?.unreadCount).to.equal(2);
    const aliceAgain = await signIn(after, 'alice');
    expect((await aliceAgain.getConversation('C2Cbob')).isPinned).to.equal(true);

    // Blob URLs die with their page: the new instance makes its own, and they work.
    const image = page.messages[1]!.elements[0] as ImageElem;
    const oldUrls = (picture.elements[0] as ImageElem).imageInfoArray.map((i) => i.url);
    for (const info of image.imageInfoArray) {
      expect(info.url).to.match(/^blob:/);
      expect(oldUrls).to.not.include(info.url);
    }
    const thumb = image.imageInfoArray.find((i) => i.type === 1)!;
    const bitmap = await createImageBitmap(await (await fetch(thumb.url)).blob());
    expect([bitmap.width, bitmap.height]).to.deep.equal([thumb.width, thumb.height]);
    expect(Math.min(bitmap.width, bitmap.height)).to.equal(198, 'a real scaled thumbnail');
    const downloaded = await bob.downloadElement(page.messages[1]!, 0);
    expect(downloaded.size).to.equal(blob.size);
  });

  it('lets two tabs signed in as two users chat live', async () => {
    const namespace = freshNamespace();
    const tabA = await tab(namespace);
    const tabB = await tab(namespace);
    await tabA.createUser({ userID: 'alice' });
    await tabA.createUser({ userID: 'bob' });
    const alice = await signIn(tabA, 'alice');
    const bob = await signIn(tabB, 'bob');

    const received = nextEvent(bob, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'hello from tab A'));
    const sent = await alice.sendMessage(textMessage('alice', 'C2Cbob', 'hello from tab A'));
    const got = (await received).messages.find((m) => m.ID === sent.ID)!;
    expect(got.flow).to.equal('in');
    expect(got.sequence).to.equal(sent.sequence);

    const receipt = nextEvent(alice, 'messageReadByPeer', (p) => p.conversationID === 'C2Cbob');
    await bob.markRead('C2Calice');
    expect((await receipt).peerReadTime).to.be.at.least(sent.time);

    const reply = nextEvent(alice, 'messageReceived', (p) => p.messages.some((m) => textOf(m) === 'hi from tab B'));
    const answer = await bob.sendMessage(textMessage('bob', 'C2Calice', 'hi from tab B'));
    await reply;
    const revoked = nextEvent(alice, 'messageRevoked', hasMessage(answer.ID));
    await bob.revokeMessage(answer);
    expect((await revoked).messages[0]!.isRevoked).to.equal(true);

    const updated = nextEvent(alice, 'conversationUpdated', (p) => p.conversations.some((c) => c.conversationID === 'C2Cbob'));
    await bob.sendMessage(textMessage('bob', 'C2Calice', 'conversation list follows'));
    expect((await updated).conversations[0]!.lastMessage).to.not.equal(null);
  });

  it('never hands out the same sequence to two tabs writing at once', async () => {
    const namespace = freshNamespace();
    const tabA = await tab(namespace);
    const tabB = await tab(namespace);
    await tabA.createUser({ userID: 'alice' });
    await tabA.createUser({ userID: 'bob' });
    const alice = await signIn(tabA, 'alice');
    const bob = await signIn(tabB, 'bob');
    const sent = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => alice.sendMessage(textMessage('alice', 'C2Cbob', `a${i}`))),
      ...Array.from({ length: 10 }, (_, i) => bob.sendMessage(textMessage('bob', 'C2Calice', `b${i}`))),
    ]);
    const sequences = sent.map((m) => m.sequence).sort((x, y) => x - y);
    expect(sequences).to.deep.equal(Array.from({ length: 20 }, (_, i) => i + 1));
    const page = await bob.getMessageList({ conversationID: 'C2Calice', count: 50 });
    expect(page.messages.length).to.equal(20);
  });

  it('seeds the demo once even when two tabs start together, with a playable video and real pictures', async () => {
    const namespace = freshNamespace();
    const tabA = await tab(namespace);
    const tabB = await tab(namespace);
    await Promise.all([seedDemo(tabA), seedDemo(tabB)]);
    const alice = await signIn(tabB, 'alice');
    const history = (await alice.getMessageList({ conversationID: groupConversationID(DEMO_GROUPS.productTeam), count: 100 })).messages;
    const texts = history.map(textOf);
    expect(texts.filter((t) => t.startsWith('Morning all!')).length).to.equal(1, 'seeded once');

    const videoMessage = history.find((m) => m.elements[0]?.type === 'TIMVideoFileElem');
    expect(videoMessage, 'Chromium encodes the demo video').to.not.equal(undefined);
    const video = videoMessage!.elements[0] as VideoElem;
    expect(video.videoUrl).to.match(/^blob:/);
    expect(video.thumbUrl).to.match(/^blob:/);
    const element = document.createElement('video');
    element.muted = true;
    const loaded = new Promise<void>((resolve, reject) => {
      element.onloadeddata = () => resolve();
      element.onerror = () => reject(new Error(`the video does not load (${element.error?.message})`));
    });
    element.src = video.videoUrl;
    await loaded;
    expect(element.videoWidth).to.equal(video.thumbWidth);
    expect(element.videoHeight).to.equal(video.thumbHeight);

    const image = history.flatMap((m) => m.elements).find((e): e is ImageElem => e.type === 'TIMImageElem')!;
    const large = image.imageInfoArray.find((i) => i.type === 2)!;
    const bitmap = await createImageBitmap(await (await fetch(large.url)).blob());
    expect([bitmap.width, bitmap.height]).to.deep.equal([large.width, large.height]);
  });
});
