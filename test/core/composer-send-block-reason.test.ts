import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { muteEndsAt, sendBlockReason, type SendBlockInput } from '../../src/core/store/selectors/send-block-reason.js';
import { composerChatView } from '../../src/core/composer/composer-chat-view.js';
import { composerWorld, EMPTY_CHAT_STATE, group } from './composer-fake-store.js';

const NOW = 1_700_000_000_000;
const signedIn = { ...EMPTY_CHAT_STATE, me: { userID: 'alice', nick: 'Alice', avatar: '' } };
const decide = (input: Partial<SendBlockInput>) => sendBlockReason({ conversationID: 'C2Cbob', state: signedIn, now: NOW, ...input });

describe('sendBlockReason (why nothing can be sent)', () => {
  it('nothing blocks a signed-in one-to-one chat, also while offline (messages queue)', () => {
    assert.equal(decide({}), null);
    assert.equal(decide({ state: { ...signedIn, connection: 'disconnected' } as typeof signedIn }), null);
  });

  it("the app's disabled wins, with its own reason", () => {
    assert.deepEqual(decide({ disabled: true, disabledReason: 'Read-only archive' }), { kind: 'app', text: 'Read-only archive' });
    assert.deepEqual(decide({ disabled: true, conversationID: null }), { kind: 'app', text: '' });
  });

  it('no conversation, a system conversation, no store, signed out, still starting', () => {
    assert.deepEqual(decide({ conversationID: null }), { kind: 'no-conversation' });
    assert.deepEqual(decide({ conversationID: 'nonsense' }), { kind: 'no-conversation' });
    assert.deepEqual(decide({ conversationID: '@TIM#SYSTEM' }), { kind: 'system' });
    assert.deepEqual(decide({ state: null }), { kind: 'no-store' });
    assert.deepEqual(decide({ state: { ...signedIn, kickedOut: 'multipleAccount' } as typeof signedIn }), { kind: 'signed-out' });
    assert.deepEqual(decide({ state: EMPTY_CHAT_STATE }), { kind: 'starting' });
  });

  it('groups: dismissed, not a member (no role, or a send refused), muted until a time, everyone muted', () => {
    const withGroup = (g: ReturnType<typeof group>) => ({ ...signedIn, groups: { g1: g } });
    const input = (g: ReturnType<typeof group>, extra: Partial<SendBlockInput> = {}) =>
      decide({ conversationID: 'GROUPg1', state: withGroup(g), ...extra });
    assert.equal(input(group('g1')), null);
    assert.deepEqual(input(group('g1', { isDismissed: true })), { kind: 'dismissed' });
    const { selfRole: _role, ...left } = group('g1');
    assert.deepEqual(input(left), { kind: 'not-member' });
    assert.deepEqual(decide({ conversationID: 'GROUPg2', notMemberOf: ['g2'] }), { kind: 'not-member' });
    assert.deepEqual(decide({ conversationID: 'GROUPg2', notMemberOf: new Set(['g2']) }), { kind: 'not-member' });
    assert.equal(decide({ conversationID: 'GROUPg2' }), null, 'a group not loaded yet blocks nothing');
    const until = NOW / 1000 + 600;
    assert.deepEqual(input(group('g1', { selfMuteUntil: until })), { kind: 'muted', until });
    assert.equal(input(group('g1', { selfMuteUntil: NOW / 1000 - 1 })), null, 'a mute that ended');
    assert.deepEqual(input(group('g1', { muteAllMembers: true })), { kind: 'muted-all' });
    assert.equal(input(group('g1', { muteAllMembers: true, selfRole: 'Admin' })), null, 'admins speak when all are muted');
  });

  it('says when a mute ends, so the decision can be made again then', () => {
    const state = { groups: { g1: group('g1', { selfMuteUntil: NOW / 1000 + 60 }) } };
    assert.equal(muteEndsAt('GROUPg1', state, NOW), NOW + 60_000);
    assert.equal(muteEndsAt('GROUPg1', state, NOW + 60_000), null);
    assert.equal(muteEndsAt('C2Cbob', state, NOW), null);
    assert.equal(muteEndsAt('GROUPg1', null, NOW), null);
  });
});

describe('MessageComposer: when sending is blocked', () => {
  it("decides with the app's settings and the store, and wakes its view when a mute ends", () => {
    const { timers, store, composer } = composerWorld('GROUPg1');
    const until = Math.floor(timers.now() / 1000) + 60;
    store.state.set({ groups: { g1: group('g1', { selfMuteUntil: until }) } });
    assert.deepEqual(composer.blockReason(), { kind: 'muted', until });
    let woken = 0;
    composer.watchMuteEnd(() => woken++);
    composer.watchMuteEnd(() => woken++);
    timers.advance(60_000 - 1);
    assert.equal(woken, 0);
    timers.advance(60_000);
    assert.equal(woken, 1, 'once: a new watch replaces the last');
    assert.equal(composer.blockReason(), null);
    composer.configure({ disabled: true, disabledReason: 'Archive' });
    assert.deepEqual(composer.blockReason(), { kind: 'app', text: 'Archive' });
  });

  it('says offline only when signed in and disconnected; the view of the chat state holds the open draft', () => {
    const { store, composer } = composerWorld('C2Cbob');
    assert.equal(composer.offline, false);
    store.state.set({ connection: 'connecting' });
    assert.equal(composer.offline, false, 'connecting is not offline');
    store.state.set({ connection: 'disconnected' });
    assert.equal(composer.offline, true);
    const draft = { text: 'x', editTime: 1, userDefine: '' };
    const state = { ...EMPTY_CHAT_STATE, conversations: [{ conversationID: 'C2Cbob', draft }] } as unknown as typeof EMPTY_CHAT_STATE;
    assert.equal(composerChatView(state, 'C2Cbob').draft, draft);
    assert.equal(composerChatView(state, 'C2Ccarol').draft, undefined);
  });
});
