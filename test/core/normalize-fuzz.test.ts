// Seeded property-based fuzzing of everything that turns outside data into the model: thousands of
// malformed messages, conversations, tips, notices and desktop messages. Each must normalize without
// an uncaught error into a valid, storable, frozen value, and the built-in prototypes must be left
// exactly as they were. Prints its counts. FUZZ_RUNS=50000 runs longer.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import fc from 'fast-check';
import { conversationProblem, messageProblem } from '../../src/core/cache/checked-rows.js';
import { conversationIDFor } from '../../src/core/model/ids.js';
import { messagesFromDesktopJson } from '../../src/core/interop/desktop-json.js';
import { normalizeConversation } from '../../src/core/interop/normalize-conversation.js';
import { normalizeElement } from '../../src/core/interop/normalize-element.js';
import { normalizeMessage } from '../../src/core/interop/normalize-message.js';
import { RepairLog } from '../../src/core/interop/repair.js';
import type { Conversation } from '../../src/core/model/conversation.js';
import { ELEMENT_TYPES, type MessageElement } from '../../src/core/model/elements.js';
import type { Message } from '../../src/core/model/message.js';
import { describeGroupSystemNotice } from '../../src/core/notices/group-system-notice.js';
import { describeGroupTip } from '../../src/core/notices/group-tip.js';
import { summarizeMessage } from '../../src/core/notices/message-summary.js';
import { localize } from '../../src/core/i18n/translate.js';
import {
  FUZZ_SEED,
  builtInPrototypeShape,
  hostileConversation,
  hostileDesktopMessage,
  hostileMessage,
  hostileNotice,
  hostileTip,
  replacedPrototypesIn,
  unsafeUrlsIn,
} from '../fixtures/hostile-data.js';

const RUNS = Number(process.env.FUZZ_RUNS) || 2000;
const counts = { messages: 0, conversations: 0, tips: 0, notices: 0, desktop: 0, repairs: 0, uncaught: 0, invalid: 0 };
const prototypesBefore = builtInPrototypeShape();

/** A message the normalizer could not place has conversationID ''; otherwise it must pass the cache's own check. */
function assertValidMessage(message: Message): void {
  const placed =
    message.conversationID === '' ? { ...message, conversationID: conversationIDFor(message.conversationType, 'unplaced') } : message;
  const problem = messageProblem(placed);
  assert.equal(problem, null, `not a valid message (${problem}): ${JSON.stringify(message).slice(0, 300)}`);
  for (const element of message.elements) assertValidElement(element);
  assertStorable(message);
}

function assertValidElement(element: MessageElement): void {
  assert.ok(ELEMENT_TYPES.includes(element.type), `unknown element type ${String(element.type)}`);
  for (const [key, value] of Object.entries(element)) {
    if (key === 'raw') continue;
    if (typeof value === 'function' || typeof value === 'symbol') assert.fail(`${element.type}.${key} is a ${typeof value}`);
  }
  if (element.type === 'TIMGroupTipElem') {
    for (const change of element.groupProfileChanges) assert.equal(typeof change.key, 'string');
    assert.equal(typeof describeGroupTip(element).key, 'string');
  }
  if (element.type === 'TIMGroupSystemNoticeElem') assert.equal(typeof describeGroupSystemNotice(element).key, 'string');
}

/** What IndexedDB and a BroadcastChannel need: a structured clone, frozen, no prototype replaced, URLs checked. */
function assertStorable(value: Message | Conversation): void {
  structuredClone(value);
  JSON.stringify(value);
  assert.ok(Object.isFrozen(value), 'the result is frozen');
  assert.deepEqual(replacedPrototypesIn(value), []);
  assert.deepEqual(unsafeUrlsIn(value), []);
}

