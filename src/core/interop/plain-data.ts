/**
 * Helpers to handle input we do not trust without throwing: safe property reads (getters
 * and proxies may throw), deep copies into plain JSON-like data (cycles, class instances and
 * functions cannot leak into the model), deep freezing, equality and a stable hash.
 *
 * Keys are data: an own `__proto__`, `constructor` or `prototype` key (JSON.parse makes them)
 * is copied as an own property and never reaches, replaces or freezes a shared prototype.
 */
import { PROTOTYPE_KEYS, setOwn } from '../util/own-value.js';

export type PlainRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is PlainRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `source[key]`, or undefined when source is not an object or reading throws. A prototype key
 * (`__proto__`, `constructor`, `prototype`) is read only when the object has it as its own.
 */
export function readField(source: unknown, key: string): unknown {
  if (typeof source !== 'object' || source === null) return undefined;
  try {
    if (PROTOTYPE_KEYS.has(key) && !Object.prototype.hasOwnProperty.call(source, key)) return undefined;
    return (source as PlainRecord)[key];
  } catch {
    return undefined;
  }
}

/** Own enumerable string keys, or [] when listing them throws (e.g. a hostile proxy). */
export function safeKeys(source: unknown): string[] {
  if (typeof source !== 'object' || source === null) return [];
  try {
    return Object.keys(source);
  } catch {
    return [];
  }
}

/** A safe `Array.from`: [] for non-arrays or when iteration throws. */
export function safeArray(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [];
  try {
    return Array.from(value);
  } catch {
    return [];
  }
}

const MAX_DEPTH = 64;

/**
 * A deep copy made only of null, booleans, finite numbers, strings, arrays and plain objects.
 * What cannot be kept is replaced by a marker string and reported through `onLoss`:
 * cycles, depth beyond 64, functions, symbols, non-finite numbers. `undefined` object
 * members are left out, as JSON does.
 */
export function toPlainData(value: unknown, onLoss?: (detail: string) => void): unknown {
  const seen = new Set<object>();
  const lose = (marker: string, detail: string): string => {
    onLoss?.(detail);
    return marker;
  };
  const copy = (item: unknown, depth: number): unknown => {
    if (item === null || typeof item === 'string' || typeof item === 'boolean') return item;
    if (typeof item === 'number')
      return Number.isFinite(item) ? item : lose(String(item), `non-finite number ${String(item)} kept as text`);
    if (typeof item === 'bigint') return item.toString();
    if (item === undefined) return null;
    if (typeof item === 'function' || typeof item === 'symbol') return lose(`[${typeof item}]`, `${typeof item} left out`);
    if (depth >= MAX_DEPTH) return lose('[too deep]', `data nested deeper than ${MAX_DEPTH} levels cut`);
    const object = item as object;
    if (seen.has(object)) return lose('[circular]', 'circular reference cut');
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? null : object.toISOString();
    seen.add(object);
    try {
      if (Array.isArray(object)) return safeArray(object).map((entry) => copy(entry, depth + 1));
      const out: PlainRecord = {};
      for (const key of safeKeys(object)) {
        const member = readField(object, key);
        if (member !== undefined) setOwn(out, key, copy(member, depth + 1));
      }
      return out;
    } finally {
      seen.delete(object);
    }
  };
  return copy(value, 0);
}

/**
 * Freezes a plain-data tree in place and returns it. Only plain objects and arrays are frozen:
 * a shared object that found its way in (a built-in prototype, a class instance, a Blob) is left
 * as it is.
 */
export function deepFreeze<T>(value: T): T {
  if (isPlainContainer(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) deepFreeze(descriptor.value);
    }
  }
  return value;
}

/** An array or an object made by `{}`/JSON.parse/`Object.create(null)`, and not a built-in prototype itself. */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (value === Object.prototype || value === Array.prototype) return false;
  try {
    const proto = Object.getPrototypeOf(value);
    return Array.isArray(value) ? proto === Array.prototype : proto === Object.prototype || proto === null;
  } catch {
    return false; // a hostile proxy
  }
}

/** Structural equality for plain data (as produced by JSON.parse or `toPlainData`). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const keysA = Object.keys(a).filter((key) => (a as PlainRecord)[key] !== undefined);
  const keysB = Object.keys(b).filter((key) => (b as PlainRecord)[key] !== undefined);
  return keysA.length === keysB.length && keysA.every((key) => jsonEqual((a as PlainRecord)[key], (b as PlainRecord)[key]));
}

/**
 * A 64-bit FNV-1a hash (16 hex digits) of the plain data's canonical form (object keys
 * sorted), so equal data always hashes the same.
 */
export function stableHash(value: unknown): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193);
      h2 = Math.imul(h2 ^ code, 0x01000193) ^ (h2 >>> 13);
    }
  };
  const walk = (item: unknown): void => {
    if (Array.isArray(item)) {
      feed('[');
      item.forEach((entry) => {
        walk(entry);
        feed(',');
      });
      feed(']');
    } else if (isRecord(item)) {
      feed('{');
      for (const key of Object.keys(item).sort()) {
        feed(JSON.stringify(key));
        feed(':');
        walk(item[key]);
        feed(',');
      }
      feed('}');
    } else {
      feed(typeof item === 'string' ? JSON.stringify(item) : String(item));
    }
  };
  walk(toPlainData(value));
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
