import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeDraftExtras, draftFor, encodeDraftExtras } from '../../src/core/composer/draft-extras.js';
import { DEFAULT_DRAFT_DELAY_MS, DraftSaver } from '../../src/core/composer/draft-saver.js';
import { MessageComposer } from '../../src/core/composer/message-composer.js';
import { composerWorld, fakeMedia, FakeComposerStore, SAMPLE_REPLY } from './composer-fake-store.js';
import { ManualTimers } from '../support/manual-timers.js';

const reply = SAMPLE_REPLY;

describe('draft extras (the reply and mentions kept with a draft)', () => {
  it('round-trips the reply and the mentions; says nothing when there is nothing besides the text', () => {
    const encoded = encodeDraftExtras({
      reply,
      mentions: [
        { userID: 'carol', label: '王芳' },
        { userID: '', label: 'x' },
      ],
    });
    assert.deepEqual(decodeDraftExtras(encoded), { reply, mentions: [{ userID: 'carol', label: '王芳' }] });
    assert.equal(encodeDraftExtras({ reply: null, mentions: [] }), '');
    assert.deepEqual(decodeDraftExtras("an app's own string"), { reply: null, mentions: [] });
    assert.deepEqual(decodeDraftExtras(undefined), { reply: null, mentions: [] });
  });

  it('a draft is the text with what goes with it, null when the box is empty; mentions gone from the text are dropped', () => {
    assert.equal(draftFor('   ', { reply: null, mentions: [] }), null);
    assert.deepEqual(draftFor('hi', { reply: null, mentions: [{ userID: 'carol', label: '王芳' }] }), { text: 'hi', userDefine: '' });
    assert.equal(JSON.parse(draftFor('', { reply, mentions: [] })!.userDefine).messageReply.messageID, 'm1', 'a reply alone is kept');
  });
});

describe('DraftSaver (debounced on injected timers)', () => {
  it('saves once after a pause in typing, not at every key', () => {
    const timers = new ManualTimers();
    const store = new FakeComposerStore();
    const saver = new DraftSaver(timers);
    saver.schedule(store, 'C2Cbob', { text: 'half a tho', userDefine: '' }, DEFAULT_DRAFT_DELAY_MS);
    timers.advance(DEFAULT_DRAFT_DELAY_MS - 1);
    saver.schedule(store, 'C2Cbob', { text: 'half a thought', userDefine: '' }, DEFAULT_DRAFT_DELAY_MS);
    timers.advance(DEFAULT_DRAFT_DELAY_MS - 1);
    assert.deepEqual(store.draftWrites, []);
    timers.advance(1);
    assert.deepEqual(store.draftWrites, ['C2Cbob: "half a thought"']);
    assert.equal(saver.waiting, false);
  });

  it('flush saves at once; what the store already has is not written again; discard deletes it', () => {
    const timers = new ManualTimers();
    const store = new FakeComposerStore();
    const saver = new DraftSaver(timers);
    saver.schedule(store, 'C2Cbob', { text: 'x', userDefine: '' }, 10_000);
    saver.flush();
    saver.schedule(store, 'C2Cbob', { text: 'x', userDefine: '' }, 0);
    timers.advance(0);
    saver.schedule(store, 'C2Ccarol', null, 0);
    saver.flush();
    assert.deepEqual(store.draftWrites, ['C2Cbob: "x"'], 'same text, and deleting what is not there, write nothing');
    saver.schedule(store, 'C2Cbob', { text: 'y', userDefine: '' }, 100);
    saver.discard(store, 'C2Cbob');
    timers.advance(1000);
    assert.deepEqual(store.draftWrites, ['C2Cbob: "x"', 'C2Cbob: null']);
  });
});

describe('MessageComposer: drafts per conversation', () => {
  it('shows the stored draft, saves edits after the pause, and leaving saves at once', () => {
    const timers = new ManualTimers();
    const store = new FakeComposerStore();
    store.drafts.set('C2Cbob', { text: 'half a thought', userDefine: encodeDraftExtras({ reply, mentions: [] }), editTime: 1 });
    const composer = new MessageComposer({ media: fakeMedia(), timers });
    composer.sync(store, 'C2Cbob', store.getDraft('C2Cbob'));
    assert.equal(composer.text.text, 'half a thought');
    assert.equal(composer.reply.reply?.messageID, 'm1');

    composer.sync(store, 'C2Ccarol', null);
    assert.equal(composer.text.text, '');
    assert.equal(composer.reply.reply, null);
    composer.edit('for carol', null);
    composer.sync(store, 'C2Cbob', store.getDraft('C2Cbob'));
    assert.deepEqual(store.draftWrites, ['C2Ccarol: "for carol"'], 'leaving saves at once');
    assert.equal(composer.text.text, 'half a thought');

    composer.edit('half a thought, done', null);
    timers.advance(DEFAULT_DRAFT_DELAY_MS);
    assert.equal(store.getDraft('C2Cbob')?.text, 'half a thought, done');
    assert.equal(JSON.parse(store.getDraft('C2Cbob')!.userDefine).messageReply.messageID, 'm1', 'the reply is kept with it');
  });

  it('a draft that arrives later fills an untouched box, never one the user is writing in', () => {
    const { store, composer } = composerWorld('C2Cbob');
    store.drafts.set('C2Cbob', { text: 'from the cache', userDefine: '', editTime: 1 });
    composer.sync(store, 'C2Cbob', store.getDraft('C2Cbob'));
    assert.equal(composer.text.text, 'from the cache');
    composer.edit('mine', null);
    store.drafts.set('C2Cbob', { text: 'from another tab', userDefine: '', editTime: 2 });
    composer.sync(store, 'C2Cbob', store.getDraft('C2Cbob'));
    assert.equal(composer.text.text, 'mine');
  });

  it('a new store shows its own draft when the box is untouched; the configured delay is used', () => {
    const { timers, store, composer } = composerWorld('C2Cbob');
    const other = new FakeComposerStore();
    other.drafts.set('C2Cbob', { text: 'elsewhere', userDefine: '', editTime: 1 });
    composer.sync(other, 'C2Cbob', undefined);
    assert.equal(composer.text.text, 'elsewhere');
    composer.configure({ draftDelayMs: 2000 });
    composer.edit('slow', null);
    timers.advance(1999);
    assert.equal(other.getDraft('C2Cbob')?.text, 'elsewhere');
    timers.advance(1);
    assert.equal(other.getDraft('C2Cbob')?.text, 'slow');
    assert.deepEqual(store.draftWrites, []);
  });

  it('no draft for system notices or before sign-in; disconnect saves what waits', () => {
    const system = composerWorld('@TIM#SYSTEM');
    system.composer.edit('x', null);
    system.composer.disconnect();
    assert.deepEqual(system.store.draftWrites, []);
    const early = composerWorld('C2Cbob');
    early.store.state.set({ me: null });
    early.composer.edit('x', null);
    early.composer.disconnect();
    assert.deepEqual(early.store.draftWrites, []);
    const { store, composer } = composerWorld('C2Cbob');
    composer.edit('keep me', null);
    composer.disconnect();
    assert.deepEqual(store.draftWrites, ['C2Cbob: "keep me"']);
  });
});
