import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHAT_ERROR, ChatError } from '../../src/core/errors.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { composerWorld, SAMPLE_REPLY } from './composer-fake-store.js';

function own(text: string, patch: Partial<Message> = {}): Message {
  return {
    ...EMPTY_MESSAGE,
    ID: 'm-edit',
    conversationID: 'C2Cbob',
    from: 'alice',
    to: 'bob',
    flow: 'out',
    time: 1000,
    status: 'success',
    elements: [{ type: 'TIMTextElem', text }],
    ...patch,
  };
}

describe('composer edit mode', () => {
  it('puts the message text in the box, keeps the draft and the quote aside, and gives them back on cancel', () => {
    const { composer, store } = composerWorld();
    composer.setText('half-written');
    composer.reply.set(SAMPLE_REPLY);
    assert.equal(composer.startEdit(own('teh typo')), true);
    assert.equal(composer.text.text, 'teh typo');
    assert.equal(composer.reply.reply, null, 'no quote while editing');
    assert.equal(composer.editing.editing?.originalText, 'teh typo');
    composer.setText('the typo');
    assert.equal(composer.cancelEdit(), true);
    assert.equal(composer.editing.editing, null);
    assert.equal(composer.text.text, 'half-written');
    assert.deepEqual(composer.reply.reply, SAMPLE_REPLY);
    assert.equal(store.edits.length, 0, 'cancel saves nothing');
  });

  it('saves through the store, then gives back what was being written', async () => {
    const { composer, store } = composerWorld();
    composer.setText('draft');
    composer.startEdit(own('teh typo'));
    composer.setText('the typo');
    assert.equal(await composer.saveEdit(), 'saved');
    assert.deepEqual(store.edits, [{ messageID: 'm-edit', text: 'the typo' }]);
    assert.equal(composer.editing.editing, null);
    assert.equal(composer.text.text, 'draft');
  });

  it('never saves the edited text as the draft', async () => {
    const { composer, store, timers } = composerWorld();
    composer.setText('draft');
    timers.advance(60_000);
    const writes = store.draftWrites.length;
    composer.startEdit(own('old'));
    composer.edit('new text', { start: 8, end: 8 });
    timers.advance(60_000);
    assert.equal(store.draftWrites.length, writes, 'no draft write while editing');
    assert.equal(store.getDraft('C2Cbob')?.text, 'draft');
  });

  it('an unchanged text ends the edit without a call; a blank one is not saved', async () => {
    const { composer, store } = composerWorld();
    composer.startEdit(own('same'));
    assert.equal(await composer.saveEdit(), 'unchanged');
    assert.equal(composer.editing.editing, null);
    composer.startEdit(own('same'));
    composer.setText('   ');
    assert.equal(await composer.saveEdit(), 'none');
    assert.ok(composer.editing.editing, 'still editing');
    assert.equal(store.edits.length, 0);
  });

  it('a refused edit stays in edit mode with the reason above the input', async () => {
    const { composer, store } = composerWorld();
    composer.startEdit(own('old'));
    composer.setText('new');
    store.failNextEdit = new ChatError(CHAT_ERROR.editTimeLimit, 'too late');
    assert.equal(await composer.saveEdit(), 'failed');
    assert.ok(composer.editing.editing);
    assert.equal(composer.text.text, 'new', 'the text stays to try again or copy');
    const notice = composer.state.get().notice;
    assert.equal(notice?.kind === 'send-error' ? notice.error.code : 0, CHAT_ERROR.editTimeLimit);
  });

  it('a second edit keeps the first draft aside; leaving the conversation drops the edit', () => {
    const { composer, store } = composerWorld();
    composer.setText('draft');
    composer.startEdit(own('one', { ID: 'a' }));
    composer.startEdit(own('two', { ID: 'b' }));
    assert.equal(composer.text.text, 'two');
    composer.cancelEdit();
    assert.equal(composer.text.text, 'draft');
    composer.startEdit(own('one'));
    composer.sync(store, 'C2Ccarol', null);
    assert.equal(composer.editing.editing, null);
  });

  it('refuses messages it cannot edit: another conversation, incoming, not text', () => {
    const { composer } = composerWorld();
    assert.equal(composer.startEdit(own('x', { conversationID: 'C2Ccarol' })), false);
    assert.equal(composer.startEdit(own('x', { flow: 'in', from: 'bob' })), false);
    assert.equal(composer.startEdit(own('x', { elements: [{ type: 'TIMFaceElem', index: 1, data: 'x' }] })), false);
    assert.equal(composer.editing.editing, null);
  });

  it('re-edit puts the recalled text in the box as what is being written', () => {
    const { composer } = composerWorld();
    composer.setText('something');
    composer.reEdit('recalled words');
    assert.equal(composer.text.text, 'recalled words');
    assert.equal(composer.editing.editing, null);
  });
});
