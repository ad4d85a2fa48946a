/**
 * How desktop JSON survives a trip through the model unchanged.
 *
 * The model has no place for many desktop fields (local file paths, download flags, the
 * three image IDs, sender profile details …), and some fields it maps lose detail (status 5
 * "imported" reads as 'success'). On import we export the fresh model object again and
 * compare it, key by key, with what we were given. Every difference is remembered as a memo
 * `{ key, original, derived }` in `passthrough.desktopJson`. On export a memo puts the
 * original back only while the model still exports the same `derived` value: once the app
 * changes that field (say, the message is revoked), the new value wins.
 *
 * A missing `original`/`derived` property means the key was absent. Unsafe URLs are never
 * remembered: they stay dropped.
 */
import { isSafeUrl } from '../model/url.js';
import { setOwn } from '../util/own-value.js';
import { isRecord, jsonEqual, readField, safeArray, toPlainData, type PlainRecord } from './plain-data.js';

export const DESKTOP_PASSTHROUGH_KEY = 'desktopJson';

export interface KeyMemo {
  readonly key: string;
  readonly original?: unknown;
  readonly derived?: unknown;
}

export interface ElemMemo {
  readonly elem_type: unknown;
  readonly keys: readonly KeyMemo[];
}

/** What `passthrough.desktopJson` holds for a message (`elems`) or a conversation (no `elems`). */
export interface DesktopMemo {
  readonly keys: readonly KeyMemo[];
  readonly elems?: readonly (ElemMemo | null)[];
}

/** The keys where `original` and `canonical` differ, except `skip`. */
export function diffKeys(original: PlainRecord, canonical: PlainRecord, skip: readonly string[] = []): KeyMemo[] {
  const keys = new Set([...Object.keys(original), ...Object.keys(canonical)]);
  const memos: KeyMemo[] = [];
  for (const key of keys) {
    if (skip.includes(key)) continue;
    const before = withoutUnsafeUrls(key, present(original, key));
    const after = present(canonical, key);
    if (jsonEqual(before, after)) continue;
    memos.push({
      key,
      ...(before !== undefined ? { original: toPlainData(before) } : {}),
      ...(after !== undefined ? { derived: toPlainData(after) } : {}),
    });
  }
  return memos;
}

/** Puts originals back where the model still says what it said at import. */
export function applyKeys(target: PlainRecord, memos: readonly KeyMemo[]): void {
  for (const memo of memos) {
    const derived = 'derived' in memo ? memo.derived : undefined;
    if (!jsonEqual(present(target, memo.key), derived)) continue;
    if ('original' in memo) setOwn(target, memo.key, toPlainData(memo.original));
    else delete target[memo.key];
  }
}

/** The memo stored on a model object, or null when there is none or it is not in our shape. */
export function readDesktopMemo(passthrough: unknown): DesktopMemo | null {
  const memo = readField(passthrough, DESKTOP_PASSTHROUGH_KEY);
  if (!isRecord(memo) || !Array.isArray(memo.keys)) return null;
  const keys = safeArray(memo.keys).filter(isKeyMemo);
  const elems = Array.isArray(memo.elems)
    ? safeArray(memo.elems).map((elem) =>
        isRecord(elem) && Array.isArray(elem.keys) ? { elem_type: elem.elem_type, keys: safeArray(elem.keys).filter(isKeyMemo) } : null,
      )
    : undefined;
  return { keys, ...(elems ? { elems } : {}) };
}

export function isEmptyMemo(memo: DesktopMemo): boolean {
  return memo.keys.length === 0 && (memo.elems ?? []).every((elem) => elem === null || elem.keys.length === 0);
}

function isKeyMemo(value: unknown): value is KeyMemo {
  return isRecord(value) && typeof value.key === 'string';
}

/** The own value only: `source.constructor` of a plain object is not data. */
function present(source: PlainRecord, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(source, key) ? source[key] : undefined;
}

/** An original value with every unsafe `…url` string (at any depth) emptied, so it cannot come back. */
function withoutUnsafeUrls(key: string, value: unknown): unknown {
  if (typeof value === 'string') return /url$/i.test(key) && value !== '' && !isSafeUrl(value) ? '' : value;
  if (Array.isArray(value)) return value.map((item) => withoutUnsafeUrls('', item));
  if (isRecord(value)) {
    const out: PlainRecord = {};
    for (const [name, item] of Object.entries(value)) setOwn(out, name, withoutUnsafeUrls(name, item));
    return out;
  }
  return value;
}
