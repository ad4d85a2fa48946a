import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendPostings, decodePostings, intersectPostings, unionPostings } from '../../src/core/search/postings.js';
import { indexTokens, matchesPlan, planSearch, snippetOf } from '../../src/core/search/tokenize.js';

describe('search tokens', () => {
  it('indexes CJK characters and bigrams, and other words whole, lower-cased', () => {
    assert.deepEqual([...indexTokens('明天见 Meeting at 10')].sort(), ['10', 'at', 'meeting', '天', '天见', '明', '明天', '见'].sort());
    assert.deepEqual([...indexTokens('')], []);
    assert.deepEqual([...indexTokens('!!! ...')], []);
  });

  it('plans CJK runs as bigrams (a lone character as itself), words whole and the last typed word as a prefix', () => {
    const plan = planSearch('  明天 Lunch meet')!;
    assert.deepEqual(plan.tokens, ['明天', 'lunch']);
    assert.equal(plan.prefix, 'meet');
    assert.deepEqual(plan.runs, ['明天']);
    assert.deepEqual(planSearch('好')!.tokens, ['好']);
    assert.deepEqual(planSearch('你好吗')!.tokens, ['你好', '好吗']);
    // A trailing space ends the word; a single letter is too short to be a prefix.
    assert.equal(planSearch('meet ')!.prefix, '');
    assert.deepEqual(planSearch('meet ')!.tokens, ['meet']);
    assert.equal(planSearch('a')!.prefix, '');
    assert.deepEqual(planSearch('a')!.tokens, ['a']);
    assert.equal(planSearch('  ,. '), null);
  });

  it('checks text as the user means it: CJK substrings, whole words, a prefix for the last', () => {
    const plan = planSearch('明天 lunch mee')!;
    assert.equal(matchesPlan('我们明天一起 LUNCH, meeting later', plan), true);
    assert.equal(matchesPlan('我们明一天 lunch meeting', plan), false, 'the CJK run must be a substring');
    assert.equal(matchesPlan('明天 lunches meeting', plan), false, 'a whole word, not a prefix, before the last');
    assert.equal(matchesPlan('明天 lunch tomorrow', plan), false);
    assert.equal(matchesPlan('天见', planSearch('天见')!), true);
    assert.equal(matchesPlan('明天见', planSearch('天明')!), false);
  });

  it('marks the matches in a snippet around the first one, as data', () => {
    const plan = planSearch('lunch 明天')!;
    assert.deepEqual(snippetOf('We have Lunch 明天 ok', plan), [
      { text: 'We have ', mark: false },
      { text: 'Lunch', mark: true },
      { text: ' ', mark: false },
      { text: '明天', mark: true },
      { text: ' ok', mark: false },
    ]);
    assert.deepEqual(
      snippetOf('See you at the lunch meeting 明天中午见', planSearch('中午')!, 80).map((p) => p.text),
      ['See you at the lunch meeting 明天', '中午', '见'],
      'text that fits is shown whole',
    );
    const long = `${'word '.repeat(60)}target end`;
    const parts = snippetOf(long, planSearch('target')!, 40);
    assert.equal(parts[0]!.text, '…');
    assert.ok(parts.some((p) => p.mark && p.text === 'target'));
    assert.ok(parts.map((p) => p.text).join('').length <= 44);
    assert.deepEqual(snippetOf('<b>x</b> hi', planSearch('hi ')!), [
      { text: '<b>x</b> ', mark: false },
      { text: 'hi', mark: true },
    ]);
  });
});

describe('posting lists', () => {
  it('encode ascending ordinals as varint gaps, appended in steps', () => {
    const values = [0, 1, 127, 128, 300, 16_384, 2_000_000, 2 ** 32 + 5];
    const whole = appendPostings(undefined, -1, values);
    assert.deepEqual(decodePostings(whole), values);
    const stepped = appendPostings(appendPostings(undefined, -1, values.slice(0, 3)), 127, values.slice(3));
    assert.deepEqual([...stepped], [...whole]);
    assert.ok(appendPostings(undefined, -1, [1000, 1001, 1002]).length <= 4);
    assert.throws(() => appendPostings(whole, 2 ** 32 + 5, [3]), RangeError);
  });

  it('intersect (shortest first) and unite sorted lists', () => {
    assert.deepEqual(
      intersectPostings([
        [1, 3, 5, 7, 9, 11],
        [3, 4, 9],
        [0, 3, 9, 10],
      ]),
      [3, 9],
    );
    assert.deepEqual(intersectPostings([[1, 2], []]), []);
    assert.deepEqual(intersectPostings([]), []);
    assert.deepEqual(unionPostings([[1, 5], [2, 5, 8], [0]]), [0, 1, 2, 5, 8]);
  });
});
