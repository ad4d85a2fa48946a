import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cacheDatabaseName } from '../../src/core/cache/cache-database-name.js';
import { MemoryLayer } from '../../src/core/cache/memory-layer.js';
import { isConnectionClosed, storageFaultKind } from '../../src/core/cache/storage-fault.js';
import { withNamedLock } from '../../src/core/cache/named-lock.js';
import { EMPTY_MESSAGE, type Message } from '../../src/core/model/message.js';

const message = (conversationID: string, n: number): Message => ({
  ...EMPTY_MESSAGE,
  ID: `${conversationID}-${n}`,
  conversationID,
  time: 100 + n,
  sequence: n,
});

describe('MemoryLayer', () => {
  it('lays puts and deletions over stored rows', () => {
    const layer = new MemoryLayer();
    const stored = [message('C2Ca', 1), message('C2Ca', 2), message('C2Ca', 3)];
    const replaced = { ...message('C2Ca', 2), isRevoked: true };
    layer.apply({ puts: { messages: [replaced, message('C2Ca', 4)] }, deletes: { messages: ['C2Ca-3'] } });
    const merged = layer.merge('messages', stored).sort((a, b) => a.time - b.time);
    assert.deepEqual(
      merged.map((m) => [m.ID, m.isRevoked]),
      [
        ['C2Ca-1', false],
        ['C2Ca-2', true],
        ['C2Ca-4', false],
      ],
    );
    assert.equal(layer.get('messages', 'C2Ca-3'), 'gone');
    assert.equal(layer.get('messages', 'C2Ca-1'), undefined);
    assert.equal(layer.messageSlotCount, 3);
    layer.apply({ puts: { messages: [message('C2Cb', 1)] } });
    const page = layer.mergeConversation('C2Ca', stored, (m) => m.time < 104);
    assert.deepEqual(page.map((m) => m.ID).sort(), ['C2Ca-1', 'C2Ca-2']);
  });

  it('hides every stored message of a cleared conversation but keeps later puts', () => {
    const layer = new MemoryLayer();
    layer.apply({ puts: { messages: [message('C2Ca', 1)] } });
    layer.apply({ clearConversationMessages: ['C2Ca'] });
    layer.apply({ puts: { messages: [message('C2Ca', 9)] } });
    const merged = layer.merge('messages', [message('C2Ca', 5), message('C2Cb', 5)]);
    assert.deepEqual(merged.map((m) => m.ID).sort(), ['C2Ca-9', 'C2Cb-5']);
    const { batch } = layer.snapshot();
    assert.deepEqual(batch.clearConversationMessages, ['C2Ca']);
    assert.deepEqual(
      batch.puts?.messages?.map((m) => m.ID),
      ['C2Ca-9'],
    );
  });

  it('forgets what a flush wrote, unless it changed meanwhile', () => {
    const layer = new MemoryLayer();
    layer.apply({ puts: { messages: [message('C2Ca', 1), message('C2Ca', 2)] }, clearConversationMessages: ['C2Cz'] });
    const snapshot = layer.snapshot();
    const newer = { ...message('C2Ca', 2), customStr: 'newer' };
    layer.apply({ puts: { messages: [newer] } });
    layer.forget(snapshot);
    assert.equal(layer.isEmpty(), false);
    assert.deepEqual(layer.merge('messages', []), [newer]);
    assert.equal(layer.isConversationCleared('C2Cz'), false);
    layer.forget(layer.snapshot());
    assert.equal(layer.isEmpty(), true);
  });

  it('keeps no deletion markers when it is the only store', () => {
    const layer = new MemoryLayer();
    layer.standalone = true;
    layer.apply({ puts: { messages: [message('C2Ca', 1), message('C2Ca', 2)] } });
    layer.apply({ deletes: { messages: ['C2Ca-1'] }, clearConversationMessages: ['C2Cb'] });
    assert.deepEqual(
      layer.messagesOf('C2Ca').map((m) => m.ID),
      ['C2Ca-2'],
    );
    assert.equal(layer.messageSlotCount, 1);
    layer.apply({ clearConversationMessages: ['C2Ca'] });
    assert.equal(layer.isEmpty(), true);
  });
});

describe('cache helpers', () => {
  it('names one database per app and user, unambiguously', () => {
    assert.equal(cacheDatabaseName('demo', 'alice'), 'tim-cache-demo-alice');
    assert.notEqual(cacheDatabaseName('a-b', 'c'), cacheDatabaseName('a', 'b-c'));
    assert.notEqual(cacheDatabaseName('a', 'b c'), cacheDatabaseName('a', 'b%20c'));
  });

  it('tells storage faults apart, also when Dexie wraps them', () => {
    const quota = { name: 'QuotaExceededError', message: 'full' };
    assert.equal(storageFaultKind(quota, 'write'), 'quota');
    assert.equal(storageFaultKind({ name: 'BulkError', failures: [quota] }, 'write'), 'quota');
    assert.equal(storageFaultKind({ name: 'AbortError', inner: quota }, 'write'), 'quota');
    assert.equal(storageFaultKind({ name: 'MissingAPIError' }, 'open'), 'unavailable');
    assert.equal(storageFaultKind({ name: 'InvalidStateError' }, 'write'), 'error');
    assert.equal(storageFaultKind('weird', 'read'), 'error');
    assert.equal(isConnectionClosed({ name: 'DatabaseClosedError' }), true);
    assert.equal(isConnectionClosed(quota), false);
  });

  it('runs lock holders one at a time in one realm', async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = withNamedLock('n', () => new Promise<void>((resolve) => (release = resolve)).then(() => void order.push('first')));
    assert.equal(await withNamedLock('n', async () => {}, { ifAvailable: true }), false);
    const second = withNamedLock('n', async () => void order.push('second'));
    release();
    assert.deepEqual(await Promise.all([first, second]), [true, true]);
    assert.deepEqual(order, ['first', 'second']);
  });
});
