import { expect } from '@open-wc/testing';
import type { MessageElement } from '../../src/core/model/elements.js';
import { c2cConversationID } from '../../src/core/model/ids.js';
import { messageFromSdk } from '../../src/core/service/tencent/map-message.js';
import { createRequestFor, createSdkMessage } from '../../src/core/service/tencent/outgoing.js';
import type { TencentChatSDK } from '../../src/core/service/tencent/sdk-types.js';
import { outgoingMessage } from '../contract/contract-helpers.js';
import { testImage } from '../contract/test-image.js';
import { publicFactoryRefuses, realSdk, type RealSdk } from '../fakes/real-sdk.js';

/**
 * The same mapping tests as test/core/tencent-sdk-objects.test.ts, in Chromium, where the SDK
 * takes its browser branch: image and file messages (which it cannot build under Node), and
 * the sizes and durations it reads from the File the adapter hands it.
 */
describe('Messages built by the real @tencentcloud/chat, in the browser', () => {
  let sdk: RealSdk;

  before(async () => {
    sdk = await realSdk('alice');
  });

  after(() => sdk.dispose());

  function build(elements: readonly MessageElement[], file?: Blob) {
    const message = outgoingMessage('alice', c2cConversationID('bob'), elements);
    const request = createRequestFor(message, file ? { file } : {});
    const sdkMessage = createSdkMessage(sdk.factories as TencentChatSDK, request);
    return { request, sdkMessage, mapped: messageFromSdk(sdkMessage, { selfUserID: 'alice' })! };
  }

  it('refuses its public factories before login (2024)', async () => {
    expect(await publicFactoryRefuses(sdk.chat)).to.deep.equal({ code: 2024 });
  });

  it('builds a text message that maps back', () => {
    const { mapped } = build([{ type: 'TIMTextElem', text: 'hello from Chromium' }]);
    expect(mapped.elements).to.deep.equal([{ type: 'TIMTextElem', text: 'hello from Chromium' }]);
    expect(mapped.flow).to.equal('out');
    expect(mapped.status).to.equal('unSend');
  });

  it("builds an image message from the adapter's File: three sizes, each a local blob: preview until the upload", async () => {
    const { blob } = await testImage();
    const { mapped, request } = build([{ type: 'TIMImageElem', uuid: '', imageFormat: 'PNG', imageInfoArray: [] }], blob);
    expect(request.method).to.equal('createImageMessage');
    const image = mapped.elements[0]!;
    expect(image.type).to.equal('TIMImageElem');
    if (image.type !== 'TIMImageElem') return;
    expect(image.uuid, 'the SDK named the upload').to.not.equal('');
    expect(image.imageInfoArray.map((info) => info.type).sort((a, b) => a - b)).to.deep.equal([0, 1, 2]);
    for (const info of image.imageInfoArray) expect(info.url, 'a preview the kit may show (safeUrl keeps blob:)').to.match(/^blob:/);
  });

  it("builds a file message with the name and size of the adapter's File", () => {
    const file = new Blob(['quarterly report\n'.repeat(40)], { type: 'text/plain' });
    const { mapped } = build([{ type: 'TIMFileElem', uuid: '', fileName: 'report.txt', fileSize: 0, fileUrl: '' }], file);
    const element = mapped.elements[0]!;
    expect(element.type).to.equal('TIMFileElem');
    if (element.type !== 'TIMFileElem') return;
    expect(element.fileName).to.equal('report.txt');
    expect(element.fileSize).to.equal(file.size);
  });

  it("reads a video's size and duration from the File the adapter hands it", () => {
    const clip = new Blob([new Uint8Array(4096)], { type: 'video/mp4' });
    const { mapped } = build(
      [
        {
          type: 'TIMVideoFileElem',
          uuid: '',
          videoUrl: '',
          videoSecond: 12,
          videoSize: 0,
          videoFormat: 'mp4',
          thumbUrl: '',
          thumbWidth: 0,
          thumbHeight: 0,
        },
      ],
      clip,
    );
    const video = mapped.elements[0]!;
    expect(video.type).to.equal('TIMVideoFileElem');
    if (video.type !== 'TIMVideoFileElem') return;
    expect(video.videoSecond).to.equal(12);
    expect(video.videoSize).to.equal(4096);
    expect(video.videoFormat).to.equal('mp4');
  });

  it("reads a voice message's duration from the File the adapter hands it", () => {
    const { mapped } = build(
      [{ type: 'TIMSoundElem', uuid: '', url: '', second: 5, size: 0 }],
      new Blob([new Uint8Array(800)], { type: 'audio/mp4' }),
    );
    const sound = mapped.elements[0]!;
    expect(sound.type).to.equal('TIMSoundElem');
    if (sound.type !== 'TIMSoundElem') return;
    expect(sound.second).to.equal(5);
    expect(sound.size).to.equal(800);
  });
});
