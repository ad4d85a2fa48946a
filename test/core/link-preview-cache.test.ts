import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstLink, LinkPreviewCache, type LinkPreviewResolver } from '../../src/core/link-preview/index.js';
import { waitFor } from '../support/wait-for.js';

/** A resolver whose answers the test gives, counting the calls per URL. */
function controlledResolver() {
  const calls = new Map<string, number>();
  const pending = new Map<string, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>();
  const resolve: LinkPreviewResolver = (url) => {
    calls.set(url, (calls.get(url) ?? 0) + 1);
    return new Promise((res, rej) => pending.set(url, { resolve: res as (v: unknown) => void, reject: rej }));
  };
  return { resolve, calls, pending };
}

describe('link previews: the first link of a text', () => {
  it('takes http(s) only, without the sentence’s punctuation', () => {
    assert.equal(firstLink('see https://example.com/a?b=1. and http://x.org'), 'https://example.com/a?b=1');
    assert.equal(firstLink('（https://cloud.tencent.com/product/im）'), 'https://cloud.tencent.com/product/im');
    assert.equal(firstLink('javascript:alert(1) ftp://x.org www.example.com'), '');
    assert.equal(firstLink(42 as unknown as string), '');
  });
});

describe('LinkPreviewCache', () => {
  it('asks once per URL while loading, keeps the answer, cleans it (image through the URL rule, text cut)', async () => {
    const r = controlledResolver();
    const cache = new LinkPreviewCache({ resolve: r.resolve });
    const told: string[] = [];
    cache.subscribe((url) => told.push(url));
    assert.deepEqual(cache.load('https://example.com/'), { status: 'loading' });
    assert.deepEqual(cache.load('https://example.com/'), { status: 'loading' });
    assert.equal(r.calls.get('https://example.com/'), 1, 'one request at a time');
    r.pending
      .get('https://example.com/')!
      .resolve({ title: ' Example ', description: 'x'.repeat(5000), image: 'javascript:alert(1)', siteName: 'Ex' });
    await waitFor(() => told.length === 1, 'told');
    const entry = cache.get('https://example.com/');
    assert.equal(entry?.status, 'ready');
    if (entry?.status !== 'ready') return;
    assert.equal(entry.preview.title, 'Example');
    assert.equal(entry.preview.description.length, 1000);
    assert.equal(entry.preview.image, '', 'a javascript: image is dropped');
    cache.load('https://example.com/');
    assert.equal(r.calls.get('https://example.com/'), 1, 'cached');
  });

  it('remembers a failure for a while, then asks again', async () => {
    let now = 1_000;
    const r = controlledResolver();
    const cache = new LinkPreviewCache({ resolve: r.resolve, failureTtlMs: 30_000, now: () => now });
    cache.load('https://down.example/');
    r.pending.get('https://down.example/')!.reject(new Error('502'));
    await waitFor(() => cache.get('https://down.example/')?.status === 'none', 'failed');
    now += 29_999;
    assert.equal(cache.load('https://down.example/').status, 'none');
    assert.equal(r.calls.get('https://down.example/'), 1);
    now += 1;
    assert.equal(cache.load('https://down.example/').status, 'loading', 'asked again after the TTL');
    assert.equal(r.calls.get('https://down.example/'), 2);
  });

  it('is bounded: the least recently used URL goes first; an empty answer counts as none; non-http is never asked', async () => {
    const r = controlledResolver();
    const cache = new LinkPreviewCache({ resolve: r.resolve, maxEntries: 2 });
    cache.load('https://a.example/');
    cache.load('https://b.example/');
    cache.get('https://a.example/');
    cache.load('https://c.example/');
    assert.equal(cache.size, 2);
    assert.equal(cache.get('https://b.example/'), null, 'b was the least recently used');
    assert.notEqual(cache.get('https://a.example/'), null);
    r.pending.get('https://c.example/')!.resolve({});
    await waitFor(() => cache.get('https://c.example/')?.status === 'none', 'empty answer');
    assert.deepEqual(cache.load('data:text/html,hi'), { status: 'none' });
    assert.equal(r.calls.size, 3);
  });
});
