import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ReadingPositions } from '../../src/core/store/reading-positions.js';
import { makeStoreWorld } from './store-harness.js';

describe('ReadingPositions', () => {
  it('remembers where the reader left each conversation; null (at the newest) forgets it', () => {
    const positions = new ReadingPositions();
    positions.set('C2Cbob', { messageID: 'm1', offset: -12.5 });
    positions.set('GROUPteam', { messageID: 'm9', offset: 40 });
    assert.deepEqual(positions.get('C2Cbob'), { messageID: 'm1', offset: -12.5 });
    positions.set('C2Cbob', null);
    assert.equal(positions.get('C2Cbob'), null);
    assert.deepEqual(positions.get('GROUPteam'), { messageID: 'm9', offset: 40 });
  });

  it('ignores a position that names no message or no finite offset', () => {
    const positions = new ReadingPositions();
    positions.set('C2Cbob', { messageID: '', offset: 0 });
    positions.set('C2Ccarol', { messageID: 'm1', offset: Number.NaN });
    assert.equal(positions.get('C2Cbob'), null);
    assert.equal(positions.get('C2Ccarol'), null);
  });

  it('forgets the conversation left longest ago past its limit', () => {
    const positions = new ReadingPositions(2);
    positions.set('a', { messageID: 'm', offset: 0 });
    positions.set('b', { messageID: 'm', offset: 0 });
    positions.set('a', { messageID: 'm2', offset: 0 });
    positions.set('c', { messageID: 'm', offset: 0 });
    assert.equal(positions.get('b'), null);
    assert.ok(positions.get('a'));
    assert.ok(positions.get('c'));
  });

  it('the store keeps them for the session and forgets them on stop', async () => {
    const world = await makeStoreWorld();
    try {
      const alice = await world.client('alice');
      alice.store.rememberReadingPosition('C2Cbob', { messageID: 'm1', offset: 3 });
      assert.deepEqual(alice.store.readingPosition('C2Cbob'), { messageID: 'm1', offset: 3 });
      await alice.store.stop();
      assert.equal(alice.store.readingPosition('C2Cbob'), null);
    } finally {
      await world.dispose();
    }
  });
});
