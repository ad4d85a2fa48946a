import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bigIntTextsToNumbers,
  isBigIntText,
  parseJsonKeepingBigInts,
  stringifyKeepingBigInts,
} from '../../src/core/interop/big-int-json.js';

test('only integer literals beyond ±2^53 outside strings are kept as big-int text', () => {
  const text =
    '{"id":6961616747713488299,"neg":-9223372036854775808,"safe":9007199254740991,"float":-0.25,"s":"12345678901234567890","q":"say \\"9999999999999999999\\"","arr":[18446744073709551615, 1]}';
  const value = parseJsonKeepingBigInts(text) as Record<string, unknown>;
  assert.ok(isBigIntText(value.id));
  assert.ok(isBigIntText(value.neg));
  assert.equal(value.safe, 9007199254740991);
  assert.equal(value.float, -0.25);
  assert.equal(value.s, '12345678901234567890');
  assert.equal(value.q, 'say "9999999999999999999"');
  assert.ok(isBigIntText((value.arr as unknown[])[0]));
  assert.equal(stringifyKeepingBigInts(value), text.replace('[18446744073709551615, 1]', '[18446744073709551615,1]'));
  assert.deepEqual(bigIntTextsToNumbers(value), JSON.parse(text));
});

test('invalid JSON still throws like JSON.parse', () => {
  assert.throws(() => parseJsonKeepingBigInts('{"a": 12345678901234567890'), SyntaxError);
  assert.throws(() => parseJsonKeepingBigInts('[1,]'), SyntaxError);
});
