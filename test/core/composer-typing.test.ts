import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TYPING_PAUSE_MS, TYPING_REFRESH_MS } from '../../src/core/typing/typing-signal.js';
import { composerWorld } from './composer-fake-store.js';

describe('MessageComposer: the typing protocol', () => {
  it('tells the peer once while typing, again after a few seconds, and "stopped" after a pause', () => {
    const { timers, store, composer } = composerWorld('C2Cbob');
    composer.edit('o', null);
    composer.edit('on', null);
    composer.edit('on my way', null);
    assert.deepEqual(store.typing, ['C2Cbob typing']);
    timers.advance(TYPING_REFRESH_MS - 1);
    composer.edit('on my way!', null);
    timers.advance(1);
    composer.edit('on my way!!', null);
    assert.deepEqual(store.typing, ['C2Cbob typing', 'C2Cbob typing']);
    timers.advance(TYPING_PAUSE_MS);
    assert.deepEqual(store.typing, ['C2Cbob typing', 'C2Cbob typing', 'C2Cbob stopped']);
  });

  it('sending needs no stop (the message ends the indicator); emptying the box says stopped, once', () => {
    const { timers, store, composer } = composerWorld('C2Cbob');
    composer.edit('on my way', null);
    composer.textSent('C2Cbob');
    timers.advance(TYPING_PAUSE_MS * 2);
    assert.deepEqual(store.typing, ['C2Cbob typing']);
    composer.edit('never mind', null);
    composer.edit('', null);
    composer.edit('   ', null);
    assert.deepEqual(store.typing, ['C2Cbob typing', 'C2Cbob typing', 'C2Cbob stopped']);
  });

  it('leaving the conversation stops at once; nothing is said when turned off, unsupported or not connected', () => {
    const { store, composer } = composerWorld('C2Cbob');
    composer.edit('hello', null);
    composer.sync(store, 'C2Ccarol', null);
    assert.deepEqual(store.typing, ['C2Cbob typing', 'C2Cbob stopped']);

    const off = composerWorld('C2Cbob');
    off.composer.configure({ typing: false });
    off.composer.edit('quiet', null);
    const unsupported = composerWorld('C2Cbob');
    unsupported.store.typingSupported = false;
    unsupported.composer.edit('quiet', null);
    const offline = composerWorld('C2Cbob');
    offline.store.state.set({ connection: 'disconnected' });
    offline.composer.edit('quiet', null);
    assert.deepEqual([...off.store.typing, ...unsupported.store.typing, ...offline.store.typing], []);
  });
});
