import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMessage, groupTipElem, imageElem, soundElem, textElem } from '../../src/core/model/factories.js';
import { normalizeMessage } from '../../src/core/interop/normalize-message.js';

test('createMessage fills defaults, derives the type from the ID and freezes deeply', () => {
  const message = createMessage({ ID: 'm1', conversationID: 'GROUPteam', from: 'alice', time: 1700000000, elements: [textElem('hi')] });
  assert.equal(message.conversationType, 'GROUP');
  assert.equal(message.clientTime, 1700000000);
  assert.equal(message.status, 'success');
  assert.equal(message.priority, 'Normal');
  assert.ok(Object.isFrozen(message) && Object.isFrozen(message.elements) && Object.isFrozen(message.elements[0]));
  // What the factory builds is already what the normalizer would make of it.
  const again = normalizeMessage(message);
  assert.deepEqual(again.message, message);
  assert.deepEqual(again.repairs, []);
});

test('factories check URLs', () => {
  const message = createMessage({
    ID: 'm2',
    conversationID: 'C2Cbob',
    avatar: 'javascript:alert(1)',
    elements: [soundElem({ url: 'vbscript:x', second: 3 })],
  });
  assert.equal(message.avatar, '');
  assert.equal((message.elements[0] as { url: string }).url, '');
});

test('imageElem computes the three sizes and keeps a URL per size', () => {
  const image = imageElem({
    uuid: 'u1',
    imageFormat: 'JPG',
    width: 1440,
    height: 1080,
    size: 2048,
    urls: { original: 'https://cdn.example.com/o.jpg', large: 'https://cdn.example.com/l.jpg' },
  });
  assert.deepEqual(image.imageInfoArray, [
    { type: 0, width: 1440, height: 1080, size: 2048, url: 'https://cdn.example.com/o.jpg' },
    { type: 1, width: 264, height: 198, size: 0, url: '' },
    { type: 2, width: 960, height: 720, size: 0, url: 'https://cdn.example.com/l.jpg' },
  ]);
});

test('groupTipElem copies its lists', () => {
  const ids = ['a', 'b'];
  const tip = groupTipElem({ operationType: 1, userIDList: ids });
  ids.push('c');
  assert.deepEqual(tip.userIDList, ['a', 'b']);
  assert.deepEqual(tip.groupProfileChanges, []);
});