/** Runs every case (a failure does not stop the run, so the counts are whole); fails with the first few reasons, kept short. */
function check<T>(arbitrary: fc.Arbitrary<T>, run: (input: T) => void, seedOffset: number): void {
  const failures: string[] = [];
  fc.check(
    fc.property(arbitrary, (input) => {
      try {
        run(input);
      } catch (error) {
        if (error instanceof assert.AssertionError) counts.invalid++;
        else counts.uncaught++;
        if (failures.length < 3) failures.push(String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 800));
      }
    }),
    { seed: FUZZ_SEED + seedOffset, numRuns: RUNS },
  );
  if (failures.length) assert.fail(`seed ${FUZZ_SEED + seedOffset}:\n${failures.join('\n---\n')}`);
}

describe(`normalizer fuzzing (seed ${FUZZ_SEED}, ${RUNS} runs each)`, () => {
  after(() => {
    console.log(
      `fuzz: ${counts.messages} messages, ${counts.conversations} conversations, ${counts.tips} tips, ${counts.notices} notices, ` +
        `${counts.desktop} desktop messages normalized; ${counts.repairs} repairs noted; ` +
        `${counts.uncaught} uncaught errors, ${counts.invalid} invalid outputs; built-in prototypes ${builtInPrototypeShape() === prototypesBefore ? 'untouched' : 'CHANGED'}`,
    );
  });

  it('messages: valid, storable, summarizable', () => {
    check(
      hostileMessage,
      (input) => {
        const { message, repairs } = normalizeMessage(input);
        counts.messages++;
        counts.repairs += repairs.length;
        assertValidMessage(message);
        const summary = summarizeMessage(message);
        assert.equal(typeof JSON.stringify(summary), 'string');
      },
      1,
    );
  });

  it('conversations: valid (with a valid last message), storable', () => {
    check(
      hostileConversation,
      (input) => {
        const { conversation, repairs } = normalizeConversation(input);
        counts.conversations++;
        counts.repairs += repairs.length;
        // A conversation the normalizer could not place (ID '') is left out by every reader; the rest must be valid.
        if (conversation.conversationID !== '') {
          const problem = conversationProblem(conversation);
          assert.equal(problem, null, `not a valid conversation (${problem}): ${JSON.stringify(conversation).slice(0, 300)}`);
        }
        if (conversation.lastMessage) assertValidMessage(conversation.lastMessage);
        assertStorable(conversation);
      },
      2,
    );
  });

  it('group tips and group system notices: valid, described', () => {
    check(
      hostileTip,
      (payload) => {
        const log = new RepairLog();
        const element = normalizeElement('TIMGroupTipElem', payload, log);
        counts.tips++;
        counts.repairs += log.repairs.length;
        assertValidElement(element);
        if (element.type === 'TIMGroupTipElem') assert.equal(typeof localize('en', describeGroupTip(element)), 'string');
        structuredClone(element);
        assert.deepEqual(replacedPrototypesIn(element), []);
      },
      3,
    );
    check(
      hostileNotice,
      (payload) => {
        const log = new RepairLog();
        const element = normalizeElement('TIMGroupSystemNoticeElem', payload, log);
        counts.notices++;
        counts.repairs += log.repairs.length;
        assertValidElement(element);
        if (element.type === 'TIMGroupSystemNoticeElem')
          assert.equal(typeof localize('zh-CN', describeGroupSystemNotice(element)), 'string');
        structuredClone(element);
      },
      4,
    );
  });

  it('desktop JSON messages: each imported valid or left out with an error', () => {
    check(
      hostileDesktopMessage,
      (entry) => {
        const { messages, errors, warnings } = messagesFromDesktopJson([entry]);
        counts.desktop++;
        counts.repairs += warnings.length;
        assert.equal(messages.length + (errors.length > 0 ? 1 : 0) >= 1, true, 'imported or refused with a reason');
        for (const message of messages) assertValidMessage(message);
      },
      5,
    );
  });

  it('leaves the built-in prototypes untouched', () => {
    assert.equal(builtInPrototypeShape(), prototypesBefore);
    const probe: Record<string, unknown> = {};
    probe.toString = () => 'still writable';
    assert.equal(String(probe), 'still writable');
    assert.equal(counts.uncaught, 0);
    assert.equal(counts.invalid, 0);
  });
});
