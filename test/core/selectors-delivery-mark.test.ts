import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { deliveryMark } from '../../src/core/store/selectors/delivery-mark.js';

const message = (patch: Partial<Message>): Message => ({
  ...EMPTY_MESSAGE,
  ID: 'm',
  flow: 'out',
  status: 'success',
  conversationType: 'C2C',
  ...patch,
});
const none = { readCountShown: false };

test('deliveryMark: sending and failed everywhere; one-to-one ✓ then ✓✓; a group message ✓ sent unless it shows its read count', () => {
  assert.equal(deliveryMark(message({ status: 'unSend' }), none), 'sending');
  assert.equal(deliveryMark(message({ status: 'fail', conversationType: 'GROUP' }), none), 'failed');
  assert.equal(deliveryMark(message({}), none), 'sent');
  assert.equal(deliveryMark(message({ isPeerRead: true }), none), 'read');
  assert.equal(deliveryMark(message({ conversationType: 'GROUP' }), none), 'sent', 'a group message without receipts shows ✓');
  assert.equal(
    deliveryMark(message({ conversationType: 'GROUP', needReadReceipt: true }), { readCountShown: true }),
    null,
    '"N read" says more',
  );
  assert.equal(
    deliveryMark(message({ conversationType: 'GROUP', needReadReceipt: true }), none),
    'sent',
    'until its count is known, a message asking for receipts shows ✓',
  );
  assert.equal(deliveryMark(message({ flow: 'in' }), none), null, "others' messages show none");
  assert.equal(deliveryMark(message({ conversationType: '@TIM#SYSTEM' }), none), null);
});
