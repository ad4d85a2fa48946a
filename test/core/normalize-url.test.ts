import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHttpUrl, isSafeUrl, safeHttpUrl, safeUrl } from '../../src/core/model/url.js';

test('safeUrl keeps http(s), blob and raster data:image URLs (any letter case)', () => {
  assert.equal(safeUrl('https://cdn.example.com/a.png'), 'https://cdn.example.com/a.png');
  assert.equal(safeUrl('http://example.com'), 'http://example.com/');
  assert.equal(safeUrl('HTTPS://Example.COM/Path'), 'https://example.com/Path');
  assert.equal(safeUrl('blob:https://app.example.com/8c2f-11'), 'blob:https://app.example.com/8c2f-11');
  assert.equal(safeUrl('data:image/png;base64,iVBORw0KGgo='), 'data:image/png;base64,iVBORw0KGgo=');
  assert.equal(safeUrl('DATA:image/JPEG;base64,/9j/4AAQ'), 'data:image/JPEG;base64,/9j/4AAQ');
  assert.equal(safeUrl('data:image/webp,RIFF'), 'data:image/webp,RIFF');
});

test('safeUrl trims whitespace and control characters at the ends, and tabs/newlines inside', () => {
  assert.equal(safeUrl('  https://example.com/a \n'), 'https://example.com/a');
  assert.equal(safeUrl('\u0000\u001f https://example.com/a'), 'https://example.com/a');
  assert.equal(safeUrl('\u00a0https://example.com/a\u2028'), 'https://example.com/a');
  assert.equal(safeUrl('https://exa\tmple.com/a'), 'https://example.com/a');
});

test('safeUrl refuses script schemes however they are disguised', () => {
  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' \u0000javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0085javascript:alert(1)',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'data:application/javascript,alert(1)',
    'javascript&colon;alert(1)',
  ]) {
    assert.equal(safeUrl(bad), '', bad);
    assert.equal(isSafeUrl(bad), false, bad);
  }
});

test('safeUrl refuses relative, protocol-relative, hostless and other-scheme junk', () => {
  for (const bad of [
    '',
    '   ',
    '/images/a.png',
    'images/a.png',
    '//evil.example.com/a.png',
    '?x=1',
    '#top',
    'https:',
    'http://',
    'mailto:a@example.com',
    'file:///etc/passwd',
    'ftp://example.com/a',
    'about:blank',
    'https://exa\u0001mple.com/',
  ]) {
    assert.equal(safeUrl(bad), '', JSON.stringify(bad));
  }
});

test('safeUrl refuses values that are not strings', () => {
  for (const bad of [null, undefined, 42, true, {}, [], { toString: () => 'https://example.com' }, new URL('https://example.com')]) {
    assert.equal(safeUrl(bad), '');
  }
});

test('isHttpUrl accepts only http(s) with a host (for links)', () => {
  assert.equal(isHttpUrl('https://example.com/doc'), true);
  assert.equal(isHttpUrl('HTTP://example.com'), true);
  assert.equal(isHttpUrl('blob:https://example.com/1'), false);
  assert.equal(isHttpUrl('data:image/png;base64,AA'), false);
  assert.equal(isHttpUrl('javascript:alert(1)'), false);
  assert.equal(isHttpUrl('https:'), false);
  assert.equal(safeHttpUrl(' https://example.com/a b'), 'https://example.com/a%20b');
  assert.equal(safeHttpUrl('blob:https://example.com/1'), '');
});
