import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../src/components/message-actions/tim-message-actions.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import type { TimMessage } from '../../src/components/message/tim-message.js';
import { MemoryCache } from '../../src/core/cache/memory-cache.js';
import { SYSTEM_CONVERSATION_ID } from '../../src/core/model/ids.js';
import type { Message } from '../../src/core/model/message.js';
import type { ServiceFeatures } from '../../src/core/service/chat-service.js';
import { LocalChatService } from '../../src/core/service/local/index.js';
import { ChatStore } from '../../src/core/store/chat-store.js';
import { makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { mountList, rowsOf } from './message-list-helpers.js';

const buttonsOf = (row: TimMessage | undefined) => [
  ...(row?.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="application"] button') ?? []),
];
const statusOf = (row: TimMessage) => row.shadowRoot?.querySelector('[part~="application-status"]')?.textContent ?? '';
const noticeRow = (list: TimMessageList, operationType: number) =>
  rowsOf(list).find((row) => {
    const element = row.message?.elements[0];
    return element?.type === 'TIMGroupSystemNoticeElem' && element.operationType === operationType;
  });
const pendingOn = async (world: MessageWorld, groupID: string, userID: string) =>
  (await world.server.getGroupApplications({ userID: 'alice', sessionID: '' })).some((a) => a.groupID === groupID && a.userID === userID);

describe('join requests and invitations in System notifications (<tim-message-list>)', () => {
  let world: MessageWorld;
  let hikers: string;
  let list: TimMessageList;

  beforeEach(async () => {
    world = await makeMessageWorld();
    hikers = (
      await world.server.createGroup({ ownerID: 'alice', memberIDs: ['bob'], name: 'Hikers', type: 'Public', joinOption: 'NeedPermission' })
    ).groupID;
    const bookClub = (await world.server.createGroup({ ownerID: 'dave', name: 'Book Club', type: 'Public' })).groupID;
    await world.server.requestToJoinGroup(hikers, 'carol', 'let me in');
    await world.server.inviteToGroup(bookClub, 'dave', 'alice', 'join us');
    list = await mountList(world.alice, SYSTEM_CONVERSATION_ID);
    await until(() => buttonsOf(noticeRow(list, 1)).length === 2 && buttonsOf(noticeRow(list, 12)).length === 2, 'the buttons');
  });

  afterEach(async () => {
    await world.dispose();
  });

  it('offers Accept and Decline named for the request and the invitation, only on those notices, and is accessible', async () => {
    const request = noticeRow(list, 1)!;
    expect(buttonsOf(request).map((b) => [b.textContent?.trim(), b.getAttribute('aria-label')])).to.deep.equal([
      ['Accept', "Accept 王芳's request to join Hikers"],
      ['Decline', "Decline 王芳's request to join Hikers"],
    ]);
    expect(buttonsOf(noticeRow(list, 12)!).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      "Accept Dave Lee's invitation to join Book Club",
      "Decline Dave Lee's invitation to join Book Club",
    ]);
    const others = rowsOf(list).filter((row) => row !== request && row !== noticeRow(list, 12));
    expect(others.length, 'other notices (group created…)').to.be.greaterThan(0);
    for (const row of others) expect(buttonsOf(row), 'no buttons on other notices').to.deep.equal([]);
    // The accept colour pair (on-primary on primary) is in the theme's contrast test.
    await expect(request).to.be.accessible();
  });

  it('Accept fires a cancelable tim-group-application-answer; the store answers: accepted here, a member on the server', async () => {
    const events: Array<{ id: string; accept: boolean }> = [];
    list.addEventListener('tim-group-application-answer', (e) => events.push({ id: e.detail.message.ID, accept: e.detail.accept }));
    const request = noticeRow(list, 1)!;
    buttonsOf(request)[0]!.click();
    await until(() => statusOf(noticeRow(list, 1)!) === 'Accepted', 'accepted');
    expect(events).to.deep.equal([{ id: request.message!.ID, accept: true }]);
    expect((await world.aliceService.getGroupMembers(hikers)).some((m) => m.userID === 'carol')).to.equal(true);
    expect(await pendingOn(world, hikers, 'carol')).to.equal(false);
  });

  it('prevented, the store does nothing: the request stays pending', async () => {
    list.addEventListener('tim-group-application-answer', (e) => e.preventDefault(), { once: true });
    buttonsOf(noticeRow(list, 1)!)[1]!.click();
    await world.alice.settled();
    expect(buttonsOf(noticeRow(list, 1)!).length).to.equal(2);
    expect(await pendingOn(world, hikers, 'carol')).to.equal(true);
  });

  it('by keyboard: Enter steps into the row, the arrow moves to Decline, Enter declines; the focus stays on the row', async () => {
    // By the row's message ID: the list reuses row elements as it draws (a held element may show another message).
    const invitationID = noticeRow(list, 12)!.message!.ID;
    // Nothing left to load (the store's and its features' first answers redraw the rows, and a
    // redrawn row hands the focus through the scroller for a moment).
    await world.alice.settled();
    await list.updateComplete;
    await list.focusRow(invitationID);
    const focusedPart = () => deepActiveElement()?.getAttribute('part') ?? '';
    const focusedID = () => (deepActiveElement() as TimMessage | undefined)?.message?.ID ?? '?';
    // The row itself holds the focus (not the log handing it on), drawn with its buttons.
    await until(
      () =>
        focusedID() === invitationID &&
        focusedPart() === 'message' &&
        (buttonsOf(noticeRow(list, 12))[0]?.getClientRects().length ?? 0) > 0,
      `the invitation row focused with its buttons (focus on "${focusedPart()}" of ${focusedID()})`,
    );
    await list.updateComplete;
    // The focus stays on the row over two frames: no redraw is handing it on.
    const stillUntil = performance.now() + 4000;
    for (let still = 0; still < 2;) {
      if (performance.now() > stillUntil)
        throw new Error(
          `the focus kept moving off the row (now on "${focusedPart()}" of ${focusedID()}, state ${JSON.stringify({
            ...world.alice.messageList(list.conversationId).get(),
            messages: undefined,
          })})`,
        );
      await new Promise((resolve) => requestAnimationFrame(resolve));
      still = focusedID() === invitationID && focusedPart() === 'message' ? still + 1 : 0;
    }
    // Where the key lands, for the failure message.
    let keyTarget = '';
    const seeKey = (e: KeyboardEvent) => {
      const target = e.composedPath()[0] as HTMLElement;
      keyTarget = `${target?.localName}[part=${target?.getAttribute?.('part')}] ${(target as TimMessage).message?.ID ?? ''}`;
    };
    document.addEventListener('keydown', seeKey, { capture: true, once: true });
    await sendKeys({ press: 'Enter' });
    await until(
      () => focusedPart() === 'application-accept',
      `Enter to step onto Accept (the key went to ${keyTarget}; focus on "${focusedPart()}" of ${focusedID()}, the invitation is ${invitationID})`,
    );
    await sendKeys({ press: 'ArrowRight' });
    await until(() => focusedPart() === 'application-decline', `ArrowRight to move to Decline (focus on "${focusedPart()}")`);
    await sendKeys({ press: 'Enter' });
    await until(() => statusOf(noticeRow(list, 12)!) === 'Declined', 'declined');
    const onRow = () => {
      const active = deepActiveElement();
      return active === noticeRow(list, 12) || !!noticeRow(list, 12)!.shadowRoot!.contains(active ?? null);
    };
    await until(onRow, 'the focus on the row, not lost to the page');
    expect(document.activeElement).to.not.equal(document.body);
  });

  it('a failed answer says so and keeps the buttons; the retry goes through', async () => {
    world.aliceService.setOffline(true);
    buttonsOf(noticeRow(list, 1)!)[0]!.click();
    await until(() => !!noticeRow(list, 1)!.shadowRoot!.querySelector('[part~="application-error"]'), 'the reason');
    expect(noticeRow(list, 1)!.shadowRoot!.querySelector('[part~="application-error"]')!.textContent).to.equal(
      'Your answer was not sent. Try again.',
    );
    expect(buttonsOf(noticeRow(list, 1)!).length).to.equal(2);
    world.aliceService.setOffline(false);
    buttonsOf(noticeRow(list, 1)!)[0]!.click();
    await until(() => statusOf(noticeRow(list, 1)!) === 'Accepted', 'accepted on retry');
  });

  it('answered elsewhere (another admin, another device): the buttons give way to "Already answered"', async () => {
    await world.server.answerJoinRequest(hikers, 'alice', 'carol', false);
    // The next notice or tip makes the list load again; here, the refused applicant's next request would; a tip does too.
    await world.server.updateGroupProfile(hikers, 'alice', { notification: 'Saturday 8am' });
    await until(() => statusOf(noticeRow(list, 1)!) === 'Already answered', 'handled');
    expect(buttonsOf(noticeRow(list, 1)!)).to.deep.equal([]);
  });

  it('in Chinese', async () => {
    list.locale = 'zh-CN';
    await until(() => buttonsOf(noticeRow(list, 1)!)[0]?.textContent?.trim() === '同意', 'Chinese');
    expect(buttonsOf(noticeRow(list, 1)!).map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      '同意 王芳 加入 Hikers 的申请',
      '拒绝 王芳 加入 Hikers 的申请',
    ]);
  });
});

class NoApplications extends LocalChatService {
  override readonly features: ServiceFeatures = Object.freeze({ reactions: true });
}

describe('a backend without group applications', () => {
  it('shows the notices without buttons', async () => {
    const world = await makeMessageWorld();
    const group = (await world.server.createGroup({ ownerID: 'alice', name: 'Hikers', type: 'Public', joinOption: 'NeedPermission' }))
      .groupID;
    await world.server.requestToJoinGroup(group, 'carol', '');
    const store = new ChatStore({ service: new NoApplications(world.server), cache: new MemoryCache() });
    await store.start('alice');
    const list = await mountList(store, SYSTEM_CONVERSATION_ID);
    await until(() => rowsOf(list).some((row) => (row.message as Message).elements[0]?.type === 'TIMGroupSystemNoticeElem'), 'the notices');
    await store.settled();
    await list.updateComplete;
    for (const row of rowsOf(list)) expect(buttonsOf(row)).to.deep.equal([]);
    await store.stop();
    await world.dispose();
  });
});
