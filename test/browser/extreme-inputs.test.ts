import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { TimComposer } from '../../src/components/composer/tim-composer.js';
import { ELEMENTS_PREVIEW } from '../../src/components/message/tim-message.js';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import type { MessageElement } from '../../src/core/model/elements.js';
import { makeMessage, makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { pictureFile, pixelBombPng } from '../fixtures/big-images.js';
import { textareaOf, transferOf } from './composer-harness.js';
import { deepText } from './dom-helpers.js';
import { mountList, rowFor } from './message-list-helpers.js';

/**
 * Issue 18's target is no task over 200 ms. This test checks what is drawn and refused and prints
 * the longest task it saw; the target itself is checked by `npm run bench:browser -- extreme-inputs`
 * (PASS/MISS), run alone: here the browser runs other test files beside it, and timing there is noise.
 */
const LONGEST_TASK_MS = 200;

/** Runs `work` and reports the longest task the browser saw meanwhile (0 when none reached 50 ms). */
async function longestTaskDuring(work: () => Promise<void>): Promise<number> {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  try {
    await work();
    // Let what the work started (layout, paint, decoding) finish inside the window.
    for (let i = 0; i < 10; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  } finally {
    for (const entry of observer.takeRecords()) durations.push(entry.duration);
    observer.disconnect();
  }
  return Math.round(Math.max(0, ...durations));
}

describe('extreme inputs never block the page', () => {
  let world: MessageWorld;
  const figures: string[] = [];

  beforeEach(async () => {
    world = await makeMessageWorld();
  });
  afterEach(async () => {
    await world.dispose();
  });
  after(() => console.log(`longest tasks seen (target ≤ ${LONGEST_TASK_MS} ms, checked by the bench): ${figures.join('; ')}`));

  it('a 1 MB text message is drawn in part, with "Show more"; more is drawn on demand', async function () {
    this.timeout(30000);
    const text = 'All work and no play makes Jack a dull boy. [Smile] '.repeat(20_000).slice(0, 1_000_000);
    const message = makeMessage({ conversationID: world.c2c, from: 'bob', elements: [{ type: 'TIMTextElem', text }] });
    let list: Awaited<ReturnType<typeof mountList>> | undefined;
    const longest = await longestTaskDuring(async () => {
      await world.alice.importMessages([message]);
      list = await mountList(world.alice, world.c2c);
      await until(() => rowFor(list!, message.ID)?.shadowRoot?.querySelector('[part="show-more"]'), 'the row with Show more', 10000);
    });
    const row = rowFor(list!, message.ID)!;
    expect(deepText(row).length).to.be.lessThan(10_000);
    const more = await longestTaskDuring(async () => {
      row.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await row.updateComplete;
    });
    expect(deepText(row).length).to.be.greaterThan(20_000);
    figures.push(`1 MB text: ${longest} ms to import and draw, ${more} ms for "Show more"`);
  });

  it('a message of 100,000 elements renders a bounded number of them, with "Show more"', async function () {
    this.timeout(30000);
    const elements: MessageElement[] = Array.from({ length: 100_000 }, (_, i) => ({ type: 'TIMTextElem', text: `part ${i}` }));
    const message = makeMessage({ conversationID: world.c2c, from: 'bob', elements });
    let list: Awaited<ReturnType<typeof mountList>> | undefined;
    const longest = await longestTaskDuring(async () => {
      await world.alice.importMessages([message]);
      list = await mountList(world.alice, world.c2c);
      await until(() => rowFor(list!, message.ID)?.shadowRoot?.querySelector('[part="show-more"]'), 'the row with Show more', 10000);
    });
    const row = rowFor(list!, message.ID)!;
    expect(row.shadowRoot!.querySelectorAll('[part="text"]').length).to.equal(ELEMENTS_PREVIEW);
    row.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
    await row.updateComplete;
    expect(row.shadowRoot!.querySelectorAll('[part="text"]').length).to.be.greaterThan(ELEMENTS_PREVIEW);
    figures.push(`100,000 elements: ${longest} ms`);
  });

  it('a 48 KB PNG of 20000 × 20000 pixels is refused with a clear error, by the composer and by the store, without decoding it', async function () {
    this.timeout(60000);
    const bomb = await pixelBombPng(20_000, 20_000);
    expect(bomb.size).to.be.lessThan(100_000);
    const composer = await fixture<TimComposer>(
      html`<tim-composer locale="en" .store=${world.alice} conversation-id=${world.c2c}></tim-composer>`,
    );
    let refusal = '';
    const composerLongest = await longestTaskDuring(async () => {
      const refused = oneEvent(composer, 'tim-attachment-error');
      textareaOf(composer).dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transferOf(bomb), bubbles: true, composed: true, cancelable: true }),
      );
      refusal = (await refused).detail.message;
    });
    expect(refusal).to.contain('20000 × 20000 pixels');
    expect(world.alice.messageList(world.c2c).get().messages).to.have.length(0);
    let error: unknown;
    const storeLongest = await longestTaskDuring(async () => {
      error = await world.alice.send(world.c2c, { type: 'image', file: bomb }).catch((e: unknown) => e);
    });
    expect(error).to.be.instanceOf(ChatError);
    expect((error as ChatError).code).to.equal(CHAT_ERROR.invalidArgument);
    expect((error as ChatError).message).to.contain('megapixels');
    figures.push(`20000×20000 PNG: ${composerLongest} ms in the composer, ${storeLongest} ms through the store and the embedded server`);
  });

  it('a 24-megapixel image is sent with its variants made off the main thread', async function () {
    this.timeout(60000);
    const big = await pictureFile(6000, 4000, 'big.png');
    await mountList(world.alice, world.c2c, { waitForRows: false });
    let sentOK = false;
    const longest = await longestTaskDuring(async () => {
      const sent = await world.alice.send(world.c2c, { type: 'image', file: big, width: 6000, height: 4000 });
      sentOK = sent.status === 'success';
    });
    expect(sentOK).to.equal(true);
    figures.push(`6000×4000 image sent: ${longest} ms`);
  });
});
