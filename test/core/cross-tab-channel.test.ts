import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CrossTabChannel } from '../../src/core/util/cross-tab-channel.js';

interface Ping {
  n: number;
}
const isPing = (data: unknown): data is Ping => typeof (data as Ping | null)?.n === 'number';

/** The channels do not keep Node alive (by design): a deadline does, while a test waits for a message. */
function within(promise: Promise<void>, ms = 3000): Promise<void> {
  let timer: ReturnType<typeof setTimeout>;
  const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`nothing within ${ms} ms`)), ms)));
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

/** Resolves with what `channel` hears until the other side's "last" message (n = -1) arrives. */
function listen(name: string): { channel: CrossTabChannel<Ping>; heard: Ping[]; done: Promise<void> } {
  const heard: Ping[] = [];
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  const channel = new CrossTabChannel<Ping>(name, {
    accept: isPing,
    onMessage: (message) => (message.n === -1 ? resolve() : heard.push(message)),
  });
  return { channel, heard, done };
}

describe('CrossTabChannel', () => {
  it('hands typed messages to the other channels of that name, never to itself, and drops what it does not accept', async () => {
    const name = `test-${Math.random()}`;
    const a = listen(name);
    const b = listen(name);
    const raw = new BroadcastChannel(name);
    raw.postMessage({ n: 'not a number' });
    raw.postMessage(null);
    raw.close();
    assert.equal(a.channel.post({ n: 1 }), true);
    a.channel.post({ n: 2 });
    a.channel.post({ n: -1 });
    await within(b.done);
    assert.deepEqual(b.heard, [{ n: 1 }, { n: 2 }]);
    assert.deepEqual(a.heard, [], 'its own posts do not come back');
    a.channel.close();
    b.channel.close();
  });

  it('a closed channel posts nothing and hears nothing; closing twice is fine', async () => {
    const name = `test-${Math.random()}`;
    const a = listen(name);
    const b = listen(name);
    b.channel.close();
    b.channel.close();
    assert.equal(b.channel.post({ n: 1 }), false);
    const c = listen(name);
    a.channel.post({ n: 5 });
    a.channel.post({ n: -1 });
    await within(c.done);
    assert.deepEqual(c.heard, [{ n: 5 }]);
    assert.deepEqual(b.heard, [], 'the closed one heard nothing');
    a.channel.close();
    c.channel.close();
  });

  it('is silent where there is no BroadcastChannel, and a message that cannot be cloned is not posted', () => {
    const real = globalThis.BroadcastChannel;
    try {
      (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
      const lonely = new CrossTabChannel<Ping>('nowhere', { accept: isPing, onMessage: () => assert.fail('nothing arrives') });
      assert.equal(lonely.post({ n: 1 }), false);
      lonely.close();
    } finally {
      globalThis.BroadcastChannel = real;
    }
    const channel = new CrossTabChannel<Ping>(`test-${Math.random()}`, { accept: isPing, onMessage: () => {} });
    assert.equal(channel.post({ n: 1, fn: () => {} } as Ping), false, 'a function cannot be cloned');
    channel.close();
  });
});
