import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { GroupMembersLoader } from '../../src/core/composer/group-members-loader.js';
import { MentionManager } from '../../src/core/composer/mention-manager.js';
import { AT_ALL, atUserListFor, filterMentionCandidates, findMentionQuery } from '../../src/core/composer/mentions.js';
import { composerWorld, FakeComposerStore, group, member } from './composer-fake-store.js';

const members = [member('alice', 'Alice'), member('bob', 'Bob'), member('carol', '王芳'), member('dave', 'Dave', { nameCard: 'Boss' })];

describe('mentions: the query, the candidates, atUserList', () => {
  it('finds the @query at the caret: at a word start, no space, not in an e-mail address', () => {
    assert.deepEqual(findMentionQuery('hi @bo', 6), { start: 3, end: 6, query: 'bo' });
    assert.deepEqual(findMentionQuery('@', 1), { start: 0, end: 1, query: '' });
    assert.equal(findMentionQuery('write to bob@', 13), null);
    assert.equal(findMentionQuery('@bob and', 8), null);
    assert.equal(findMentionQuery('@bob', 0), null);
    assert.equal(findMentionQuery(`@${'x'.repeat(40)}`, 41), null, 'too long to be a name');
  });

  it('offers members by shown name first, never the user themself; @All only when allowed', () => {
    const names = (q: string, canMentionAll = false) =>
      filterMentionCandidates(members, q, { selfID: 'alice', canMentionAll, allLabel: 'All' }).map((c) => c.label);
    assert.deepEqual(names(''), ['Bob', '王芳', 'Boss']);
    assert.deepEqual(names('', true), ['All', 'Bob', '王芳', 'Boss']);
    assert.deepEqual(names('b'), ['Bob', 'Boss']);
    assert.deepEqual(names('dave'), ['Boss'], 'by user ID or nick when the name card shows');
    assert.deepEqual(names('a', true), ['All', '王芳', 'Boss'], 'containing the query comes after, in member order');
  });

  it('atUserList holds the chosen names still in the text, each once, in the order chosen', () => {
    const chosen = [
      { userID: 'carol', label: '王芳' },
      { userID: AT_ALL, label: 'All' },
      { userID: 'carol', label: '王芳' },
    ];
    assert.deepEqual(atUserListFor('@王芳 @All hi', chosen), ['carol', AT_ALL]);
    assert.deepEqual(atUserListFor('@All hi', chosen), [AT_ALL]);
    assert.deepEqual(atUserListFor('nobody', chosen), []);
  });
});

describe('MentionManager', () => {
  it('opens on @ at the caret, keeps the highlight while the query stays, resets it when the query changes', () => {
    const mentions = new MentionManager();
    assert.deepEqual(mentions.track('hi @', { start: 4, end: 4 }, true), { start: 3, end: 4, query: '' });
    mentions.setActive(2);
    mentions.track('hi @', { start: 4, end: 4 }, true);
    assert.equal(mentions.state.get().active, 2);
    mentions.track('hi @b', { start: 5, end: 5 }, true);
    assert.equal(mentions.state.get().active, 0);
    assert.equal(mentions.track('hi @b', { start: 3, end: 5 }, true), null, 'a selection closes it');
    assert.equal(mentions.track('hi @b', { start: 5, end: 5 }, false), null, 'not outside groups');
    assert.equal(mentions.query, null);
  });

  it('choosing puts "@name " in place of the query with the caret after it, once per person', () => {
    const mentions = new MentionManager();
    mentions.track('hi @car, later', { start: 7, end: 7 }, true);
    const chosen = mentions.choose({ userID: 'carol', label: '王芳' }, 'hi @car, later');
    assert.deepEqual(chosen, { text: 'hi @王芳 , later', caret: 7 });
    assert.equal(mentions.query, null);
    mentions.track('hi @王芳 , later @', { start: 16, end: 16 }, true);
    mentions.choose({ userID: 'carol', label: '王芳' }, 'hi @王芳 , later @');
    assert.deepEqual(mentions.state.get().chosen, [{ userID: 'carol', label: '王芳' }]);
    assert.equal(mentions.choose({ userID: 'bob', label: 'Bob' }, 'x'), null, 'nothing to replace when closed');
    assert.deepEqual(mentions.keptIn('only @王芳'), [{ userID: 'carol', label: '王芳' }]);
    assert.deepEqual(mentions.keptIn('gone'), []);
    mentions.reset();
    assert.deepEqual(mentions.state.get(), { chosen: [], query: null, active: 0 });
  });
});

describe('GroupMembersLoader', () => {
  it('loads a group once, says loading then idle, and after a failure says so and may try again', async () => {
    const store = new FakeComposerStore();
    const loader = new GroupMembersLoader();
    loader.show('g1');
    store.failNextMemberLoad = new Error('down');
    const failing = loader.ensure(store, 'g1', false);
    assert.equal(loader.state.get().status, 'loading');
    void loader.ensure(store, 'g1', false);
    await failing;
    assert.equal(loader.state.get().status, 'error');
    await loader.ensure(store, 'g1', false);
    assert.equal(loader.state.get().status, 'idle');
    await loader.ensure(store, 'g1', true);
    assert.deepEqual(store.memberLoads, ['g1', 'g1'], 'one load per try, none when the store has them');
  });

  it('a load for a group no longer shown does not change the status', async () => {
    const store = new FakeComposerStore();
    const loader = new GroupMembersLoader();
    const load = loader.ensure(store, 'g1', false);
    loader.show('g2');
    await load;
    assert.deepEqual(loader.state.get(), { groupID: 'g2', status: 'idle' });
  });
});

describe('MessageComposer: mentions in a group', () => {
  it('typing @ loads the members once and offers them; the owner may mention all; choosing is not sending', async () => {
    const { store, composer } = composerWorld('GROUPg1');
    store.state.set({ groups: { g1: group('g1', { selfRole: 'Owner' }) } });
    composer.edit('hi @', { start: 4, end: 4 });
    assert.equal(composer.members.state.get().status, 'loading');
    await composer.members.ensure(store, 'g1', false);
    assert.deepEqual(
      composer.mentionCandidates('All').map((c) => c.label),
      ['All', 'Bob', '王芳'],
    );
    composer.edit('hi @car', { start: 7, end: 7 });
    const [carol] = composer.mentionCandidates('All');
    const chosen = composer.chooseMention(carol!, 'hi @car');
    assert.deepEqual(chosen, { text: 'hi @王芳 ', caret: 7 });
    assert.equal(composer.text.text, 'hi @王芳 ');
    assert.deepEqual(store.sent, []);
    assert.deepEqual(store.memberLoads, ['g1']);
    const message = composer.composeText();
    assert.ok(message && 'options' in message);
    assert.deepEqual(message.options.atUserList, ['carol']);
  });

  it('no mentions in one-to-one chats; a member is not offered @All', () => {
    const c2c = composerWorld('C2Cbob');
    c2c.composer.edit('@', { start: 1, end: 1 });
    assert.equal(c2c.composer.mentions.query, null);
    assert.deepEqual(c2c.store.memberLoads, []);
    const { store, composer } = composerWorld('GROUPg1');
    store.state.set({ groups: { g1: group('g1') }, groupMembers: { g1: [member('alice', 'Alice'), member('bob', 'Bob')] } });
    composer.edit('@', { start: 1, end: 1 });
    assert.deepEqual(
      composer.mentionCandidates('All').map((c) => c.label),
      ['Bob'],
    );
    assert.deepEqual(store.memberLoads, [], 'the store had them');
  });
});
