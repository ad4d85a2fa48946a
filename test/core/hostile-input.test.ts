// Hostile data from outside (a backend, an import, an old cache) never breaks the page: prototype
// keys stay data, out-of-range numbers are repaired with a note, the cache checks what it reads.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { DexieCache } from '../../src/core/cache/dexie-cache.js';
import { messagesFromDesktopJson, messagesToDesktopJson } from '../../src/core/interop/desktop-json.js';
import { normalizeConversation } from '../../src/core/interop/normalize-conversation.js';
import { normalizeElement } from '../../src/core/interop/normalize-element.js';
import { normalizeGroupProfile, normalizeMessage } from '../../src/core/interop/normalize-message.js';
import { RepairLog } from '../../src/core/interop/repair.js';
import { kindForFile, mimeTypeOf } from '../../src/components/composer/attachment-rules.js';
import type { GroupTipElem } from '../../src/core/model/elements.js';
import { MAX_TIME_SECONDS } from '../../src/core/model/limits.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';
import { describeGroupTip } from '../../src/core/notices/group-tip.js';
import { elementFromSdk } from '../../src/core/service/tencent/map-element.js';
import { formatClock, formatDayLabel, formatListTime, isoTime } from '../../src/core/i18n/format-time.js';

/** What a strict-mode assignment to a built-in's method does once Object.prototype is frozen: throw. */
function prototypesUntouched(): void {
  assert.equal(Object.isFrozen(Object.prototype), false, 'Object.prototype was frozen');
  assert.equal(Object.isFrozen(Array.prototype), false, 'Array.prototype was frozen');
  const probe: Record<string, unknown> = {};
  probe.toString = () => 'ok';
  assert.equal(String(probe), 'ok');
  assert.equal(({} as Record<string, unknown>).isAdmin, undefined, 'Object.prototype gained a property');
}

describe('prototype keys are data, never prototypes', () => {
  it('a group tip whose newGroupProfile has its own __proto__ key leaves Object.prototype as it was', () => {
    const payload = JSON.parse('{"operationType":6,"newGroupProfile":{"__proto__":{"isAdmin":true},"constructor":"x","groupName":"n"}}');
    const tip = normalizeElement('TIMGroupTipElem', payload, new RepairLog()) as GroupTipElem;
    prototypesUntouched();
    for (const change of tip.groupProfileChanges) assert.equal(typeof change.key, 'string');
    assert.deepEqual(
      tip.groupProfileChanges.map((c) => c.key),
      ['__proto__', 'constructor', 'name'],
    );
    // Storable: IndexedDB clones it (a function would throw DataCloneError).
    structuredClone(tip);
    assert.equal(describeGroupTip(tip).key.startsWith('tip.'), true);
  });

  it('copied data keeps an own __proto__ key as data and its prototype as Object.prototype', () => {
    const input = JSON.parse(
      '{"ID":"m1","conversationID":"C2Cbob","elements":[{"type":"TIMTextElem","text":"hi"}],"passthrough":{"__proto__":{"isAdmin":true}}}',
    );
    const { message } = normalizeMessage(input);
    const passthrough = message.passthrough as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(passthrough), Object.prototype);
    assert.equal(passthrough.isAdmin, undefined, 'isAdmin must not be inherited');
    assert.deepEqual(Object.keys(passthrough), ['__proto__']);
    assert.equal(JSON.stringify(passthrough), '{"__proto__":{"isAdmin":true}}');
    prototypesUntouched();
  });

  it('unsupported raw data with prototype keys is copied as data and can be stored', () => {
    const raw = JSON.parse('{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}}}');
    const { message } = normalizeMessage({ ID: 'm2', conversationID: 'C2Cbob', elements: [{ type: 'TIMFutureElem', payload: raw }] });
    const element = message.elements[0]!;
    assert.equal(element.type, 'unsupported');
    structuredClone(message);
    prototypesUntouched();
  });

  it('a group type named like an inherited property is not a group type', () => {
    const { profile, repairs } = normalizeGroupProfile({ groupID: 'g', type: 'constructor' });
    assert.equal(profile.type, 'Public');
    assert.ok(repairs.some((r) => r.path === 'type'));
    assert.equal(normalizeGroupProfile({ groupID: 'g', type: 'toString' }).profile.type, 'Public');
  });

  it('the Tencent adapter maps profile keys named like inherited properties to themselves', () => {
    const tip = elementFromSdk('TIMGroupTipElem', {
      operationType: 6,
      newGroupProfile: { constructor: 'x', toString: 'y', groupName: 'n' },
    }) as GroupTipElem;
    assert.deepEqual(tip.groupProfileChanges, [
      { key: 'constructor', value: 'x' },
      { key: 'toString', value: 'y' },
      { key: 'name', value: 'n' },
    ]);
    structuredClone(tip);
  });

  it('desktop export with a change keyed "constructor" and an import with __proto__ keys round-trip as data', () => {
    const json =
      '[{"message_elem_array":[{"elem_type":0,"text_elem_content":"hi","__proto__":{"a":1}}],"message_conv_id":"bob","message_conv_type":1,"message_sender":"bob","message_server_time":1700000000,"constructor":"c"}]';
    const { messages, errors } = messagesFromDesktopJson(json);
    assert.deepEqual(errors, []);
    assert.deepEqual(JSON.parse(messagesToDesktopJson(messages)), JSON.parse(json));
    prototypesUntouched();
  });

  it('a file named ".constructor" is a file, not a function-typed attachment', () => {
    assert.equal(mimeTypeOf({ type: '', name: 'a.constructor' }), '');
    assert.equal(kindForFile({ type: '', name: 'x.__proto__' }), 'file');
  });
});

