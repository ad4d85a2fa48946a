import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LatestQuery } from '../../src/core/util/latest-query.js';
import { ManualTimers } from '../support/manual-timers.js';

test('a query runs once typing pauses; a newer one cancels its wait and tells a run under way to drop its answer', async () => {
  const timers = new ManualTimers();
  const queries = new LatestQuery(timers, 200);
  const ran: string[] = [];
  let release = () => {};
  const answers: Array<[string, boolean]> = [];
  const first = queries.start(async () => void ran.push('first'));
  const second = queries.start(async (stillLatest) => {
    ran.push('second');
    await new Promise<void>((resolve) => (release = resolve));
    answers.push(['second', stillLatest()]);
  });
  await first; // ended by the newer query, never run
  assert.equal(queries.current, second);
  timers.advance(199);
  assert.deepEqual(ran, []);
  timers.advance(1);
  assert.deepEqual(ran, ['second']);
  const third = queries.start(async (stillLatest) => void answers.push(['third', stillLatest()]), true);
  await second; // ended at once by the third
  release();
  await third;
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(answers, [
    ['third', true],
    ['second', false],
  ]);
  const later = queries.stillLatest();
  assert.equal(later(), true);
  queries.supersede();
  assert.equal(later(), false);
  assert.equal(queries.current, null);
});
