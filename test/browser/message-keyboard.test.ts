import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TimImageViewer } from '../../src/components/image-viewer/tim-image-viewer.js';
import { deepActiveElement, type TimMessageActions } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { formatClock } from '../../src/core/i18n/format-time.js';
import type { Message } from '../../src/core/model/message.js';
import { makeMessage, makeMessageWorld, sampleMedia, until, type MessageWorld } from '../fixtures/message-world.js';
import { rowFor, rowsOf } from './message-list-helpers.js';

const menuOf = (list: TimMessageList) => list.shadowRoot!.querySelector<TimMessageActions>('tim-message-actions')!;
const viewerOf = (list: TimMessageList) => list.shadowRoot!.querySelector<TimImageViewer>('tim-image-viewer')!;
const active = () => deepActiveElement();
const describe_ = (el: Element | null | undefined) =>
  el ? `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}` : 'nothing';

/** A list in a page with a button before and after it, as an app would have (search above, composer below). */
async function mountBetweenButtons(
  world: MessageWorld,
): Promise<{ list: TimMessageList; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const wrapper = await fixture<HTMLDivElement>(html`<div>
    <button id="before">before</button>
    <div style="display:flex;flex-direction:column;block-size:600px;inline-size:620px">
      <tim-message-list .store=${world.alice} conversation-id=${world.c2c} locale="en"></tim-message-list>
    </div>
    <button id="after">after</button>
  </div>`);
  const list = wrapper.querySelector<TimMessageList>('tim-message-list')!;
  await until(() => rowsOf(list).length > 0, 'the first rows');
  return { list, before: wrapper.querySelector('#before')!, after: wrapper.querySelector('#after')! };
}

