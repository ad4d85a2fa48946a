import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import TencentCloudChat from '@tencentcloud/chat';
import { ALL_SDK_EVENTS, DECLARED_SDK_EVENTS, RUNTIME_ONLY_SDK_EVENTS, SDK_EVENT_USE } from '../../src/core/service/tencent/sdk-types.js';

const runtimeEvents = TencentCloudChat.EVENT as unknown as Record<string, string>;

test('docs/tencent.md lists every SDK method and event, each reviewed, and is up to date with the declarations', () => {
  const run = spawnSync(process.execPath, ['scripts/tencent-surface.mjs', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, `the surface check failed:\n${run.stdout}${run.stderr}`);
  const coverage = /methods reviewed (\d+)\/(\d+).*events reviewed (\d+)\/(\d+)/.exec(run.stdout);
  assert.ok(coverage, `coverage line: ${run.stdout}`);
  const [, methodsReviewed, methods, eventsReviewed, events] = coverage.map(Number);
  assert.equal(methodsReviewed, methods, 'every declared method reviewed');
  assert.equal(eventsReviewed, events, 'every event reviewed');
  assert.ok(methods! >= 148 && events! >= 37, `the whole surface (${methods} methods, ${events} events)`);
});

test('the adapter knows every event the installed SDK emits, by the same strings', () => {
  assert.deepEqual(Object.keys(ALL_SDK_EVENTS).sort(), Object.keys(runtimeEvents).sort(), 'declared + run-time-only = the run-time EVENT');
  for (const [key, value] of Object.entries(ALL_SDK_EVENTS)) assert.equal(value, runtimeEvents[key], `EVENT.${key}`);
  for (const key of Object.keys(RUNTIME_ONLY_SDK_EVENTS)) assert.ok(!(key in DECLARED_SDK_EVENTS), `${key} is not declared`);
  assert.deepEqual(Object.keys(SDK_EVENT_USE).sort(), Object.keys(ALL_SDK_EVENTS).sort(), 'a decision for each event');
});
