import { expect, fixture, waitUntil } from '@open-wc/testing';
import { html } from 'lit';
import type { TimAttachmentErrorEvent, TimMessageSendEvent } from '../../src/components/composer/events.js';
import { checkAttachment, kindForFile, mimeTypeOf } from '../../src/components/composer/attachment-rules.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import '../../src/components/message-list/define.js';
import '../../src/components/chat/define.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { CHAT_ERROR } from '../../src/core/errors.js';
import { errorText } from '../../src/core/i18n/error-text.js';
import type { OutgoingContent } from '../../src/core/store/chat-store-api.js';
import type { ImageElem } from '../../src/core/model/elements.js';
import type { Message, MessageProgress } from '../../src/core/model/message.js';
import type { ChatStore } from '../../src/core/store/chat-store.js';
import {
  canvasImageFile,
  composerFor,
  firstElementType,
  makeWorld,
  messagesIn,
  recordSends,
  settle,
  textareaOf,
  transferOf,
  waitForMessage,
  type ComposerWorld,
} from './composer-harness.js';

function paste(composer: TimComposer, transfer: DataTransfer): ClipboardEvent {
  const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, composed: true, cancelable: true });
  textareaOf(composer).dispatchEvent(event);
  return event;
}

function drag(target: EventTarget, type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', transfer: DataTransfer): DragEvent {
  const event = new DragEvent(type, { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
}

/** Every upload progress the store showed for messages of a conversation. */
function recordProgress(store: ChatStore, conversationID: string): MessageProgress[] {
  const seen: MessageProgress[] = [];
  store.messageList(conversationID).subscribe(
    (s) => s.messages.map((m) => m.progress),
    (all) => {
      for (const progress of all) if (progress && !seen.includes(progress)) seen.push(progress);
    },
  );
  return seen;
}

/** The `<tim-message>` row of a message in a message list. */
async function rowOf(list: TimMessageList, messageID: string): Promise<HTMLElement & { updateComplete: Promise<unknown> }> {
  const find = () =>
    list.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(`tim-message[data-id="${CSS.escape(messageID)}"]`);
  await waitUntil(() => find(), 'the row never rendered', { timeout: 5000 });
  return find()!;
}

const isImage = (m: Message) => firstElementType(m) === 'TIMImageElem';

describe('tim-composer: attachments', () => {
  let world: ComposerWorld;
  beforeEach(async () => {
    world = await makeWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });

  it('a pasted image becomes an image message with its size, shown at once with upload progress', async () => {
    const { store, service } = await world.client('alice');
    const { store: bob } = await world.client('bob');
    service.setLatency(80);
    const composer = await composerFor(store, 'C2Cbob');
    const progress = recordProgress(store, 'C2Cbob');
    const sends: string[] = [];
    composer.addEventListener('tim-message-send', (e: TimMessageSendEvent) => sends.push((e.detail.content as OutgoingContent).type));
    const file = await canvasImageFile(64, 48);
    const event = paste(composer, transferOf(file));
    expect(event.defaultPrevented, 'the browser does not paste the file as text').to.equal(true);

    const shown = await waitForMessage(store, 'C2Cbob', isImage);
    expect(shown.status).to.equal('unSend');
    const elem = shown.elements[0] as ImageElem;
    expect(elem.imageInfoArray[0]).to.include({ width: 64, height: 48, size: file.size });
    expect(elem.imageInfoArray[0]!.url, 'a local preview').to.match(/^blob:/);
    expect(sends).to.deep.equal(['image']);

    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'the image was not delivered', { timeout: 5000 });
    const partial = progress.filter((p) => p.loaded > 0 && p.loaded < p.total);
    expect(partial.length, `progress seen: ${JSON.stringify(progress)}`).to.be.greaterThan(0);
    expect(progress.every((p) => p.total === file.size)).to.equal(true);
    expect(progress.map((p) => p.loaded)).to.deep.equal([...progress.map((p) => p.loaded)].sort((a, b) => a - b));
    expect(messagesIn(store, 'C2Cbob')[0]!.progress).to.equal(undefined);
    const received = await waitForMessage(bob, 'C2Calice', isImage, 'the image at bob');
    expect((received.elements[0] as ImageElem).imageInfoArray[0]).to.include({ width: 64, height: 48 });
  });

  it('text pasted with a picture of itself stays text', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sent = recordSends(store);
    const transfer = transferOf(await canvasImageFile());
    transfer.setData('text/plain', 'a table from a spreadsheet');
    const event = paste(composer, transfer);
    expect(event.defaultPrevented).to.equal(false);
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
  });

  it('a file dropped on the composer is sent; the drop target shows while dragging', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const transfer = transferOf(await canvasImageFile(30, 20, 'dropped.png'));
    const enter = drag(composer, 'dragenter', transfer);
    expect(enter.defaultPrevented).to.equal(true);
    expect(drag(composer, 'dragover', transfer).defaultPrevented, 'dragover must be cancelled to allow the drop').to.equal(true);
    await composer.updateComplete;
    const overlay = composer.shadowRoot!.querySelector<HTMLElement>('[part~="drop-overlay"]')!;
    expect(overlay.matches(':popover-open')).to.equal(true);
    expect(overlay.textContent).to.contain('Drop files to send');
    const box = overlay.getBoundingClientRect();
    const host = composer.getBoundingClientRect();
    expect(Math.round(box.top)).to.equal(Math.round(host.top));
    expect(Math.round(box.height)).to.equal(Math.round(host.height));
    drag(composer, 'drop', transfer);
    await composer.updateComplete;
    expect(overlay.matches(':popover-open')).to.equal(false);
    const sent = await waitForMessage(store, 'C2Cbob', isImage);
    expect((sent.elements[0] as ImageElem).imageInfoArray[0]).to.include({ width: 30, height: 20 });
  });

  it('leaving the zone hides the drop target', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const sent = recordSends(store);
    const transfer = transferOf(await canvasImageFile());
    drag(composer, 'dragenter', transfer);
    const child = textareaOf(composer);
    drag(child, 'dragenter', transfer);
    drag(composer, 'dragleave', transfer);
    await composer.updateComplete;
    const overlay = composer.shadowRoot!.querySelector<HTMLElement>('[part~="drop-overlay"]')!;
    expect(overlay.matches(':popover-open'), 'moving onto a child keeps it').to.equal(true);
    drag(child, 'dragleave', transfer);
    await composer.updateComplete;
    expect(overlay.matches(':popover-open')).to.equal(false);
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
  });

  it('inside <tim-chat>, files dropped anywhere on the open conversation are sent', async () => {
    const { store } = await world.client('alice');
    await store.openConversation('C2Cbob');
    const chat = await fixture<HTMLElement & { updateComplete: Promise<unknown> }>(
      html`<tim-chat locale="en" .store=${store} conversation-id="C2Cbob" style="height: 600px; display: block"></tim-chat>`,
    );
    await waitUntil(() => chat.shadowRoot!.querySelector('tim-composer'), 'tim-chat did not render a composer');
    const composer = chat.shadowRoot!.querySelector('tim-composer')!;
    await composer.updateComplete;
    const main = chat.shadowRoot!.querySelector<HTMLElement>('[part~="main"]')!;
    const header = chat.shadowRoot!.querySelector<HTMLElement>('[part~="header"]')!;
    const transfer = transferOf(await canvasImageFile(40, 40));
    drag(header, 'dragenter', transfer);
    await composer.updateComplete;
    const overlay = composer.shadowRoot!.querySelector<HTMLElement>('[part~="drop-overlay"]')!;
    expect(overlay.matches(':popover-open')).to.equal(true);
    expect(Math.round(overlay.getBoundingClientRect().height)).to.equal(Math.round(main.getBoundingClientRect().height));
    drag(header, 'drop', transfer);
    await waitForMessage(store, 'C2Cbob', isImage);
  });

  it('an upload that fails shows its reason on the message; retry from the list delivers it', async () => {
    const { store, service } = await world.client('alice');
    await store.openConversation('C2Cbob');
    const list = await fixture<TimMessageList>(
      html`<tim-message-list locale="en" .store=${store} conversation-id="C2Cbob" style="height: 400px; display: block"></tim-message-list>`,
    );
    const composer = await composerFor(store, 'C2Cbob');
    service.setFailureRate(1);
    paste(composer, transferOf(await canvasImageFile()));
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'fail', 'the upload did not fail', { timeout: 5000 });
    const failed = messagesIn(store, 'C2Cbob')[0]!;
    expect(failed.error?.code).to.equal(CHAT_ERROR.network);

    const row = await rowOf(list, failed.ID);
    await waitUntil(() => row.shadowRoot?.querySelector('[part~="resend"]'), 'no retry on the failed message');
    const retry = row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="resend"]')!;
    // The reason is shown in the reader's language, not the backend's raw English.
    expect(retry.getAttribute('aria-label')).to.contain(errorText('en', failed.error));
    service.setFailureRate(0);
    retry.click();
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'the retry did not deliver', { timeout: 5000 });
    expect(messagesIn(store, 'C2Cbob')).to.have.length(1);
    expect(messagesIn(store, 'C2Cbob')[0]!.ID).to.equal(failed.ID);
  });

  it('an upload can be cancelled from the list while in progress: the message disappears', async () => {
    const { store, service } = await world.client('alice');
    service.setLatency(400);
    await store.openConversation('C2Cbob');
    const list = await fixture<TimMessageList>(
      html`<tim-message-list locale="en" .store=${store} conversation-id="C2Cbob" style="height: 400px; display: block"></tim-message-list>`,
    );
    const composer = await composerFor(store, 'C2Cbob');
    paste(composer, transferOf(await canvasImageFile()));
    const shown = await waitForMessage(store, 'C2Cbob', isImage);
    const row = await rowOf(list, shown.ID);
    await waitUntil(() => row.shadowRoot?.querySelector('[part~="upload"] button'), 'no upload bar with a cancel button', {
      timeout: 5000,
    });
    expect(row.shadowRoot!.querySelector('[role="progressbar"]')).to.exist;
    row.shadowRoot!.querySelector<HTMLButtonElement>('[part~="upload"] button')!.click();
    await waitUntil(() => messagesIn(store, 'C2Cbob').length === 0, 'the cancelled message did not go', { timeout: 5000 });
    await waitUntil(() => !list.shadowRoot!.querySelector(`tim-message[data-id="${CSS.escape(shown.ID)}"]`), 'its row did not go', {
      timeout: 5000,
    });
    await store.settled();
    expect((await store.findMessageByID(shown.ID).catch(() => undefined))?.status, 'nothing was sent after the cancel').to.not.equal(
      'success',
    );
  });

  it('refuses a file over the size limit before uploading, with a message and an event', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob', { maxFileSize: 1000 });
    const sent = recordSends(store);
    const errors: TimAttachmentErrorEvent['detail'][] = [];
    composer.addEventListener('tim-attachment-error', (e) => errors.push(e.detail));
    const big = new File([new Uint8Array(5000)], 'report.pdf', { type: 'application/pdf' });
    paste(composer, transferOf(big));
    await waitUntil(() => errors.length === 1, 'no tim-attachment-error');
    expect(errors[0]).to.include({ reason: 'too-large', name: 'report.pdf', kind: 'file', limit: 1000 });
    const alert = composer.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('“report.pdf” is 4.9 KB; files can be at most 1,000 B.');
    await settle(composer, store);
    expect(sent).to.deep.equal([]);
    expect(messagesIn(store, 'C2Cbob')).to.have.length(0);
    alert.querySelector('button')!.click();
    await composer.updateComplete;
    expect(composer.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('checks types: the image button takes only images; other files go as file messages', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const errors: TimAttachmentErrorEvent['detail'][] = [];
    composer.addEventListener('tim-attachment-error', (e) => errors.push(e.detail));
    const notes = new File(['meeting notes'], 'notes.txt', { type: 'text/plain' });
    await composer.attachFiles([notes], 'image');
    expect(errors.map((e) => e.reason)).to.deep.equal(['type']);
    expect(composer.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('cannot be sent as a picture');
    await composer.attachFiles([notes]);
    const sent = await waitForMessage(store, 'C2Cbob', (m) => firstElementType(m) === 'TIMFileElem');
    expect(sent.elements[0]).to.deep.include({ fileName: 'notes.txt', fileSize: notes.size });
    const broken = new File(['not really a png'], 'broken.png', { type: 'image/png' });
    await composer.attachFiles([broken]);
    expect(errors.map((e) => e.reason)).to.deep.equal(['type', 'unreadable']);
    await composer.attachFiles([new File([], 'empty.bin')]);
    expect(errors.map((e) => e.reason)).to.deep.equal(['type', 'unreadable', 'empty']);
    expect(composer.shadowRoot!.querySelector<HTMLInputElement>('input[data-kind="image"]')!.accept).to.contain('image/png');
  });

  it('sends a video as a video message with its duration read first', async () => {
    const { store } = await world.client('alice');
    const composer = await composerFor(store, 'C2Cbob');
    const video = await recordCanvasVideo();
    await composer.attachFiles([video]);
    const sent = await waitForMessage(store, 'C2Cbob', (m) => firstElementType(m) === 'TIMVideoFileElem');
    expect(sent.elements[0]).to.deep.include({ videoSize: video.size });
    await waitUntil(() => messagesIn(store, 'C2Cbob')[0]?.status === 'success', 'the video was not delivered', { timeout: 5000 });
  });

  it('classifies files by type, with the extension as a fallback', () => {
    expect(kindForFile({ type: 'image/png', name: 'a.png' })).to.equal('image');
    expect(kindForFile({ type: '', name: 'holiday.JPG' })).to.equal('image');
    expect(kindForFile({ type: 'image/svg+xml', name: 'logo.svg' })).to.equal('file');
    expect(kindForFile({ type: 'video/mp4', name: 'clip.mp4' })).to.equal('video');
    expect(kindForFile({ type: 'application/octet-stream', name: 'clip.mov' })).to.equal('video');
    expect(mimeTypeOf({ type: 'text/plain;charset=utf-8' })).to.equal('text/plain');
    expect(checkAttachment({ type: 'video/x-msvideo', size: 10, name: 'a.avi' }, 'video')?.reason).to.equal('type');
    expect(checkAttachment({ type: 'application/zip', size: 100 * 1024 * 1024 + 1, name: 'a.zip' }, 'file')?.reason).to.equal('too-large');
    expect(checkAttachment({ type: 'application/zip', size: 100 * 1024 * 1024, name: 'a.zip' }, 'file')).to.equal(null);
  });
});

/** A short real WebM recorded from a canvas (what a browser's camera or screen recorder gives). */
async function recordCanvasVideo(): Promise<File> {
  const canvas = document.createElement('canvas');
  canvas.width = 160;
  canvas.height = 90;
  const context = canvas.getContext('2d')!;
  const stream = canvas.captureStream(30);
  const recorder = new MediaRecorder(stream, { mimeType: 'video/webm' });
  const chunks: Blob[] = [];
  recorder.ondataavailable = (e) => chunks.push(e.data);
  const stopped = new Promise((resolve) => (recorder.onstop = resolve));
  // A new picture every animation frame until the recorder has handed over a few slices of 100 ms.
  recorder.start(100);
  for (let frame = 0; chunks.length < 4; frame++) {
    context.fillStyle = `hsl(${frame * 30}, 70%, 50%)`;
    context.fillRect(0, 0, 160, 90);
    await new Promise(requestAnimationFrame);
  }
  recorder.stop();
  await stopped;
  return new File(chunks, 'clip.webm', { type: 'video/webm' });
}
