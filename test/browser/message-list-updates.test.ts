import { expect } from '@open-wc/testing';
import '../../src/components/message-list/define.js';
import type { TimMessageList } from '../../src/components/message-list/tim-message-list.js';
import { makeMessageWorld, until } from '../fixtures/message-world.js';
import { mountList, rowsOf } from './message-list-helpers.js';

type Hooked = TimMessageList & { inUpdated?: boolean };

/**
 * A render must not ask for another while it finishes (Lit's "change-in-update"): each such
 * request is a second full render of the list. Opening a conversation with unread messages marks
 * them read and, in a group, loads the members; both change state, which should come as a new render.
 */
describe('<tim-message-list> renders once per change', () => {
  it('opening a C2C chat with unread messages and a group requests no update from updated()', async () => {
    const world = await makeMessageWorld();
    const proto = customElements.get('tim-message-list')!.prototype as Hooked;
    const { requestUpdate, updated } = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
    const nested: string[] = [];
    Object.assign(proto, {
      requestUpdate(this: Hooked, ...args: unknown[]) {
        if (this.inUpdated) nested.push(new Error(`requestUpdate(${String(args[0])})`).stack ?? '');
        return requestUpdate!.apply(this, args);
      },
      updated(this: Hooked, ...args: unknown[]) {
        this.inUpdated = true;
        try {
          return updated!.apply(this, args);
        } finally {
          this.inUpdated = false;
        }
      },
    });
    try {
      for (let i = 0; i < 5; i++) await world.bob.sendText('C2Calice', `unread ${i}`);
      await until(
        () => (world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount ?? 0) >= 5,
        'the unread messages',
      );
      const list = await mountList(world.alice, world.c2c, { height: 400 });
      await until(
        () => world.alice.state.get().conversations.find((c) => c.conversationID === world.c2c)?.unreadCount === 0,
        'the chat to be read',
      );
      const group = await mountList(world.alice, world.group, { height: 400 });
      // Opening the group loads its members (a state change that must come as a new render).
      await until(() => world.alice.state.get().groupMembers[world.groupID] !== undefined, 'the group members');
      await group.updateComplete;
      expect(rowsOf(list).length).to.be.greaterThan(0);
      expect(nested).to.deep.equal([]);
    } finally {
      Object.assign(proto, { requestUpdate, updated });
      await world.dispose();
    }
  });
});
