import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { headerTyping, type HeaderTypingInput } from '../../src/core/store/selectors/header-typing.js';

const base: HeaderTypingInput = { typing: {} };

describe('headerTyping', () => {
  it('is none when nobody types there (or their time is up)', () => {
    assert.deepEqual(headerTyping(base, 'C2Cbob'), { kind: 'none' });
    assert.deepEqual(headerTyping({ ...base, typing: { C2Cbob: { bob: 1000 } } }, 'C2Cbob', 2000), { kind: 'none' });
    assert.deepEqual(headerTyping({ ...base, typing: { C2Cbob: { bob: 1000 } } }, 'GROUPteam'), { kind: 'none' });
  });

  it('one-to-one, says only that the peer types', () => {
    assert.deepEqual(headerTyping({ ...base, typing: { C2Cbob: { bob: 5000 } } }, 'C2Cbob', 1000), { kind: 'peer' });
  });

  it('in a group, says who types, in the order they started', () => {
    const typing = { GROUPteam: { carol: 5000, bob: 5000, zed: 1 } };
    assert.deepEqual(headerTyping({ ...base, typing }, 'GROUPteam', 1000), { kind: 'group', groupID: 'team', userIDs: ['carol', 'bob'] });
  });
});