describe('message rows by keyboard (a grid of one column)', () => {
  let world: MessageWorld;
  let link: Message;
  let picture: Message;
  let plain: Message;
  let reply: Message;

  beforeEach(async () => {
    world = await makeMessageWorld();
    const media = await sampleMedia();
    const now = Math.floor(Date.now() / 1000);
    const at = (i: number) => ({ time: now - 600 + i * 60 });
    plain = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      flow: 'in',
      nick: 'Bob Smith',
      elements: [{ type: 'TIMTextElem', text: 'plain words only' }],
      ...at(0),
    });
    link = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      flow: 'in',
      nick: 'Bob Smith',
      elements: [{ type: 'TIMTextElem', text: 'docs at https://example.com/docs and https://example.org' }],
      ...at(1),
    });
    picture = makeMessage({
      conversationID: world.c2c,
      from: 'bob',
      flow: 'in',
      nick: 'Bob Smith',
      elements: [
        {
          type: 'TIMImageElem',
          uuid: 'img-k',
          imageFormat: 'PNG',
          imageInfoArray: [
            { type: 0, width: media.image.width, height: media.image.height, size: 1000, url: media.image.url },
            { type: 1, width: 302, height: 198, size: 100, url: media.image.url },
          ],
        },
      ],
      ...at(2),
    });
    reply = makeMessage({
      conversationID: world.c2c,
      from: 'alice',
      flow: 'out',
      elements: [{ type: 'TIMTextElem', text: 'answering the first' }],
      cloudCustomData: JSON.stringify({
        messageReply: { messageID: plain.ID, messageAbstract: 'plain words only', messageSender: 'Bob Smith', messageType: 1, version: 1 },
      }),
      ...at(3),
    });
    await world.alice.importMessages([plain, link, picture, reply]);
  });

  afterEach(async () => {
    await world.dispose();
  });

  it('Enter steps into a row: Tab goes round its controls, Enter opens a link natively, Escape steps back', async () => {
    const { list } = await mountBetweenButtons(world);
    await until(() => rowFor(list, link.ID), 'the link row');
    const row = rowFor(list, link.ID)!;
    row.focus();
    const clicked: string[] = [];
    const anchors = [...row.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href]')];
    expect(anchors.length).to.equal(2);
    for (const a of anchors)
      a.addEventListener('click', (e) => {
        clicked.push(a.href);
        e.preventDefault(); // The test page stays where it is.
      });
    await sendKeys({ press: 'Enter' });
    await until(() => active() === anchors[0], `focus on the first link (is on ${describe_(active())})`);
    expect(menuOf(list).isOpen === true, 'Enter on a row with controls does not open the menu').to.equal(false);
    await sendKeys({ press: 'Enter' });
    expect(clicked).to.deep.equal(['https://example.com/docs']);
    await sendKeys({ press: 'Tab' });
    expect(active()).to.equal(anchors[1]);
    await sendKeys({ press: 'Tab' });
    expect(active()?.getAttribute('part'), 'the "…" button comes last').to.equal('more-button');
    await sendKeys({ press: 'Tab' });
    expect(active(), 'Tab goes round').to.equal(anchors[0]);
    await sendKeys({ press: 'Shift+Tab' });
    expect(active()?.getAttribute('part')).to.equal('more-button');
    await sendKeys({ press: 'ArrowUp' });
    expect(active()).to.equal(anchors[1]);
    await sendKeys({ press: 'Escape' });
    await until(() => active() === row, 'focus back on the row');
    // The arrows move between rows again.
    await sendKeys({ press: 'ArrowUp' });
    await until(() => active() === rowFor(list, plain.ID), 'the row above');
  });

  it('Enter on an image opens the viewer; closing it returns focus to the image; the quote jumps', async () => {
    const { list } = await mountBetweenButtons(world);
    await until(() => rowFor(list, picture.ID) && rowFor(list, reply.ID), 'the rows');
    const row = rowFor(list, picture.ID)!;
    row.focus();
    await sendKeys({ press: 'F2' });
    const image = row.shadowRoot!.querySelector('tim-message-image')!.shadowRoot!.querySelector('button')!;
    await until(() => active() === image, `focus on the image (is on ${describe_(active())})`);
    expect(image.getAttribute('aria-label')).to.equal('Photo from Bob Smith');
    await sendKeys({ press: 'Enter' });
    await until(() => viewerOf(list).open, 'the viewer');
    await sendKeys({ press: 'Escape' });
    await until(() => !viewerOf(list).open, 'the viewer to close');
    await until(() => active() === image, `focus back on the image (is on ${describe_(active())})`);
    await sendKeys({ press: 'F2' });
    await until(() => active() === row, 'F2 steps back to the row');

    const replyRow = rowFor(list, reply.ID)!;
    replyRow.focus();
    await sendKeys({ press: 'Enter' });
    const quote = replyRow.shadowRoot!.querySelector<HTMLElement>('[part~="quote"]')!;
    await until(() => active() === quote, `focus on the quote (is on ${describe_(active())})`);
    await sendKeys({ press: 'Space' });
    await until(() => rowFor(list, plain.ID)?.hasAttribute('highlighted'), 'the quoted message highlighted');
  });

  it('a row without controls opens its menu on Enter; the context-menu key and Shift+F10 open it from a control too', async () => {
    const { list } = await mountBetweenButtons(world);
    await until(() => rowFor(list, plain.ID) && rowFor(list, link.ID), 'the rows');
    rowFor(list, plain.ID)!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => menuOf(list).isOpen, 'the menu on Enter');
    await sendKeys({ press: 'Escape' });
    await until(() => !menuOf(list).isOpen && active() === rowFor(list, plain.ID), 'closed, focus on the row');

    const row = rowFor(list, link.ID)!;
    row.focus();
    await sendKeys({ press: 'Enter' });
    const first = row.shadowRoot!.querySelector('a[href]');
    await until(() => active() === first, 'focus on the link');
    await sendKeys({ press: 'Shift+F10' });
    await until(() => menuOf(list).isOpen, 'the menu on Shift+F10');
    expect(menuOf(list).openFor?.ID).to.equal(link.ID);
    await sendKeys({ press: 'Escape' });
    await until(() => !menuOf(list).isOpen && active() === first, `closed, focus back on the link (is on ${describe_(active())})`);
  });

  it('the log is one tab stop: Tab from a row leaves it, Shift+Tab comes back to the row, not into a control', async () => {
    const { list, after } = await mountBetweenButtons(world);
    await until(() => rowFor(list, reply.ID), 'the rows');
    // The newest row holds the tab stop; it has a quote, the list above has links and an image.
    const newest = rowFor(list, reply.ID)!;
    expect(newest.tabIndex).to.equal(0);
    after.focus();
    await sendKeys({ press: 'Shift+Tab' });
    await until(() => active() === newest, `Shift+Tab lands on the row (is on ${describe_(active())})`);
    await sendKeys({ press: 'Tab' });
    await until(() => active() === after, `Tab leaves the log (is on ${describe_(active())})`);
    rowFor(list, link.ID)!.focus();
    await sendKeys({ press: 'Tab' });
    await until(() => active() === after, `Tab from another row leaves the log too (is on ${describe_(active())})`);
  });

  it('names each row: who, when, what', async () => {
    const { list } = await mountBetweenButtons(world);
    await until(() => rowFor(list, reply.ID) && rowFor(list, picture.ID), 'the rows');
    // The clock as the rows show it (the locale's own hour cycle: "10:18 AM" in en).
    const time = (m: Message) => formatClock(m.time, 'en');
    const nameOf = (row: Element) => (row as unknown as { internals: ElementInternals }).internals.ariaLabel;
    expect(nameOf(rowFor(list, plain.ID)!)).to.equal(`Bob Smith, ${time(plain)}: plain words only`);
    expect(nameOf(rowFor(list, picture.ID)!)).to.equal(`Bob Smith, ${time(picture)}: Image`);
    expect(nameOf(rowFor(list, reply.ID)!)).to.equal(`You, ${time(reply)}: answering the first`);
  });
});