describe('numbers from outside are repaired into their valid ranges, with a note', () => {
  it('message_server_time 1e300 through desktop import: a usable time and a warning naming the field', () => {
    const { messages, warnings } = messagesFromDesktopJson([
      {
        message_elem_array: [{ elem_type: 0, text_elem_content: 'hi' }],
        message_conv_id: 'bob',
        message_conv_type: 1,
        message_sender: 'bob',
        message_server_time: 1e300,
        message_client_time: 1_700_000_000,
      },
    ]);
    assert.equal(messages.length, 1);
    assert.equal(messages[0]!.time, 1_700_000_000);
    assert.ok(
      warnings.some((w) => w.field === 'message_server_time'),
      JSON.stringify(warnings),
    );
    assert.doesNotThrow(() => new Date(messages[0]!.time * 1000).toISOString());
  });

  it('times, sizes, counts and sequences beyond their ranges are dropped to a default and reported', () => {
    const { message, repairs } = normalizeMessage({
      ID: 'm',
      conversationID: 'C2Cbob',
      time: 1e300,
      clientTime: 9e15,
      sequence: 1e300,
      random: 2 ** 60,
      elements: [
        { type: 'TIMFileElem', fileName: 'a', fileSize: 1e300 },
        { type: 'TIMImageElem', imageInfoArray: [{ type: 0, width: 1e300, height: 5, size: 1e300, url: 'https://x/y.png' }] },
        { type: 'TIMVideoFileElem', videoSecond: 1e300, videoSize: -5 },
      ],
    });
    assert.ok(message.time >= 0 && message.time <= MAX_TIME_SECONDS);
    assert.equal(message.sequence, 0);
    assert.equal(message.random, 0);
    const paths = repairs.map((r) => r.path);
    for (const path of [
      'time',
      'clientTime',
      'sequence',
      'random',
      'elements[0].fileSize',
      'elements[1].imageInfoArray[0].width',
      'elements[2].videoSecond',
    ]) {
      assert.ok(paths.includes(path), `${path} repaired (${paths.join(', ')})`);
    }
    const { conversation, repairs: conversationRepairs } = normalizeConversation({
      conversationID: 'C2Cbob',
      unreadCount: 1e300,
      activeTime: 1e300,
      peerReadTime: Infinity,
      lastMessage: { ID: 'x', time: 1e300, elements: [{ type: 'TIMTextElem', text: 'a' }] },
    });
    assert.equal(conversation.unreadCount, 0);
    assert.ok(conversation.activeTime <= MAX_TIME_SECONDS);
    assert.ok(conversationRepairs.some((r) => r.path === 'lastMessage.time'));
  });

  it('the time formatters give nothing for a time no Date can hold, instead of throwing', () => {
    for (const bad of [1e300, -1, NaN, Infinity, 9e15]) {
      assert.equal(formatClock(bad, 'en'), '');
      assert.equal(formatListTime(bad, 'en'), '');
      assert.equal(formatDayLabel(bad, 'en'), '');
      assert.equal(isoTime(bad), '');
    }
  });
});

describe('the cache checks the rows it reads', () => {
  it('a stored message or conversation with a time no Date can hold comes back repaired; the rest as stored', async () => {
    const cache = new DexieCache({ app: 'hostile', userID: 'alice', indexedDB: new IDBFactory(), IDBKeyRange });
    await cache.open();
    const good: Message = {
      ...EMPTY_MESSAGE,
      ID: 'good',
      conversationID: 'C2Cbob',
      time: 100,
      clientTime: 100,
      elements: [{ type: 'TIMTextElem', text: 'ok' }],
    };
    await cache.putMessages([good]);
    await cache.putConversations([normalizeConversation({ conversationID: 'C2Cbob', lastMessage: good, activeTime: 100 }).conversation]);
    // What an older version or another app left in the database, written past the cache's checks.
    const db = cache.database!;
    await db.messages.put({
      ...good,
      ID: 'bad',
      time: 50,
      clientTime: 1e300,
      elements: [{ type: 'TIMFileElem', fileName: 'f', fileSize: 1e300 }],
    } as unknown as Message);
    await db.conversations.put({
      ...(await db.conversations.get('C2Cbob'))!,
      conversationID: 'C2Ccarol',
      activeTime: 1e300,
      lastMessage: { ...good, ID: 'bad2', conversationID: 'C2Ccarol', time: 1e300 },
    });
    await db.conversations.put({ conversationID: '', unreadCount: 3 } as never);

    const page = await cache.getMessages('C2Cbob', { limit: 20 });
    assert.deepEqual(
      page.map((m) => m.ID),
      ['bad', 'good'],
    );
    assert.deepEqual(page[1], good, 'a sane row is returned as stored');
    assert.ok(page[0]!.clientTime <= MAX_TIME_SECONDS);
    assert.equal((page[0]!.elements[0] as { fileSize: number }).fileSize, 0);
    assert.equal((await cache.getMessage('bad'))!.clientTime <= MAX_TIME_SECONDS, true);

    const conversations = await cache.getConversations();
    assert.deepEqual(conversations.map((c) => c.conversationID).sort(), ['C2Cbob', 'C2Ccarol']);
    const carol = conversations.find((c) => c.conversationID === 'C2Ccarol')!;
    assert.ok(carol.activeTime <= MAX_TIME_SECONDS && carol.lastMessage!.time <= MAX_TIME_SECONDS);
    await cache.close();
  });
});
