import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { StateStore } from '../../src/core/store/state-store.js';
import { initialState } from '../../src/core/store/initial-state.js';
import { StoreChanges, type StoreChangesHost } from '../../src/core/store/store-changes.js';
import type { GroupProfile } from '../../src/core/model/profile.js';
import type { ChatState } from '../../src/core/store/chat-store-api.js';
import { typingUserIDs } from '../../src/core/typing/typing-state.js';

function host(): StoreChangesHost {
  return {
    state: new StateStore<ChatState>(initialState('en')),
    list: () => {
      throw new Error('no lists here');
    },
    findList: () => undefined,
  };
}

const group = (groupID: string, name: string, more: Partial<GroupProfile> = {}): GroupProfile => ({
  groupID,
  name,
  avatar: '',
  type: 'Work',
  ownerID: 'bob',
  notification: '',
  introduction: '',
  memberCount: 2,
  muteAllMembers: false,
  ...more,
});

function batch(h: StoreChangesHost, change: (changes: StoreChanges) => void): void {
  const changes = new StoreChanges(h);
  change(changes);
  changes.apply();
}

describe('StoreChanges: profiles and typing keyed by IDs from the network', () => {
  it('a user, group or typist called __proto__ or constructor is stored as itself, and the records keep their prototype', () => {
    const h = host();
    batch(h, (c) => {
      c.putUser({ userID: '__proto__', nick: 'Proto', avatar: '' }, false);
      c.putUser({ userID: 'constructor', nick: 'Builder', avatar: '' }, false);
      c.putGroup(group('__proto__', 'Proto group'), false);
      c.setTyping('C2C__proto__', '__proto__', 5000);
    });
    const { users, groups, typing } = h.state.get();
    assert.equal(Object.getPrototypeOf(users), Object.prototype);
    assert.equal(Object.getPrototypeOf(groups), Object.prototype);
    assert.deepEqual(Object.keys(users).sort(), ['__proto__', 'constructor']);
    assert.equal(users['__proto__']?.nick, 'Proto');
    assert.equal(users['constructor']?.nick, 'Builder');
    assert.equal(groups['__proto__']?.name, 'Proto group');
    assert.deepEqual(typingUserIDs(typing, 'C2C__proto__', 1000), ['__proto__']);
    assert.deepEqual(typingUserIDs(typing, 'constructor', 1000), []);
  });

  it('an unknown ID is unknown, even one the prototype has a property for', () => {
    const changes = new StoreChanges(host());
    assert.equal(changes.knownUser('constructor'), undefined);
    assert.equal(changes.knownUser('toString'), undefined);
    assert.equal(changes.typingOf('constructor', 'toString'), undefined);
  });

  it('a dismissed group stays dismissed when a later copy of its profile does not say so', () => {
    const h = host();
    batch(h, (c) => c.putGroup(group('g1', 'Old project', { isDismissed: true }), false));
    batch(h, (c) => c.putGroup(group('g1', 'Old project (renamed)'), false));
    assert.equal(h.state.get().groups['g1']?.isDismissed, true);
    assert.equal(h.state.get().groups['g1']?.name, 'Old project (renamed)');
  });
});