describe('focus stays in the log', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  /** Every element that held the focus until `settled`, sampled each frame (so a moment on <body> is seen). */
  async function focusTrail(settled: () => boolean, what: string, debug?: () => string): Promise<string[]> {
    const trail: string[] = [];
    const t0 = performance.now();
    for (;;) {
      const el = active();
      const name = el ? describe_(el) : 'body';
      if (trail[trail.length - 1] !== name) trail.push(name);
      if (settled()) return trail;
      if (performance.now() - t0 > 5000) throw new Error(`${what} never settled: ${trail.join(' → ')} ${debug?.() ?? ''}`);
      await new Promise((r) => requestAnimationFrame(r));
    }
  }

  it('a focused row scrolled far out of the drawn range hands the focus to the log, not to <body>; the arrows come back to a row', async () => {
    world = await makeMessageWorld({ pageSize: 400 });
    const { bulkHistory } = await import('../fixtures/message-world.js');
    await world.alice.importMessages(bulkHistory(world.c2c, 400, 'alice', 'bob'));
    const { list } = await mountBetweenButtons(world);
    const rows = rowsOf(list);
    const newest = rows[rows.length - 1]!;
    newest.focus();
    await until(() => active() === newest, 'focus on the newest row');
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const newestID = newest.dataset.id!;
    // As a reader would: wheel turns, each with the scroll it makes, until the focused row is far out of the drawn range.
    const trail = await focusTrail(
      () => {
        if (!rowFor(list, newestID)) return true;
        scroller.dispatchEvent(new WheelEvent('wheel', { deltaY: -1500 }));
        scroller.scrollTop -= 1500;
        return false;
      },
      'the scroll',
      () =>
        `scrollTop ${scroller.scrollTop} of ${scroller.scrollHeight}, rows ${rowsOf(list).length}, first ${rowsOf(list)
          .map((r) =>
            world.alice
              .messageList(world.c2c)
              .get()
              .messages.findIndex((m) => m.ID === r.dataset.id),
          )
          .join(',')}`,
    );
    await new Promise((r) => requestAnimationFrame(r));
    expect(trail, trail.join(' → ')).not.to.include('body');
    expect(active()?.closest('tim-message-list') ?? (active()?.getRootNode() as ShadowRoot).host, 'the focus is in the list').to.equal(
      list,
    );
    await sendKeys({ press: 'ArrowDown' });
    await until(() => active()?.localName === 'tim-message', `a row has the focus again (is on ${describe_(active())})`);
  });

  it('Tab pressed at any moment while another conversation opens (skeleton, first rows, settled) never drops the focus to <body>', async function () {
    this.timeout(30000);
    await import('../../src/components/chat/define.js');
    world = await makeMessageWorld({ latencyMs: 300 });
    const { bulkHistory } = await import('../fixtures/message-world.js');
    await world.alice.importMessages(bulkHistory(world.c2c, 120, 'alice', 'bob'));
    await world.bob.sendText(world.group, 'in the group');
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px;height:640px">
      <tim-chat .store=${world.alice} locale="en" conversation-id=${world.c2c}></tim-chat></div>`);
    const chat = wrapper.querySelector('tim-chat')!;
    const convList = () => chat.shadowRoot!.querySelector('tim-conversation-list')!;
    const messageList = () => chat.shadowRoot!.querySelector<TimMessageList>('tim-message-list');
    const convRow = (id: string) => convList().shadowRoot?.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`) ?? null;
    await until(() => convRow(world.group) && convRow(world.c2c), 'both conversations listed');
    const stages: Array<[string, () => boolean]> = [
      ['at once', () => true],
      ['while the list loads', () => !!messageList()?.shadowRoot?.querySelector('[part="loading"]') || rowsOf(messageList()!).length > 0],
      ['once rows are drawn', () => !!messageList() && rowsOf(messageList()!).length > 0],
    ];
    let target = world.group;
    for (const [stage, ready] of stages) {
      for (let round = 0; round < 2; round++) {
        target = target === world.group ? world.c2c : world.group;
        convRow(target)!.focus();
        await sendKeys({ press: 'Enter' });
        await until(
          () => messageList()?.conversationId === target && ready(),
          `${stage}: ${target} (open: ${world.alice.state.get().activeConversationID}, list: ${messageList()?.conversationId}, focus: ${describe_(active())})`,
        );
        await sendKeys({ press: 'Tab' });
        const trail = await focusTrail(() => {
          const list = messageList();
          return (
            !!list &&
            list.conversationId === target &&
            rowsOf(list).length > 0 &&
            !!world.alice.messageList(target).get().loaded &&
            active()?.localName !== undefined
          );
        }, `${stage}: opening ${target}`);
        // A few more frames: layout passes after the first rows.
        for (let i = 0; i < 10; i++) {
          await new Promise((r) => requestAnimationFrame(r));
          const el = active();
          if (!el || el === document.body) trail.push('body');
        }
        expect(trail, `${stage}, ${target}: ${trail.join(' → ')}`).not.to.include('body');
      }
    }
  });
});
