import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/conversation-list/define.js';
import { announce, liveRegionOf } from '../../src/components/base/live-region.js';
import type { TimConversationList } from '../../src/components/conversation-list/tim-conversation-list.js';
import { makeMessageWorld, until, type MessageWorld } from '../fixtures/message-world.js';
import { mountList } from './message-list-helpers.js';

const spoken = () => liveRegionOf()?.textContent?.trim() ?? '';

describe('live announcements (polite)', () => {
  let world: MessageWorld;
  afterEach(async () => {
    await world?.dispose();
  });

  it('one visually hidden polite region per document, made on the first announcement; the same words twice are a new node', async () => {
    announce('first words');
    const region = liveRegionOf()!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    await until(() => spoken() === 'first words', 'the first words');
    const box = region.getBoundingClientRect();
    expect(box.width).to.be.at.most(1);
    expect(box.height).to.be.at.most(1);
    const node = region.firstElementChild;
    announce('first words');
    expect(liveRegionOf()).to.equal(region);
    expect(region.firstElementChild).not.to.equal(node);
    expect(spoken()).to.equal('first words');
  });

  it('words asked while a new region waits to speak replace its first words, not come before them', async () => {
    const doc = document.implementation.createHTMLDocument('');
    announce('older news', doc);
    announce('newer news', doc);
    const region = liveRegionOf(doc)!;
    expect(region.textContent, 'nothing said before the region is noticed').to.equal('');
    // Said once, when the first words' delay ends: the newer words, and nothing older after them.
    await until(() => region.textContent === 'newer news', 'the newer words');
    expect(region.childElementCount).to.equal(1);
  });

  it('a send that fails is announced with its reason, by the message list', async () => {
    world = await makeMessageWorld();
    await world.alice.sendText(world.c2c, 'this one goes');
    await mountList(world.alice, world.c2c);
    announce('—');
    world.aliceService.setFailureRate(1);
    await world.alice.sendText(world.c2c, 'this one fails').catch(() => undefined);
    await until(() => spoken().startsWith('Message not sent'), `the failure said (region says "${spoken()}")`);
  });

  it('a message in another conversation is announced by the conversation list; the open one stays quiet', async () => {
    world = await makeMessageWorld();
    const list = await fixture<TimConversationList>(
      html`<tim-conversation-list .store=${world.alice} locale="en"></tim-conversation-list>`,
    );
    await until(() => world.alice.state.get().conversationsLoaded, 'the conversations');
    await world.alice.openConversation(world.c2c);
    announce('—');
    await world.bob.sendText('C2Calice', 'in the open conversation');
    await until(
      () => world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.lastMessage?.flow === 'in',
      'the message arrived',
    );
    await list.updateComplete;
    expect(spoken()).to.equal('—');
    await world.bob.sendText(world.group, 'in the group');
    await until(() => spoken() === 'New message from Bob Smith in Design team', `the group message said (region says "${spoken()}")`);
  });
});
